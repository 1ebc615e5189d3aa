/**
 * Reference lists: each entry's journal is a source ("Cai, L. et al.: Title. Current Biology 31, 2021";
 * "Lee, K. et al. (2019). Title. Nature Climate Change, 9(4), 123-130."). An entry shows itself by its
 * authors ("et al.", "Surname, I.") and ends in the journal, its volume and pages or year.
 */
import { clip, type Finding } from './finding';
import { kindOf, type NameIndex } from './org';

/** A reference entry is a line, not a paragraph. */
const MAX_ENTRY = 400;
// The authors open the entry: "et al." anywhere, or "Surname, I." / "Surname IJ," at its start.
const AUTHORS = /\bet al\b|^\s*\p{Lu}[\p{L}'’-]+(?:,\s\p{Lu}\.|\s\p{Lu}{1,2},)/u;
// After the title's stop: the journal, then "31, 2021" (Spektrum, Nature) …
const VOLUME_YEAR = /\.\s+(\p{Lu}[\p{L}&'’ -]{1,60}?)\s+\d{1,4}(?:\s?\(\d{1,4}\))?(?:[,:]\s?[\d–-]{1,12})?,\s?(?:19|20)\d\d\.?\s*$/u;
// … or "Journal, 9(4), 123-130." (APA), or "Journal. 2019;9(4):123-30." (Vancouver).
const APA = /\.\s+(\p{Lu}[\p{L}&'’ -]{1,60}?),\s?\d{1,4}(?:\(\d{1,4}\))?,\s?[\dA-Za-z–-]{1,12}\.?(?:\s|$)/u;
const VANCOUVER = /\.\s+(\p{Lu}[\p{L}&'’ -]{1,60}?)\.\s?(?:19|20)\d\d(?:\s\p{L}{3})?;/u;

/** The journal a reference entry cites, or nothing when the line is not one. */
export function citedJournal(line: string): string | undefined {
  if (line.length > MAX_ENTRY || !AUTHORS.test(line)) return undefined;
  const m = VOLUME_YEAR.exec(line) ?? APA.exec(line) ?? VANCOUVER.exec(line);
  const name = m?.[1]!.trim().replace(/\.$/, '');
  return name && name.split(/\s+/).length <= 8 ? name : undefined;
}

/** The source a reference entry credits: its journal. */
export function citationFindings(line: string, block: number, index: NameIndex): Finding[] {
  const name = citedJournal(line);
  if (!name) return [];
  const known = index.find(name);
  return [{ role: 'source', name, evidence: clip(line), block, cue: 'citation', cueText: name, kind: known ? kindOf(known) : 'outlet', known }];
}
