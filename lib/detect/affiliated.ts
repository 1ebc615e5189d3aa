/**
 * A person named with where they work, read back from the verb as a body: "Jane Roe of the Brookings
 * Institution said", "Marcel Fratzscher vom Deutschen Institut für Wirtschaftsforschung sagte", "Klaus Weber
 * von der Universität Hamburg erklärte". Read backwards the verb's subject looks like the body, but the person
 * speaks, and an expert's affiliation is no source (corpus conventions). Only a body whose people speak as
 * experts (`affiliationWords`: universities, institutes, banks) or a company the registry knows; a
 * spokesperson there still speaks for it ("a spokeswoman at the Brookings Institution said").
 */
import type { ReadContext } from './context';
import type { NameSpan } from './names';
import type { Verdict } from './org';
import { tokenize, tokenizeTail } from './tokens';

/** Is the body read back from a verb the workplace of a person named just before it? */
export function affiliated(ctx: ReadContext, text: string, span: NameSpan, v: Verdict): boolean {
  if (v.known && (v.known.kind === 'government' || v.known.kind === 'international')) return false;
  // A hyphenated compound is read by its parts too: "vom Ifo-Institut" is an institute.
  if (!(v.known?.kind === 'company' || ctx.affiliationWords.occursIn(tokenize(span.text.replace(/-/g, ' '))))) return false;
  const tokens = tokenizeTail(text.slice(Math.max(0, span.start - 120), span.start), 12);
  let k = tokens.length - 1;
  // "of the", "von der": the article may stand between the link and the name.
  while (k >= 0 && ctx.articles.has(tokens[k]!.text.toLowerCase()) && ctx.affiliationLinks.backward(tokens, k) === 0) k--;
  const link = k >= 0 ? ctx.affiliationLinks.backward(tokens, k) : 0;
  if (!link) return false;
  const before = k - link;
  const person = tokens[before];
  if (!person?.word) return false;
  // A spokesperson or an official there speaks for the body.
  return ctx.roleWords.backward(tokens, before) === 0;
}
