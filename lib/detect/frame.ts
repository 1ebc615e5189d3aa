/**
 * A split verb framing its subject: German puts the particle at the clause's end, so in "Das teilte die
 * Organisation Künstler helfen Künstlern mit" the subject stands between `teilte` and `mit` (the `around`
 * cue form in scripts with capitals).
 */
import type { CompiledCue } from '../cues/compile';
import type { ReadContext } from './context';
import { sourceFinding as finding, type Finding } from './finding';
import type { NameSpan } from './names';
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
  let b = tokens.length - 1;
  for (let aux = ctx.auxiliaries.backward(tokens, b); aux && b - aux >= i + head; aux = ctx.auxiliaries.backward(tokens, b)) b -= aux;
  const a = i + head;
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
    const span = framedName(ctx, s.text, end, close.index);
    const v = span && judge(span, ctx, index, c.cue.strong);
    if (span && v?.accept) out.push(finding(s, c, m[0], span, v));
  }
  return out;
}
