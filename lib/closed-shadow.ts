/**
 * Shadow roots the copy reads (lib/snapshot.ts). A page's script cannot see into a closed shadow root, but an
 * extension can: Chrome gives content scripts `chrome.dom.openOrClosedShadowRoot(el)`, Firefox gives them
 * `el.openOrClosedShadowRoot`. Where neither exists, the elements that look like they hold a closed root
 * are named in the report's `unread`, so the popup says part of the page was not read.
 */
import type { Unread } from './page-data';

/** An element's shadow root as the read may open it; null where it has none or the read may not. */
export type ShadowOpener = (el: Element) => ShadowRoot | null;

/** What a page's own scripts see: open roots only. */
export const openRoots: ShadowOpener = (el) => el.shadowRoot;

/** The `dom` namespace of the extension API (Chrome 88+), where it is there. */
export interface DomApi {
  openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null;
}

type Extended = Element & { openOrClosedShadowRoot?: ShadowRoot | null };

/**
 * The extension's opener of open and closed roots: the `dom` API's, else Firefox's element property;
 * undefined where the browser has neither. `probe`: an element to test Firefox's property on. An open root
 * is taken as the page sees it, and only elements a page may attach a root to are asked about (the API is
 * a call into the browser, once per element of the page).
 */
export function extensionOpener(dom: DomApi | undefined, probe: Element): ShadowOpener | undefined {
  const api = dom?.openOrClosedShadowRoot;
  const closed: ((el: Element) => ShadowRoot | null) | undefined =
    typeof api === 'function' ? (el) => api(el as HTMLElement) : 'openOrClosedShadowRoot' in probe ? (el) => (el as Extended).openOrClosedShadowRoot ?? null : undefined;
  if (!closed) return undefined;
  return (el) => {
    if (el.shadowRoot || !mayHoldClosedRoot(el)) return el.shadowRoot;
    try {
      return closed(el) ?? null;
    } catch {
      // An element the API refuses: what the page sees.
      return null;
    }
  };
}

/** The elements a page may attach a shadow root to, besides custom elements (the DOM standard's list). */
const HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

/** Can `el` host a shadow root a page attached (a `<video>`'s or an `<input>`'s own is the browser's)? */
export function mayHostShadow(el: Element): boolean {
  return el.localName.includes('-') || HOSTS.has(el.localName);
}

/**
 * Whether the API is asked about `el`: a custom element, or another element a page may attach a root to that
 * shows nothing of its own (no element, no text), where a closed root's content would be all it shows. Each
 * ask is a call into the browser: asked about every div, p and span, the copy of a 1 MB page took 70% longer.
 */
export function mayHoldClosedRoot(el: Element): boolean {
  const tag = el.localName;
  if (tag.includes('-')) return true;
  return HOSTS.has(tag) && !el.firstElementChild && !(el.textContent ?? '').trim();
}

/** A closed root holding a text is laid out at least this big (CSS pixels); smaller is a button or an icon. */
const MIN_WIDTH = 250;
const MIN_HEIGHT = 100;
const MAX_LISTED = 5;
const MAX_SEEN = 20_000;

/**
 * Without the API: the custom elements that show something while holding no node of their own (no text,
 * no open root), laid out as big as a text: most likely a closed shadow root, which the read cannot open.
 */
export function unreadShadowHosts(doc: Document): Unread[] {
  const out: Unread[] = [];
  let seen = 0;
  for (const el of doc.querySelectorAll('body *')) {
    // Bounded, as everything the content script does in one task.
    if (out.length >= MAX_LISTED || ++seen > MAX_SEEN) break;
    if (!el.localName.includes('-') || el.shadowRoot || el.firstElementChild || (el.textContent ?? '').trim()) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width >= MIN_WIDTH && rect.height >= MIN_HEIGHT) out.push({ reason: 'shadow' });
  }
  return out;
}
