/**
 * Runs the detector on one sentence, as the body of an article in a given language, and returns what it
 * credits: the names as printed, folded (so tests compare as the corpus scorer does and don't depend on
 * the registry's canonical names).
 */
import { detect } from '../../lib/detect';
import { foldName } from '../../lib/fold';
import { outletRegistry } from '../../lib/outlets/index';
import type { PageBlock } from '../../lib/page';

export interface Found {
  sources: string[];
  photos: string[];
  basedOn: string[];
}

/** What one piece of text credits, read as a body paragraph (or a caption) in `lang`. */
export function credits(text: string, lang: string, kind: PageBlock['kind'] = 'body'): Found {
  const block: PageBlock = { index: 0, text, links: [], kind, creditParts: [], pieces: [], creditElement: false };
  const { findings } = detect({ blocks: [block] }, lang, outletRegistry());
  const names = (role: string) => [...new Set(findings.filter((f) => f.role === role).map((f) => foldName(f.name)))].sort();
  return { sources: names('source'), photos: names('photo'), basedOn: [...new Set(findings.filter((f) => f.role === 'basedOn').map((f) => f.name))] };
}

/** Folded, sorted: how a test writes what it expects. */
export const folded = (names: string[]) => [...new Set(names.map(foldName))].sort();

/** The photo credits of one piece of text as printed in the report (unfolded): for what folding would hide. */
export function printedPhotoCredits(text: string, lang: string, kind: PageBlock['kind'] = 'caption'): string[] {
  const block: PageBlock = { index: 0, text, links: [], kind, creditParts: [], pieces: [], creditElement: false };
  const { findings } = detect({ blocks: [block] }, lang, outletRegistry());
  return [...new Set(findings.filter((f) => f.role === 'photo').map((f) => f.name))].sort();
}
