/**
 * Text blocks: the page cut into the paragraphs a reader sees, each tied to the element that holds it, so a
 * finding can be badged in the live page. One iterative walk (deep or huge pages can't blow the stack).
 */
import { squash } from './fold';

export interface BlockLink {
  href: string;
  text: string;
}

export interface RawBlock {
  /** The nearest block-level element holding the text. */
  el: Element;
  /** The text as a reader sees it; `<br>` becomes a line break. */
  text: string;
  links: BlockLink[];
  /** A text of several lines, line by line (the article may keep some lines and not others). */
  lines?: RawLine[];
}

/** One `<br>`-separated line of a block: its text, its links, and the `<br>` that ends it (none for the last). */
export interface RawLine {
  text: string;
  links: BlockLink[];
  end?: Element;
}

const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN MENU NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
// Not <picture>: its <source>s and <img> are skipped anyway, and pages put a picture's caption inside it
// (`<picture><img …><div class="caption">…</div></picture>`), where a reader sees it under the picture.
const SKIP_TAGS = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME OBJECT EMBED CANVAS SELECT TEXTAREA INPUT BUTTON HEAD MATH VIDEO AUDIO SOURCE TRACK IMG LINK META'.split(
    ' ',
  ),
);

/**
 * A button the page wraps around a picture and its caption so that a click enlarges it
 * (`<button><figure><img><figcaption>…(Image: X)</figcaption></figure></button>`): its caption is read
 * under the picture like any other. Any other button is a control whose label is no text.
 */
function enlargeButton(tag: string, el: Element): boolean {
  return tag === 'BUTTON' && !!el.querySelector('figcaption');
}

const NEWLINE = /[\r\n]/;
const NEWLINES = /[\r\n]+/g;

/** Hidden by the page's own markup (we don't compute styles: the same answer in Node and the browser). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** The longest text of an element marked as a button that is a control's label ("Vis mer", "Show more"), not text. */
const CONTROL_CHARS = 40;

/** A control a page marks by its role, as a <button> is one: a caption's "show more" toggle glued to its credit. */
function control(el: Element): boolean {
  return el.getAttribute('role') === 'button' && (el.textContent ?? '').length <= CONTROL_CHARS;
}

interface Run {
  el: Element;
  parts: string[];
  /** Each link with the line it starts on (the number of `<br>`s before it in the run). */
  links: { link: BlockLink; line: number }[];
  /** The run's `<br>` elements, in order: line i ends at brs[i]. */
  brs: Element[];
}

/** A run's lines, with the links and the `<br>` of each; empty lines dropped. */
function linesOf(run: Run): RawLine[] {
  const lines: RawLine[] = run.parts
    .join('')
    .split('\n')
    .map((raw, i) => ({ text: squash(raw), links: [], end: run.brs[i] }));
  for (const { link, line } of run.links) lines[line]?.links.push(link);
  return lines.filter((line) => line.text);
}

export interface Cut {
  blocks: RawBlock[];
  /** Elements visited (all of them, unless the limit stopped the walk). */
  elements: number;
  /** Characters of text in the blocks. */
  chars: number;
  /** How deep block elements nest. */
  depth: number;
}

/**
 * Cuts `root` into blocks. `limit` caps how many elements are visited, so a 10 MB page costs a bounded
 * amount of work. `keepHidden` reads elements the markup hides too (a saved page whose script would show them).
 */
export function cutBlocks(root: Element, limit = 200_000, keepHidden = false): Cut {
  const blocks: RawBlock[] = [];
  const runs: Run[] = [];
  const flush = () => {
    const run = runs[runs.length - 1];
    if (!run || run.parts.length === 0) return;
    // Without a <br> the run is one line (most are: a paragraph, or the white space between elements).
    const lines = run.brs.length ? linesOf(run) : undefined;
    const text = lines ? lines.map((l) => l.text).join('\n') : squash(run.parts.join(''));
    if (text) {
      const block: RawBlock = { el: run.el, text, links: run.links.map((l) => l.link) };
      if (lines && lines.length > 1) block.lines = lines;
      blocks.push(block);
    }
    run.parts = [];
    run.links = [];
    run.brs = [];
  };
  // Nodes still to visit, last child first; null marks the end of a block element's children.
  const stack: (Node | null)[] = [root];
  let visited = 0;
  let depth = 0;
  runs.push({ el: root, parts: [], links: [], brs: [] });
  while (stack.length) {
    const node = stack.pop()!;
    if (node === null) {
      flush();
      runs.pop();
      continue;
    }
    if (node.nodeType === 3) {
      // In HTML a newline in text is a space; only <br> breaks a line.
      const text = node.nodeValue ?? '';
      runs[runs.length - 1]!.parts.push(NEWLINE.test(text) ? text.replace(NEWLINES, ' ') : text);
      continue;
    }
    if (node.nodeType !== 1 || ++visited > limit) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if ((SKIP_TAGS.has(tag) && !enlargeButton(tag, el)) || (!keepHidden && isHidden(el)) || control(el)) continue;
    if (tag === 'BR') {
      const run = runs[runs.length - 1]!;
      run.parts.push('\n');
      run.brs.push(el);
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag) && node !== root;
    if (isBlock) {
      flush();
      runs.push({ el, parts: [], links: [], brs: [] });
      if (runs.length > depth) depth = runs.length;
      stack.push(null);
    } else if (tag === 'A') {
      const href = el.getAttribute('href');
      const run = runs[runs.length - 1]!;
      if (href) run.links.push({ link: { href, text: squash(el.textContent ?? '') }, line: run.brs.length });
    }
    // Sibling links, not childNodes: no list built per element (a DOM builds it by walking the children).
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  flush();
  return { blocks, elements: visited, chars: blocks.reduce((n, b) => n + b.text.length, 0), depth };
}

/** The blocks of `root` (see cutBlocks). */
export function collectBlocks(root: Element, limit = 200_000): RawBlock[] {
  return cutBlocks(root, limit).blocks;
}
