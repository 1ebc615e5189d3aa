/**
 * The popup's very first script: a classic script in the popup's <head> (entrypoints/popup/index.html), so it
 * runs as soon as the page's first bytes are parsed, before the popup's modules are fetched and run (main.tsx
 * ran 30 to 60 ms later). It asks the tab for its report (popup/ask.ts: injecting the content script, which
 * copies the page to the reader) and leaves the ask on the popup's own window, where main.tsx takes it. Only
 * our popup runs it: it is no web-accessible resource, and nothing a web page runs sees that window.
 */
import { firstAsk, FIRST_ASK } from './popup/ask';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[FIRST_ASK] = firstAsk();
});
