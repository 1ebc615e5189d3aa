/**
 * The page rebuilt from its tokens (lib/snapshot.ts), where the read runs: the extension's offscreen
 * document in Chrome, its background page in Firefox, linkedom in the tests. The copy has the live tree's
 * shape, element for element, and the frames the content script could open are documents of their own.
 */
import type { FrameOpener } from './frames';
import { settleHtmlCopy, type HtmlCopy } from './html-copy';
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
  private frame: Element | undefined;
  /** A document came as HTML that did not parse back to the live tree's shape: the copy must be taken again. */
  unshaped = false;

  /**
   * `blank` makes an empty HTML document (the browser's `document.implementation`, or linkedom); `parse` a
   * document of an HTML text (the browser's DOMParser: scripts off, nothing loaded).
   */
  constructor(
    private readonly blank: () => Document,
    private readonly parse?: (html: string) => Document,
  ) {}

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
    this.frame = el;
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

  /**
   * The current document as the page serialized it (lib/html-copy.ts), in place of tokens: kept when it parses
   * back to the tree it was serialized from and the content script finds it holds the page (`checked`), else
   * the copy is `unshaped` (to be taken again).
   */
  addHtml(part: HtmlCopy): void {
    if (!this.doc || !this.parse || this.open.length > 1) return void (this.unshaped = true);
    const parsed = this.parsed(part);
    if (!parsed) return void (this.unshaped = true);
    this.docs[this.docs.length - 1] = parsed.doc;
    if (this.frame) this.frames.set(this.frame, parsed.doc);
    this.doc = parsed.doc;
    this.open = [parsed.doc];
    for (const el of parsed.elements) {
      this.numbers.set(el, this.elements.length);
      this.elements.push(el);
    }
    this.unchecked++;
  }

  private parsed(part: HtmlCopy): { doc: Document; elements: Element[] } | undefined {
    try {
      const doc = this.parse!(part.html);
      const elements = settleHtmlCopy(doc, part);
      return elements && { doc, elements };
    } catch {
      // A page this parse can't take (or made to break it): the walk's copy is exact.
      return undefined;
    }
  }

  /**
   * Whether a document sent as HTML holds the page (no shadow root, none of our elements), in the order they
   * came. The check may come after the end of the copy: the read starts meanwhile (`checksDone`).
   */
  checked(holds: boolean): void {
    if (!holds) this.unshaped = true;
    this.unchecked = Math.max(0, this.unchecked - 1);
    if (!this.unchecked) for (const done of this.waiting.splice(0)) done();
  }

  /** Whether the copy is the page, once every document sent as HTML is checked. */
  async checksDone(): Promise<boolean> {
    if (this.unchecked) await new Promise<void>((done) => this.waiting.push(done));
    return !this.unshaped;
  }

  /** The content script went away before every check came: the copy is not known to be the page. */
  abandon(): void {
    this.unshaped = true;
    this.unchecked = 0;
    for (const done of this.waiting.splice(0)) done();
  }

  /** Documents parsed from HTML whose check has not come yet, and who waits for them. */
  private unchecked = 0;
  private readonly waiting: (() => void)[] = [];

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
