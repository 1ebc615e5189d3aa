/**
 * A language's cue probe: one scan of a text for the first word of every cue word (as the cue regexes
 * print them: case variants, the same left boundary), so the cue regexes whose words start nowhere in the
 * text are not run there. Every sentence is read with two or three languages' cues, a dozen regexes or
 * more each, and most sentences hold none of them: the probe costs about one of those scans.
 *
 * It is exact where it says no: a cue regex matching at p has one of its first words at p (or, after
 * leading white space, right after it) with the same boundary before it; at each position the probe's
 * trie finds the longest first word there, every shorter one there is a prefix of it, and the scan goes
 * on at the next character, so no position is skipped. Linear: each attempt is bounded by the longest
 * first word.
 */
import { alternation, caseVariants, UNSPACED } from './compile';
import type { Script } from './schema';

/** Texts remembered: a sentence is asked about once per cue, by each rule that reads cues. */
const MEMO = 64;

export class CueProbe {
  private readonly regex: RegExp;
  /** Each first word → the cues (by index) with it or a prefix of it as a first word. */
  private readonly marks = new Map<string, number[]>();
  /** Cues a probe cannot rule out (a word of white space only). */
  private readonly always: number[] = [];
  /** Per text: each cue whose words start somewhere in it → the first place one does. */
  private readonly memo = new Map<string, Map<number, number>>();

  constructor(cueWords: readonly (readonly string[])[], script: Script) {
    const byFirst = new Map<string, Set<number>>();
    cueWords.forEach((words, cue) => {
      for (const variant of words.flatMap(caseVariants)) {
        const first = variant.split(/\s+/).find(Boolean);
        if (!first) {
          this.always.push(cue);
          continue;
        }
        (byFirst.get(first) ?? byFirst.set(first, new Set()).get(first)!).add(cue);
      }
    });
    for (const first of byFirst.keys()) {
      const cues = new Set<number>();
      for (let k = 1; k <= first.length; k++) for (const cue of byFirst.get(first.slice(0, k)) ?? []) cues.add(cue);
      this.marks.set(first, [...cues]);
    }
    const body = alternation([...byFirst.keys()]);
    this.regex = new RegExp(UNSPACED.has(script) ? `(?:${body})` : `(?<![\\p{L}\\p{M}\\p{N}])(?:${body})`, 'gu');
  }

  /** May cue number `cue` match somewhere in `text`? */
  mayMatch(cue: number, text: string): boolean {
    return this.present(text).has(cue);
  }

  /**
   * Where in `text` a match of cue number `cue` may start at the earliest: the first place one of its
   * first words starts, less the white space before it (a cue word may open with white space); -1 where
   * none does. No match of the cue starts before it.
   */
  firstAt(cue: number, text: string): number {
    const at = this.present(text).get(cue);
    if (at === undefined) return -1;
    let from = at;
    while (from > 0 && /\s/u.test(text[from - 1]!)) from--;
    return from;
  }

  private present(text: string): Map<number, number> {
    let found = this.memo.get(text);
    if (found) return found;
    found = new Map(this.always.map((cue) => [cue, 0]));
    const re = this.regex;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // The scan goes left to right: the first place a cue is seen is its earliest.
      for (const cue of this.marks.get(m[0]) ?? []) if (!found.has(cue)) found.set(cue, m.index);
      // On from the next character (a whole code point), not past the match: a first word may start inside it.
      re.lastIndex = m.index + (m[0].codePointAt(0)! > 0xffff ? 2 : 1);
    }
    if (this.memo.size >= MEMO) this.memo.clear();
    this.memo.set(text, found);
    return found;
  }
}

/**
 * A cue's regex that, asked to search a text from its start, first asks the language's probe: where none
 * of the cue's words starts, it fails at once, as the full search would; else it searches from the first
 * place one does, since no match starts before it (the text before it is not scanned again; lookbehinds
 * still see it). Searches that go on from a match (lastIndex past 0) run as usual. Regexes derived from it
 * (split, matchAll) are plain ones.
 */
export class ProbedRegExp extends RegExp {
  static override get [Symbol.species]() {
    return RegExp;
  }

  constructor(
    source: string,
    flags: string,
    private readonly probe: CueProbe,
    private readonly cue: number,
  ) {
    super(source, flags);
  }

  override exec(text: string): RegExpExecArray | null {
    if (this.lastIndex === 0) {
      const from = this.probe.firstAt(this.cue, text);
      if (from < 0) return null;
      // Only a global or sticky search starts at lastIndex (a sticky one must stay at 0).
      if (this.global && !this.sticky) this.lastIndex = from;
    }
    return super.exec(text);
  }
}
