/**
 * The page's copy as the browser's own serialization, where that is safe: one `outerHTML` (native, ~5 ms on
 * a 1 MB page) instead of the token walk (lib/snapshot.ts, 50-90 ms there in a content script's first run).
 * HTML is not the live tree: a parser may reshape what scripts built (a `<p>` inside a `<p>`, markup broken
 * out of a head `<noscript>`). A serialization is exact, so the reader serializes what it parsed again: the
 * same text is the same tree, element for element, and anything else is refused (the content script then
 * copies with the walk). Elements keep their numbers either way.
 *
 * What the walk leaves out, the reader takes out after parsing (scripts' and style sheets' text but JSON-LD,
 * comments), so a read of either copy is the same. Pages with shadow roots (which no serialization holds) or
 * our own badges in them, and very big ones (one serialization would be a long task), go by the walk.
 */
import { textless } from './snapshot';

/** More elements than this and the serialization alone could be a long task: the walk copies in slices. */
export const MAX_HTML_ELEMENTS = 40_000;
/** A serialization longer than this (a page of inline data) goes by the walk too: one message stays small. */
export const MAX_HTML_CHARS = 8_000_000;

export interface HtmlCopy {
  /** The root element's serialization (each `<noscript>` emptied), after the doctype that sets the parse's mode. */
  html: string;
  /** Each `<noscript>`'s text as the live page holds it (scripts on: one text, not elements), in order. */
  noscripts: string[];
}

/** What a parser keeps in the head (anything else starts the body). */
const HEAD_ELEMENTS = 'base, link, meta, noscript, script, style, template, title';

/** Whether the root holds a head and a body as a parser leaves them, with only what a parser keeps in the head. */
function parsesBack(root: Element): boolean {
  const head = root.firstElementChild;
  if (head?.localName !== 'head' || root.childElementCount > 2) return false;
  if (root.childElementCount === 2 && root.lastElementChild?.localName !== 'body') return false;
  return !head.querySelector(`:scope > :not(${HEAD_ELEMENTS})`);
}

/** The doctype line: the parse gets the page's mode (quirks or not reshape tables and `<p>`). */
const NO_QUIRKS = '<!DOCTYPE html>';

/**
 * A document's own property, read through the DOM's prototype: a page's named elements (`<img
 * name="documentElement">`) shadow a document's properties. (linkedom has no Document global.)
 */
function own<K extends 'documentElement' | 'compatMode'>(doc: Document, name: K): Document[K] {
  const get = typeof Document === 'function' ? Object.getOwnPropertyDescriptor(Document.prototype, name)?.get : undefined;
  return get ? (get.call(doc) as Document[K]) : doc[name];
}

/**
 * A `<noscript>` with scripts on is one text; a parser with scripts off (the reader's) makes elements of it,
 * and in the head those break out into the body. Each is sent empty, with its text beside it.
 */
