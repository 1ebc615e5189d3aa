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
 *
 * It keeps every place a cue's first words start, not only the first: a probed regex is tried only there
 * (anchored), so a search never scans the stretches between them, nor the rest of a text after its last
 * match (which every search loop ends with).
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
  private readonly always = new Set<number>();
  /** Per text: each cue whose words start somewhere in it → the places one does, in order. */
  private readonly memo = new Map<string, Map<number, number[]>>();

  constructor(cueWords: readonly (readonly string[])[], script: Script) {
    const byFirst = new Map<string, Set<number>>();
    cueWords.forEach((words, cue) => {
      for (const variant of words.flatMap(caseVariants)) {
        const first = variant.split(/\s+/).find(Boolean);
        if (!first) {
          this.always.add(cue);
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
    return this.always.has(cue) || this.present(text).has(cue);
  }

  /**
   * Where in `text` a match of cue number `cue` may start at the earliest: the first place one of its
   * first words starts, less the white space before it (a cue word may open with white space); -1 where
   * none does. No match of the cue starts before it.
   */
  firstAt(cue: number, text: string): number {
    if (this.always.has(cue)) return 0;
    const at = this.present(text).get(cue)?.[0];
    return at === undefined ? -1 : spaceBefore(text, at);
  }

  /**
   * The places in `text` where one of cue number `cue`'s first words starts, in order (a match of the cue
   * starts at one of them or in the white space just before it); undefined for a cue the probe cannot rule
   * out anywhere.
   */
  starts(cue: number, text: string): readonly number[] | undefined {
    if (this.always.has(cue)) return undefined;
    return this.present(text).get(cue) ?? NONE;
  }

  private present(text: string): Map<number, number[]> {
    let found = this.memo.get(text);
    if (found) return found;
    found = new Map();
    const re = this.regex;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // The scan goes left to right: each cue's places come in order.
      for (const cue of this.marks.get(m[0]) ?? []) {
        const places = found.get(cue);
        if (places) places.push(m.index);
        else found.set(cue, [m.index]);
      }
      // On from the next character (a whole code point), not past the match: a first word may start inside it.
      re.lastIndex = m.index + (m[0].codePointAt(0)! > 0xffff ? 2 : 1);
    }
    if (this.memo.size >= MEMO) this.memo.clear();
    this.memo.set(text, found);
    return found;
  }
}

const NONE: readonly number[] = [];

/** `at`, less the white space just before it. */
function spaceBefore(text: string, at: number): number {
  let from = at;
  while (from > 0 && /\s/u.test(text[from - 1]!)) from--;
  return from;
}

/** The index of the first of the ascending `xs` at or after `x` (xs.length when none is). */
function firstFrom(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A cue's regex that asks the language's probe where its words start, and tries to match only there,
 * anchored (a sticky twin of itself): where none starts at or after lastIndex it fails at once, as the full
 * search would, and it never scans the text between those places. Lookbehinds still see the text before a
 * place. The match found is the full search's: the leftmost place a match starts, tried in order, and at
 * that place the same regex. Regexes derived from it (split, matchAll) are plain ones.
 */
export class ProbedRegExp extends RegExp {
  static override get [Symbol.species]() {
    return RegExp;
  }

  private readonly anchored: RegExp;

  constructor(
    source: string,
    flags: string,
    private readonly probe: CueProbe,
    private readonly cue: number,
  ) {
    super(source, flags);
    this.anchored = new RegExp(source, flags.replace(/[gy]/g, '') + 'y');
  }

  override exec(text: string): RegExpExecArray | null {
    // Only a global, not sticky search goes on from lastIndex (every cue regex is one); others search as usual.
    const places = this.global && !this.sticky ? this.probe.starts(this.cue, text) : undefined;
    if (!places) return super.exec(text);
    const from = this.lastIndex;
    const anchored = this.anchored;
    for (let k = firstFrom(places, from); k < places.length; k++) {
      const at = places[k]!;
      for (let p = Math.max(from, spaceBefore(text, at)); p <= at; p++) {
        anchored.lastIndex = p;
        const m = anchored.exec(text);
        if (m) {
          this.lastIndex = anchored.lastIndex;
          return m;
        }
      }
    }
    // A global search that finds nothing starts again from the text's start.
    this.lastIndex = 0;
    return null;
  }
}
