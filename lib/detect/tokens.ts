/**
 * Tokens for reading names: words (letters and digits, with inner `'`, `.`, `&`, `-` as in "Barron's",
 * "KOMPAS.com", "AT&T") and single punctuation marks. The pattern has no ambiguous repetition: linear.
 */

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  /**
   * The text as phrase tables look it up (phrases.ts), worked out once per token for every table that asks:
   * set there, not here. A token made from another with other text must not carry it over.
   */
  key?: string;
}

// Dotted initials keep their last dot (U.S., F.B.I., U.N.): a name runs on through them.
// A plus glued to a word's end is part of it: "OPEC+" is OPEC Plus, not OPEC ("3+2" stays three tokens).
const TOKEN = /(?:\p{Lu}\.){2,}(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’.&\-_][\p{L}\p{M}\p{N}]+)*(?:\+(?![\p{L}\p{N}+]))?|[^\s\p{L}\p{M}\p{N}]/gu;

// French and Italian elide an article into the name that follows: "l'Agence", "L'AFP", "dell'Interno",
// "d'Europe". Only these heads: "O'Brien" stays one word.
const ELISION = /^((?:[lLdDjJ]|[qQ]u|[dD]ell|[aA]ll|[dD]all|[nN]ell|[sS]ull|[uU]n)['’])(?=\p{Lu})/u;

/** An elided article split off a name ("l'", "L'", "dell'"): never part of the name. */
export const isElision = (t: Token) => /^(?:[lLdDjJ]|[qQ]u|[dD]ell|[aA]ll|[dD]all|[nN]ell|[sS]ull|[uU]n)['’]$/u.test(t.text);

/** A text's tokens as the tokenizer found them, up to `TOKENS_KEPT`: read again by several rules of one sentence. */
interface Tokenized {
  tokens: Token[];
  /** Where each match's tokens begin in `tokens` (an elided article and its name are one match). */
  groups: number[];
  /** The text ran out before `TOKENS_KEPT` tokens. */
  whole: boolean;
}

/** The most tokens any rule asks of one text (a sentence read for the bodies it names). */
const TOKENS_KEPT = 400;
/** Texts remembered: the sentences being read and the names read from them. */
const TOKENIZED_MEMO = 256;
const tokenized = new Map<string, Tokenized>();

/** The tokens of `text` from its start, match by match, until the text or `max` runs out. */
function scan(text: string, offset: number, max: number): Tokenized {
  const tokens: Token[] = [];
  const groups: number[] = [];
  TOKEN.lastIndex = 0;
  let m = TOKEN.exec(text);
  for (; m && tokens.length < max; m = TOKEN.exec(text)) {
    groups.push(tokens.length);
    let t = m[0];
    let start = m.index + offset;
    const elided = ELISION.exec(t);
    // Every token is made with its key's slot (unset): one shape for all of them.
    if (elided) {
      const head = elided[1]!;
      tokens.push({ text: head, start, end: start + head.length, word: true, key: undefined });
      t = t.slice(head.length);
      start += head.length;
    }
    tokens.push({ text: t, start, end: start + t.length, word: /[\p{L}\p{N}]/u.test(t), key: undefined });
  }
  return { tokens, groups, whole: !m };
}

/**
 * Tokens of `text`, offsets relative to `text` plus `offset`; at most `max` of them (one more where the last
 * match is an elided article and its name). A text read from its start is tokenized once for every rule
 * that reads it (remembered, up to `TOKENS_KEPT` tokens), so the tokens are shared: never change them.
 */
export function tokenize(text: string, offset = 0, max = 80): readonly Token[] {
  if (offset !== 0 || max > TOKENS_KEPT) return scan(text, offset, max).tokens;
  let known = tokenized.get(text);
  if (!known) {
    if (tokenized.size >= TOKENIZED_MEMO) tokenized.clear();
    known = scan(text, 0, TOKENS_KEPT);
    tokenized.set(text, known);
  }
  // The first `max` as the scan would have stopped: before the first match that starts at `max` tokens or more.
  const { tokens, groups, whole } = known;
  const cut = groups.findIndex((g) => g >= max);
  if (cut >= 0) return tokens.slice(0, groups[cut]);
  // Every match kept fits under `max`: the text ran out, or it goes on past what was kept (`max` = TOKENS_KEPT).
  return whole || tokens.length >= max ? tokens : scan(text, 0, max).tokens;
}

/** The last `max` tokens of `text` (reading a name backwards from a cue). */
export function tokenizeTail(text: string, max = 40): readonly Token[] {
  const from = Math.max(0, text.length - 400);
  const tail = text.slice(from);
  const all = tokenize(tail, from, 400);
  return all.slice(-max);
}

const UPPER = /^[\p{Lu}\p{Lt}]/u;
/** Starts with a capital: a name in cased scripts. */
export const isCapitalized = (t: Token) => t.word && UPPER.test(t.text);
/** Two or more letters, all capitals (digits allowed): TASS, KPK, F.B.I, VTC14. */
export const isAcronym = (t: Token) =>
  t.word && /^[\p{Lu}\p{N}.&\-]+\+?$/u.test(t.text) && (t.text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
/** Looks like a web address: KOMPAS.com, baodatviet.vn. */
export function isDomainLike(t: Token): boolean {
  if (!t.word || t.text.length > 60) return false;
  const parts = t.text.split('.');
  // A domain ends in a small-letter TLD (KOMPAS.com); "TP.HCM" is a city's abbreviation.
  return parts.length >= 2 && parts.length <= 5 && parts.every(Boolean) && /^(?:[a-z]{2,6}|[A-Z][a-z]{1,5}|COM|NET|ORG|ID|VN)$/.test(parts[parts.length - 1]!);
}
