/**
 * A copy of a page, taken a slice at a time, so that the read (Readability's pass, the blocks, the mapping)
 * runs off the page's main thread on a copy (lib/copy.ts rebuilds it) and no task the extension causes in
 * the page is long. The copy is a flat list of tokens with the live tree's exact shape (not HTML, which a
 * parser may reshape): `[tag, name, value, …]` opens an element, a string is a text node, `0` closes the
 * element. The n-th element opened is `elements[n]`, so what the copy's read finds maps back to live ones.
 *
 * Scripts (but JSON-LD) and style sheets travel without their text: nothing the read does looks at it.
 *
 * Open shadow roots are copied as the page shows them (web components that render an article's body or its
 * captions): a host's shadow tree stands for its children, and each `<slot>` in it for the host's children
 * assigned to it (its own content when none is), the slot itself leaving no element in the copy. Closed
 * shadow roots too, where the browser lets the extension open them (lib/closed-shadow.ts: the walk's
 * `shadowOf`; a page's own scripts still cannot).
 */
import { openRoots, type ShadowOpener } from './closed-shadow';

export type Token = string | 0 | string[];

/**
 * A chunk of tokens as one string, the way it travels to the reader: a message of one string costs the page
 * and the reader far less than one of thousands of small arrays, and its check (decodeChunk) is one loop.
 */
export const encodeChunk = (tokens: Token[]): string => JSON.stringify(tokens);

const isOpen = (t: unknown): t is string[] => Array.isArray(t) && t.length > 0 && t.every((s) => typeof s === 'string');

/** The tokens of an encoded chunk; throws on anything else (a malformed token would shift every element's number after it). */
export function decodeChunk(text: string): Token[] {
  const tokens: unknown = JSON.parse(text);
  if (!Array.isArray(tokens)) throw new Error('a chunk of the copy is not a list');
  for (const t of tokens) if (t !== 0 && typeof t !== 'string' && !isOpen(t)) throw new Error('a malformed token in the copy');
  return tokens as Token[];
}

/** Namespaces other than HTML's, as a prefix of the tag (`svg:path`). */
const PREFIX: Record<string, string> = { 'http://www.w3.org/2000/svg': 'svg:', 'http://www.w3.org/1998/Math/MathML': 'math:' };
/** An attribute this long is a data: image or a blob of state, not something the read uses whole. */
const MAX_ATTR = 65_536;
/** Characters of text and tokens in one chunk: each chunk is one message, cheap to send. */
const CHUNK_CHARS = 128_000;
const CHUNK_TOKENS = 4_000;
/** Nodes visited in a document at most (a page rebuilding itself while it is copied can't keep us walking). */
const MAX_NODES = 3_000_000;
/** How often (in nodes) the slice's clock is read. */
const CHECK_EVERY = 64;

function textless(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'style') return true;
  return tag === 'script' && !/ld\+json/i.test(el.getAttribute('type') ?? '');
}

/** Names and values only: `el.attributes` would make an Attr node for each, and the page would keep them all. */
function openToken(el: Element): string[] {
  const token = [(PREFIX[el.namespaceURI ?? ''] ?? '') + el.localName];
  for (const name of el.getAttributeNames()) {
    const value = el.getAttribute(name) ?? '';
    token.push(name, value.length > MAX_ATTR ? value.slice(0, MAX_ATTR) : value);
  }
  return token;
}

/**
 * An element being walked, with its children: by sibling, or (a slot's assigned nodes) from a list.
 * `copied`: it opened a token that its end closes (a slot in a shadow tree opens none).
 */
interface Level {
  node: Node;
  copied: boolean;
  list?: Node[];
  at?: number;
}

/** A `<slot>` of a shadow tree (a slot outside one is an element like any other). */
function isShadowSlot(el: Element): el is HTMLSlotElement {
  return el.localName === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function' && el.getRootNode() !== el.ownerDocument;
}

/** The level an element opens and its first child as shown: its open shadow tree's, its slot's assigned nodes'. */
function openLevel(el: Element, slot: boolean, shadowOf: ShadowOpener): [Level, Node | null] {
  if (slot) {
    const list = (el as HTMLSlotElement).assignedNodes();
    if (list.length) return [{ node: el, copied: false, list, at: 0 }, list[0]!];
    return [{ node: el, copied: false }, el.firstChild];
  }
  const level: Level = { node: el, copied: true };
  if (textless(el)) return [level, null];
  return [level, (shadowOf(el) ?? el).firstChild];
}

/** The node after `node` among its level's children. */
function nextIn(level: Level, node: Node): Node | null {
  if (!level.list) return node.nextSibling;
  level.at = (level.at ?? 0) + 1;
  return level.list[level.at] ?? null;
}

export interface Walk {
  /**
   * Copies on until `due()` says the slice is over or a chunk is full: the tokens copied (maybe none), or
   * null once the document is copied.
   */
  next(due: () => boolean): Token[] | null;
}

/**
 * Walks `doc` in document order, pushing each element it copies onto `elements`. `skip` leaves an element
 * (and what it holds) out of the copy: our own badges. The walk keeps its own stack of open elements, so a
 * page that moves or removes nodes between slices can't make it loop or lose its way back up. `shadowOf`
 * opens an element's shadow root (open ones only, unless the extension's opener is given).
 */
export function walk(doc: Document, elements: Element[], skip: (el: Element) => boolean = () => false, shadowOf: ShadowOpener = openRoots): Walk {
  let node: Node | null = doc.documentElement;
  const open: Level[] = [];
  let visited = 0;
  /** The node after `from`'s subtree in document order, closing the elements that ends (null: the root is closed). */
  const advance = (from: Node, out: Token[]): Node | null => {
    let at: Node | null = open.length ? nextIn(open[open.length - 1]!, from) : null;
    while (!at && open.length) {
      const parent = open.pop()!;
      if (parent.copied) out.push(0);
      at = open.length ? nextIn(open[open.length - 1]!, parent.node) : null;
    }
    return at;
  };
  return {
    next(due) {
      if (!node) return null;
      const out: Token[] = [];
      let chars = 0;
      while (node) {
        const current: Node = node;
        if (++visited > MAX_NODES) {
          while (open.length) if (open.pop()!.copied) out.push(0);
          node = null;
          break;
        }
        if (current.nodeType === 1 && !skip(current as Element)) {
          const el = current as Element;
          const slot = isShadowSlot(el);
          if (!slot) {
            out.push(openToken(el));
            elements.push(el);
          }
          const [level, child] = openLevel(el, slot, shadowOf);
          if (child) {
            open.push(level);
            node = child;
          } else {
            if (!slot) out.push(0);
            node = advance(el, out);
          }
        } else {
          if (current.nodeType === 3 || current.nodeType === 4) {
            const text = current.nodeValue ?? '';
            out.push(text);
            chars += text.length;
          }
          node = advance(current, out);
        }
        if (visited % CHECK_EVERY === 0 && (chars >= CHUNK_CHARS || out.length >= CHUNK_TOKENS || due())) break;
      }
      return out;
    },
  };
}
