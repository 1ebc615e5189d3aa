/**
 * The content script registered for the sites the user chose (background/auto-badges.ts): its first stage
 * (content/run.ts), reading the page unasked, a slice at a time in the page's idle time, until the popup asks.
 */
import '../lib/jitless'; // first: zod reads it when the imports below build their schemas
import { run } from './content/run';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  // No window message on start either: a page's message listeners never hear of us.
  noScriptStartedPostMessage: true,
  main: () => run(false),
});
