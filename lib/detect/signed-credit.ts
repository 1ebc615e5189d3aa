/**
 * An end credit that signs the text with its writer or translator and names in brackets the outlets it was
 * taken from: "Theo Sầm Hoa (Vietnamnet/Reuters)", "Theo Minh Châu (AFP)". The press of Vietnam prints it under
 * translated copy. Before the brackets stands only an 'according' cue and a name (a signature, not a sentence),
 * and the brackets hold only outlets the registry knows: a person there makes it a picture's credit
 * ("(Jane Roe/Reuters)"), and the signer is a person, never a source.
 */
import type { ReadContext } from './context';
import { clip, type Finding } from './finding';
import { kindOf, type KnownName, type NameIndex } from './org';

// Bounded: a signature of at most 60 characters, then one bracket of at most 80, closing the line.
const SIGNED = /^\s*([^()\n]{3,60}?)\s*\(([^()\n]{2,80})\)\s*\.?\s*$/u;
/** The signer's name: up to five capitalized words. */
const SIGNER = /^(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s*){1,5}$/u;
const PRESS: ReadonlySet<string> = new Set(['wire', 'newspaper', 'broadcaster', 'magazine', 'online', 'aggregator']);

/** The text after an 'according' cue opening `prefix` ("Theo " → the rest), or undefined. */
export function afterCue(prefix: string, ctx: ReadContext): string | undefined {
  for (const lang of ctx.langs) {
    for (const c of lang.cues) {
      if (c.cue.form !== 'before' || c.cue.role === 'photo') continue;
      c.regex.lastIndex = 0;
      const m = c.regex.exec(prefix);
      if (m && m.index === 0) return prefix.slice(m[0].length).trim();
    }
  }
  return undefined;
}

/** The outlets a signed end credit names in its brackets, each known to the registry as the press. */
export function signedCreditFindings(line: string, block: number, ctx: ReadContext, index: NameIndex): Finding[] {
  const m = line.length <= 160 ? SIGNED.exec(line) : null;
  if (!m) return [];
  const signer = afterCue(m[1]!, ctx);
  if (!signer || !SIGNER.test(signer)) return [];
  const parts = m[2]!.split(/\s*(?:[/,;&+]|\s-\s)\s*/u).map((p) => p.trim()).filter(Boolean);
  const known = parts.map((p) => ({ p, k: index.find(p) }));
  if (!known.length || known.some(({ k }) => !k || !PRESS.has(k.kind))) return [];
  const cueText = m[0].slice(m[0].lastIndexOf('(')).trim();
  return known.map(({ p, k }) => ({ role: 'source', name: p, evidence: clip(line), block, cue: 'credit-line', cueText, kind: kindOf(k as KnownName), known: k }));
}
