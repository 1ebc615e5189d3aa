/**
 * An attribute set between an article and its noun, as German writes it: "laut Angaben des von der Hamas
 * kontrollierten Gesundheitsministeriums", "wie die vom Land betriebene Klinik mitteilte". The agent after
 * `von` acts on the noun; the noun is what the cue points at, so a name read after the article starts there.
 */
import type { ReadContext } from './context';
import { isCapitalized, type Token } from './tokens';

/** How many words the agent may run to ("von der palästinensischen Autonomiebehörde"). */
const AGENT_REACH = 6;
/**
 * A participle used as an adjective: small letters, a stem ending in -t or -en and an inflection
 * ("kontrollierten", "geführte", "betriebenen", "eingesetzten"). Not a plain adjective ("palästinensischen",
 * "staatlichen"), which may stand inside the agent's own name.
 */
const PARTICIPLE = /^\p{Ll}+(?:t|en)(?:e|en|em|er|es)$/u;

/** The index of the noun after an attribute opening at `i` right after an article, or `i` when none opens there. */
export function pastAttribute(ctx: ReadContext, tokens: readonly Token[], i: number): number {
  const link = ctx.agentLinks.forward(tokens, i);
  const before = tokens[i - 1];
  if (!link || !before || !ctx.articles.has(before.text.toLowerCase())) return i;
  const last = Math.min(tokens.length - 2, i + link + AGENT_REACH);
  for (let k = i + link + 1; k <= last; k++) {
    const t = tokens[k]!;
    if (!t.word) return i;
    if (PARTICIPLE.test(t.text) && !ctx.stopwords.has(t.text) && isCapitalized(tokens[k + 1]!)) return k + 1;
  }
  return i;
}
