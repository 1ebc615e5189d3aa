/**
 * A state's public body named by its kind and its people's adjective after it, in small letters, as French,
 * Spanish, Portuguese and Italian write it: "la police française", "las autoridades mexicanas", "o governo
 * brasileiro", and with the body's own name after the adjective, "le ministère français de la Santé", "el
 * ministerio español de Defensa", "il ministero italiano degli Esteri". Read by capitals the first names no one
 * and the second only "Santé"; with the adjective each is that state's body. The kinds are the language's
 * `nationalHeads`; the adjective is a people's of the countries table (lib/places/countries.ts), back from its
 * feminine or plural form by the language's `peopleEndings` (`es>e`: "françaises" → "française").
 * Who it is: the registry's entry for the whole as printed ("armée française"), else the state's government
 * for a head the language's states data wraps ("gouvernement {}", "autorités {}"), else the entry the body's
 * name without the adjective has in that country ("ministère de la Santé" in France); else it stays as printed.
 */
import { outletRegistry } from '../outlets/index';
import { speechOf, stateNamed } from '../states/index';
import type { ReadContext } from './context';
import type { NameSpan } from './names';
import { peopleOf } from './nationality';
import type { KnownName } from './org';
import { isAcronym, isCapitalized, tokenize, type Token } from './tokens';

/** What the adjective says of a body read this way: its state, and the entry it is, if the registry has one. */
export interface National {
  country: string;
  known?: KnownName;
}

