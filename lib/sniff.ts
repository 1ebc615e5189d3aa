/**
 * Is this text an HTML document? Decided the way browsers sniff (WHATWG MIME Sniffing, "HTML" patterns):
 * by the declared type when there is one, else by the first markup after leading white space. A Markdown
 * file, JSON, CSV, a PDF or a binary file that merely contains a tag somewhere is not HTML.
 */

/** Declared types we read as HTML; anything else declared is not a page (JSON, PDF, images, plain text). */
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i;
/** Declared types that say nothing, where the bytes decide. */
const VAGUE_TYPES = /^(?:|application\/octet-stream|text\/plain|unknown\/unknown|application\/unknown|\*\/\*)$/i;

// The WHATWG HTML signatures, each ended by a space or '>' (comments and XML declarations by themselves).
const SIGNATURE =
  /^<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|article|main|section|header|meta|link|span|figure|img|ul|ol|nav|form)[\s>/]|^<!--|^<\?xml[\s?]/i;

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaType(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Does a declared type (a Content-Type header or `document.contentType`) allow reading it as a page? */
export function declaredHtml(contentType: string | null | undefined): boolean | undefined {
  const type = mediaType(contentType);
  if (HTML_TYPES.test(type)) return true;
  if (VAGUE_TYPES.test(type)) return undefined;
  // XML may be XHTML: the bytes decide.
  if (/[/+]xml$/.test(type)) return undefined;
  return false;
}

/** The bytes alone: the first thing after a byte-order mark and white space is HTML markup. */
export function sniffHtml(text: string): boolean {
  const head = text.slice(0, 65_536);
  if (head.includes('\u0000')) return false;
  const start = head.replace(/^\uFEFF?[\s\u00A0]*/, '').slice(0, 64);
  if (/^<\?xml/i.test(start)) return /<html[\s>]/i.test(head);
  return SIGNATURE.test(start);
}

/** Declared type first (a page served as JSON is JSON, whatever it holds), then the bytes. */
export function isHtml(text: string, contentType?: string | null): boolean {
  return declaredHtml(contentType) ?? sniffHtml(text);
}

/** A document the browser built from HTML (not a JSON viewer, a plain-text tab, an image or a PDF viewer). */
export function isHtmlDocument(doc: Pick<Document, 'contentType'>): boolean {
  return HTML_TYPES.test(mediaType(doc.contentType ?? 'text/html'));
}
