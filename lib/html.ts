/**
 * HTML text → a Document, with no browser or Node APIs (whether bytes are HTML at all: lib/sniff.ts): linkedom
 * parses it the same way in the CLI and the tests. The extension has no use for it: its reader page parses a
 * fetched page with the browser's own DOMParser, so linkedom stays out of every bundle.
 */
import { parseHTML } from 'linkedom';

export { decode } from './decode';

/** Parses HTML text into a document linkedom gives us; the same Document interface the browser has. */
export function parseDocument(html: string): Document {
  // A browser always makes <html>; linkedom only when the markup has one (and a <body> when it has none).
  const head = html.slice(0, 65536);
  const at = htmlTagAt(head);
  const full = at >= 0 ? scriptsInside(html, at) : /<body[\s>]/i.test(head) ? `<!doctype html><html>${html}</html>` : `<!doctype html><html><body>${html}</body></html>`;
  let doc = parseHTML(full).document as unknown as Document;
  // A page cut off inside its <html tag ('<html lang="en') makes no element at all, and linkedom's
  // document.body then throws: read it as a page without <html>, the way a browser still makes one.
  if (!doc.documentElement) doc = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
  oneBody(doc);
  return doc;
}

/**
 * Where the page's <html> tag starts, if it has one where a browser takes it: after only a doctype, comments
 * and scripts. Not "<html" printed inside an attribute further down (a page without the tag quoting another).
 */
function htmlTagAt(head: string): number {
  const m = /<html[\s>]/i.exec(head);
  if (!m) return -1;
  const before = head.slice(0, m.index).replace(/<!doctype[^>]*>|<!--.*?-->|<script\b[^>]*>.*?<\/script>/gis, '');
  return /<[a-z]/i.test(before) ? -1 : m.index;
}

/** Scripts before <html> (`<script>…</script><html>`) go inside it, as a browser puts them in the head. */
function scriptsInside(html: string, at: number): string {
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html)?.[0] ?? '';
  const before = html.slice(doctype.length, at);
  if (!before.trim()) return html;
  const tagEnd = html.indexOf('>', at) + 1;
  return `${doctype}${html.slice(at, tagEnd)}${before}${html.slice(tagEnd)}`;
}

/**
 * A browser's parser keeps one <body>: a second body tag (after scripts between head and body, or inside
 * the body) adds to the first. linkedom makes a second element, and `document.body` may then be an empty
 * one: move every later body's content into the first.
 */
function oneBody(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  const bodies = Array.from(root.children).filter((el) => el.tagName.toUpperCase() === 'BODY');
  let first = bodies[0];
  // Elements between the head and the body tag (a <div> before <body>) are the body's, as a browser reads them;
  // linkedom leaves them beside it, the body tag inside them.
  const strays = Array.from(root.children).filter((el) => !/^(?:HEAD|BODY)$/i.test(el.tagName) && el.textContent?.trim());
  if (strays.length) {
    if (!first) {
      first = doc.createElement('body');
      root.appendChild(first);
    }
    const anchor = first.firstChild;
    for (const el of strays) {
      const before = !!(el.compareDocumentPosition(first) & 4);
      if (before) first.insertBefore(el, anchor);
      else first.appendChild(el);
    }
  }
  for (const extra of bodies.slice(1)) {
    while (extra.firstChild) first!.appendChild(extra.firstChild);
    extra.remove();
  }
  // A body tag inside the body adds nothing either: its content stays where it is.
  for (const inner of first ? Array.from(first.querySelectorAll('body')) : []) {
    while (inner.firstChild) inner.parentNode!.insertBefore(inner.firstChild, inner);
    inner.remove();
  }
  // linkedom's document.body is the element right after <head> (it makes an empty one otherwise).
  const head = doc.head;
  if (first && head && head.parentNode === root && head.nextElementSibling !== first) head.after(first);
}
