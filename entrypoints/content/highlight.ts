/**
 * "Show in page": the credited line, highlighted for a few seconds. The marks are drawn over the page in a
 * closed shadow root of ours (the page's own elements and styles stay untouched, and the page can't read
 * them); they never take a click.
 */
import type { LiveBlock } from './copy';

/** How long the highlight stays, in ms. */
const SHOWN = 2600;

const HOST_STYLE =
  'all: initial !important; position: absolute !important; left: 0 !important; top: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483646 !important; pointer-events: none !important; display: block !important;';

const MARK_CSS = `
.mark { position: absolute; border-radius: 3px; background: rgba(255, 205, 0, .38); box-shadow: 0 0 0 2px rgba(224, 160, 0, .9);
  mix-blend-mode: multiply; transition: opacity .6s ease-in; }
.mark.fading { opacity: 0; }
@media (prefers-reduced-motion: reduce) { .mark { transition: none; } }
`;

/**
 * The range of a block's own text: a line of a `<br>`-separated text runs from the `<br>` before it to its
 * own `<br>` (the last line to its block's end); any other block whole.
 */
export function blockRange(block: LiveBlock, blocks: readonly LiveBlock[]): Range {
  const range = block.el.ownerDocument.createRange();
  range.selectNodeContents(block.el);
  const isLine = !!block.end || blocks.some((b) => b !== block && b.el === block.el);
  if (!isLine) return range;
  // The <br> ending the line before: the last <br> of the block that comes before this line's end.
  const brs = [...block.el.querySelectorAll('br')];
  const before = brs.filter((br) => !block.end || br.compareDocumentPosition(block.end) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1);
  if (before && before !== block.end) range.setStartAfter(before);
  if (block.end) range.setEndBefore(block.end);
  return range;
}

/** Highlights `range` for a moment; returns what removes it at once (the next highlight does). */
export function flash(range: Range): () => void {
  const doc = range.startContainer.ownerDocument ?? document;
  const win = doc.defaultView ?? window;
  const host = doc.createElement('span');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = MARK_CSS;
  shadow.append(style);
  for (const r of range.getClientRects()) {
    if (r.width < 1 || r.height < 1) continue;
    const mark = doc.createElement('span');
    mark.className = 'mark';
    mark.dataset.testid = 'reveal-mark';
    mark.setAttribute('style', `left: ${r.left + win.scrollX - 2}px; top: ${r.top + win.scrollY - 1}px; width: ${r.width + 4}px; height: ${r.height + 2}px;`);
    shadow.append(mark);
  }
  doc.documentElement.append(host);
  const fade = win.setTimeout(() => shadow.querySelectorAll('.mark').forEach((m) => m.classList.add('fading')), SHOWN);
  const gone = win.setTimeout(() => host.remove(), SHOWN + 700);
  return () => {
    win.clearTimeout(fade);
    win.clearTimeout(gone);
    host.remove();
  };
}
