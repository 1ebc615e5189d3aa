/**
 * An outlet as the audience of a statement, named by a small word only: "sagte Müller dem Spiegel", "sagte
 * sie im ZDF", "Der Bild sagte er", "said Smith to Sky News". The press credits the outlet so (as "told
 * CNN"), but the same articles and prepositions stand everywhere ("der Welt", "im Bild"), so a cue marked
 * `audience` counts only where a reporting verb of the same clause stands just before it, or right after
 * the name, and only for an outlet the registry knows.
 */
import type { ReadContext } from './context';
import type { Verdict } from './org';
import { tokenize, tokenizeTail } from './tokens';

/** Tokens between the verb and the cue: the speaker's name, a title, a day ("sagte Bundestrainer Hans Flick am Sonntag dem"). */
const VERB_REACH = 8;
/** Punctuation that ends a clause; quotes and hyphens don't. */
const CLAUSE_END = /^[.,;:!?()]$/u;

/**
 * Does a reporting verb stand just before `at`, with only its subject between: names and nouns (capitalized),
 * numbers and function words ("sagte er am Sonntag im", "said Smith to")? Any other small word is another verb
 * or clause ("said he would move to Fox News").
 */
function verbBefore(ctx: ReadContext, text: string, at: number): boolean {
  const tokens = tokenizeTail(text.slice(Math.max(0, at - 120), at), VERB_REACH + 3);
  for (let k = tokens.length - 1, n = 0; k >= 0 && n <= VERB_REACH; k--, n++) {
    const t = tokens[k]!;
    if (CLAUSE_END.test(t.text)) return false;
    if (ctx.afterCueWords.backward(tokens, k) > 0) return true;
    // The speaker's office in small letters is the subject too ("a déclaré le ministre à", "dijo el portavoz a").
    const office = ctx.personTitles.backward(tokens, k) || ctx.roleWords.backward(tokens, k) || ctx.positionWordsTable.backward(tokens, k);
    if (t.word && /^\p{Ll}/u.test(t.text) && !ctx.stopwords.has(t.text.toLowerCase()) && !office) return false;
  }
  return false;
}

/** Does a reporting verb follow the name right away ("Dem Spiegel sagte er")? */
function verbAfter(ctx: ReadContext, text: string, end: number): boolean {
  const tokens = tokenize(text.slice(end, end + 40), 0, 3);
  return tokens.length > 0 && ctx.afterCueWords.forward(tokens, 0) > 0;
}

/** Whether a name an `audience` cue points at is credited: an outlet the registry knows, beside a reporting verb. */
/** A closing quote. */
const QUOTE_AFTER = /^["“”»«]/u;
/** Where a clause ends: a stop, a comma, a colon, the text's end. */
const CLOSES_CLAUSE = /^\s*(?:[,.;:!?)]|$)/u;

export function heardBy(ctx: ReadContext, text: string, cueAt: number, nameEnd: number, v: Verdict): boolean {
  if (!v.known || v.kind !== 'outlet') return false;
  // A paper named by an ordinary word ("Welt", "Zeit") is one in its quotes, or closing the clause after the verb
  // ("sagte er der Welt."); else the cue's preposition makes it the word ("In der Welt berichten Medien", "sagte er
  // in der Zeit nach der Wahl").
  if (v.known.word && !QUOTE_AFTER.test(text.slice(nameEnd, nameEnd + 1))) return CLOSES_CLAUSE.test(text.slice(nameEnd, nameEnd + 3)) && verbBefore(ctx, text, cueAt);
  return verbBefore(ctx, text, cueAt) || verbAfter(ctx, text, nameEnd);
}
