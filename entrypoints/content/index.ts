/**
 * The content script, injected on the user's click (popup/ask.ts) or registered for the sites the user chose
 * (background/auto-badges.ts): its first stage (run.ts).
 */
import '../../lib/jitless'; // first: zod reads it when the imports below build their schemas
import { run } from './run';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  // No window message on start either: a page's message listeners never hear of us.
  noScriptStartedPostMessage: true,
  main: () => run(),
});
