/**
 * A head's name after a body named in the genitive, read back from the verb: "Президент Датского футбольного
 * союза Йеспер Меллер заявил", "Председатель Центрального банка Эльвира Набиуллина заявила". Read by capitals,
 * the run before the verb is the person ("Йеспер Меллер") and the small-letter kind before it ("союза") heads
 * nothing: the name read was "союз Йеспер Меллер", a body that does not exist. The body is the kind with its
 * adjectives back to the first capitalized one ("Датского футбольного союза"); its head speaks for it. Without
 * such an adjective ("Глава союза Иван Петров заявил") the run is only a person: no name.
 * Only for languages that list `adjectiveCases` (lib/cues/<lang>.ts) and only after a person's title.
 */
import { placeIndex } from '../places/index';
import type { ReadContext } from './context';
import { isAcronym, isCapitalized, tokenize, type Token } from './tokens';

/** A person's name after the body's, in words ("Йеспер Меллер", "Эльвира Сахипзадовна Набиуллина"). */
const MIN_HOLDER_WORDS = 2;
const MAX_HOLDER_WORDS = 3;
/** Adjectives before the kind: "Российского футбольного", "Федерального дорожного". */
const MAX_ADJECTIVES = 3;

export type GenitiveHolder = { start: number; end: number } | 'person' | null;

function adjective(ctx: ReadContext, t: Token | undefined): boolean {
  if (!t?.word) return false;
  const w = t.text.toLowerCase();
  return ctx.langs[0]!.data.adjectiveCases.some((e) => w.endsWith(e) && w.length > e.length + 2);
}

/**
 * The body's tokens (`start`..`end`) when the capitalized run `a`..`i` after the small-letter kind at
 * `kind`..`a - 1` is its head's name; 'person' when the run is a head's name but no body's name stands before
 * the kind; null when the shape is not this one.
 */
export function genitiveHolder(ctx: ReadContext, text: string, tokens: readonly Token[], kind: number, a: number, i: number): GenitiveHolder {
  if (!ctx.langs[0]!.data.adjectiveCases.length || kind >= a) return null;
  if (!holderRun(ctx, text, tokens.slice(a, i + 1))) return null;
  // Back over the kind's adjectives; the body's name opens on the first capitalized one.
  let left = kind;
  let first = kind;
  for (let k = kind - 1; k >= 0 && kind - k <= MAX_ADJECTIVES && adjective(ctx, tokens[k]); k--) {
    left = k;
    if (isCapitalized(tokens[k]!)) first = k;
  }
  // The head's title right before the body ("Президент", "глава", "генеральный директор"), or before the part of
  // it the title names ("Председатель правления банка Олег Киселев": a person, and no body's name).
  const title = (at: number) => at >= 0 && (ctx.personTitles.backward(tokens, at) > 0 || ctx.positionWordsTable.backward(tokens, at) > 0);
  if (first === kind) return title(left - 1) || (title(left - 2) && !isCapitalized(tokens[left - 1]!)) ? 'person' : null;
  return title(left - 1) ? { start: first, end: a - 1 } : null;
}

/**
 * Is `run` a head's name: two or three capitalized words, none in Latin letters (in a Cyrillic paragraph a Latin
 * word is a brand's: "компании Tesla Илон Маск"), no acronym, no body's word, no place?
 */
function holderRun(ctx: ReadContext, text: string, run: readonly Token[]): boolean {
  if (run.length < MIN_HOLDER_WORDS || run.length > MAX_HOLDER_WORDS) return false;
  if (!run.every((t) => t.word && isCapitalized(t) && !isAcronym(t) && !/[A-Za-z]/u.test(t.text))) return false;
  return !ctx.orgWords.occursIn(run) && !placeIndex().scan(text.slice(run[0]!.start, run[run.length - 1]!.end)).length;
}

/**
 * The same read forward from a head's position ("Председатель | Центрального банка Эльвира Набиуллина"): the
 * span without the head's name after the small-letter kind, when only the kind's adjectives stand before it.
 */
export function cutGenitiveHolder<T extends { text: string; start: number; end: number }>(ctx: ReadContext, span: T): T {
  if (!ctx.langs[0]!.data.adjectiveCases.length) return span;
  const tokens = tokenize(span.text, span.start).filter((t) => t.word);
  for (let p = tokens.length - 1 - MIN_HOLDER_WORDS; p >= 0; p--) {
    const n = ctx.orgWords.forward(tokens, p);
    if (!n || isCapitalized(tokens[p]!) || p + n > tokens.length - MIN_HOLDER_WORDS) continue;
    if (!holderRun(ctx, span.text, tokens.slice(p + n).map((t) => ({ ...t, start: t.start - span.start, end: t.end - span.start })))) return span;
    if (!tokens.slice(0, p).every((t) => adjective(ctx, t))) return span;
    const end = tokens[p + n - 1]!.end;
    return { ...span, text: span.text.slice(0, end - span.start), end };
  }
  return span;
}
