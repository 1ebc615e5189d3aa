/**
 * The page rebuilt from its tokens (lib/snapshot.ts), where the read runs: the extension's offscreen
 * document in Chrome, its background page in Firefox, linkedom in the tests. The copy has the live tree's
 * shape, element for element, and the frames the content script could open are documents of their own.
 */
import type { FrameOpener } from './frames';
import type { Token } from './snapshot';

const NS: Record<string, string> = { svg: 'http://www.w3.org/2000/svg', math: 'http://www.w3.org/1998/Math/MathML' };

export class PageCopy {
  /** The copied elements in the order they were opened: the n-th is the copy of the live `elements[n]`. */
  readonly elements: Element[] = [];
  /** Each copied element's number. */
  readonly numbers = new Map<Element, number>();
  /** The page's document first, then one per frame. */
  readonly docs: Document[] = [];
  private readonly frames = new Map<Element, Document>();
  private open: Node[] = [];
  private doc: Document | undefined;

  /** `blank` makes an empty HTML document (the browser's `document.implementation`, or linkedom). */
  constructor(private readonly blank: () => Document) {}

  /**
   * Starts a document: the page's, or the one shown by the frame whose element is number `frame`, at `url`.
   * A frame's copy gets a `<base>` of its address (a copy has no address of its own), as the read of a
   * live frame resolves its links against the frame's own address.
   */
  begin(frame?: number, url?: string): void {
    this.finish();
    this.doc = this.blank();
    this.docs.push(this.doc);
    this.open = [this.doc];
    const el = frame === undefined ? undefined : this.elements[frame];
    if (el) this.frames.set(el, this.doc);
    this.base = frame !== undefined && url && /^https?:/i.test(url) ? url : undefined;
  }

  private base: string | undefined;

  add(tokens: Token[]): void {
    const doc = this.doc;
    if (!doc) return;
    for (const token of tokens) {
      const parent = this.open[this.open.length - 1];
      if (token === 0) {
        if (this.open.length > 1) this.open.pop();
      } else if (typeof token === 'string') {
        if (parent && parent !== doc) parent.appendChild(doc.createTextNode(token));
      } else {
        const el = this.element(doc, token);
        this.numbers.set(el, this.elements.length);
        this.elements.push(el);
        if (parent === doc) doc.replaceChild(el, doc.documentElement);
        else parent?.appendChild(el);
        this.open.push(el);
      }
    }
  }

  /** Ends the current document. */
  finish(): void {
    const doc = this.doc;
    if (doc && this.base && !doc.querySelector('base[href]')) {
      const base = doc.createElement('base');
      base.setAttribute('href', this.base);
      (doc.head ?? doc.documentElement)?.prepend(base);
    }
    this.doc = undefined;
  }

  /** Opens the copy of a frame the content script could open; null for the others, as live. */
  readonly opener: FrameOpener = (frame) => this.frames.get(frame) ?? null;

  private element(doc: Document, [tag, ...attrs]: string[]): Element {
    const colon = tag!.indexOf(':');
    const ns = colon > 0 ? NS[tag!.slice(0, colon)] : undefined;
    let el: Element;
    try {
      el = ns ? doc.createElementNS(ns, tag!.slice(colon + 1)) : doc.createElement(tag!);
    } catch {
      // A name the page could make but this document refuses: the element keeps its place, not its name.
      el = doc.createElement('span');
    }
    for (let i = 0; i + 1 < attrs.length; i += 2) {
      try {
        el.setAttribute(attrs[i]!, attrs[i + 1]!);
      } catch {
        // An attribute name this document refuses: left out.
      }
    }
    return el;
  }
}
