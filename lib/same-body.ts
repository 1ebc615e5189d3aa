/**
 * Two printed names of one body, as a story writes them (stage 3a, lib/collect.ts): an acronym it defines in
 * brackets after the full name ("the Eastvale Harbour Commission (EHC) … the EHC said"), and the same words
 * in another order ("the Department of Coastal Protection … the Coastal Protection Department").
 */
import { foldName } from './fold';

// "Name (ABC)", "Name （ABC）": a short form in brackets right after the name, up to 12 characters.
const BRACKETED = /^\s*[(（]([^()（）]{2,12})[)）]/u;

/** The short forms the evidence defines for `name`, folded: "EHC" in "…Harbour Commission (EHC) said". */
export function definedShortForms(name: string, evidence: string): string[] {
  const out: string[] = [];
  let at = evidence.indexOf(name);
  for (let guard = 0; at >= 0 && guard < 4; guard++) {
    const m = BRACKETED.exec(evidence.slice(at + name.length));
    if (m) out.push(foldName(m[1]!));
    at = evidence.indexOf(name, at + name.length);
  }
  return out.filter((s) => s.length >= 2);
}

/** Words that name (more than three letters), sorted: "of", "the", "de", "des" carry no name. */
const nameWords = (folded: string) => folded.split(' ').filter((w) => [...w].length > 3).sort().join(' ');

/** The same naming words in another order, at least two of them. */
export function sameWords(a: string, b: string): boolean {
  const x = nameWords(a);
  return x.includes(' ') && x === nameWords(b);
}
