/**
 * The CLI's frame opener: a srcdoc frame's document is written in the page's own HTML, so the CLI reads it
 * as part of the page, as the extension does in the browser (lib/frames.ts). A frame with an address would
 * be another fetch, never made: it stays unread (named in `unread` when it looks like content). A sandboxed
 * srcdoc frame without allow-same-origin has an opaque origin, which the extension may not read either.
 */
import type { FrameOpener } from '../frame-list';
import { parseDocument } from '../html';

/** Each frame parsed once: the read places a frame's blocks by its document's identity. */
const parsed = new WeakMap<Element, Document>();

export const srcdocFrame: FrameOpener = (frame) => {
  if (frame.localName !== 'iframe' || !frame.hasAttribute('srcdoc')) return null;
  const sandbox = frame.getAttribute('sandbox');
  if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox)) return null;
  let doc = parsed.get(frame);
  if (!doc) parsed.set(frame, (doc = parseDocument(frame.getAttribute('srcdoc') ?? '')));
  return doc;
};
