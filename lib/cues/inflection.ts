/**
 * Word forms for the cue files of languages that decline nouns (ru, pl): each noun is written once as a stem
 * and its endings, and every case form is remembered with its nominative, which the file hands on as its
 * `lemmas` table (lib/detect/lemma.ts puts a name's head word back in the nominative with it).
 */

/** One noun's case forms: the stem and its endings ('' for the bare stem). */
export const forms = (stem: string, ...endings: string[]): string[] => endings.map((e) => stem + e);

/** A recorder of nouns: `noun(stem, …endings)` gives the forms (the nominative first); `lemmas` lists "form>nominative". */
export function nounTable(): { noun: (stem: string, ...endings: string[]) => string[]; lemmas: string[] } {
  const lemmas: string[] = [];
  const noun = (stem: string, ...endings: string[]) => {
    const all = forms(stem, ...endings);
    for (const f of all.slice(1)) if (f !== all[0]) lemmas.push(`${f}>${all[0]}`);
    return all;
  };
  return { noun, lemmas };
}
