/**
 * A reporter named in front of the outlet: "according to Jane Roe of the Financial Times", "…," said Sam
 * Lee, a correspondent for the BBC", "citing John Smith at The Washington Post". The person a cue points at is
 * no source, but the outlet the person is named with is. Only outlets: "according to a professor at Harvard"
 * names an expert's affiliation, which is no source.
 */
import type { ReadContext } from './context';
import type { Finding } from './finding';
import { clip } from './finding';
import { readForward, type NameSpan } from './names';
import { judge, type NameIndex } from './org';
import { tokenize } from './tokens';

/** Index of the token after "of", "at", ", a correspondent for" following a person's name; -1 if none. */
function linkAfter(ctx: ReadContext, tokens: ReturnType<typeof tokenize>): number {
  let i = 0;
  if (tokens[i]?.text === ',') {
    i++;
    // ", a correspondent for", ", the paper's chief reporter at": an appositive naming the person's role.
    let k = i + ctx.fillers.forward(tokens, i);
    for (let guard = 0; guard < 3 && tokens[k] && !ctx.roleWords.forward(tokens, k); guard++) k++;
    const role = ctx.roleWords.forward(tokens, k);
    if (!role) return -1;
    i = k + role;
  }
  const t = tokens[i];
  if (!t || !/^\p{Ll}+$/u.test(t.text)) return -1;
  // "of", "for" (link words), "at", "with", "from" (function words among the fillers).
  const link = ctx.nameLinks.forward(tokens, i) || (ctx.stopwords.has(t.text) && ctx.fillers.forward(tokens, i));
  return link === 1 ? i + 1 : -1;
}

/** The outlet a person read after a cue is named with, as a finding; or null. */
export function reporterOutlet(s: { text: string; block: number }, ctx: ReadContext, index: NameIndex, person: NameSpan, cue: string, cueText: string): Finding | null {
  // A person's name: two words or more, in a language where capitals mark names alone ("Initiative Brot für die
  // Welt" is a body whose name runs on, not a person of "Welt").
  if (ctx.capitalizedNouns || !/\s/.test(person.text.trim())) return null;
  const tokens = tokenize(s.text.slice(person.end, person.end + 120), person.end, 16);
  const at = linkAfter(ctx, tokens);
  if (at < 0 || !tokens[at]) return null;
  const span = readForward(ctx, s.text, tokens[at]!.start, { find: (t) => index.find(t) })[0];
  if (!span || span.titled) return null;
  const v = judge(span, ctx, index, false);
  if (!v.accept || v.kind !== 'outlet') return null;
  return { role: 'source', name: span.text, evidence: clip(s.text, span.start), block: s.block, cue, cueText, kind: v.kind, known: v.known };
}

// "CNN's Jane Roe": an outlet's name with a possessive, then a person's name of two or three words.
const POSSESSED = /^(.{2,60}?)['’]s\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,2})$/u;

/**
 * A reporter named with the outlet's possessive before the name ("CNN's Jane Roe contributed to this report",
 * "The Guardian's Tom Hale reported"): the outlet is credited. Only an outlet the registry knows: "Harvard's
 * Jane Roe said" names an expert's affiliation.
 */
export function possessiveOutlet(s: { text: string; block: number }, ctx: ReadContext, index: NameIndex, person: NameSpan, cue: string, cueText: string): Finding | null {
  const m = POSSESSED.exec(person.text);
  if (!m || ctx.capitalizedNouns) return null;
  // The article the name was read without ("the Guardian's Tom Hale"): the registry may know the name with it.
  const article = /(\p{L}+)\s+$/u.exec(s.text.slice(Math.max(0, person.start - 6), person.start))?.[1];
  const name = article && ctx.articles.has(article.toLowerCase()) && index.find(`${article} ${m[1]}`) ? `${article} ${m[1]}` : m[1]!;
  const known = index.find(name);
  if (!known || known.word) return null;
  const v = judge({ ...person, text: name, end: person.start + m[1]!.length }, ctx, index, false);
  if (!v.accept || v.kind !== 'outlet') return null;
  return { role: 'source', name, evidence: clip(s.text, person.start), block: s.block, cue, cueText, kind: v.kind, known: v.known };
}
