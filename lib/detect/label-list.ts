/**
 * A source label on a line of its own, its items in the blocks after it ("Quellen:" then a list: "Landtag NRW,
 * Stellungnahmen zur Anhörung", "Meldung Gewerkschaft Verdi"): each item is read as a line under the label.
 */
import type { CompiledLang } from '../cues/compile';

/** Items read under one label; a list of sources is short. */
export const LIST_ITEMS = 12;
/** An item is a line, not a paragraph. */
export const ITEM_CHARS = 160;

const LABEL_ONLY = /^(\p{L}[\p{L} ]{1,29}?)\s?[:：]$/u;

/** The label when a block is only a source label and its colon ("Quellen:", "Sources:"); else nothing. */
export function listLabel(text: string, langs: readonly CompiledLang[]): string | undefined {
  const m = LABEL_ONLY.exec(text.trim());
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  const isLabel = langs.some((l) => l.cues.some((c) => c.cue.form === 'label' && c.cue.role !== 'photo' && c.cue.words.some((w) => w.toLowerCase() === word)));
  return isLabel ? text.trim() : undefined;
}

// A line that opens on a label of its own ("Datum: 3. Juni", "التاريخ: 03 يونيو 2020") is the next field of a
// metadata box, not an item of the source list.
const LABELLED = /^[^:：\n]{2,30}[:：]/u;

/** A list item under the label: a short line with no sentence in it, and no label of its own. */
export function listItem(text: string): boolean {
  return text.length <= ITEM_CHARS && !/[.!?]\s+\p{Lu}/u.test(text) && !LABELLED.test(text.trim());
}
