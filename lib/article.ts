/**
 * The article: which of the page's blocks are its body, captions and end credits, and which are furniture
 * (navigation, related links, comments, footers). Readability decides the body on a clone; we map its
 * choice back onto the original blocks by text, so findings stay tied to live elements.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { collectBlocks, cutBlocks, isHidden, type BlockLink, type Cut, type RawBlock } from './blocks';
import { squash } from './fold';
import { holdsSourceLine } from './source-line';
import { TextIndex } from './text-index';

/**
 * `fringe`: short lines in the body's container; `tail`: short lines just after it (end credits only);
 * `meta`: short lines just before it (source labels only: "来源：X").
 */
export type BlockKind = 'body' | 'caption' | 'byline' | 'heading' | 'fringe' | 'tail' | 'meta' | 'furniture';

export interface Block {
  index: number;
  el: Element;
  text: string;
  links: BlockLink[];
  kind: BlockKind;
  /** The figure a caption belongs to, when there is one. */
  figure?: Element;
  /** A line of a `<br>`-separated text: the `<br>` that ends it (a badge goes before it); none for the last line. */
  end?: Element;
  /** A line that is one inline element as a whole (`<span class="related">Baca juga: …</span>`): that element. */
  box?: Element;
}

export interface Article {
  blocks: Block[];
  /** Readability's verdict or the page's own article markup. */
  readerable: boolean;
  byline?: string;
  siteName?: string;
  lang?: string;
  /** The text that decided the body (Readability's, or the body the page declares), one block a line: what the body's blocks should cover. */
  kept?: string;
  /** The page is bigger than the walk reads: the rest of it was never cut into blocks. */
  cut?: boolean;
}

const FURNITURE = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|sidebar|aside|related|recommend\w*|comments?|komentar|binh-luan|share|sharing|social|newsletter|subscribe|promo|advertisement|widget|trending|popular|tags|more-news|read-more|baca-juga|xem-them)(?:$|[\s_-])/i;
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'HEADER']);
// "img_cptn" (an abbreviation), "media-block__description", "photo-desc": a picture's box and its description.
const CAPTION_CLASS = /caption|cptn|credit|copyright|photographer|fotograf|(?:image|img)[-_]?source|(?:image|img|media|photo|pic|foto)[\w-]{0,10}?desc|pic[-_]?info|bildunterschrift|legend|(?:^|[\s_-])source(?:$|[\s_-])/i;

const norm = (s: string) => squash(s).toLowerCase();

/** Beyond this many elements a page is no article page Readability can judge: the markup decides. */
const MAX_ELEMENTS = 30_000;
/** Beyond this many, the rest of a page is not read at all (work stays bounded on a 10 MB page). */
const MAX_WALK = 60_000;
/** Text beyond any article's length (a long read is ~100 kB). */
const MAX_CHARS = 2_000_000;
/** Nesting no real page reaches; Readability's ancestor walks grow with its square. */
const MAX_DEPTH = 400;
/** Characters searched when matching blocks to the kept text (a long read's blocks × its text is ~10 M). */
const SCAN_BUDGET = 200_000_000;

/** Furniture: inside nav/aside/footer/header/form, or a container named like one. */
interface Lenience {
  /** A photo's caption: an <aside> inside the body is inline media, a column named "aside" is layout. */
  caption?: boolean;
  /** The rest of the text behind a "read more" expander. */
  continuation?: boolean;
  /** An end credit just after the body: an article's own footer is where it lives. */
  tail?: boolean;
}

/** Whether an <article> holds `el` (not `el` itself). */
function inAnArticle(el: Element): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) if (node.tagName.toUpperCase() === 'ARTICLE') return true;
  return false;
}

