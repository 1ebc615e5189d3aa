/** Chrome's offscreen document: reads page copies off the pages' main threads; the background analyses them. */
import '../../lib/jitless'; // first: zod reads it when the imports below build their schemas
import { browser } from 'wxt/browser';
import type { ToBackground } from '../../lib/messages';
import { serveReads } from './serve';

serveReads((page, tabId) => {
  const message: ToBackground = { type: 'sourcetrace:analyze', page, ...(tabId === undefined ? {} : { tabId }) };
  return browser.runtime.sendMessage(message);
});
