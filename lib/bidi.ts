/**
 * Bidirectional-text controls in what a page supplies. An unclosed U+202E (right-to-left override) in a site
 * name would reverse whatever follows it in our UI or in a text we export: views isolate each page string in
 * its own element (`<bdi>`, `dir="auto"`), and plain text (copy as text, exports, a name substituted into a
 * sentence) drops the embedding, override and isolate controls, which no name or quotation needs.
 * The marks U+200E/U+200F stay: right-to-left text uses them and they cannot span beyond their place.
 */
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** `s` without bidi embedding, override and isolate controls. */
export function stripBidi(s: string): string {
  return s.replace(CONTROLS, '');
}

/** `s` as a unit inside a sentence of ours: its controls dropped, then set in an isolate of its own. */
export function isolateBidi(s: string): string {
  return `\u2068${stripBidi(s)}\u2069`;
}
