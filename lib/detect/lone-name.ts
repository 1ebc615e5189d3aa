/**
 * A body named by one word the registry doesn't know, right after a preposition that credits ("Selon
 * Médiamétrie, …", "según Kantar", "volgens Nielsen", "according to Spotrac"). Read alone, one capitalized word
 * looks like a person's surname, so the weak cue declines it. But the press names a person in full before it
 * uses the surname alone ("David Dufresne … selon Dufresne") or the first name ("Tessa Bishop … According to
 * Tessa"): a word the article has not printed as the first or last word of a person's name, that is no place,
 * no people's name and no cue word, is a body's name.
 *
 * Only in languages that capitalize names alone: where every noun has a capital (German "laut Polizei", "laut
 * Plan") one capitalized word is as often a common noun.
 */
import type { ReadContext } from './context';
import type { ArticleBodies } from './bodies';
import type { NameSpan } from './names';
import type { Verdict } from './org';
import { placeIndex, wordsOf } from '../places/index';
import { isAcronym, tokenize } from './tokens';

// One name word: a capital, then a small letter (an acronym is judged as one already); a hyphen or a dot may
// join parts ("Médiamétrie", "Spotrac", "Idealo.de"). Pages may print accents as combining marks.
const ONE_NAME = /^\p{Lu}\p{M}*\p{Ll}[\p{L}\p{M}]+(?:[-.][\p{L}\p{M}]+)*$/u;
// What may follow the name: the clause goes on (a comma, a stop, a verb), not another capitalized word of it.
const AFTER = /^(?:$|[\s,.;:)!?]|\s+\p{Ll})/u;

/**
 * The lone word a cue like `selon` points at, accepted as a body when nothing says it is a person's name or a
 * place; `undefined` when the rule does not apply or the word is not a body.
 */
export function loneBody(ctx: ReadContext, cueWords: ReadonlySet<string>, cueText: string, text: string, span: NameSpan, v: Verdict, bodies: ArticleBodies | undefined): Verdict | undefined {
  if (ctx.capitalizedNouns || !cueWords.has(cueText.toLowerCase())) return undefined;
  // Only a name the judge took for a person's: not one it declined as a kind of body, a function word or no name.
  if (v.accept || v.why !== 'looks like a person' || span.titled) return undefined;
  const tokens = tokenize(span.text).filter((t) => t.word);
  if (tokens.length !== 1 || isAcronym(tokens[0]!) || !ONE_NAME.test(span.text)) return undefined;
  if (!AFTER.test(text.slice(span.end, span.end + 3))) return undefined;
  const word = span.text;
  if (bodies?.personWord(word) || ctx.stopwords.has(word.toLowerCase()) || ctx.cueWords.has(word)) return undefined;
  // "selon Washington", "según Bogotá": a place (a state speaking is read elsewhere), or a people's name.
  if (placeIndex().at(wordsOf(word), word, 0)) return undefined;
  return { accept: true, orgLike: false, kind: 'organization', why: 'lone name after a cue' };
}
