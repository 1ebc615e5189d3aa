/**
 * Month names as the press prints them, so a date matches across languages ("14 Oktober", "October 14",
 * "14/10", "14 tháng 10", "10月14日" are one date). Data: one row per language, January first; a cell may
 * hold several spellings separated by `|` (abbreviations, grammatical cases). Add a language by adding a
 * row; test/follow/facts.test.ts checks every row has twelve months.
 */
import { z } from 'zod';

const Row = z.array(z.string().min(2)).length(12);

const DATA: Record<string, string[]> = {
  en: ['January|Jan', 'February|Feb', 'March|Mar', 'April|Apr', 'May', 'June|Jun', 'July|Jul', 'August|Aug', 'September|Sept|Sep', 'October|Oct', 'November|Nov', 'December|Dec'],
  id: ['Januari', 'Februari|Pebruari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November|Nopember', 'Desember'],
  ms: ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'],
  de: ['Januar|Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  cs: ['leden|ledna', 'únor|února', 'březen|března', 'duben|dubna', 'květen|května', 'červen|června', 'červenec|července', 'srpen|srpna', 'září', 'říjen|října', 'listopad|listopadu', 'prosinec|prosince'],
  ru: ['январь|января', 'февраль|февраля', 'март|марта', 'апрель|апреля', 'май|мая', 'июнь|июня', 'июль|июля', 'август|августа', 'сентябрь|сентября', 'октябрь|октября', 'ноябрь|ноября', 'декабрь|декабря'],
  tl: ['Enero', 'Pebrero', 'Marso', 'Abril', 'Mayo', 'Hunyo', 'Hulyo', 'Agosto', 'Setyembre', 'Oktubre', 'Nobyembre', 'Disyembre'],
};

/** Every row, validated once. */
export const MONTH_ROWS: Record<string, string[]> = Object.fromEntries(Object.entries(DATA).map(([lang, row]) => [lang, Row.parse(row)]));

let index: Map<string, { month: number; capital: boolean }> | undefined;

/**
 * The month number (1-12) of a word as printed, in any language above. Where a language capitalizes its
 * months, a small letter makes it another word ("may 10 firms" is no date).
 */
export function monthNumber(printed: string): number | undefined {
  if (!index) {
    index = new Map();
    for (const row of Object.values(MONTH_ROWS)) {
      row.forEach((cell, i) => {
        for (const name of cell.split('|')) {
          const key = fold(name);
          // A spelling some language writes in small letters may always be written so.
          const capital = /^\p{Lu}/u.test(name) && index!.get(key)?.capital !== false;
          index!.set(key, { month: i + 1, capital });
        }
      });
    }
  }
  const hit = index.get(fold(printed));
  if (!hit || (hit.capital && !/^\p{Lu}/u.test(printed))) return undefined;
  return hit.month;
}

const folded = new Map<string, string>();

/** Lower case without marks, the way facts.ts folds words. */
export function fold(word: string): string {
  // A story's words repeat, and facts.ts asks for each several times: normalizing is the costly part.
  const hit = folded.get(word);
  if (hit !== undefined) return hit;
  if (folded.size > 50_000) folded.clear();
  const f = word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  folded.set(word, f);
  return f;
}
