/**
 * Names whose words after the head are all in small letters, as French, Italian, Spanish and Portuguese print
 * bodies they do not capitalize past the first word: "La Confédération africaine de football a annoncé",
 * "selon le Forum économique mondial", "Il Comitato tecnico scientifico ha comunicato". Read by capitals, such a
 * name is its head word alone (read forward) or no name at all (read back from the verb, which a small word
 * ends). The tail is at most three small words (adjectives and nouns, not the language's function words, cue
 * words, dates or figures) with the name's link words between them, and only after a capitalized organization
 * word (`orgWords`): "la Commission européenne", not "la semaine dernière". Languages opt in (`lowercaseTails`).
 */
import type { ReadContext } from './context';
import type { Token } from './tokens';

/** Small words after the head, link words not counted: "africaine … football", "économique mondial". */
const MAX_TAIL = 3;
const SMALL = /^\p{Ll}[\p{L}\p{M}'’-]*$/u;

/** May the token at `k` be a small word of a name's tail? */
function tailWord(ctx: ReadContext, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word || !SMALL.test(t.text)) return false;
  if (ctx.langs[0]!.stopwords.has(t.text.toLowerCase()) || ctx.auxiliaries.forward(tokens, k) > 0) return false;
  return ctx.cueWords.forward(tokens, k) === 0 && ctx.calendar.forward(tokens, k) === 0 && ctx.roleWords.forward(tokens, k) === 0 && ctx.positionWordsTable.forward(tokens, k) === 0;
}

const optedIn = (ctx: ReadContext): boolean => ctx.cased && !ctx.syllables && ctx.langs[0]!.data.lowercaseTails;

/**
 * Read back from the small word at `j` (the last before the verb): the index of the capitalized organization
 * word the tail hangs on, or -1.
 */
export function tailHeadBefore(ctx: ReadContext, tokens: readonly Token[], j: number): number {
  if (!optedIn(ctx) || !tailWord(ctx, tokens, j)) return -1;
  let k = j;
  let words = 0;
  while (k >= 0) {
    if (tailWord(ctx, tokens, k)) {
      if (++words > MAX_TAIL) return -1;
      k--;
      continue;
    }
    // A link word between two words of the tail, or between the head and the tail ("de", "de la", "di").
    const link = ctx.nameLinks.backward(tokens, k);
    if (link && tailWord(ctx, tokens, k + 1) && k - link >= 0) {
      k -= link;
      continue;
    }
    break;
  }
  return k >= 0 && ctx.orgWords.forward(tokens, k) > 0 && /^\p{Lu}/u.test(tokens[k]!.text) ? k : -1;
}

/**
 * Read forward from the small word at `j` right after a capitalized organization word: the index of the tail's
 * last small word, or -1 when no tail starts there.
 */
export function tailEndAfter(ctx: ReadContext, tokens: readonly Token[], j: number): number {
  if (!optedIn(ctx)) return -1;
  let k = j;
  let words = 0;
  let last = -1;
  while (k < tokens.length) {
    if (tailWord(ctx, tokens, k)) {
      if (++words > MAX_TAIL) break;
      last = k++;
      continue;
    }
    const link = ctx.nameLinks.forward(tokens, k);
    if (link && last >= 0 && tailWord(ctx, tokens, k + link)) {
      k += link;
      continue;
    }
    break;
  }
  // The name ends where the clause goes on: punctuation, the frame's verb or its auxiliary, a relative pronoun
  // ("selon le Forum économique mondial, …", "la Confédération africaine de football qui évoque"). A small word
  // running on into the sentence is its verb: "I dati diffusi dalla Coldiretti indicano un calo".
  const next = tokens[last + 1];
  const ends = !next || !next.word || ctx.cueWords.forward(tokens, last + 1) > 0 || ctx.auxiliaries.forward(tokens, last + 1) > 0 || ctx.relativePronouns.forward(tokens, last + 1) > 0;
  return last >= 0 && ends ? last : -1;
}
