/**
 * A name the registry knows that is also an ordinary word ("Welt", "Zeit"), read back from the verb after it:
 * it is the paper only where it stands as a subject does ("Wie die Welt berichtet", "wie „Zeit“ und „Spiegel“
 * berichten"), not inside a phrase of the sentence's own ("In der ganzen Welt berichten Medien", "Zur gleichen
 * Zeit berichtete die Polizei", "In dieser Zeit berichteten Medien"): a word in small letters right before it
 * (an adjective, a demonstrative) other than a list's joiner, or a preposition before its article, makes it the
 * ordinary word.
 */
import type { ReadContext } from './context';
import type { NameSpan } from './names';
import { QUOTES } from './names';
import { tokenizeTail } from './tokens';

/**
 * Is the word-like name at `span` set in a phrase of the sentence (after `from`), not standing as its subject or a
 * cue's object? `small`: a small-letter word right before it counts (read back from a verb; after a cue, only a
 * preposition before its article does: "sagte er in der Zeit nach der Wahl").
 */
export function wordInPhrase(ctx: ReadContext, text: string, span: NameSpan, from = 0, small = true): boolean {
  // Only what stands after the cue: the cue's own words ("gegenüber der", "im Interview mit der") are no phrase.
  // Languages that write in separate small syllables set every word so ("trên tạp chí Science").
  if (ctx.syllables) return false;
  const tokens = tokenizeTail(text.slice(0, span.start), 4).filter((t) => t.start >= from);
  let i = tokens.length - 1;
  // In its quotes, or after an outlet's word ("das Magazin Zeit"), it is the paper.
  if (QUOTES.has(tokens[i]?.text ?? '') || ctx.outletWords.backward(tokens, i) > 0) return false;
  const before = tokens[i];
  if (!before?.word) return false;
  const lower = before.text.toLowerCase();
  if (ctx.articles.has(lower)) {
    i--;
    const link = tokens[i];
    return !!link?.word && ctx.frontedLinks.backward(tokens, i) > 0;
  }
  return small && /^\p{Ll}/u.test(before.text) && !ctx.listJoiners.has(lower);
}

/** Is the name set in quotes, as a title is ("„Zeit“", "«Welt»")? */
export const quotedTitle = (text: string, span: NameSpan): boolean => QUOTES.has(text.charAt(span.start - 1)) && QUOTES.has(text.charAt(span.end));
