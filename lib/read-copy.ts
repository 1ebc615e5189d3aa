/**
 * The read of a page's copy (lib/copy.ts), off the page's main thread: the same steps the content script
 * took on the live page (is it an article, read it with its frames, have it analysed), and for each block
 * read the number of the live element it came from, so the badges go beside the live lines.
 */
import type { PageCopy } from './copy';
import { notAnArticle } from './empty-report';
import { looksLikeArticleWithFrames, readWithFrames } from './frames';
import { readMeta } from './meta';
import type { PageData, Unread } from './page-data';
import { Report } from './report';
import type { ReportReply } from './messages';
import { step, type Step } from './steps';

/** A block's number, its element's and (for a `<br>`-ended line) its `<br>`'s; -1 for none. */
export type Anchor = [block: number, element: number, end: number];

export interface CopyRead {
  reply: ReportReply;
  anchors: Anchor[];
}

export interface CopyRequest {
  /** The page's address. */
  url: string;
  /** The user asked to read a page too short to look like an article. */
  force: boolean;
  /** The frames the content script could not open that look like content, judged on the live page. */
  unread: Unread[];
}

/** Reads the copy as the page itself would be read; `analyze` turns the page data into its report. */
export async function readCopy(copy: PageCopy, req: CopyRequest, analyze: (page: PageData) => Promise<unknown>): Promise<CopyRead> {
  const doc = copy.docs[0];
  if (!doc) throw new Error('no page to read');
  const meta = readMeta(doc, req.url);
  if (!req.force && !looksLikeArticleWithFrames(doc, meta.articleMarked, copy.opener)) {
    const report = notAnArticle(doc, req.url);
    return { reply: { state: 'not-article', report: req.unread.length ? { ...report, unread: req.unread } : report }, anchors: [] };
  }
  const { page, article } = readWithFrames(doc, req.url, { force: req.force }, copy.opener, req.unread);
  const steps: Step[] = [step('read')];
  const report = Report.parse(await analyze(page));
  steps.push(step('analysed'));
  if (!report.isArticle) return { reply: { state: 'not-article', report, steps }, anchors: [] };
  const number = (el: Element | undefined) => (el ? (copy.numbers.get(el) ?? -1) : -1);
  const anchors = page.blocks.map((b): Anchor => {
    const block = article.blocks[b.index];
    return [b.index, number(block?.el), number(block?.end)];
  });
  return { reply: { state: 'ready', report, steps }, anchors };
}
