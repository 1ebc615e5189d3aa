/**
 * Which language a paragraph is in. Pages mix languages and `<html lang>` lies, so each paragraph is
 * judged on its own: by its script, then by the function words of the languages that write in it.
 * Short or unclear text gets the page's language.
 */
import type { CompiledLang } from './cues/compile';
import type { Script } from './cues/schema';

const SCRIPTS: [Script, RegExp][] = [
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['han', /\p{Script=Han}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['thai', /\p{Script=Thai}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['latin', /\p{Script=Latin}/u],
];
const LATIN = SCRIPTS.length - 1;
/** The scripts written a syllable to a character (kana, hangul, Han), and how many Latin letters one weighs. */
const SYLLABIC = [0, 1, 2];
const LETTERS_PER_SYLLABLE = 3;

// The script of each character met outside ASCII (its index in SCRIPTS, -1 for none): a text has few distinct ones.
const scriptOfChar = new Map<number, number>();

function charScript(code: number): number {
  let k = scriptOfChar.get(code);
  if (k === undefined) {
    const ch = String.fromCodePoint(code);
    k = SCRIPTS.findIndex(([, re]) => re.test(ch));
    if (scriptOfChar.size > 20_000) scriptOfChar.clear();
    scriptOfChar.set(code, k);
  }
  return k;
}

/** The script most of the text is written in. Japanese mixes kana into Han, so a little kana wins. */
export function scriptOf(text: string): Script {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  // One pass over the characters, ASCII letters counted without a regex (every paragraph is judged).
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < sample.length; i++) {
    const code = sample.codePointAt(i)!;
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) counts[LATIN]!++;
      continue;
    }
    if (code > 0xffff) i++;
    const k = charScript(code);
    if (k >= 0) counts[k]!++;
  }
  // A kana, hangul or Han character is about a syllable, a Latin letter a fifth of a word: a Chinese or Japanese
  // sentence quoting an English title or a firm's Latin name ("刊发的通讯，题为Quantifying … will save lives") has
  // more Latin letters than characters of its own, and is still that language's sentence.
  for (const k of SYLLABIC) counts[k] = counts[k]! * LETTERS_PER_SYLLABLE;
  let best: Script = 'latin';
  let bestCount = 0;
  for (let k = 0; k < SCRIPTS.length; k++) if (counts[k]! > bestCount) [best, bestCount] = [SCRIPTS[k]![0], counts[k]!];
  const [kana, han] = [counts[0]!, counts[2]!];
  if ((best === 'han' || best === 'kana') && kana > 0 && kana >= han * 0.05) return 'kana';
  return best;
}

const WORD = /[\p{L}\p{M}]+/gu;

/** What guessing a text's language needs of it, worked out once: a page's paragraphs are judged more than once. */
interface Evidence {
  script: Script;
  words?: string[];
  scores: Map<CompiledLang, number>;
}
const evidence = new Map<string, Evidence>();

function evidenceOf(text: string): Evidence {
  let e = evidence.get(text);
  if (!e) {
    if (evidence.size > 2000) evidence.clear();
    e = { script: scriptOf(text), scores: new Map() };
    evidence.set(text, e);
  }
  return e;
}

/** Each function word of some languages → those languages: a text's words are looked up once, not once per language. */
const stopwordIndexes = new Map<string, Map<string, CompiledLang[]>>();

function stopwordIndex(langs: readonly CompiledLang[]): Map<string, CompiledLang[]> {
  const id = langs.map((l) => l.code).join('|');
  let index = stopwordIndexes.get(id);
  if (!index) {
    index = new Map();
    for (const lang of langs) for (const w of lang.stopwords) (index.get(w) ?? index.set(w, []).get(w)!).push(lang);
    if (stopwordIndexes.size > 64) stopwordIndexes.clear();
    stopwordIndexes.set(id, index);
  }
  return index;
}

/** How many of the text's words are each candidate's function words. */
function scoreAll(e: Evidence, text: string, langs: readonly CompiledLang[]): void {
  if (langs.every((l) => e.scores.has(l))) return;
  e.words ??= (text.length > 3000 ? text.slice(0, 3000) : text).toLowerCase().match(WORD) ?? [];
  const counts = new Map<CompiledLang, number>(langs.map((l) => [l, 0]));
  const index = stopwordIndex(langs);
  for (const w of e.words) for (const lang of index.get(w) ?? []) counts.set(lang, counts.get(lang)! + 1);
  for (const [lang, n] of counts) e.scores.set(lang, n);
}

/** Guesses the language of `text` among `langs`; `fallback` when the text is too short to tell. */
export function guessLang(text: string, langs: Iterable<CompiledLang>, fallback: string): string {
  const e = evidenceOf(text);
  const candidates = [...langs].filter((l) => l.script === e.script);
  if (candidates.length === 0) return fallback;
  if (candidates.length === 1) return candidates[0]!.code;
  let best = fallback;
  let bestScore = 0;
  scoreAll(e, text, candidates);
  for (const lang of candidates) {
    const n = e.scores.get(lang)!;
    if (n > bestScore || (n === bestScore && lang.code === fallback)) [best, bestScore] = [lang.code, n];
  }
  if (bestScore >= 2) return best;
  // Too few words to tell: a language's own letters still do ("Nguồn: Reuters" on a page declared English).
  const lettered = candidates.find((l) => ownLetterCount(text, l) >= OWN_LETTERS);
  if (lettered) return lettered.code;
  return candidates.some((l) => l.code === fallback) ? fallback : best;
}

/** How many of a language's own letters a short text must hold to be in it. */
const OWN_LETTERS = 1;
/** How much of a text is looked at for them: a short line's worth. */
const OWN_LETTERS_SAMPLE = 300;

function ownLetterCount(text: string, lang: CompiledLang): number {
  const own = lang.data.ownLetters;
  if (!own) return 0;
  let n = 0;
  for (const ch of text.slice(0, OWN_LETTERS_SAMPLE).normalize('NFC')) if (own.includes(ch) && ++n >= OWN_LETTERS) break;
  return n;
}
