/**
 * The popup's very first script: a deferred classic script in the popup's <head> (entrypoints/popup/index.html),
 * so it runs as soon as the page is parsed and before the popup's module script, whose imports must be fetched
 * and run first (main.tsx ran 20 to 45 ms later). Deferred, not blocking: a blocking script held up the
 * parse, the module and the first paint by its fetch. It asks the tab for its report (popup/ask.ts: injecting
 * the content script, which copies the page to the reader) and leaves the ask on the popup's own window, where
 * main.tsx takes it. Only our popup runs it: it is no web-accessible resource, and nothing a web page runs
 * sees that window.
 */
import { firstAsk, FIRST_ASK } from './popup/ask';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[FIRST_ASK] = firstAsk();
});
