/**
 * The follower's page reader in the extension: a fetched page's HTML goes to the reader page
 * (entrypoints/reader/read-html.ts), which answers with its page data; the background analyses it.
 */
import { browser } from 'wxt/browser';
import type { HtmlReader } from '../../lib/follow/index';
import { ReadHtmlReply, type ReadHtml } from '../../lib/messages';
import { prepareReader } from './reader';

export const readInReader: HtmlReader = async (html, url) => {
  await prepareReader();
  const ask: ReadHtml = { type: 'sourcetrace:read-html', html, url };
  const reply = ReadHtmlReply.parse(await browser.runtime.sendMessage(ask));
  if ('error' in reply) throw new Error(reply.error);
  return reply.page;
};
