/**
 * A firm's head named by the position alone, the firm named before: "Eastern Airlines, an eight-plane U.S.
 * company … CEO Steve Harfst said", "…, CEO Tim Cook said Tuesday", "Marco Roe, the company's chief operating
 * officer, said". The labels count an executive speaking in the firm's name for the firm, as "the company said"
 * counts for the company named nearest before (ArticleBodies.nearestCompany). Only a head's position
 * (`firmHeads`: CEO, chief executive, chairman; not "president" or "director", which states and universities
 * have), standing where no name owns it: opening the sentence or a clause, after the reporting verb ("said CEO
 * Jane Roe"), or after a word pointing back at the firm (`firmBackRefs`: "the company's", "its"). A name glued
 * before it ("Waymo CEO John Krafcik") is lib/detect/compound.ts's; "CEO of X" is the position rule's.
 */
import type { ReadContext } from './context';
import { clip, type Finding } from './finding';
import type { NameIndex } from './org';
import { isCapitalized, tokenize, tokenizeTail } from './tokens';
import type { SentenceInput } from './verbs';

const cache = new WeakMap<ReadContext, RegExp | null>();

function headRegex(ctx: ReadContext): RegExp | null {
  let re = cache.get(ctx);
  if (re === undefined) {
    const words = [...new Set(ctx.langs[0]!.data.firmHeads)];
    const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).sort((a, b) => b.length - a.length).join('|');
    re = words.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}-])`, 'giu') : null;
    cache.set(ctx, re);
  }
  return re;
}

/** Does a word pointing back at the firm end right before `at` ("the company's", "its")? */
function backRef(ctx: ReadContext, text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at).toLowerCase().replace(/’/gu, "'");
  return ctx.langs[0]!.data.firmBackRefs.some((w) => new RegExp(`(?:^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+$`, 'u').test(before));
}

/** Does the position stand where no name owns it: the sentence's or a clause's start, or after the reporting verb? */
function unowned(ctx: ReadContext, text: string, at: number): boolean {
  const tail = tokenizeTail(text.slice(Math.max(0, at - 40), at), 3);
  const prev = tail[tail.length - 1];
  if (!prev) return true;
  if (prev.text === ',' || prev.text === '"' || prev.text === '“' || prev.text === '”') return true;
  if (ctx.formerWords.has(prev.text.toLowerCase())) return false;
  return ctx.afterCueWords.backward(tail, tail.length - 1) > 0;
}

/** Is a person's capitalized name right after the position ("CEO Steve Harfst said"), or a comma and one? */
function holderAfter(text: string, end: number): boolean {
  const ahead = tokenize(text.slice(end, end + 60), end, 4);
  const first = ahead[0]?.text === ',' ? 1 : 0;
  const a = ahead[first];
  const b = ahead[first + 1];
  return !!a && !!b && isCapitalized(a) && isCapitalized(b) && a.word && b.word;
}

/** The firm a head speaks for in a sentence that reports speech, when the firm was named not long before. */
export function firmHeadFindings(s: SentenceInput, ctx: ReadContext, index: NameIndex): Finding[] {
  const re = headRegex(ctx);
  if (!re || !s.bodies) return [];
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const end = m.index + m[0].length;
    // "CEO of Take-Two": the position names its firm, read by the position rule.
    if (/^\s+(?:of|at)\s/u.test(s.text.slice(end, end + 5))) continue;
    const pointed = backRef(ctx, s.text, m.index);
    if (!pointed && !(unowned(ctx, s.text, m.index) && holderAfter(s.text, end))) continue;
    // A firm on its face: the registry's company, or a name of two words or more a firm's kind closes
    // ("Eastern Airlines", "Halden Motors Inc"); a program's or a product's acronym is none.
    const firm = s.bodies.nearestCompany((name) => {
      const known = index.find(name);
      if (known) return known.kind === 'company' && !known.word;
      const words = tokenize(name).filter((t) => t.word);
      return words.length >= 2 && ctx.companyWords.backward(words, words.length - 1) > 0;
    });
    if (!firm) return [];
    const known = index.find(firm);
    return [{ role: 'source', name: firm, evidence: clip(s.text, m.index), block: s.block, cue: `${ctx.langs[0]!.code}.firm-head`, cueText: m[0], kind: 'organization', known }];
  }
  return [];
}
