/**
 * Warms the reader as it starts: one read of a small article of our own (lib/warm-page.ts) through the same
 * steps as a page's copy (copied as HTML or as chunks, rebuilt, read), so the user's first click doesn't pay for
 * compiling them. In idle time: a read that comes first simply finds them cold.
 */
import { PageCopy } from '../../lib/copy';
import { openRoots } from '../../lib/closed-shadow';
import { holdsThePage, htmlCopy } from '../../lib/html-copy';
import { notAnArticle } from '../../lib/empty-report';
import { readCopy } from '../../lib/read-copy';
import { decodeChunk, encodeChunk, walk } from '../../lib/snapshot';
import { WARM_HTML, WARM_URL } from '../../lib/warm-page';

export async function warmReader(): Promise<void> {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  const page = parse(WARM_HTML);
  const blank = () => document.implementation.createHTMLDocument('');
  // Both ways a copy comes: by the walk's tokens, and as HTML (the usual way, which the read below reads).
  const walked = new PageCopy(blank);
  walked.begin(undefined, WARM_URL);
  const copying = walk(page, []);
  for (let tokens = copying.next(() => false); tokens; tokens = copying.next(() => false)) walked.add(decodeChunk(encodeChunk(tokens)));
  walked.finish();
  const copy = new PageCopy(blank, parse);
  copy.begin(undefined, WARM_URL);
  const html = htmlCopy(page);
  if (html) {
    copy.addHtml(html.part);
    copy.checked(await holdsThePage(html, [], () => false, openRoots, { due: () => false, pause: async () => undefined }));
  }
  copy.finish();
  // The analysis is the background's: here a report of nothing, which still goes through the report's check.
  await readCopy(copy, { url: WARM_URL, force: false, unread: [] }, async () => notAnArticle(copy.docs[0]!, WARM_URL));
}
