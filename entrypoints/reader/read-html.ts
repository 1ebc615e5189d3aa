/**
 * The reader page reads the pages the background follows: the background fetches a page and hands its HTML
 * here, where the browser's own parser makes it a document (inert: no script runs, nothing loads) and the
 * page reader (Readability) reads it into page data, which the background analyses. So background.js
 * carries neither an HTML parser nor Readability (test/e2e/bundle.test.ts).
 */
import { browser } from 'wxt/browser';
import { ReadHtml, type ReadHtmlReply } from '../../lib/messages';
import { readPage } from '../../lib/page';

function read(html: string, url: string): ReadHtmlReply {
  try {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return { page: readPage(doc, url).page };
  } catch (e) {
    return { error: (e as Error)?.message ?? String(e) };
  }
}

/** Answers the background's requests to read fetched HTML; only our own pages (the background) may ask. */
export function serveHtmlReads(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const parsed = ReadHtml.safeParse(message);
    if (!parsed.success || sender.id !== browser.runtime.id || sender.tab || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    return Promise.resolve(read(parsed.data.html, parsed.data.url));
  });
}
