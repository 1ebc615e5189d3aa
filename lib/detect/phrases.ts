/** Matching a table's multi-word phrases against tokens, in either reading direction. */
import type { Token } from './tokens';

const keys = new Map<string, string>();

// Tokens never end in a dot ("Tn." is "Tn" then "."), so table words drop theirs; a possessive glued to a word is
// the word ("the Treasury's figures", "the company's spokeswoman" hold the organization words "Treasury", "company").
// Every table asks for the key of the same few tokens: each is worked out once.
function key(s: string): string {
  let k = keys.get(s);
  if (k === undefined) {
    if (keys.size > 50_000) keys.clear();
    k = s.toLowerCase().replace(/’/g, "'").replace(/\.+$/, '').replace(/(?<=\p{L})'s$/u, '');
    keys.set(s, k);
  }
  return k;
}

/** A token's key, kept on the token: a sentence's tokens are shared by every rule, each asking several tables. */
const keyOf = (t: Token): string => (t.key ??= key(t.text));

/**
 * The last parts of compounds that make a word one of the table's (de `stiftung`: "Hans-Böckler-Stiftung",
 * `ministerium`: "Staatsministerium"), and the genitive endings such a word may carry ("Vergleichsportals").
 */
export interface Tails {
  ends: readonly string[];
  genitives: readonly string[];
}

/** A compound's first part must be a word of its own: "Samt" does not end in the noun "Amt". */
const MIN_FIRST_PART = 3;

/** A phrase table split into word lists once. */
export class Phrases {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly byLast = new Map<string, string[][]>();
  private readonly tails: Tails | undefined;

  constructor(phrases: readonly string[], tails?: Tails) {
    this.tails = tails?.ends.length ? { ends: tails.ends.map(key), genitives: [...tails.genitives].sort((a, b) => b.length - a.length) } : undefined;
    for (const phrase of phrases) {
      const words = phrase.split(/\s+/).map(key).filter(Boolean);
      if (!words.length) continue;
      const add = (map: Map<string, string[][]>, k: string) => (map.get(k) ?? map.set(k, []).get(k)!).push(words);
      add(this.byFirst, words[0]!);
      add(this.byLast, words[words.length - 1]!);
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.length - a.length);
  }

  /** Is the token a capitalized compound ending in one of the tails, with or without a genitive ending? */
  compound(t: Token): boolean {
    if (!this.tails || !t.word || !/^\p{Lu}/u.test(t.text)) return false;
    const word = keyOf(t);
    const forms = [word, ...this.tails.genitives.filter((g) => word.endsWith(g)).map((g) => word.slice(0, word.length - g.length))];
    return forms.some((f) => this.tails!.ends.some((e) => f.endsWith(e) && f.length - e.length >= MIN_FIRST_PART));
  }

  /** How many tokens from `i` onwards form the longest phrase (0 when none). */
  forward(tokens: readonly Token[], i: number): number {
    const first = tokens[i];
    if (!first) return 0;
    for (const words of this.byFirst.get(keyOf(first)) ?? []) {
      if (words.every((w, k) => tokens[i + k] && keyOf(tokens[i + k]!) === w)) return words.length;
    }
    return this.compound(first) ? 1 : 0;
  }

  /** How many tokens ending at `i` (inclusive, reading backwards) form the longest phrase. */
  backward(tokens: readonly Token[], i: number): number {
    const last = tokens[i];
    if (!last) return 0;
    for (const words of this.byLast.get(keyOf(last)) ?? []) {
      const n = words.length;
      if (i - n + 1 < 0) continue;
      if (words.every((w, k) => keyOf(tokens[i - n + 1 + k]!) === w)) return n;
    }
    return this.compound(last) ? 1 : 0;
  }

  /** Does a phrase of the table start anywhere in `tokens` at or after `from`? */
  occursIn(tokens: readonly Token[], from = 0): boolean {
    for (let i = from; i < tokens.length; i++) if (this.forward(tokens, i) > 0) return true;
    return false;
  }

  has(word: string): boolean {
    return (this.byFirst.get(key(word)) ?? []).some((w) => w.length === 1);
  }

  /**
   * The one-word entry a capitalized compound ends in, after a first part of a word of its own
   * ("Bundesjustizministerium" ends in "Justizministerium"), as the table prints it in lower case; else undefined.
   */
  entryEnding(t: Token): string | undefined {
    if (!t.word || !/^\p{Lu}/u.test(t.text)) return undefined;
    const word = keyOf(t);
    for (let cut = MIN_FIRST_PART + 1; cut <= word.length - MIN_FIRST_PART; cut++) {
      const tail = word.slice(cut);
      if ((this.byFirst.get(tail) ?? []).some((w) => w.length === 1)) return tail;
    }
    return undefined;
  }
}
