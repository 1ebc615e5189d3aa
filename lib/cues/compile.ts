/**
 * Turns a language's word tables into matchers, once per language: alternations of escaped literals,
 * longest first. Literal alternations with single-character lookarounds run in linear time.
 */
import { CueProbe, ProbedRegExp } from './probe';
import { CueFile, type Cue, type CueFileInput, type Script } from './schema';

/** Scripts written without spaces between words: no word boundaries to test. */
export const UNSPACED: ReadonlySet<Script> = new Set(['han', 'kana', 'thai']);
/** Scripts with capital letters, where a name shows itself by its case. */
export const CASED: ReadonlySet<Script> = new Set(['latin', 'cyrillic', 'greek']);

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

const WHITE = ' ';
const escapeUnit = (u: string) => (u === WHITE ? '\\s+' : u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));

function serialize(node: TrieNode): string {
  const parts = [...node.next].map(([unit, child]) => escapeUnit(unit) + serialize(child));
  if (!parts.length) return '';
  const body = parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  // Greedy: a longer word through this node is tried before the word that ends here.
  if (node.end) return parts.length === 1 ? `(?:${body})?` : `${body}?`;
  return body;
}

/**
 * One alternation of the words, the longest match first, as a trie ("te(?:ilte(?:\\s+mit)?|…)"): each
 * position tries only the branch its next letter opens, where a flat list of thousands of words (German
 * split verbs times their fillers) would try every one. Each branch starts with a distinct letter or the
 * one white-space run, so matching stays linear.
 */
export function alternation(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of new Set(words)) {
    let node = root;
    for (const unit of Array.from(word.replace(/\s+/g, WHITE))) {
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return serialize(root);
}

/**
 * The ways the press prints a word: as written in the table, lower case, Capitalized at a sentence start,
 * Title Case, ALL CAPS in labels. Matching is case-sensitive over these variants, because a case-insensitive regex
 * can't tell a capital from a small letter in its lookarounds (and glue detection needs exactly that).
 */
export function caseVariants(word: string): string[] {
  const lower = word.toLowerCase();
  const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
  // Title Case, as credits over a picture print it: "Tangkapan Layar TVRI".
  const title = lower.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, ch: string) => space + ch.toUpperCase());
  return [...new Set([word, lower, capital, title, word.toUpperCase()])];
}

/**
 * A global regex finding any of `words`. In spaced scripts a cue must not touch a letter on its left; on its
 * right it must not run on into a small letter, which also finds cues glued to a capitalized name by
 * scraping ("dilansirAnadolu").
 */
export function wordsRegex(words: readonly string[], script: Script): RegExp {
  return new RegExp(wordsSource(words, script), 'gu');
}

/**
 * wordsRegex of several word lists of one language, sharing one probe (probe.ts): a search from a text's
 * start runs only where one of its words starts. Each list must hold words.
 */
export function probedRegexes(lists: readonly (readonly string[])[], script: Script): RegExp[] {
  const probe = new CueProbe(lists, script);
  return lists.map((words, k) => new ProbedRegExp(wordsSource(words, script), 'gu', probe, k));
}

function wordsSource(words: readonly string[], script: Script): string {
  const body = alternation(words.flatMap(caseVariants));
  if (UNSPACED.has(script)) return `(?:${body})`;
  // A word ending in a capital runs on into no capital either: "TO" is no cue inside "RBB TODAY" (after a
  // small letter a capital is a name glued to the word, "dilansirAnadolu").
  return `(?<![\\p{L}\\p{M}\\p{N}])(?:${body})(?![\\p{Ll}\\p{Lo}\\p{M}\\p{N}])(?!(?<=\\p{Lu})\\p{Lu})`;
}

export interface CompiledCue {
  cue: Cue;
  /** `<lang>.<id>` */
  tag: string;
  /** The cue's words (wordsRegex); a search from a text's start first asks the language's probe (probe.ts). */
  regex: RegExp;
  closers?: RegExp;
  /**
   * For `after` cues in spaced scripts: the longer cue words glued to the name before them, as scraped text
   * prints them ("Newsweekmelaporkan"); the name must then be one the registry knows.
   */
  glued?: RegExp;
  /**
   * For `label` cues in spaced scripts: the label glued to the word before it, as scraped text prints it
   * ("Republikasumber : Antara Foto"); a colon must follow.
   */
  gluedLabel?: RegExp;
}

/**
 * A language's cue data, compiled on first use: the code, script and stopwords (needed to guess every
 * paragraph's language) are read directly; the tables are validated and the cue regexes built only when a
 * paragraph in that language is read, so a service worker waking up pays for the languages it meets.
 */
export class CompiledLang {
  readonly code: string;
  readonly script: Script;
  /** Lower-cased function words, for guessing a paragraph's language. */
  readonly stopwords: Set<string>;
  private parsed?: CueFile;
  private built?: { cues: CompiledCue[]; excluded: RegExp };

  constructor(private readonly input: CueFileInput) {
    this.code = input.lang;
    this.script = input.script;
    this.stopwords = new Set((input.stopwords ?? []).map((w) => w.toLowerCase()));
  }

  get data(): CueFile {
    this.parsed ??= CueFile.parse(this.input);
    return this.parsed;
  }

  get cues(): CompiledCue[] {
    return this.build().cues;
  }

  get excluded(): RegExp {
    return this.build().excluded;
  }

  private build() {
    if (this.built) return this.built;
    const data = this.data;
    const regexes = probedRegexes(data.cues.map((c) => c.words), data.script);
    const cues = data.cues.map((cue, k) => {
      const long = cue.form === 'after' && !UNSPACED.has(data.script) ? cue.words.filter((w) => w.length >= 7 && !/\s/.test(w)) : [];
      return {
        cue,
        tag: `${data.lang}.${cue.id}`,
        regex: regexes[k]!,
        closers: cue.closers.length ? wordsRegex(cue.closers, data.script) : undefined,
        gluedLabel:
          cue.form === 'label' && !UNSPACED.has(data.script) && CASED.has(data.script)
            ? new RegExp(`(?<=\\p{Ll})(?:${alternation(cue.words.map((w) => w.toLowerCase()))})(?=\\s*[:：])`, 'gu')
            : undefined,
        glued: long.length ? new RegExp(`(?<=\\p{Ll})(?:${alternation(long.map((w) => w.toLowerCase()))})(?![\\p{L}\\p{M}\\p{N}])`, 'gu') : undefined,
      };
    });
    const excluded = data.excludedLabels.length
      ? new RegExp(`^[\\s(\\[]*(?:${alternation(data.excludedLabels.flatMap(caseVariants))})\\s*[:：|]`, 'u')
      : /(?!)/;
    this.built = { cues, excluded };
    return this.built;
  }
}
