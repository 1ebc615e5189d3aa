/**
 * An end credit on a line of its own naming, in one word the registry doesn't know, the site the text comes
 * from: "Theo Allkpop", "(Theo Koreaboo)", "Theo Saostar | 12/3/2020". In a language whose people's names are
 * separate syllables (Vietnamese: "Theo Minh Anh" signs a person), one word glued from several syllables or
 * spelled in a foreign way is no person's name but a site's. A single syllable ("Theo Hùng") stays a person's,
 * and so does a name with a title ("Theo ông Bình") or in a sentence ("Theo Putin, …" is read as one). A site's
 * address ("Theo Tinnhanhonline.vn") is always a site's.
 */
import type { ReadContext } from './context';
import { clip, type Finding } from './finding';
import { afterCue } from './signed-credit';

// Bounded: a cue, one word, then at most a date or a time after a bar or a dash, in brackets or not.
const CREDIT_LINE = /^\s*\(?\s*(\S.{0,30}?)\s*\)?\s*(?:[|–—-]\s*[\d/:.,h ]{4,24})?\s*\.?\s*$/u;
const ONE_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}]{2,24}$/u;
// "Theo Tinnhanhonline.vn", "Theo Kenh14.vn": the site's address, a word and its domain, is no one's name.
const SITE_ADDRESS = /^[\p{L}\p{N}][\p{L}\p{N}-]{2,30}(?:\.(?:com|net|org|gov|edu|info|biz|tv|news|co))?\.(?:vn|com|net|org|info|tv|news|co)$/iu;
const VOWELS = /[aeiouy]+/g;

/** One word a person's name can't be in a syllable-written language: glued syllables, digits, inner capitals. */
export function siteWord(word: string): boolean {
  if (/\p{N}/u.test(word) || /\p{Ll}\p{Lu}/u.test(word)) return true;
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd');
  return (plain.match(VOWELS)?.length ?? 0) >= 2;
}

/** A site's address, or one word a person's name can't be (a syllable-written language's). */
export const siteName = (word: string): boolean => SITE_ADDRESS.test(word) || (ONE_WORD.test(word) && siteWord(word));

/** The site a one-word end credit names, in a syllable-written language. */
export function bareCreditFindings(line: string, block: number, ctx: ReadContext): Finding[] {
  if (!ctx.syllables || line.length > 60) return [];
  const m = CREDIT_LINE.exec(line);
  const word = m ? afterCue(m[1]!, ctx) : undefined;
  if (!word || !siteName(word)) return [];
  return [{ role: 'source', name: word, evidence: clip(line), block, cue: 'credit-line', cueText: line.trim(), kind: 'outlet' }];
}
