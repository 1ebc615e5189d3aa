/**
 * A firm's officer in an appositive, speaking: "said Jane Roe, vice president of advanced programs at Orbital
 * Forge Inc.", "says Ana Lima, senior vp partnerships and revenue at Ubisoft", "Tom Reyes, general manager of
 * Halden Freight Ltd, said". The labels count an executive speaking in the firm's name for the firm; the
 * general position rule (lib/detect/verbs.ts positionFindings) credits companies only through a head's
 * position (`firmHeads`), since "president" or "director" also head states, parties and universities. Here the
 * position is one only firms have (`firmOfficers`), its description may stand between it and the link word,
 * and the name after "at" or "of" must be a firm: the registry's company, or a name a firm's kind closes.
 * An analyst's, an economist's or a strategist's firm stays an affiliation (those are no officers, and a
 * description naming research or markets, `officerNotFirm`, makes the officer one of them).
 */
import type { ReadContext } from './context';
import { clip, type Finding } from './finding';
import { readForward, shrinkToKnown } from './names';
import { judge, type NameIndex } from './org';
import { isCapitalized, tokenize } from './tokens';

/** How many words of description may stand between the position and its link word ("of business development"). */
const DESCRIPTION_WORDS = 6;
/** An appositive opens right before the position: ", vice president …", ", a senior vice president …". */
const APPOSITIVE = /,\s*(?:(?:a|an|the)\s+)?$/iu;

const cache = new WeakMap<ReadContext, RegExp | null>();

function officerRegex(ctx: ReadContext): RegExp | null {
  let re = cache.get(ctx);
  if (re === undefined) {
    const words = [...new Set(ctx.langs.flatMap((l) => l.data.firmOfficers))];
    const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).sort((a, b) => b.length - a.length).join('|');
    re = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu') : null;
    cache.set(ctx, re);
  }
  return re;
}

/** Where the firm's name starts after the position at `end`: past a small-letter description, after "at" or "of". */
function firmStart(ctx: ReadContext, text: string, end: number): number | null {
  const tokens = tokenize(text.slice(end, end + 160), end, DESCRIPTION_WORDS + 3);
  const links = ctx.langs[0]!.data.officerLinks;
  const notFirm = new Set(ctx.langs[0]!.data.officerNotFirm.map((w) => w.toLowerCase()));
  for (let k = 0; k < tokens.length - 1 && k <= DESCRIPTION_WORDS; k++) {
    const t = tokens[k]!;
    if (!t.word || !/^\p{Ll}/u.test(t.text)) return null;
    if (notFirm.has(t.text.toLowerCase())) return null;
    const next = tokens[k + 1]!;
    if (links.includes(t.text) && (isCapitalized(next) || (ctx.articles.has(next.text.toLowerCase()) && isCapitalized(tokens[k + 2] ?? next)))) return next.start;
  }
  return null;
}

/** The firms whose officers speak in this sentence (a sentence that reports speech: lib/detect/verbs.ts roleFindings). */
export function officerFindings(s: { text: string; block: number }, ctx: ReadContext, index: NameIndex): Finding[] {
  const re = officerRegex(ctx);
  if (!re) return [];
  const out: Finding[] = [];
  const find = (t: string) => index.find(t);
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    if (!APPOSITIVE.test(s.text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const from = firmStart(ctx, s.text, m.index + m[0].length);
    if (from === null) continue;
    const read = readForward(ctx, s.text, from, { find })[0];
    const span = read && shrinkToKnown(read, find);
    if (!span || span.titled) continue;
    const words = tokenize(span.text).filter((t) => t.word);
    if (ctx.scholarlyWords.occursIn(words) || ctx.notBodies.occursIn(words)) continue;
    const v = judge(span, ctx, index, false);
    const firm = v.known ? v.known.kind === 'company' : v.accept && words.length >= 2 && ctx.companyWords.backward(words, words.length - 1) > 0;
    if (!firm) continue;
    out.push({ role: 'source', name: span.text, evidence: clip(s.text, span.start), block: s.block, cue: `${ctx.langs[0]!.code}.officer`, cueText: m[0], kind: v.kind, known: v.known });
  }
  return out;
}
