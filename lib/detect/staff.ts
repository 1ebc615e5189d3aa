/**
 * A body's staff in the plural stating a finding, an estimate or a forecast: "NOAA forecasters said",
 * "researchers at the Halvorsen Institute found", "analysts at Morrow Capital estimate", "Analysten der
 * Deka-Bank erwarten", "Forscher der Universität Kiel fanden heraus". Their joint work is the body's (a study, a
 * forecast, a research note), so the body is credited; one expert with an affiliation ("said Jane Roe, a
 * researcher at X") is a person speaking and credits no one, so only the plural counts (`staffWords`), and in
 * a language whose plural may look singular, not after a singular's article (`staffSingulars`).
 */
import type { ReadContext } from './context';
import { clip, type Finding } from './finding';
import { readBackward, readForward, shrinkToKnown, type NameSpan } from './names';
import { judge, type NameIndex, type Verdict } from './org';
import { Phrases } from './phrases';
import { tokenize, type Token } from './tokens';
import { placeIndex } from '../places/index';
import type { SentenceInput } from './verbs';

/** How many words may stand between the body's name (or the staff word) and the verb: "have now", "in a study". */
const VERB_REACH = 8;

interface Tables {
  staff: Phrases;
  links: Phrases;
  verbs: Phrases;
  singulars: Phrases;
}

const cache = new WeakMap<ReadContext, Tables>();

function tables(ctx: ReadContext): Tables {
  let t = cache.get(ctx);
  if (!t) {
    const primary = ctx.langs[0]!.data;
    t = {
      // Only the paragraph's own language: German "der" after English "researchers" is no link.
      staff: new Phrases(primary.staffWords),
      links: new Phrases(primary.staffLinks),
      verbs: new Phrases(primary.staffVerbs),
      singulars: new Phrases(primary.staffSingulars),
    };
    cache.set(ctx, t);
  }
  return t;
}

/** Does a reporting verb or a finding's verb follow within a few words, in the same clause? */
function verbAhead(ctx: ReadContext, t: Tables, tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + VERB_REACH; k++) {
    const w = tokens[k]!;
    if (!w.word && /[,;:()"“”„«»]/u.test(w.text)) return false;
    if (t.verbs.forward(tokens, k) > 0 || ctx.afterCueWords.forward(tokens, k) > 0) return true;
  }
  return false;
}

/** Is the body a place (a state, a city): "researchers from China found" credit no body. */
const place = (span: NameSpan) => !!placeIndex().exact(span.text);

/** The body's verdict, when it is one on its face: the registry's, an organization word's, an acronym's. */
function body(ctx: ReadContext, index: NameIndex, span: NameSpan, viaRole: boolean): Verdict | null {
  if (span.titled || place(span)) return null;
  const v = judge({ ...span, roleHint: viaRole }, ctx, index, false);
  return v.accept && v.orgLike ? v : null;
}

/** Staff findings of one sentence. */
export function staffFindings(s: SentenceInput, ctx: ReadContext, index: NameIndex): Finding[] {
  if (!ctx.cased) return [];
  const t = tables(ctx);
  const tokens = tokenize(s.text, 0, 200);
  const find = (name: string) => index.find(name);
  const out: Finding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = t.staff.forward(tokens, i);
    if (!n) continue;
    const word = tokens[i]!;
    const after = i + n;
    if (i > 0 && t.singulars.backward(tokens, i - 1) > 0) continue;
    let span: NameSpan | null = null;
    let v: Verdict | null = null;
    const link = t.links.forward(tokens, after);
    if (link) {
      // "researchers at the Halvorsen Institute found": the body after the link, the verb after the body.
      const read = readForward(ctx, s.text, tokens[after + link - 1]!.end, { find })[0];
      span = read ? shrinkToKnown(read, find) : null;
      const end = span ? tokens.findIndex((x) => x.start >= span!.end) : -1;
      v = span && end > 0 && verbAhead(ctx, t, tokens, end) ? body(ctx, index, span, false) : null;
    } else if (!ctx.capitalizedNouns && /^\p{Ll}/u.test(word.text) && verbAhead(ctx, t, tokens, after)) {
      // "NOAA forecasters said", "Harvard researchers found": the name glued before the staff word (not in
      // German, where every noun has a capital: "Britische Forscher fanden" names no body).
      span = readBackward(ctx, s.text, word.start, find);
      v = span && span.end >= word.start - 1 ? body(ctx, index, span, true) : null;
    }
    if (!span || !v) continue;
    out.push({ role: 'source', name: span.text, evidence: clip(s.text, span.start), block: s.block, cue: `${ctx.langs[0]!.code}.staff`, cueText: word.text, kind: v.kind, known: v.known });
  }
  return out;
}
