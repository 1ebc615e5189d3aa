/**
 * A place in brackets right after a name says where the name is from, not who speaks: "Tờ South China
 * Morning Post (Hong Kong) đưa tin", "Hãng tin AFP (Pháp) cho biết", "The Korea Herald (Seoul) reported".
 * Read back from the verb, the subject is the name before the brackets.
 */
import { placeIndex } from '../places/index';
import { stateListed } from '../states/index';
import type { Token } from './tokens';

/** The most words a place in an aside has ("(Nhật Bản)", "(Hong Kong)", "(Bosnia và Herzegovina)"). */
const ASIDE_WORDS = 4;

/** Is the text a place: a country, a city, or a state's short name printed with a capital ("Anh", "Đức")? */
const isPlace = (s: string): boolean => !!placeIndex().exact(s)?.country || !!stateListed(s);

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
