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
import { readMeta } from './meta';
import { readPage, type ReadOptions, type ReadPage } from './page';
import type { PageBlock, Unread } from './page-data';
import { httpUrl } from './url';

/** Opens a frame's document, or gives null when the read may not (another origin, sandboxed, not loaded). */
export type FrameOpener = (frame: Element) => Document | null;

/** The browser's opener: the frame's own document, when this origin may read it. */
export const liveFrame: FrameOpener = (frame) => {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    // A frame still on its initial empty document has not loaded what it will show.
    if (!doc || (doc.URL === 'about:blank' && hasSource(frame))) return null;
    return doc;
  } catch {
    return null;
  }
};

const FRAMES = 'iframe, frame';
/** Frames within frames read this deep; frames read at most (a page of embeds costs a bounded read). */
const MAX_DEPTH = 3;
const MAX_FRAMES = 20;
/** Text a frame needs before it is worth a Readability pass (a tracking frame holds none). */
const MIN_TEXT = 40;
/** A closed frame smaller than this (CSS pixels) is a button, a pixel or a badge, not a text. */
const MIN_WIDTH = 250;
const MIN_HEIGHT = 150;
const MAX_UNREAD = 20;

/**
 * Words in a frame's address, id, class, name or title that say it holds no text of the article: ads and
 * trackers, players and maps, social posts and comment threads, consent and login boxes.
 */
const NOT_CONTENT = new Set(
  'ad ads adv advert advertisement adserver adframe banner doubleclick googlesyndication googletagmanager sponsor sponsored promo tracking tracker pixel analytics captcha recaptcha hcaptcha player video videos youtube vimeo dailymotion spotify soundcloud audio podcast map maps comments comment disqus chat login signin consent cmp twitter instagram facebook tiktok social share newsletter subscribe payment checkout'.split(
    ' ',
  ),
);

function hasSource(frame: Element): boolean {
  const src = frame.getAttribute('src')?.trim();
  return !!src && src !== 'about:blank';
}

/**
 * A frame hidden from the reader, or named as something other than the article's text (an ad slot written
 * into a same-origin frame, a player, a comment thread): never read, never missed.
 */
function notText(frame: Element): boolean {
  const el = frame as HTMLElement & { checkVisibility?: () => boolean };
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility()) return true;
  const names = ['src', 'id', 'class', 'name', 'title'].map((a) => frame.getAttribute(a) ?? '').join(' ');
  return names.toLowerCase().split(/[^a-z]+/).some((w) => NOT_CONTENT.has(w));
}

/** Whether a frame the read may not open looks like it shows text (so missing it is worth saying). */
export function looksLikeContent(frame: Element): boolean {
  if (notText(frame)) return false;
  if (!hasSource(frame) && !frame.hasAttribute('srcdoc')) return false;
  const { width, height } = sizeOf(frame);
  return width >= MIN_WIDTH && height >= MIN_HEIGHT;
}

/** The frame's laid-out size; without layout (Node), its attributes or the HTML default of 300×150. */
function sizeOf(frame: Element): { width: number; height: number } {
  const rect = typeof frame.getBoundingClientRect === 'function' ? frame.getBoundingClientRect() : undefined;
  if (rect && (rect.width > 0 || rect.height > 0)) return rect;
  const attr = (name: string, fallback: number) => {
    const n = parseFloat(frame.getAttribute(name) ?? '');
    return Number.isFinite(n) && !(frame.getAttribute(name) ?? '').includes('%') ? n : fallback;
  };
  return { width: attr('width', 300), height: attr('height', 150) };
}

interface Found {
  frame: Element;
  doc: Document;
}

/** Step 2: the frames of `doc` the read may open, in page order, and the closed ones that hold content. */
export function framesOf(doc: Document, open: FrameOpener = liveFrame): { open: Found[]; unread: Unread[] } {
  const found: Found[] = [];
  const unread: Unread[] = [];
  const walk = (d: Document, depth: number) => {
    for (const frame of d.querySelectorAll(FRAMES)) {
      if (found.length >= MAX_FRAMES) return;
      if (notText(frame)) continue;
      const inner = open(frame);
      if (!inner) {
        if (unread.length < MAX_UNREAD && looksLikeContent(frame)) {
          const url = httpUrl(frame.getAttribute('src'), d.baseURI);
          unread.push({ reason: 'frame', ...(url ? { url } : {}) });
        }
        continue;
      }
      if (!inner.documentElement || inner === d) continue;
      found.push({ frame, doc: inner });
      if (depth < MAX_DEPTH) walk(inner, depth + 1);
    }
  };
  walk(doc, 1);
  return { open: found, unread };
}

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

/**
 * Waits (at most `ms`) for the frames this origin may read that are still loading: a script that runs when
 * the page is idle may come before its frames are. Frames of other sites are never waited for.
 */
export function framesSettled(doc: Document, ms = 2000): Promise<void> {
  const loading = [...doc.querySelectorAll(FRAMES)].filter((frame) => {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      return !!inner && (inner.readyState !== 'complete' || (inner.URL === 'about:blank' && hasSource(frame)));
    } catch {
      return false;
    }
  });
  if (!loading.length) return Promise.resolve();
  const loads = loading.map((frame) => new Promise<void>((done) => frame.addEventListener('load', () => done(), { once: true })));
  return Promise.race([Promise.all(loads).then(() => undefined), new Promise<void>((done) => setTimeout(done, ms))]);
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
  const { open: frames, unread: found } = framesOf(doc, open);
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
