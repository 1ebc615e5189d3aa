/**
 * Warms the reader as it starts: one read of a small article of our own (lib/warm-page.ts) through the same
 * steps as a page's copy (copied, sent as chunks, rebuilt, read), so the user's first click doesn't pay for
 * compiling them. In idle time: a read that comes first simply finds them cold.
 */
import { PageCopy } from '../../lib/copy';
import { notAnArticle } from '../../lib/empty-report';
import { readCopy } from '../../lib/read-copy';
import { decodeChunk, encodeChunk, walk } from '../../lib/snapshot';
import { WARM_HTML, WARM_URL } from '../../lib/warm-page';

export async function warmReader(): Promise<void> {
  const page = new DOMParser().parseFromString(WARM_HTML, 'text/html');
  const copy = new PageCopy(() => document.implementation.createHTMLDocument(''));
  copy.begin(undefined, WARM_URL);
  const copying = walk(page, []);
  for (let tokens = copying.next(() => false); tokens; tokens = copying.next(() => false)) copy.add(decodeChunk(encodeChunk(tokens)));
  copy.finish();
  // The analysis is the background's: here a report of nothing, which still goes through the report's check.
  await readCopy(copy, { url: WARM_URL, force: false, unread: [] }, async () => notAnArticle(copy.docs[0]!, WARM_URL));
}
