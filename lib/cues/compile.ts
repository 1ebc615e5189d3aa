/**
 * Turns a language's word tables into matchers, once per language: alternations of escaped literals,
 * longest first. Literal alternations with single-character lookarounds run in linear time.
 */
import type { Cue, CueFile, Script } from './schema';

/** Scripts written without spaces between words: no word boundaries to test. */
export const UNSPACED: ReadonlySet<Script> = new Set(['han', 'kana', 'thai']);
/** Scripts with capital letters, where a name shows itself by its case. */
export const CASED: ReadonlySet<Script> = new Set(['latin', 'cyrillic', 'greek']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** One alternation of the words, longest first. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escape)
    .join('|');
}

/**
 * A global regex finding any of `words`. In spaced scripts a cue must not touch a letter on its left; on its
 * right it must not run on into a lowercase letter, which also finds cues glued to a capitalized name by
 * scraping ("dilansirAnadolu").
 */
export function wordsRegex(words: readonly string[], script: Script): RegExp {
  const body = alternation(words);
  if (UNSPACED.has(script)) return new RegExp(`(?:${body})`, 'giu');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${body})(?![\\p{Ll}\\p{Lo}\\p{M}\\p{N}])`, 'giu');
}

export interface CompiledCue {
  cue: Cue;
  /** `<lang>.<id>` */
  tag: string;
  regex: RegExp;
  closers?: RegExp;
}

export interface CompiledLang {
  data: CueFile;
  cues: CompiledCue[];
  excluded: RegExp;
  /** Lower-cased function words, for guessing a paragraph's language. */
  stopwords: Set<string>;
}

export function compileLang(data: CueFile): CompiledLang {
  const cues = data.cues.map((cue) => ({
    cue,
    tag: `${data.lang}.${cue.id}`,
    regex: wordsRegex(cue.words, data.script),
    closers: cue.closers.length ? wordsRegex(cue.closers, data.script) : undefined,
  }));
  const excluded = data.excludedLabels.length
    ? new RegExp(`^[\\s(\\[]*(?:${alternation(data.excludedLabels)})\\s*[:：|]`, 'iu')
    : /(?!)/;
  return {
    data,
    cues,
    excluded,
    stopwords: new Set(data.stopwords.map((w) => w.toLowerCase())),
  };
}
