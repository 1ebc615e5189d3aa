/**
 * Folding names for comparison: the same rules the corpus scorer uses (../shared/corpus/README.md), so a
 * name the resolver matches is a name the scorer would match.
 */

export const LEADING_ARTICLES = new Set(['the', 'la', 'le', 'les', 'el', 'los', 'die', 'der', 'das', 'o', 'a']);

/** NFKD, marks removed, lower case, possessive 's dropped, punctuation to spaces, a leading article dropped. */
export function foldName(name: string): string {
  return foldWords(name, true);
}

/** Letters without their marks, in lower case: "Behörde" → "behorde". */
export function foldLetters(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The folded words of a name; `dropArticle` drops a leading article ("The Hill" → "hill"). */
export function foldWords(name: string, dropArticle: boolean): string {
  const words = foldLetters(name)
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (dropArticle && words.length > 1 && LEADING_ARTICLES.has(words[0]!)) words.shift();
  return words.join(' ');
}

const ZERO_WIDTH = /[\u200b\ufeff]/g;
const SPACES = /\s+/g;
/** What squashing would change inside a text: a zero-width space, white space other than one space between words. */
const LOOSE = /[\u200b\ufeff]|[^\S ]| {2}/;

/** Drops zero-width spaces and collapses runs of white space to single spaces. */
export function squash(text: string): string {
  // Most texts are squashed already (every block's text is read this way, and again when compared):
  // checking is one scan, rewriting is three and new strings.
  const edge = text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32;
  return edge || LOOSE.test(text) ? text.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim() : text;
}