function isFurniture(el: Element, stop: Element | null, lenient: Lenience = {}): boolean {
  for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    // Up to the outermost article, a header or footer is the article's own: asked only where one stands.
    const inArticle = (tag === 'HEADER' || tag === 'FOOTER') && inAnArticle(node);
    const articleOwn =
      (tag === 'HEADER' && inArticle) ||
      // A caption in a header is the article's hero picture (a site's header holds no figures).
      (lenient.caption && (tag === 'ASIDE' || tag === 'HEADER' || (tag === 'FOOTER' && CAPTION_CLASS.test(node.getAttribute('class') ?? '')))) ||
      (lenient.tail && tag === 'FOOTER' && inArticle);
    if (FURNITURE_TAGS.has(tag) && !articleOwn) return true;
    const name = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    const m = name.length < 200 ? FURNITURE.exec(name) : null;
    if (!m) continue;
    if (lenient.continuation && READ_MORE.test(name)) continue;
    if (lenient.caption && /aside|sidebar/i.test(m[0])) continue;
    // "widget-image", "share-photo": the furniture word names a kind of box, and the box holds an image.
    if (lenient.caption && name.split(/\s+/).some((token) => FURNITURE.test(token) && IMAGE_WORDS.test(token))) continue;
    if (lenient.tail && /footer/i.test(m[0])) continue;
    return true;
  }
  return false;
}

/** How many blocks before the body a lead picture's caption may stand, and how long it may be (some run long). */
const HERO_REACH = 4;
/** How far before the body a header's meta line (author, source, time) is read for its source, and how long it is at most. */
const META_REACH = 15;
const META_CHARS = 200;
const HERO_CAPTION_CHARS = 1500;

const READ_MORE = /read-?more|more-?content|expand|continue|paywall|premium/i;

/** Elements looked at inside a block for the one that holds all its text. */
const INNER_LOOK = 12;

/**
 * The element inside a block that holds all of its text, when a caption-named one does: a gallery's
 * teaser cut as one block (an image link, then `<span class="gallery-teaser-caption">`). The reader sees
 * that line under the picture; the block's own box is only the picture's frame.
 */
function innerCaption(el: Element): Element | null {
  // Asked of every body paragraph: the elements are walked, not queried (a query walks the whole subtree),
  // and the text is read once a caption-named element is found or the walk grows long (a container's
  // text is past the bound: no need to walk the rest).
  let text: string | undefined;
  let looked = 0;
  let walked = 0;
  for (let inner = nextInside(el, el); inner && looked < INNER_LOOK; inner = nextInside(inner, el)) {
    const cls = inner.getAttribute('class');
    const named = cls !== null && cls.length < 200 && CAPTION_CLASS.test(cls);
    if (named || ++walked === INNER_WALK) {
      text ??= squash(el.textContent ?? '');
      if (!text || text.length > 300) return null;
    }
    if (cls === null) continue;
    looked++;
    if (named && squash(inner.textContent ?? '') === text) return inner;
  }
  return null;
}

/** Is the element's own box (its parent) named as a caption, not an end note? */
function captionNamedParent(el: Element): boolean {
  return !!el.parentElement && captionNamed(el.parentElement);
}

/** Is the element named a caption (not an end note)? */
function captionNamed(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  return cls.length < 200 && CAPTION_CLASS.test(cls) && !endNote(cls);
}

/** Elements walked inside a block before its text is read to know whether it can be a caption at all. */
const INNER_WALK = 24;

/** The element after `node` inside `root`, in document order (a template's content is no part of the page). */
function nextInside(node: Element, root: Element): Element | null {
  const first = node.tagName.toUpperCase() === 'TEMPLATE' ? null : node.firstElementChild;
  if (first) return first;
  for (let up: Element | null = node; up && up !== root; up = up.parentElement) if (up.nextElementSibling) return up.nextElementSibling;
  return null;
}

