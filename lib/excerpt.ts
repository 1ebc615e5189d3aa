/**
 * The one way a quote is shortened, wherever a person sees or exports one (the detector's evidence, the
 * popup, the badge card, copy as text, Markdown): a window centred on the credit's own words, cut at a
 * sentence bound where one is near, else between words, every cut marked "…", the credit never cut.
 * Scripts written without spaces between words (Chinese, Japanese, Thai, …) are cut between characters
 * there: at a word bound where the platform can find one (Intl.Segmenter), never inside a character.
 */
import { stripBidi } from './bidi';

export const ELLIPSIS = '…';

/** How long a quote may be in the popup and the badge card. */
export const QUOTE_MAX = 240;

// Scripts that write words without spaces between them.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
// Of those, the ones whose words are several letters long: a cut between letters must be a word bound.
const SEGMENTED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
// Punctuation of unspaced scripts, after which a cut is always clean.
const WIDE_PUNCT = /[、。，．！？；：」』）】〕〉》｣]/u;
const MARK = /\p{M}/u;
const SPACE = /\s/;
// What ends a sentence, with the closing quotes or brackets that may follow it.
const SENTENCE_END = /[.!?。！？…؟।][”"’')\]」』）]*$/u;

type Segmenter = { segment: (s: string) => Iterable<{ index: number }> };
let segmenter: Segmenter | null | undefined;

function wordSegmenter(): Segmenter | null {
  if (segmenter === undefined) {
    const Ctor = (Intl as unknown as { Segmenter?: new (l?: string, o?: { granularity: string }) => Segmenter }).Segmenter;
    segmenter = Ctor ? new Ctor(undefined, { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** True when `p` starts a word of a Thai-like script (a dictionary bound), looked up in a window around it. */
function segmentBound(s: string, p: number): boolean {
  const seg = wordSegmenter();
  if (!seg) return true;
  const from = Math.max(0, p - 40);
  for (const { index } of seg.segment(s.slice(from, p + 40))) if (from + index === p) return true;
  return false;
}

/** Can the text be cut at `p` without splitting a word (or a character)? */
export function isWordBound(s: string, p: number): boolean {
  if (p <= 0 || p >= s.length) return true;
  const a = s[p - 1]!;
  const b = s[p]!;
  if (SPACE.test(a) || SPACE.test(b)) return true;
  // Never between the halves of a surrogate pair, nor before a combining mark (Thai vowels, accents).
  if (/[\uDC00-\uDFFF]/.test(b) || MARK.test(b)) return false;
  if (WIDE_PUNCT.test(a) || WIDE_PUNCT.test(b)) return true;
  const before = s.slice(Math.max(0, p - 2), p);
  const after = s.slice(p, p + 2);
  if (!UNSPACED.test(before) || !UNSPACED.test(after)) return false;
  return SEGMENTED.test(a) || SEGMENTED.test(b) ? segmentBound(s, p) : true;
}

/** Does a sentence start at `p` (the text before it ends one)? */
function sentenceStart(s: string, p: number): boolean {
  if (p <= 0) return true;
  const before = s.slice(Math.max(0, p - 8), p).trimEnd();
  if (!SENTENCE_END.test(before)) return false;
  // "U.S. officials": a full stop before a lowercase word ends no sentence.
  return !/^\p{Ll}/u.test(s.slice(p).trimStart());
}

/** The cut for the start of a window at `lo`, not past `limit`: a sentence start near it, else the next word. */
function snapStart(s: string, lo: number, limit: number, slack: number): number {
  for (let p = lo; p <= Math.min(limit, lo + slack); p++) if (sentenceStart(s, p) && isWordBound(s, p)) return p;
  for (let p = lo; p <= limit; p++) if (isWordBound(s, p)) return p;
  for (let p = lo; p > 0; p--) if (isWordBound(s, p)) return p;
  return 0;
}

/** The cut for the end of a window at `hi`, not before `limit`: a sentence end near it, else the last word. */
function snapEnd(s: string, hi: number, limit: number, slack: number): number {
  for (let p = hi; p >= Math.max(limit, hi - slack); p--) if (SENTENCE_END.test(s.slice(Math.max(0, p - 8), p)) && isWordBound(s, p)) return p;
  for (let p = hi; p >= limit; p--) if (isWordBound(s, p)) return p;
  for (let p = hi; p < s.length; p++) if (isWordBound(s, p)) return p;
  return s.length;
}

/**
 * `s` cut to about `max` characters around [from, to), which is always kept whole (even when longer than
 * `max`): the window is centred on it, its ends moved to sentence or word bounds, each cut marked "…".
 */
export function cutAround(s: string, from: number, to: number, max: number): string {
  if (s.length <= max) return s;
  const keepFrom = Math.max(0, Math.min(from, s.length));
  const keepTo = Math.max(keepFrom, Math.min(to, s.length));
  const room = Math.max(0, max - (keepTo - keepFrom));
  let lo = Math.max(0, keepFrom - Math.floor(room / 2));
  const hi0 = Math.min(s.length, keepTo + room - (keepFrom - lo));
  lo = Math.max(0, Math.min(lo, hi0 - Math.max(max, keepTo - keepFrom)));
  const slack = Math.floor(max / 4);
  const start = lo > 0 ? snapStart(s, lo, keepFrom, slack) : 0;
  const end = hi0 < s.length ? snapEnd(s, hi0, keepTo, slack) : s.length;
  const body = s.slice(start, end).trim();
  return `${start > 0 && !body.startsWith(ELLIPSIS) ? ELLIPSIS : ''}${body}${end < s.length && !body.endsWith(ELLIPSIS) ? ELLIPSIS : ''}`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `word` first occurs in `s` as whole words (case-insensitive), else anywhere; undefined if nowhere. */
function find(s: string, word: string): [number, number] | undefined {
  const w = word.replace(/\s+/g, ' ').trim();
  if (!w) return undefined;
  const whole = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(w)}(?![\\p{L}\\p{N}])`, 'iu').exec(s);
  const any = whole ?? new RegExp(escapeRe(w), 'iu').exec(s);
  return any ? [any.index, any.index + any[0].length] : undefined;
}

/**
 * A quote as people see it: white space collapsed, bidi controls dropped, and when longer than `max` a
 * window around the credit. `keep` lists the credit's words: the first found anchors the window (the name
 * as printed, then other names it goes by, then the cue words), and the others found near it stay in too.
 */
export function excerpt(text: string, keep: string[], max = QUOTE_MAX): string {
  const s = stripBidi(text).replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  let span: [number, number] | undefined;
  for (const word of keep) {
    const at = word.length < s.length ? find(s, word) : undefined;
    if (!at) continue;
    if (!span) span = at;
    else if (Math.max(span[1], at[1]) - Math.min(span[0], at[0]) <= max) span = [Math.min(span[0], at[0]), Math.max(span[1], at[1])];
  }
  span ??= [0, 0];
  return cutAround(s, span[0], span[1], max);
}

/** The words a source's quote keeps: the name shown, the names its registry entry goes by, the cue words. */
export function creditWords(name: string, cueText: string | undefined, aliases: string[] = []): string[] {
  return [name, ...aliases, ...(cueText ? [cueText] : [])];
}
