/**
 * A fetched page's HTML read into page data, in Node (the CLI, the tests): linkedom parses it. The extension
 * reads fetched pages in its reader page with the browser's own parser instead, so neither linkedom nor
 * Readability is bundled into background.js (test/e2e/bundle.test.ts).
 */
import { parseDocument } from '../html';
import type { Registry } from '../outlets/index';
import { readPage, type PageData } from '../page';
import { tracePageData, type Traced } from './trace-page';

/** Parses and reads fetched HTML; `url` is the page's real (unmapped) address. */
export function readHtml(html: string, url: string): PageData {
  return readPage(parseDocument(html), url).page;
}

/** Parses, reads and analyses fetched HTML (the CLI's and the tests' way to trace a page for following). */
export function traceHtml(html: string, url: string, registry?: Registry): Traced {
  return tracePageData(readHtml(html, url), registry);
}