const ELIDED = /^(?:[lLdD]|[dD]ell|[aA]ll|[dD]all|[nN]ell|[sS]ull)['’](?=\p{Ll})/u;

/** At most this many tokens of the body's own name after the adjective ("de la Santé et des Solidarités"). */
const MAX_REST = 8;

/**
 * The country whose people's adjective this small-letter word is, in any of the language's forms, with the form
 * the countries table prints ("françaises" → FR, "française").
 */
export function peopleCountry(ctx: ReadContext, word: string): { country: string; form: string } | undefined {
  if (!/^\p{Ll}/u.test(word)) return undefined;
  const at = (w: string) => {
    const country = peopleOf(w);
    return country ? { country, form: w } : undefined;
  };
  const direct = at(word);
  if (direct) return direct;
  for (const rule of ctx.langs[0]!.data.peopleEndings) {
    const [ending = '', base = ''] = rule.split('>');
    if (!ending || !word.endsWith(ending) || word.length <= ending.length + 2) continue;
    const hit = at(word.slice(0, word.length - ending.length) + base);
    if (hit) return hit;
  }
  return undefined;
}

/** The registry entry of `name` in `country`: its own, or the one of that country among a shared name's. */
function entryIn(find: (name: string) => unknown, name: string, country: string): KnownName | undefined {
  const hit = find(name) as KnownName | undefined;
  if (!hit || hit.word) return undefined;
  const registry = outletRegistry();
  const ids = hit.candidates ?? [hit.id];
  const mine = ids.map((id) => registry.byId.get(id)).filter((o) => o?.country === country);
  return mine.length === 1 ? { id: mine[0]!.id, name: mine[0]!.name, kind: mine[0]!.kind } : undefined;
}

/** Who "<head> <adjective>[ <rest>]" is (see the file's comment). */
function identify(ctx: ReadContext, text: string, head: string, adjective: string, rest: string, country: string, find?: (name: string) => unknown): KnownName | undefined {
  const whole = find?.(text) as KnownName | undefined;
  if (whole && !whole.word) return whole;
  if (!rest) {
    const state = stateNamed(text) ?? [...wrapped(ctx, head)].map((w) => stateNamed(w.replace('{}', adjective))).find(Boolean);
    if (state) return state.code === country ? (find?.(state.government) as KnownName | undefined) : undefined;
  }
  return find && rest ? entryIn(find, `${head} ${rest}`, country) : undefined;
}

/** The language's wrappers of a state's government by its people ("autorités {}", "{} władze") whose head is `head`. */
function wrapped(ctx: ReadContext, head: string): string[] {
  const h = head.toLowerCase();
  return (speechOf(ctx.langs[0]!.code)?.peopleWrappers ?? []).filter((w) => w.toLowerCase().replace('{}', '').trim() === h);
}

/** Can the token be a word of a body's name: capitalized, or an acronym. */
const nameWord = (t: Token | undefined): boolean => !!t && (isCapitalized(t) || isAcronym(t));

/**
 * The last token of the body's own name after the adjective and its link word ("de la Santé", "des Affaires
 * étrangères", "degli Esteri"): a run of capitals with link words inside and the small-letter tails the
 * language's orgWords list; -1 when no name follows.
 */
function restEnd(ctx: ReadContext, tokens: readonly Token[], i: number): number {
  const link = ctx.nameLinks.forward(tokens, i);
  if (!link || !nameWord(tokens[i + link])) return -1;
  let last = i + link;
  let j = last + 1;
  while (j < tokens.length && j - i < MAX_REST) {
    if (nameWord(tokens[j])) {
      last = j++;
      continue;
    }
    const inner = ctx.nameLinks.forward(tokens, j);
    if (inner && nameWord(tokens[j + inner])) {
      j += inner;
      continue;
    }
    const tail = tokens[j]!.word ? ctx.orgWords.forward(tokens, j) : 0;
    if (!tail) break;
    last = j + tail - 1;
    j += tail;
  }
  return last;
}

/** The span from token `a` to `b` of `text`, as the name reader returns one. */
function spanOf(text: string, tokens: readonly Token[], a: number, b: number, national: National): NameSpan & { national: National } {
  // "L'armée française": the elided article is no part of the name (the tokenizer keeps it on a small letter).
  const start = tokens[a]!.start + (ELIDED.exec(tokens[a]!.text)?.[0].length ?? 0);
  const end = tokens[b]!.end;
  return { text: text.slice(start, end), start, end, titled: false, outletHint: false, roleHint: false, national };
}

/**
 * "rosyjskie władze", "według polskiego rządu", "Американские власти": a people's adjective before a head of the
 * language's `peopleFirstHeads`, which together name that state's government; null when they name none. The
 * adjective may open the sentence with a capital, as no name of a body starts with one.
 */
function adjectiveFirstAt(ctx: ReadContext, text: string, tokens: readonly Token[], a: number, find?: (name: string) => unknown): (NameSpan & { national: National }) | null {
  const adjective = tokens[a];
  const n = adjective?.word ? ctx.peopleFirstHeads.forward(tokens, a + 1) : 0;
  if (!n) return null;
  const people = peopleCountry(ctx, adjective!.text.toLowerCase());
  if (!people) return null;
  const span = spanOf(text, tokens, a, a + n, { country: people.country });
  const head = text.slice(tokens[a + 1]!.start, tokens[a + n]!.end);
  const known = identify(ctx, span.text, head, people.form, '', people.country, find);
  if (!known) return null;
  span.national.known = known;
  return span;
}

/**
 * The national body that starts at token `a` ("police française", "ministère français de la Santé"), or null:
 * a head of the language's `nationalHeads`, a people's adjective, and the body's name after a link word if any;
 * or, where the adjective comes first, the government it names ("rosyjskie władze").
 */
export function nationalBodyAt(ctx: ReadContext, text: string, tokens: readonly Token[], a: number, find?: (name: string) => unknown): (NameSpan & { national: National }) | null {
  const first = adjectiveFirstAt(ctx, text, tokens, a, find);
  if (first) return first;
  const heads = ctx.nationalHeads;
  const n = heads.forward(tokens, a);
  // The press names a body by its kind with an article ("la police française", "del ministerio"); without one
  // the kind is a field or an attribute ("un alto cargo de defensa norteamericano").
  if (n && !ELIDED.test(tokens[a]!.text) && !ctx.articles.has(tokens[a - 1]?.text.toLowerCase().replace('’', "'") ?? '')) return null;
  const adjective = tokens[a + n];
  if (!n || !adjective?.word) return null;
  const people = peopleCountry(ctx, adjective.text);
  if (!people) return null;
  const { country } = people;
  const last = restEnd(ctx, tokens, a + n + 1);
  const rest = last > 0 ? text.slice(tokens[a + n + 1]!.start, tokens[last]!.end) : '';
  const b = last > 0 ? last : a + n;
  const span = spanOf(text, tokens, a, b, { country });
  const head = text.slice(span.start, tokens[a + n - 1]!.end);
  span.national.known = identify(ctx, span.text, head, people.form, rest, country, find);
  return span;
}

/** The national body whose last token is `i` (read back from a verb), or null. */
export function nationalBodyEndingAt(ctx: ReadContext, text: string, tokens: readonly Token[], i: number, find?: (name: string) => unknown): NameSpan | null {
  const near = tokens.slice(Math.max(0, i - MAX_REST - 3), i + 1);
  if (!ctx.nationalHeads.occursIn(near) && !ctx.peopleFirstHeads.occursIn(near)) return null;
  for (let a = Math.max(0, i - MAX_REST - 3); a < i; a++) {
    const span = nationalBodyAt(ctx, text, tokens, a, find);
    if (span && span.end === tokens[i]!.end) return span;
  }
  return null;
}

/** The national body right after `from`, past an article ("selon la police française"), or null. */
export function nationalBodyAfter(ctx: ReadContext, text: string, from: number, find?: (name: string) => unknown): NameSpan | null {
  const tokens = tokenize(text.slice(from, from + 200), from, 16);
  let a = 0;
  if (tokens[a] && ctx.articles.has(tokens[a]!.text.toLowerCase())) a++;
  return nationalBodyAt(ctx, text, tokens, a, find);
}
