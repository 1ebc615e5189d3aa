/**
 * A body's name glued to what it published, as languages that write compounds print it (German): "laut einer
 * Forsa-Umfrage", "Einer Ifo-Prognose zufolge", "nach Destatis-Angaben", "Eine YouGov-Studie zeigt". The
 * compound credits the body with the figures, so it is a source without a verb. Only a name the registry knows
 * (a state's is its government's "Angaben" and reads through the states), and only the language's
 * `documentWords` after the hyphen.
 */
import type { ReadContext } from './context';
import { clip, type Finding } from './finding';
import { kindOf, type NameIndex } from './org';
import { stateNamed } from '../states/index';

// A word, a hyphen, a capitalized word: "Forsa-Umfrage", "ZDF-Politbarometer". Each part a run of one class: linear.
const GLUED = /(?<![\p{L}\p{N}&.-])([\p{L}\p{N}][\p{L}\p{N}&.]*)-(\p{Lu}[\p{Ll}ß]+)(?![\p{L}\p{N}-])/gu;

/** Sources credited by a compound of a known name and a document word in one sentence. */
export function gluedDocumentFindings(s: { text: string; block: number }, ctx: ReadContext, index: NameIndex): Finding[] {
  if (!ctx.capitalizedNouns) return [];
  const out: Finding[] = [];
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(s.text); m; m = GLUED.exec(s.text)) {
    const [, name = '', document = ''] = m;
    if (!ctx.documentWords.has(document) || stateNamed(name)) continue;
    const known = index.find(name);
    // A name that is also an ordinary word ("Welt-Umfrage") is the word here.
    if (!known || known.word) continue;
    out.push({ role: 'source', name, evidence: clip(s.text, m.index), block: s.block, cue: `${ctx.langs[0]!.code}.document`, cueText: document, kind: kindOf(known), known });
  }
  return out;
}
