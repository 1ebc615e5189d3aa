/**
 * An end credit naming several sites or outlets, joined by slashes or commas: "Theo Xzone/Kenh14", "Theo Dân
 * trí/Reuters", and the same after a signer, inside the brackets, behind an 'according' cue: "Thu Hà (theo
 * Mirror)", "Hải Yến (Theo Reuters/AP)", "Bảo Ngọc (tổng hợp từ Reuters, AFP)". The press of Vietnam signs
 * translated and compiled copy so. Read as a cue and one name, the line credited its first outlet only, and a
 * slash in the brackets made it a picture's "Name/Agency" credit. Every part must be the press the registry
 * knows or a site's one-word name (lib/detect/bare-credit.ts): a person's name in it ("Theo Minh Anh/Hà Nội")
 * leaves the line to the other readers. Only in syllable-written languages, where a site's glued name can't
 * be a person's.
 */
import type { ReadContext } from './context';
import { clip, type Finding } from './finding';
import { kindOf, type KnownName, type NameIndex } from './org';
import { siteName } from './bare-credit';
import { afterCue } from './signed-credit';

// Bounded: the whole line is a short credit. A cue and its list, in brackets or not; or a signer, then the brackets.
const LIST_LINE = /^\s*\(?\s*([^()\n]{3,80}?)\s*\)?\s*\.?\s*$/u;
const SIGNED_LIST = /^\s*([^()\n]{1,40}?)\s*\(([^()\n]{3,80})\)\s*\.?\s*$/u;
/** The signer: initials or up to five capitalized words ("Thu Hà", "H.A", "Minh Châu"). */
const SIGNER = /^(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s*){1,5}$/u;
const PRESS: ReadonlySet<string> = new Set(['wire', 'newspaper', 'broadcaster', 'magazine', 'online', 'aggregator']);
const MAX_PARTS = 5;

/** The outlets of a list after a cue, or none unless every part is one. */
function listed(list: string, line: string, block: number, index: NameIndex): Finding[] {
  const parts = list.split(/\s*[/,;]\s*/u).map((p) => p.trim()).filter(Boolean);
  if (!parts.length || parts.length > MAX_PARTS) return [];
  const out: Finding[] = [];
  for (const p of parts) {
    const k = index.find(p);
    if (k && PRESS.has(k.kind)) out.push({ role: 'source', name: p, evidence: clip(line), block, cue: 'credit-line', cueText: line.trim(), kind: kindOf(k as KnownName), known: k });
    else if (!k && siteName(p)) out.push({ role: 'source', name: p, evidence: clip(line), block, cue: 'credit-line', cueText: line.trim(), kind: 'outlet' });
    else return [];
  }
  return out;
}

/** The outlets an end credit lists after an 'according' cue, on its own or in a signer's brackets. */
export function creditListFindings(line: string, block: number, ctx: ReadContext, index: NameIndex): Finding[] {
  if (!ctx.syllables || line.length > 120) return [];
  const signed = SIGNED_LIST.exec(line);
  if (signed && SIGNER.test(signed[1]!)) {
    const list = afterCue(signed[2]!, ctx);
    return list ? listed(list, line, block, index) : [];
  }
  const m = LIST_LINE.exec(line);
  const list = m ? afterCue(m[1]!, ctx) : undefined;
  // A list only: one name alone is the other readers' ("Theo Reuters", "Theo Allkpop").
  return list && /[/,;]/u.test(list) ? listed(list, line, block, index) : [];
}
