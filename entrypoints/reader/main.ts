/**
 * The reader page: Chrome's offscreen document, a frame of Firefox's background page. It reads page copies
 * off the pages' main threads and the pages the background follows; the background analyses them.
 */
import '../../lib/jitless'; // first: zod reads it when the imports below build their schemas
import { browser } from 'wxt/browser';
import type { ToBackground } from '../../lib/messages';
import { serveHtmlReads } from './read-html';
import { serveReads } from './serve';
import { warmReader } from './warm';

serveReads((page, tabId) => {
  const message: ToBackground = { type: 'sourcetrace:analyze', page, ...(tabId === undefined ? {} : { tabId }) };
  return browser.runtime.sendMessage(message);
});
serveHtmlReads();
// Once the reader is listening, in idle time: a first read compiles the read's code (2-4× a warm read).
requestIdleCallback(() => void warmReader().catch(() => undefined), { timeout: 2000 });