function emptyNoscripts(html: string, live: Element[]): string | undefined {
  const parts: string[] = [];
  let from = 0;
  for (const el of live) {
    const outer = el.outerHTML;
    const at = html.indexOf(outer, from);
    if (at < 0) return undefined;
    parts.push(html.slice(from, at + outer.indexOf('>') + 1), '</noscript>');
    from = at + outer.length;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

export interface LiveHtml {
  part: HtmlCopy;
  /**
   * The live elements in document order as serialized: the root, then a static list (a page changing later
   * changes nothing), each read only once the HTML is on its way (in a content script just injected, each
   * element's first read costs).
   */
  root: Element;
  rest: ArrayLike<Element>;
}

/**
 * `doc` as HTML with its elements in the same order, in one task; undefined where one serialization would be a
 * long task or too big a message: the walk copies it.
 */
export function htmlCopy(doc: Document): LiveHtml | undefined {
  const root = own(doc, 'documentElement');
  // A live count (linkedom's is empty, its pages are small); asked of the root, which no named element shadows.
  if (!root || root.getElementsByTagName('*').length >= MAX_HTML_ELEMENTS) return undefined;
  // A script put an element where a parser never does (an ad's iframe in the head, a script before it):
  // refused after the parse anyway, so not sent.
  if (!parsesBack(root)) return undefined;
  const list = root.querySelectorAll('*');
  const noscript = Array.from(root.querySelectorAll('noscript'));
  const outer = root.outerHTML;
  if (outer.length > MAX_HTML_CHARS) return undefined;
  const html = noscript.length ? emptyNoscripts(outer, noscript) : outer;
  if (html === undefined) return undefined;
  const doctype = own(doc, 'compatMode') === 'BackCompat' ? '' : NO_QUIRKS;
  return { part: { html: doctype + html, noscripts: noscript.map((el) => el.textContent ?? '') }, root, rest: list };
}

/** A clock of slices (the content script's): whether this one is over, and a pause before the next. */
export interface SliceClock {
  due(): boolean;
  pause(): Promise<void>;
}

/** How often (in elements) the clock is read. */
const CHECK_EVERY = 256;

/**
 * Looks through the live elements of a copy as HTML, a slice at a time, pushing each onto `elements` (their
 * numbers are the reader's): whether the copy holds the page, i.e. none of them hosts a shadow root (as
 * `shadowOf` opens them) or is one of ours (`skip`). Stops at the first that does (the walk copies the page).
 */
export async function holdsThePage(
  html: LiveHtml,
  elements: Element[],
  skip: (el: Element) => boolean,
  shadowOf: (el: Element) => ShadowRoot | null,
  clock: SliceClock,
): Promise<boolean> {
  const { root, rest } = html;
  for (let i = -1; i < rest.length; i++) {
    const el = i < 0 ? root : rest[i]!;
    // A form whose named inputs shadow its own properties (`<input name="localName">`): the walk copies it as before.
    if (typeof el.localName !== 'string' || skip(el) || shadowOf(el)) return false;
    elements.push(el);
    if (i % CHECK_EVERY === 0 && clock.due()) await clock.pause();
  }
  return true;
}

/** A browser's parser makes every line end one LF: a CR a script wrote into a text is no other tree. */
const lineEnds = (html: string): string => (html.includes('\r') ? html.replace(/\r\n?/g, '\n') : html);

/**
 * The parsed copy, where it is the page's tree (it serializes to the text it was parsed from), made like the
 * walk's (the live texts of `<noscript>`s, no script text, no comments): its elements in document order.
 */
export function settleHtmlCopy(doc: Document, part: HtmlCopy): Element[] | undefined {
  const root = own(doc, 'documentElement');
  const sent = part.html.startsWith(NO_QUIRKS) ? part.html.slice(NO_QUIRKS.length) : part.html;
  if (!root || lineEnds(root.outerHTML) !== lineEnds(sent)) return undefined;
  const parsed = root.querySelectorAll('noscript');
  if (parsed.length !== part.noscripts.length) return undefined;
  Array.from(parsed).forEach((el, i) => (el.textContent = part.noscripts[i]!));
  // The browser's own lists: no loop over every element here, on the way to the read.
  for (const el of Array.from(root.querySelectorAll('script, style'))) if (textless(el, el.localName) && el.firstChild) el.textContent = '';
  const elements = [root, ...Array.from(root.querySelectorAll('*'))];
  dropComments(doc);
  return elements;
}

function dropComments(doc: Document): void {
  const comments: Node[] = [];
  // The DOM's own method (a named element may shadow the document's); SHOW_COMMENT by value: linkedom has no
  // NodeFilter global (nor a Document one).
  const make = typeof Document === 'function' ? Document.prototype.createTreeWalker : doc.createTreeWalker;
  const walker = make.call(doc, doc, 0x80);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n);
  for (const c of comments) c.parentNode?.removeChild(c);
}
