/**
 * The story's key terms, for searching an outlet's site for the original: the names the text repeats
 * most (people, places), in the order the text first uses them, and the month it was published.
 */
import type { PageBlock } from './page';
import { foldName } from './fold';
import { languages } from './cues/index';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CAPITALIZED = /(?<![\p{L}\p{N}])[\p{Lu}][\p{Ll}\p{M}]+(?:['’-][\p{L}]+)?(?![\p{L}\p{N}])/gu;

const tableWords = new Map<string, Set<string>>();

/** Words of a language's cue tables: titles, organization words, fillers are not what a story is about. */
function commonWords(codes: string[]): Set<string> {
  const out = new Set<string>();
  for (const code of codes) {
    let words = tableWords.get(code);
    const lang = languages().get(code);
    if (!words && lang) {
      const d = lang.data;
      words = new Set<string>();
      for (const w of [...d.stopwords, ...d.orgWords, ...d.personTitles, ...d.outletWords, ...d.fillers, ...d.roleWords, ...d.auxiliaries, ...d.calendar]) {
        for (const part of w.split(/\s+/)) words.add(part.toLowerCase().replace(/\.$/, ''));
      }
      tableWords.set(code, words);
    }
    for (const w of words ?? []) out.add(w);
  }
  return out;
}

/** Up to `max` key terms in a page in `lang`, skipping the words of `exclude` (the sources' own names). */
export function keyTerms(title: string, blocks: PageBlock[], exclude: string[], lang: string, max = 4): string[] {
  const common = commonWords([lang, 'en']);
  const skip = new Set(exclude.flatMap((n) => foldName(n).split(' ')));
  const count = new Map<string, { n: number; first: number; text: string }>();
  let pos = 0;
  const texts = [title, ...blocks.filter((b) => b.kind === 'body').map((b) => b.text)].join('\n').slice(0, 20_000);
  CAPITALIZED.lastIndex = 0;
  for (let m = CAPITALIZED.exec(texts); m; m = CAPITALIZED.exec(texts)) {
    const word = m[0];
    const key = word.toLowerCase();
    // A sentence's first word is capitalized whatever it is: it counts only if it is capitalized elsewhere too.
    const before = texts.slice(Math.max(0, m.index - 3), m.index);
    const initial = m.index === 0 || /[.!?\n"“]\s*$/.test(before);
    if (common.has(key) || skip.has(foldName(word)) || word.length < 3) continue;
    const entry = count.get(key) ?? { n: 0, first: pos++, text: word };
    entry.n += initial ? 0.5 : 1;
    count.set(key, entry);
  }
  return [...count.values()]
    .filter((e) => e.n >= 1)
    .sort((a, b) => b.n - a.n || a.first - b.first)
    .slice(0, max)
    .sort((a, b) => a.first - b.first)
    .map((e) => e.text);
}

/** "October 2024" from an ISO-ish date; undefined when there is none. */
export function monthOf(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const m = /(\d{4})-(\d{2})/.exec(date);
  if (!m) return undefined;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${month} ${m[1]}` : undefined;
}
