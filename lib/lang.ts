/**
 * Which language a paragraph is in. Pages mix languages and `<html lang>` lies, so each paragraph is
 * judged on its own: by its script, then by the function words of the languages that write in it.
 * Short or unclear text gets the page's language.
 */
import type { CompiledLang } from './cues/compile';
import type { Script } from './cues/schema';

const SCRIPTS: [Script, RegExp][] = [
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['hangul', /\p{Script=Hangul}/gu],
  ['han', /\p{Script=Han}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['greek', /\p{Script=Greek}/gu],
  ['thai', /\p{Script=Thai}/gu],
  ['devanagari', /\p{Script=Devanagari}/gu],
  ['hebrew', /\p{Script=Hebrew}/gu],
  ['latin', /\p{Script=Latin}/gu],
];

/** The script most of the text is written in. Japanese mixes kana into Han, so a little kana wins. */
export function scriptOf(text: string): Script {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  let best: Script = 'latin';
  let bestCount = 0;
  let kana = 0;
  let han = 0;
  for (const [script, re] of SCRIPTS) {
    const count = sample.match(re)?.length ?? 0;
    if (script === 'kana') kana = count;
    if (script === 'han') han = count;
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  if ((best === 'han' || best === 'kana') && kana > 0 && kana >= han * 0.05) return 'kana';
  return best;
}

const WORD = /[\p{L}\p{M}]+/gu;

/** Guesses the language of `text` among `langs`; `fallback` when the text is too short to tell. */
export function guessLang(text: string, langs: Iterable<CompiledLang>, fallback: string): string {
  const script = scriptOf(text);
  const candidates = [...langs].filter((l) => l.script === script);
  if (candidates.length === 0) return fallback;
  if (candidates.length === 1) return candidates[0]!.code;
  const words = (text.length > 3000 ? text.slice(0, 3000) : text).toLowerCase().match(WORD) ?? [];
  let best = fallback;
  let bestScore = 0;
  for (const lang of candidates) {
    let score = 0;
    for (const w of words) if (lang.stopwords.has(w)) score++;
    if (score > bestScore || (score === bestScore && lang.code === fallback)) [best, bestScore] = [lang.code, score];
  }
  return bestScore >= 2 ? best : candidates.some((l) => l.code === fallback) ? fallback : best;
}
