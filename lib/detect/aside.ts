/**
 * A place beside a name says where the name is from, not who speaks: in brackets after it ("Tờ South China
 * Morning Post (Hong Kong) đưa tin", "Hãng tin AFP (Pháp) cho biết", "The Korea Herald (Seoul) reported"),
 * or before a name the registry knows ("Kantor berita Rusia TASS melaporkan", "hãng tin Nga TASS").
 */
import { placeIndex } from '../places/index';
import { stateListed } from '../states/index';
import type { Token } from './tokens';

/** The most words a place in an aside has ("(Nhật Bản)", "(Hong Kong)", "(Bosnia và Herzegovina)"). */
const ASIDE_WORDS = 4;

/** Is the text a place: a country, a city, or a state's short name printed with a capital ("Anh", "Đức")? */
export const isPlace = (s: string): boolean => !!placeIndex().exact(s)?.country || !!stateListed(s);

/** The token index before a bracketed place closing at `i`, when a word stands before it; else `i`. */
export function beforeAside(text: string, tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== ')') return i;
  for (let k = i - 1; k >= 1 && i - k <= ASIDE_WORDS + 1; k--) {
    const t = tokens[k]!;
    if (t.text === '(') {
      if (k === i - 1 || !tokens[k - 1]!.word) return i;
      return isPlace(text.slice(tokens[k + 1]!.start, tokens[i - 1]!.end)) ? k - 1 : i;
    }
    if (!t.word) return i;
  }
  return i;
}

/** The most words a place before a known name has ("Korea Utara", "Amerika Serikat"). */
const LEADING_PLACE_WORDS = 3;

/**
 * The first token of the name from `a` to `i` past a place opening it, when the registry knows the rest and not
 * the whole ("Rusia TASS" → TASS; "Korea Utara KCNA" → KCNA); else `a`.
 */
export function pastLeadingPlace(text: string, tokens: readonly Token[], a: number, i: number, find: (name: string) => unknown): number {
  if (find(text.slice(tokens[a]!.start, tokens[i]!.end))) return a;
  for (let k = 1; k <= LEADING_PLACE_WORDS && a + k <= i; k++) {
    if (!isPlace(text.slice(tokens[a]!.start, tokens[a + k - 1]!.end))) continue;
    if (find(text.slice(tokens[a + k]!.start, tokens[i]!.end))) return a + k;
  }
  return a;
}
