/**
 * Frames: an article (or a widget of it) embedded in an <iframe> is part of the page a reader sees. Frames
 * the read may open (same origin, a srcdoc) are read as pages of their own and their blocks set into the
 * page's at the frame's place, so their credits are found and badged; a frame it may not open (another
 * site's, a sandboxed one) that looks like content is named in `unread`, so the popup can say that part of
 * the page was not read.
 *
 * Workflow of readWithFrames:
 * 1. read the page itself (lib/page.ts);
 * 2. walk its frames (and theirs, a few levels down): open each, or judge whether a closed one holds content;
 * 3. read each open frame that holds text, its links made absolute against its own address;
 * 4. merge: every block renumbered in page order, the frame's blocks after the page's blocks before it.
 */
import { looksLikeArticle, type Article, type Block } from './article';
import { framesOf, liveFrame, MAX_DEPTH, MAX_UNREAD, type FrameOpener } from './frame-list';
import { readMeta } from './meta';
import { readPage, type ReadOptions, type ReadPage } from './page';
import type { PageBlock, Unread } from './page-data';
import { httpUrl } from './url';

export { framesOf, framesSettled, liveFrame, looksLikeContent, type FrameOpener } from './frame-list';

/** Text a frame needs before it is worth a Readability pass (a tracking frame holds none). */
const MIN_TEXT = 40;

/** The cheap pre-check with frames: the page (marked as an article or not) or a frame it may open looks like an article. */
export function looksLikeArticleWithFrames(doc: Document, markedAsArticle: boolean, open: FrameOpener = liveFrame): boolean {
  if (looksLikeArticle(doc, markedAsArticle)) return true;
  return framesOf(doc, open).open.some((f) => looksLikeArticle(f.doc, readMeta(f.doc, frameUrl(f.doc, 'about:blank')).articleMarked));
}

/** `{ unread }` naming the frames of a page that is no article which the read could not open (`{}` if none). */
export function unreadFrames(doc: Document, open: FrameOpener = liveFrame): { unread?: Unread[] } {
  const { unread } = framesOf(doc, open);
  return unread.length ? { unread } : {};
}


/** The address a frame's relative links resolve against: its own when it has one, else its parent page's. */
function frameUrl(doc: Document, pageUrl: string): string {
  return httpUrl(doc.URL) ?? pageUrl;
}

const bodyChars = (a: Article) => a.blocks.reduce((n, b) => n + (b.kind === 'body' ? b.text.length : 0), 0);

interface Part {
  read: ReadPage;
  doc: Document;
  /** The frame element that shows `doc` (none for the page itself). */
  frame?: Element;
}

/** Where an element sits in the page itself: a frame's element sits where its frame (or its frame's frame) is. */
function positionIn(el: Element, frameOf: Map<Document, Element>): Element {
  let node = el;
  for (let frame = frameOf.get(node.ownerDocument), hops = 0; frame && hops <= MAX_DEPTH; frame = frameOf.get(node.ownerDocument), hops++) node = frame;
  return node;
}

/** Does `a` come before `b` in the page (an element before the frame, or one holding it)? */
function before(a: Element, b: Element): boolean {
  if (a === b) return false;
  const pos = a.compareDocumentPosition(b);
  return !!(pos & 4 /* FOLLOWING */) || !!(pos & 16 /* CONTAINED_BY */);
}

/** Step 4: one page of every part's blocks, renumbered in page order; page blocks follow their article blocks. */
function merge(parts: Part[]): ReadPage {
  const owner = new Map<Document, Element>();
  for (const p of parts) if (p.frame) owner.set(p.doc, p.frame);
  const entries = parts.flatMap((p, part) =>
    p.read.article.blocks.map((b) => ({ part, block: b, at: positionIn(b.el, owner) })),
  );
  // A stable order: the page's blocks first in their own order, each frame's blocks just after the last
  // page block that comes before its frame (frames nest the same way).
  const ordered = [...entries].sort((x, y) => {
    if (x.part === y.part) return x.block.index - y.block.index;
    if (x.at === y.at) return x.part - y.part;
    return before(x.at, y.at) ? -1 : before(y.at, x.at) ? 1 : x.part - y.part;
  });
  const renumber = new Map<string, number>();
  const blocks: Block[] = ordered.map((e, index) => {
    renumber.set(`${e.part}:${e.block.index}`, index);
    return { ...e.block, index };
  });
  const pageBlocks: PageBlock[] = parts
    .flatMap((p, part) => p.read.page.blocks.map((b) => ({ ...b, index: renumber.get(`${part}:${b.index}`)! })))
    .sort((a, b) => a.index - b.index);
  const first = parts[0]!.read;
  const frames = parts.slice(1).map((p) => p.read);
  const article: Article = {
    ...first.article,
    blocks,
    readerable: first.article.readerable || frames.some((f) => f.page.readerable),
    byline: first.article.byline ?? frames.find((f) => f.article.byline)?.article.byline,
    lang: first.article.lang ?? frames.find((f) => f.article.lang)?.article.lang,
  };
  return {
    article,
    page: {
      ...first.page,
      readerable: article.readerable,
      byline: first.page.byline ?? frames.find((f) => f.page.byline)?.page.byline,
      lang: first.page.lang ?? frames.find((f) => f.page.lang)?.page.lang,
      blocks: pageBlocks.slice(0, 5000),
    },
  };
}

/**
 * Reads a page with the frames it may open as part of it; `page.unread` names the frames it could not
 * (see the file's comment for the workflow). `open` opens a frame (the browser's by default). `judged`: the
 * frames it could not open, as judged on the laid-out page when this reads a copy (lib/copy.ts has no layout).
 */
export function readWithFrames(doc: Document, url: string, opts: ReadOptions = {}, open: FrameOpener = liveFrame, judged?: Unread[]): ReadPage {
  const top = readPage(doc, url, opts);
  const { open: frames, unread: found } = framesOf(doc, open, top.page.base);
  const unread = judged ?? found;
  const parts: Part[] = [{ read: top, doc }];
  for (const { frame, doc: inner } of frames) {
    if ((inner.body?.textContent ?? '').trim().length < MIN_TEXT) continue;
    // A widget is short: read it as an article whatever its length; it counts as one only if it is long.
    const read = readPage(inner, frameUrl(inner, top.page.pageUrl), { ...opts, force: true });
    const long = bodyChars(read.article) >= 250 || read.page.meta.articleMarked || !!opts.force;
    const base = read.page.base;
    const blocks = read.page.blocks.map((b) => ({ ...b, links: b.links.map((l) => ({ ...l, href: httpUrl(l.href, base) ?? l.href })) }));
    parts.push({ frame, doc: inner, read: { article: read.article, page: { ...read.page, readerable: long, blocks } } });
  }
  const merged = parts.length > 1 ? merge(parts) : top;
  const known = [...(merged.page.unread ?? []), ...unread].slice(0, MAX_UNREAD);
  const { unread: _own, ...page } = merged.page;
  return { article: merged.article, page: known.length ? { ...page, unread: known } : page };
}