function captionOf(el: Element, cards: Map<Element, boolean>): { caption: boolean; figure?: Element } {
  if (captionBox(el)) return { caption: true, figure: el.closest('figure') ?? undefined };
  const signed = pictureAuthor(el);
  if (signed) return { caption: true, figure: signed };
  let depth = 0;
  for (let node: Element | null = innerCaption(el) ?? el; node && depth < 4; node = node.parentElement, depth++) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'FIGCAPTION' || tag === 'CAPTION') {
      const figure = node.closest('figure') ?? undefined;
      return figure && teaserCard(figure, cards) ? { caption: false } : { caption: true, figure };
    }
    if (tag === 'FIGURE') return teaserCard(node, cards) ? { caption: false } : { caption: true, figure: node };
    // Older CMSs name the box by its id alone (`<div id="caption_news">`).
    const cls = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`.trim();
    // "credit" alone also names an article's author credits (creditos-nota): a photo's credit says it is
    // one, or sits beside an image.
    if (cls.length < 200 && CAPTION_CLASS.test(cls) && !endNote(cls) && !inAuthorBox(node) && besideImage(node)) {
      const figure = node.closest('figure') ?? undefined;
      return figure && teaserCard(figure, cards) ? { caption: false } : { caption: true, figure };
    }
  }
  return { caption: false };
}

/** The longest text of a box of caption pieces. */
const CAPTION_BOX_CHARS = 300;

/**
 * A box whose pieces are a picture's caption and credit side by side ("<div class=image-container-text><span
 * class=…caption>Text.</span><span class=…source>Jane Roe/dpa</span>"): no one element holds all its text, so no
 * ancestor says it is a caption, but its pieces do, beside an image.
 */
function captionBox(el: Element): boolean {
  // Walked child by child, the cheap tests first: asked of every body paragraph, and most have no children.
  let kids = 0;
  let named = false;
  for (let k = el.firstElementChild; k; k = k.nextElementSibling) {
    if (++kids > 4 || !BOX_PIECE.test(k.tagName) || k.firstElementChild) return false;
    named ||= CAPTION_CLASS.test(k.getAttribute('class') ?? '');
  }
  return kids >= 2 && named && (el.textContent ?? '').length <= CAPTION_BOX_CHARS && besideImage(el);
}

const BOX_PIECE = /^(?:SPAN|DIV|P|SMALL|CITE)$/i;

/** A picture linked to a page, not to a larger copy of itself. */
const PAGE_LINKED_IMAGE = 'a[href]:not([href$=".jpg"]):not([href$=".jpeg"]):not([href$=".png"]):not([href$=".webp"]) img';

/**
 * A related article's card ("Ähnliche:", "Mehr zum Thema"): its picture links to that article, and a headline
 * beside the figure links there too. Its caption's credit is that article's picture's, not this one's.
 */
function teaserCard(figure: Element, cards: Map<Element, boolean>): boolean {
  const card = figure.parentElement;
  if (!card || !figure.querySelector(PAGE_LINKED_IMAGE)) return false;
  // The card may be the whole body's container, holding each of its figures: searched once per read.
  let headline = cards.get(card);
  if (headline === undefined) cards.set(card, (headline = !!card.querySelector('h2 a[href], h3 a[href], h4 a[href], h5 a[href]')));
  return headline;
}

// An article's footer naming its sources ("article-detail-footer_source": "Quelle: ntv.de, ino/dpa") closes the
// text, not a picture: a footer's box is a caption only when its class says it is about an image.
const END_NOTE_CLASS = /footer|foot-?note/i;
const endNote = (cls: string) => END_NOTE_CLASS.test(cls) && !IMAGE_WORDS.test(cls);

/**
 * A short labelled line in the article's footer box ("Quelle: ntv.de, ino/dpa") is its end credit: read as a
 * tail (labels and credit lines only), not dropped with the footer's other furniture.
 */
function footerLabel(block: Block): boolean {
  const cls = block.el.getAttribute('class') ?? '';
  return block.text.length <= 200 && cls.length < 200 && END_NOTE_CLASS.test(cls) && /^[^:：\n]{2,30}[:：]/u.test(block.text);
}

// Author boxes carry "credits" and the author's portrait; they credit the writer, not a photo.
const AUTHOR_CLASS = /autor|author|byline|writer|penulis|reporter|journalist/i;
const IMAGE_WORDS = /caption|image|img|photo|foto|picture|figure|media|bild|legend|ảnh|gambar|video/i;

/** Longest text of a picture's author line. */
const PICTURE_AUTHOR_CHARS = 80;

/**
 * A short author-marked element beside a figure and its caption, all three children of one box ("<figure><img>
 * </figure><figcaption>Bielorrusia</figcaption><span class=author>EFE</span>"): the picture's credit, not the
 * article's byline. The block may be that element or the box around the three. Its figure, or nothing.
 */
function pictureAuthor(el: Element): Element | undefined {
  const author = AUTHOR_CLASS.test(el.getAttribute('class') ?? '') ? el : Array.from(el.children).find((k) => AUTHOR_CLASS.test(k.getAttribute('class') ?? ''));
  const box = author === el ? el.parentElement : el;
  if (!author || !box || (author.textContent ?? '').trim().length > PICTURE_AUTHOR_CHARS || (box.textContent ?? '').length > CAPTION_BOX_CHARS) return undefined;
  const kids = Array.from(box.children);
  if (!kids.some((k) => k.tagName.toUpperCase() === 'FIGCAPTION')) return undefined;
  return kids.find((k) => k.tagName.toUpperCase() === 'FIGURE');
}

function inAuthorBox(node: Element): boolean {
  let up: Element | null = node;
  for (let i = 0; up && i < 3; up = up.parentElement, i++) if (AUTHOR_CLASS.test(up.getAttribute('class') ?? '')) return true;
  return false;
}

// A logo, icon or avatar is no picture a caption credits: a translated article's "source" box prints its outlet's
// name beside the outlet's logo ("<img class=source-logo alt=Logo> <div class=source-name>The Wall Street Journal").
const LOGO = /logo|icon|avatar/i;
const notLogo = (img: Element) => !['class', 'alt', 'src'].some((a) => LOGO.test(img.getAttribute(a) ?? ''));

/** A credit-classed element that says it is about an image, or has one close by. */
function besideImage(node: Element): boolean {
  let up: Element | null = node;
  for (let i = 0; up && i < 3; up = up.parentElement, i++) {
    if (IMAGE_WORDS.test(up.getAttribute('class') ?? '')) return true;
    if (i > 0 && Array.from(up.querySelectorAll('img, picture, video')).slice(0, 8).some(notLogo)) return true;
  }
  return false;
}

// Where Readability looks for a byline: what is marked as an author.
const AUTHOR_MARKS = '[rel="author"], [itemprop*="author"], [class*="author"], [class*="byline"], [id*="author"], [id*="byline"]';

/**
 * Readability's byline is a picture's credit when every element marked as an author that prints it sits in a
 * figure ("<figcaption>… <span class=media-author>AFP</span>") or beside one and its caption: the caption reader
 * credits the photo, and the article is no agency copy for it.
 */
function photoAuthor(doc: Document, byline: string): boolean {
  const marked = [...doc.querySelectorAll(AUTHOR_MARKS)].filter((e) => squash(e.textContent ?? '') === byline);
  return marked.length > 0 && marked.every((e) => !!e.closest('figure, figcaption') || !!pictureAuthor(e));
}

interface Readable {
  texts: Set<string>;
  /** The lines of those blocks: one `<br>`-separated line of ours is matched against them. */
  lines: Set<string>;
  fullText: TextIndex;
  /** The text of the blocks it kept, one a line. */
  kept: string;
  byline?: string;
  siteName?: string;
  lang?: string;
}

/**
 * Readability as the read runs it: on a clone of the document (it changes what it reads), its article
 * content left as elements. `npm run bench` measures this same call as "Readability alone".
 */
export function runReadability(doc: Document, unhide = false) {
  const clone = doc.cloneNode(true) as Document;
  if (unhide) showHidden(clone);
  return new Readability<Element>(clone, {
    serializer: (node) => node as Element,
    maxElemsToParse: MAX_ELEMENTS,
    charThreshold: 200,
  }).parse();
}

/** Elements looked at for the markup that hides them, when a page is read with its hidden parts. */
const MAX_HIDDEN = 5_000;

/** Drops what hides elements in a clone (`style="display:none"`, `hidden`): Readability skips hidden nodes too. */
function showHidden(clone: Document): void {
  for (const el of Array.from(clone.querySelectorAll('[style], [hidden]')).slice(0, MAX_HIDDEN)) {
    if (!isHidden(el)) continue;
    el.removeAttribute('hidden');
    el.removeAttribute('style');
  }
}

/**
 * The text a reader sees, below which a saved page is read with the parts its markup hides: some pages ship
 * their whole body in a `display:none` wrapper that a script shows once loaded (the live page shows it).
 */
const HIDDEN_BODY_CHARS = 200;

/** The page cut into blocks: with its hidden parts when what shows is almost nothing and they hold a text. */
function cutPage(root: Element): { cut: Cut; unhid: boolean } {
  const shown = cutBlocks(root, MAX_WALK);
  if (shown.chars >= HIDDEN_BODY_CHARS) return { cut: shown, unhid: false };
  const all = cutBlocks(root, MAX_WALK, true);
  return all.chars >= 2 * HIDDEN_BODY_CHARS ? { cut: all, unhid: true } : { cut: shown, unhid: false };
}

/** Runs Readability on a clone (it mutates what it reads) and keeps the texts of the blocks it chose. */
function readable(doc: Document, cut: Cut, unhide = false): Readable | null {
  // Pages bigger than any article: Readability would give up after cloning them (or take seconds on
  // megabytes of text); don't clone.
  if (cut.elements > MAX_ELEMENTS || cut.chars > MAX_CHARS || cut.depth > MAX_DEPTH) return null;
  try {
    const parsed = runReadability(doc, unhide);
    if (!parsed?.content) return null;
    const kept = collectBlocks(parsed.content);
    return {
      texts: new Set(kept.map((b) => norm(b.text))),
      lines: new Set(kept.flatMap((b) => (b.text.includes('\n') ? b.text.split('\n').map(norm) : []))),
      fullText: new TextIndex(norm(parsed.textContent ?? '')),
      kept: kept.map((b) => b.text).join('\n'),
      byline: parsed.byline && !photoAuthor(doc, squash(parsed.byline)) ? squash(parsed.byline) : undefined,
      siteName: parsed.siteName ?? undefined,
      lang: parsed.lang ?? undefined,
    };
  } catch {
    // Readability gives up on huge or broken pages: the markup fallback below still reads them.
    return null;
  }
}

/** The page's own markup for the article body, when Readability found none. */
function markedBody(doc: Document): Element | null {
  return doc.querySelector('[itemprop="articleBody"], article, main, [role="main"]');
}

/**
 * The lead image often sits outside the body's container (a hero figure above the text): widen the region
 * up the tree while the ancestor adds little text (it holds the hero, not the rest of the site).
 */
function widen(region: Element, blocks: Block[]): Element {
  // Visible text only (the blocks), not the scripts a container may hold.
  const textIn = (el: Element) => blocks.reduce((n, b) => n + (el.contains(b.el) ? b.text.length : 0), 0);
  const own = textIn(region);
  let near = region;
  for (let up = near.parentElement, i = 0; up && i < 10 && up.tagName.toUpperCase() !== 'BODY'; up = up.parentElement, i++) {
    if (textIn(up) > own * 1.5 + 2000) break;
    near = up;
  }
  return near;
}

function linkDensity(b: Block): number {
  const linked = b.links.reduce((n, l) => n + l.text.length, 0);
  return b.text.length ? Math.min(1, linked / b.text.length) : 0;
}

const PARAGRAPH_TAGS = new Set(['P', 'BLOCKQUOTE', 'LI', 'H2', 'H3', 'H4']);

/**
 * Readability drops short paragraphs and some with links from the middle of a text ("The Press Council is
 * concerned…"). A paragraph standing among body paragraphs, beside one of them, is body too.
 */
function recoverDropped(blocks: Block[]): void {
  const bodyIdx = blocks.flatMap((b, i) => (b.kind === 'body' ? [i] : []));
  if (bodyIdx.length < 2) return;
  const parents = new Set(bodyIdx.map((i) => blocks[i]!.el.parentElement));
  // A body split across containers by an ad slot continues in a container of the same kind.
  const signature = (el: Element | null) => (el ? `${el.tagName}.${el.getAttribute('class') ?? ''}` : '');
  const kinds = new Set([...parents].map(signature));
  const last = bodyIdx[bodyIdx.length - 1]!;
  const lastEl = blocks[last]!.el;
  const area = lastEl.parentElement?.parentElement?.parentElement ?? null;
  let run = true;
  let previous = blocks[bodyIdx[0]!]!;
  for (let i = bodyIdx[0]! + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    const parent = b.el.parentElement;
    if (b.kind === 'body') previous = b;
    // Text standing in the container of the paragraphs around it (after a table or figure closed an
    // unclosed <p>): Readability keeps text inside elements only; a reader sees one text.
    if (b.kind === 'furniture' && i < last && b.text.length >= 80 && b.el !== previous.el && b.el.contains(previous.el) && linkDensity(b) < 0.5) {
      b.kind = 'body';
      continue;
    }
    if (b.kind !== 'furniture' || !PARAGRAPH_TAGS.has(b.el.tagName.toUpperCase())) continue;
    const between = i < last && parents.has(parent) && !isFurniture(b.el, parent);
    // After the body, a run of long paragraphs near it continues it (the rest of a text split by an ad
    // slot or a "read more" expander), until the first short one.
    if (i > last && run && (b.text.length < 80 || !area?.contains(b.el) || isFurniture(b.el, area, { continuation: true }))) run = false;
    const continued = i > last && run && (kinds.has(signature(parent)) || b.text.length >= 80);
    if (!between && !continued) continue;
    b.kind = /^H\d$/.test(b.el.tagName.toUpperCase()) ? 'heading' : 'body';
  }
}

/** Whether the body's judges (Readability, the body the page declares) take a text; the page's article markup is asked only when it decides. */
interface Judged {
  readability: boolean;
  declared: boolean;
}

interface Piece {
  el: Element;
  text: string;
  links: BlockLink[];
  end?: Element;
  box?: Element;
  judged: Judged;
}

/** The inline element a whole line is, if it is one: the last element before the line's `<br>`, holding all its text. */
function lineBox(container: Element, end: Element | undefined, text: string): Element | undefined {
  let node = end ? end.previousSibling : container.lastChild;
  while (node && node.nodeType === 3 && !(node.nodeValue ?? '').trim()) node = node.previousSibling;
  if (node?.nodeType !== 1) return undefined;
  return squash(node.textContent ?? '') === text ? (node as Element) : undefined;
}

/**
 * A block as the judges see it. Older CMSs print a whole article as `<br>`-separated lines in one container
 * (beside a dateline, an image, the editors' initials), which Readability cuts into paragraphs of its own
 * and may trim: when a judge doesn't take such a block whole but takes some of its lines, each line is a
 * block of its own, so the lines it kept are body and the rest is judged apart.
 */
function piecesOf(b: RawBlock, judge: (b: RawBlock, line?: boolean) => Judged, judges: readonly ('readability' | 'declared')[]): Piece[] {
  const whole = judge(b);
  if (!b.lines || judges.every((k) => whole[k])) return [{ el: b.el, text: b.text, links: b.links, judged: whole }];
  const lines = b.lines.map((l) => ({ el: b.el, text: l.text, links: l.links, end: l.end, judged: judge({ ...l, el: b.el }, true) }));
  const split = judges.some((k) => !whole[k] && lines.some((l) => l.judged[k]));
  return split ? lines.map((l) => ({ ...l, box: lineBox(b.el, l.end, l.text) })) : [{ el: b.el, text: b.text, links: b.links, judged: whole }];
}

/** Lowest common ancestor of two elements. */
function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let n: Element | null = a; n; n = n.parentElement) seen.add(n);
  for (let n: Element | null = b; n; n = n.parentElement) if (seen.has(n)) return n;
  return null;
}

/**
 * Reads the article. Workflow:
 * 1. cut the original page into blocks;
 * 2. Readability on a clone picks the body; blocks whose text it kept are `body`;
 * 3. the article's region is the smallest element holding the body; captions in it are `caption`,
 *    Readability's byline is `byline`, other short lines in it are `fringe` (end credits live there);
 * 4. everything else is furniture.
 */
export interface ReadOptions {
  /** Read the page as an article even when it looks too short to be one (the user asked for it). */
  force?: boolean;
}

export function readArticle(doc: Document, markedAsArticle: boolean, declaredBody?: string, opts: ReadOptions = {}): Article {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { blocks: [], readerable: false };
  const { cut, unhid } = cutPage(root);
  const raw = cut.blocks;
  const found = readable(doc, cut, unhid);
  const byline = found?.byline ? norm(found.byline) : undefined;
  // The body text the page declares in its JSON-LD (articleBody): a second opinion on what the body is.
  const declared = declaredBody && declaredBody.length >= 200 ? new TextIndex(norm(declaredBody.replace(/<[^>]{0,300}>/g, ' '))) : undefined;

  // Searching the whole text for each block (and each line of one) costs blocks × text: the text's index
  // spares the search of most blocks that aren't in it, and a budget keeps a page of thousands of lines
  // linear; past it only exact blocks and lines match.
  let scan = SCAN_BUDGET;
  const inText = (t: string, full: TextIndex, texts?: Set<string>) =>
    !!texts?.has(t) || (t.length >= 60 && full.mayHold(t) && (scan -= full.text.length) > 0 && full.text.includes(t));
  const judges = [...(found ? (['readability'] as const) : []), ...(declared ? (['declared'] as const) : [])];

  // The page's article markup decides only when no other judge takes a block: asked for then (a query of the
  // whole page, and a walk up from each block).
  let fallback: Element | null | undefined;
  const marked = () => (fallback === undefined ? (fallback = markedBody(doc)) : fallback);
  const judge = (b: RawBlock, line = false): Judged => {
    const text = norm(b.text);
    return {
      readability: !!found && ((line && found.lines.has(text)) || inText(text, found.fullText, found.texts)),
      declared: !!declared && inText(text, declared),
    };
  };
  const pieces = raw.flatMap((b) => piecesOf(b, judge, judges));
  const chars = (pick: (j: Judged) => boolean) => pieces.reduce((n, p) => n + (pick(p.judged) ? p.text.length : 0), 0);
  // Readability can pick the wrong container (notice boxes a stylesheet hides): when most of the body the
  // page declares lies outside Readability's choice, the declaration decides.
  const readabilityChars = chars((j) => j.readability);
  const agreed = chars((j) => j.readability && j.declared);
  const declaredChars = chars((j) => j.declared);
  const basis: 'declared' | 'readability' | 'marked' =
    declaredChars >= 200 && agreed < declaredChars / 2 ? 'declared' : found && readabilityChars > 0 ? 'readability' : 'marked';
  const pick = (p: Piece) => (basis === 'marked' ? !!marked()?.contains(p.el) : p.judged[basis]);
  const blocks: Block[] = pieces.map((b, index) => {
    const tag = b.el.tagName.toUpperCase();
    let kind: BlockKind = 'furniture';
    if (pick(b)) kind = /^H[1-6]$/.test(tag) ? 'heading' : 'body';
    if (byline && norm(b.text) === byline) kind = 'byline';
    const block: Block = { index, el: b.el, text: b.text, links: b.links, kind };
    if (b.end) block.end = b.end;
    if (b.box) block.box = b.box;
    return block;
  });

  recoverDropped(blocks);
  // A teaser elsewhere on the page may repeat a body sentence; a block that is mostly a link is furniture.
  // ("Sumber: <a>TribunSolo.com</a>" is a credit, not a teaser: a labelled line keeps its place.)
  for (const b of blocks) if (b.kind === 'body' && linkDensity(b) >= 0.7 && b.text.length < 400 && !/^[^:：]{2,30}[:：]/u.test(b.text)) b.kind = 'furniture';
  const body = blocks.filter((b) => b.kind === 'body');
  const region = body.length > 0 ? commonAncestor(body[0]!.el, body[body.length - 1]!.el) : marked();
  // The lead image often sits just outside the body's container (a hero figure above the text).
  const near = region ? widen(region, blocks) : null;
  const lastBody = body.length ? body[body.length - 1]!.index : -1;
  const firstBody = body.length ? body[0]!.index : -1;
  const after = region?.parentElement ?? null;
  // Furniture inside the body (a related-links box Readability kept) stays furniture; but when most of the
  // body sits in boxes named like furniture, the CMS names its article's own boxes so ("article-widget",
  // "js-truncate-related-to-my-size"), and the names say nothing.
  const boxed = region ? body.filter((b) => isFurniture(b.el, region, { continuation: true })) : [];
  const namesLie = 2 * boxed.reduce((n, b) => n + b.text.length, 0) > body.reduce((n, b) => n + b.text.length, 0);
  const inFurnitureBox = new Set(namesLie ? [] : boxed);
  // Whether a block is a picture's caption, asked at most once per block (its ancestors are walked).
  const captions: (ReturnType<typeof captionOf> | undefined)[] = [];
  const cards = new Map<Element, boolean>();
  const cap = (block: Block) => (captions[block.index] ??= captionOf(block.el, cards));
  const toCaption = (block: Block) => {
    block.kind = 'caption';
    block.figure = cap(block).figure;
  };
  for (const block of blocks) {
    if (block.kind === 'furniture' && region?.contains(block.el) && !isFurniture(block.el, region, { caption: cap(block).caption })) {
      if (cap(block).caption) toCaption(block);
      // A line the body's judge left out, when the line is a box named like furniture ("Baca juga" in a
      // related-links span), is that furniture; other short lines are fringe.
      else if (block.text.length <= 300 && !(block.box && isFurniture(block.box, block.el))) block.kind = 'fringe';
    } else if (block.kind === 'furniture' && near?.contains(block.el)) {
      if (cap(block).caption && block.text.length <= 600 && !isFurniture(block.el, near, { caption: true })) toCaption(block);
      else if (block.text.length <= 200 && !isFurniture(block.el, near, { tail: true })) {
        // End credits often sit just after the body's container ("Sumber: TribunSolo.com"), and source lines
        // in the meta line above it ("来源：人民日报海外版"): read there for labels and credit lines only.
        const justAfter = !!after && block.index > lastBody && block.index <= lastBody + 30 && after.contains(block.el);
        const justBefore = block.index < firstBody && block.index >= firstBody - 15;
        if (justAfter) block.kind = 'tail';
        else if (justBefore) block.kind = 'meta';
      }
    } else if ((block.kind === 'body' || block.kind === 'byline') && cap(block).caption) toCaption(block);
    // A heading whose text is a caption-named element ("<h4><span class=pic-credits>…") is a picture's
    // caption line; a teaser's headline in a <figure> card stays a heading.
    // So is a heading set in a caption-named box ("<td class=caption><h2>… Ảnh: X</h2></td>", older CMSs), or named
    // a caption itself ("<figure>…<h2 class=figure__caption>… Bild: X</h2></figure>").
    else if (block.kind === 'heading' && (innerCaption(block.el) || captionNamedParent(block.el) || captionNamed(block.el)) && cap(block).caption) toCaption(block);
    if (block.kind === 'body' && inFurnitureBox.has(block)) block.kind = footerLabel(block) ? 'tail' : 'furniture';
    // The source line in the header's meta line ("Theo <a>Trí Thức Trẻ</a>"), outside the body's container.
    if (block.kind === 'furniture' && block.index < firstBody && block.index >= firstBody - META_REACH && block.text.length <= META_CHARS && holdsSourceLine(block.el)) block.kind = 'byline';
    // The lead picture's caption just before the body, in a container too busy to widen into.
    const nearHero = block.index < firstBody && block.index >= firstBody - HERO_REACH && block.text.length <= HERO_CAPTION_CHARS;
    if (block.kind === 'furniture' && nearHero && cap(block).caption && !isFurniture(block.el, null, { caption: true })) toCaption(block);
  }

  const bodyChars = body.reduce((n, b) => n + b.text.length, 0);
  // A three-paragraph wire brief ("Hamburg (dpa) - …") is too short to call an article unasked; asked, it is one.
  const readerable = body.length > 0 && (markedAsArticle || bodyChars >= 250 || !!opts.force);
  const kept = basis === 'declared' ? declaredBody?.replace(/<[^>]{0,300}>/g, '\n') : basis === 'readability' ? found?.kept : undefined;
  return {
    blocks,
    readerable,
    byline: found?.byline,
    siteName: found?.siteName,
    lang: found?.lang,
    ...(kept ? { kept } : {}),
    ...(cut.elements > MAX_WALK ? { cut: true } : {}),
  };
}

/**
 * The cheap pre-check (no Readability pass): the page calls itself an article, or Readability's own
 * heuristic thinks it is one. The content script runs the heavy pass only when this says yes.
 */
export function looksLikeArticle(doc: Document, markedAsArticle: boolean): boolean {
  if (markedAsArticle || doc.querySelector('article, [itemprop="articleBody"]')) return true;
  try {
    return isProbablyReaderable(doc, { minContentLength: 100, minScore: 15 });
  } catch {
    return false;
  }
}
