/**
 * The frames of a page: which ones the read may open (same origin, a srcdoc) and which closed ones look like
 * content. Found where the page is laid out (the content script); read with the page by lib/frames.ts. No
 * reading here, so the content script carries no reader.
 */
import type { Unread } from './page-data';
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
export const MAX_DEPTH = 3;
const MAX_FRAMES = 20;
/** A closed frame smaller than this (CSS pixels) is a button, a pixel or a badge, not a text. */
const MIN_WIDTH = 250;
const MIN_HEIGHT = 150;
export const MAX_UNREAD = 20;

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
  // Only a rendered document knows (a copy read off the page, lib/copy.ts, has no window and no layout: the
  // content script judged its frames on the live page).
  if (typeof el.checkVisibility === 'function' && frame.ownerDocument?.defaultView && !el.checkVisibility()) return true;
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

/**
 * Where a document's relative addresses resolve: its own base when it has an http(s) one, else its
 * parent's (a srcdoc frame's, as in the browser; a copy or a parsed page without a window may know none).
 */
function baseOf(d: Document, parentBase: string | undefined): string | undefined {
  try {
    return httpUrl(d.baseURI) ?? parentBase;
  } catch {
    return parentBase;
  }
}

/**
 * Step 2: the frames of `doc` the read may open, in page order, and the closed ones that hold content.
 * `base`: where the page's relative frame addresses resolve when its document does not know (a page parsed
 * from a file or a string has no address of its own: the CLI gives the page's).
 */
export function framesOf(doc: Document, open: FrameOpener = liveFrame, base?: string): { open: Found[]; unread: Unread[] } {
  const found: Found[] = [];
  const unread: Unread[] = [];
  const walk = (d: Document, depth: number, parentBase: string | undefined) => {
    const dBase = baseOf(d, parentBase);
    for (const frame of d.querySelectorAll(FRAMES)) {
      if (found.length >= MAX_FRAMES) return;
      if (notText(frame)) continue;
      const inner = open(frame);
      if (!inner) {
        if (unread.length < MAX_UNREAD && looksLikeContent(frame)) {
          const url = httpUrl(frame.getAttribute('src'), dBase);
          unread.push({ reason: 'frame', ...(url ? { url } : {}) });
        }
        continue;
      }
      if (!inner.documentElement || inner === d) continue;
      found.push({ frame, doc: inner });
      if (depth < MAX_DEPTH) walk(inner, depth + 1, dBase);
    }
  };
  walk(doc, 1, base);
  return { open: found, unread };
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

