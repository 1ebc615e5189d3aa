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

/**
 * What the copy leaves without its text (lib/html-copy.ts takes it out of a parsed copy too): a script's but
 * JSON-LD's, a style sheet's. `tag`: the element's localName, read once per element (each read from the
 * content script's world costs).
 */
export function textless(el: Element, tag: string): boolean {
  if (tag === 'style') return true;
  return tag === 'script' && !/ld\+json/i.test(el.getAttribute('type') ?? '');
}

/** Names and values only: `el.attributes` would make an Attr node for each, and the page would keep them all. */
function openToken(el: Element, tag: string): string[] {
  const token = [(PREFIX[el.namespaceURI ?? ''] ?? '') + tag];
  for (const name of el.getAttributeNames()) {
    const value = el.getAttribute(name) ?? '';
    token.push(name, value.length > MAX_ATTR ? value.slice(0, MAX_ATTR) : value);
  }
  return token;
}

/** A `<slot>` of a shadow tree (a slot outside one is an element like any other). */
function isShadowSlot(el: Element): el is HTMLSlotElement {
  return typeof (el as HTMLSlotElement).assignedNodes === 'function' && el.getRootNode() !== el.ownerDocument;
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
  // The elements being walked, as parallel stacks: each one's node; whether it opened a token that its end
  // closes (a slot in a shadow tree opens none); the list its children come from (a slot's assigned nodes,
  // else by sibling) and where in it. The walk runs in a content script just injected, so its code is cold:
  // one loop with no call or allocation per node beyond the token takes a third less time than small helpers.
  const nodes: Node[] = [];
  const copied: boolean[] = [];
  const lists: (Node[] | undefined)[] = [];
  const at: number[] = [];
  let visited = 0;
  return {
    next(due) {
      if (!node) return null;
      const out: Token[] = [];
      let chars = 0;
      while (node) {
        const current: Node = node;
        if (++visited > MAX_NODES) {
          while (nodes.length) {
            nodes.pop();
            if (copied.pop()) out.push(0);
          }
          node = null;
          break;
        }
        // Its first child as shown (an open shadow tree's, a slot's assigned nodes'), once it is open.
        let child: Node | null = null;
        const type = current.nodeType;
        if (type === 1 && !skip(current as Element)) {
          const el = current as Element;
          const tag = el.localName;
          if (tag === 'slot' && isShadowSlot(el)) {
            const list = el.assignedNodes();
            child = list.length ? list[0]! : el.firstChild;
            if (child) {
              nodes.push(el);
              copied.push(false);
              lists.push(list.length ? list : undefined);
              at.push(0);
            }
          } else {
            out.push(openToken(el, tag));
            elements.push(el);
            if (!textless(el, tag)) child = (shadowOf(el) ?? el).firstChild;
            if (child) {
              nodes.push(el);
              copied.push(true);
              lists.push(undefined);
              at.push(0);
            } else out.push(0);
          }
        } else if (type === 3 || type === 4) {
          const text = current.nodeValue ?? '';
          out.push(text);
          chars += text.length;
        }
        if (child) node = child;
        else {
          // The node after `current`'s subtree in document order, closing the elements that ends (null: the root is closed).
          let from: Node = current;
          let after: Node | null = null;
          while (nodes.length) {
            const top = nodes.length - 1;
            const list = lists[top];
            after = list ? (list[++at[top]!] ?? null) : from.nextSibling;
            if (after) break;
            from = nodes.pop()!;
            if (copied.pop()) out.push(0);
            lists.pop();
            at.pop();
          }
          node = after;
        }
        if (visited % CHECK_EVERY === 0 && (chars >= CHUNK_CHARS || out.length >= CHUNK_TOKENS || due())) break;
      }
      return out;
    },
  };
}
