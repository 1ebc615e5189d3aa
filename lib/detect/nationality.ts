/**
 * A body named by its state's adjective in small letters, as languages that capitalize nouns but not adjectives
 * write it (German): "das russische Verteidigungsministerium", "die israelische Armee", "der ukrainischen
 * Regierung". Read by capitals, the name is only "Verteidigungsministerium", a kind of body that names none;
 * with the adjective it is the Russian ministry. The adjectives are the countries table's people
 * (lib/places/countries.ts), in every case ending of the language's declension data.
 */
import { placeIndex, wordsOf } from '../places/index';
import { stateNamed } from '../states/index';
import type { ReadContext } from './context';
import type { NameSpan } from './names';
import { tokenize } from './tokens';

// The small-letter word right before a name, and the space between.
const WORD_BEFORE = /(\p{Ll}[\p{L}]*)\s+$/u;

/** The endings an adjective of the language may take (its declension's cases and nominative endings). */
function endingsOf(ctx: ReadContext): string[] {
  const d = ctx.langs[0]?.data.declension;
  if (!d) return [];
  return [...new Set([...d.cases, ...d.endings.map((e) => e.split('>')[1] ?? '')])].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** The country whose people the one word `w` names, as the countries table prints it ("française" → FR). */
export function peopleOf(w: string): string | undefined {
  const hit = placeIndex().at(wordsOf(w), w, 0);
  return hit?.kind === 'people' && hit.to === 1 ? hit.country || undefined : undefined;
}

/** Is the small-letter word a people's adjective, in any case ending ("ukrainischem", "russisches")? */
export function isNationality(ctx: ReadContext, word: string): boolean {
  const people = (w: string) => !!peopleOf(w);
  if (people(word)) return true;
  for (const e of endingsOf(ctx)) if (word.endsWith(e) && people(word.slice(0, word.length - e.length))) return true;
  return false;
}

/**
 * The span with the people's adjective before it, when its first word is a kind of body and the whole is a
 * body the registry knows ("russische Verteidigungsministerium") or a state's government ("ukrainischen
 * Regierung"); else the span as it is: "die französische Polizei" stays an institution named by its kind.
 * Only where the language capitalizes nouns: elsewhere the adjective is capitalized and already in the name.
 */
export function withNationality<T extends NameSpan>(ctx: ReadContext, text: string, span: T, find?: (name: string) => unknown): T {
  if (!ctx.capitalizedNouns || !ctx.langs[0]?.data.declension) return span;
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start));
  if (!m || !isNationality(ctx, m[1]!)) return span;
  const tokens = tokenize(span.text);
  if (!ctx.orgWords.forward(tokens, 0) && !ctx.genericOrgs.forward(tokens, 0)) return span;
  const start = span.start - m[0].length;
  const whole = text.slice(start, span.end);
  // "die chinesische Botschaft": a mission abroad is named by the state whose it is.
  const mission = tokens.filter((t) => t.word).length === 1 && ctx.nationalKinds.forward(tokens, 0) > 0;
  if (find?.(whole) || stateNamed(whole) || mission) return { ...span, text: whole, start };
  // "das israelische Militär", "den russischen Streitkräften": the army the registry knows by "Armee".
  const army = armyWord(m[1]!, span.text);
  return army && find?.(army) ? { ...span, text: army, start } : span;
}

// A state's armed forces by another word than the registry's "Armee", alone after the adjective.
const FORCES = /^(?:Militär|Militärs|Streitkräfte|Streitkräften)$/u;

/** "israelische Militär" → "israelische Armee": the adjective in the form the registry prints, before "Armee". */
function armyWord(adjective: string, kind: string): string | undefined {
  if (!FORCES.test(kind.trim())) return undefined;
  const stem = /^(\p{Ll}+?)(?:e|en|em|er|es)$/u.exec(adjective);
  return stem ? `${stem[1]}e Armee` : undefined;
}
