/**
 * A split verb framing its subject: German puts the particle at the clause's end, so in "Das teilte die
 * Organisation Künstler helfen Künstlern mit" the subject stands between `teilte` and `mit` (the `around`
 * cue form in scripts with capitals).
 */
import type { CompiledCue } from '../cues/compile';
import type { ReadContext } from './context';
import { sourceFinding as finding, type Finding } from './finding';
import { readForward, shrinkToKnown, type NameSpan } from './names';
import { judge, type NameIndex } from './org';
import { isCapitalized, tokenize } from './tokens';
import type { SentenceInput } from './verbs';

/** How far a split verb's particle may stand from the verb: a subject and an adverb or two. */
const FRAME_REACH = 80;
const CLAUSE_END = /^\s*(?:[.,;:!?)"“”»]|$)/u;

/**
 * A split verb framing its subject, `teilte die Organisation Künstler helfen Künstlern mit.`: a name that
 * a kind of institution introduces may run through small words up to the particle, where reading by
 * capitals stops at the first of them ("Künstler"). Only names so introduced; others read as usual.
 */
function framedName(ctx: ReadContext, text: string, from: number, to: number): NameSpan | null {
  const tokens = tokenize(text.slice(from, to), from, 20);
  let i = 0;
  while (tokens[i] && ctx.fillers.forward(tokens, i) && !ctx.genericOrgs.forward(tokens, i)) i += ctx.fillers.forward(tokens, i);
  const head = Math.max(ctx.genericOrgs.forward(tokens, i), ctx.orgWords.forward(tokens, i));
  if (!head) return null;
  const a = i + head;
  // "teilte der Chemiekonzern Bayer am Mittwoch in Leverkusen mit": the name ends before a time or an adverb.
  let b = tokens.length - 1;
  for (let k = a + 1; k <= b; k++) if (ctx.auxiliaries.forward(tokens, k) || ctx.calendar.forward(tokens, k)) b = k - 1;
  const first = tokens[a];
  const last = tokens[b];
  if (!first || !last || b < a || !isCapitalized(first) || !last.word) return null;
  const inner = tokens.slice(a, b + 1);
  // Names that capitals alone carry are read the usual way; this is for those with small words inside.
  if (inner.every((t) => !t.word || isCapitalized(t)) || inner.some((t) => !t.word && t.text !== '-' && t.text !== '&')) return null;
  // A name, not a clause: a few words, most of them capitalized ("Brot für die Welt").
  if (inner.length > 6 || inner.filter((t) => !isCapitalized(t)).length * 2 > inner.length + 1) return null;
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end, titled: false, outletHint: false, roleHint: true };
}

/**
 * A name read by capitals between the verb and its particle, when only times and adverbs follow it there:
 * "Das gab Volkswagen am Dienstag bekannt", "Dies gab die Deutsche Bahn auf Anfrage bekannt".
 */
function plainName(ctx: ReadContext, text: string, from: number, to: number, index: NameIndex): NameSpan | null {
  const find = (t: string) => index.find(t);
  const read = readForward(ctx, text.slice(0, to), from, { find })[0];
  const span = read && shrinkToKnown(read, find);
  if (!span) return null;
  const rest = tokenize(text.slice(span.end, to), span.end, 12);
  for (let k = 0; k < rest.length; ) {
    const n = ctx.auxiliaries.forward(rest, k) || ctx.calendar.forward(rest, k);
    if (!n) return null;
    k += n;
  }
  return span;
}

/** Findings of the `around` cues of a cased language: a verb and its particle around the subject. */
export function frameFindings(s: SentenceInput, c: CompiledCue, ctx: ReadContext, index: NameIndex): Finding[] {
  const out: Finding[] = [];
  if (!c.closers) return out;
  c.regex.lastIndex = 0;
  for (let m = c.regex.exec(s.text); m; m = c.regex.exec(s.text)) {
    const end = m.index + m[0].length;
    c.closers.lastIndex = end;
    const close = c.closers.exec(s.text);
    if (!close || close.index - end > FRAME_REACH || !CLAUSE_END.test(s.text.slice(close.index + close[0].length))) continue;
    const span = framedName(ctx, s.text, end, close.index) ?? plainName(ctx, s.text, end, close.index, index);
    const v = span && judge(span, ctx, index, c.cue.strong);
    if (span && v?.accept) out.push(finding(s, c, m[0], span, v));
  }
  return out;
}
