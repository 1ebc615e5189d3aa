/**
 * The article's source line above its body: CMSs print the outlet a text is taken from in the header's meta
 * line, in an element named for it ("<span class=kbwcm-source>Theo <a href=…>Trí Thức Trẻ</a></span>",
 * "<div class=article-source>Nguồn: …</div>"). Readability drops that line with the date and the share buttons,
 * so the credit was never read. A short element so named, just before the body, makes its block a byline: read
 * in full, as a credit line (its cue names the source; a name alone is credited only if the registry knows it).
 */
import { squash } from './fold';

// A class naming the line's source; not a picture's ("image-source") nor a code viewer's.
const SOURCE_CLASS = /(?:^|[\s_-])(?:source|nguon|sumber)(?:$|[\s_-])/i;
const NOT_SOURCE = /image|img|photo|foto|caption|code|video/i;
/** Longer than a credit line: a paragraph or a list of links, not a source line. */
const MAX_SOURCE_CHARS = 80;
/** How far into a block an element named as its source is looked for: the meta line's few spans. */
const MAX_LOOK = 12;

/** Does the block's element hold (or is it) a short element named as the text's source? */
export function holdsSourceLine(el: Element): boolean {
  const cls = (e: Element) => e.getAttribute('class') ?? '';
  const named = (e: Element) => SOURCE_CLASS.test(cls(e)) && !NOT_SOURCE.test(cls(e));
  const candidates = [el, ...[...el.querySelectorAll('[class]')].slice(0, MAX_LOOK)];
  return candidates.some((e) => {
    if (!named(e)) return false;
    const text = squash(e.textContent ?? '');
    return text.length >= 3 && text.length <= MAX_SOURCE_CHARS;
  });
}
