/**
 * The key facts of a story, in a form that survives translation: names of people and places (capitalized
 * words that are not the language's common words), numbers, and dates normalised to day/month, so
 * "14 Oktober", "October 14", "14/10" and "10月14日" are one fact. A story's facts are compared against the
 * words, numbers and dates of another page to tell whether it tells the same story (see match.ts).
 */
import { languages } from '../cues/index';
import { foldName } from '../fold';
import type { PageData } from '../page-data';
import { fold, monthNumber } from './months';

export interface Fact {
  kind: 'name' | 'date' | 'number';
  /** The comparison key: a folded word, `d/m`, or a plain number. */
  key: string;
  /** As the page printed it. */
  text: string;
}

/** What the match check needs of a page; plain data, so it can be cached. */
export interface Story {
  lang: string;
  published?: string;
  /** The salient facts of this page, most telling first. */
  facts: Fact[];
  /** Every folded word, date key and number of the page: what another page's facts are looked up in. */
  words: string[];
  dates: string[];
  numbers: string[];
}

const MAX_NAMES = 8;
// Longer runs of capitals are titles and offices around a name ("Chinese President Xi Jinping").
const MAX_NAME_WORDS = 3;
const MAX_DATES = 4;
const MAX_NUMBERS = 4;
const MAX_TEXT = 60_000;
// A word, or a number with its separators ("1.500", "14/10", "2024-10-14", a time "21:08").
const TOKEN = /[\p{L}\p{M}]+|\d+(?:[.,/:-]\d+)*/gu;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
// Addresses in the text carry ids, not facts.
const URL_IN_TEXT = /\bhttps?:\/\/\S+/giu;
const CJK_DATE = /(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/gu;
// Words that sit between a day and a month number ("14 tháng 10") or between a day and a month ("14 de octubre").
const DAY_MONTH_JOINERS = new Set(['thang', 'de', 'di', 'del']);

interface Token {
  text: string;
  at: number;
}

const commonCache = new Map<string, Set<string>>();

/** A language's table words (titles, organization words, fillers…): what a story is not about. */
function commonWords(lang: string): Set<string> {
  let words = commonCache.get(lang);
  if (words) return words;
  words = new Set();
  const d = languages().get(lang)?.data;
  if (d) {
    for (const w of [...d.stopwords, ...d.orgWords, ...d.personTitles, ...d.outletWords, ...d.fillers, ...d.roleWords, ...d.auxiliaries, ...d.calendar]) {
      for (const part of w.split(/\s+/)) words.add(fold(part).replace(/\.$/, ''));
    }
  }
  commonCache.set(lang, words);
  return words;
}

const storyCommonCache = new Map<string, Set<string>>();

/** The language's table words and English's, which pages in every language print: one set per language, built once. */
function storyCommonWords(lang: string): Set<string> {
  let words = storyCommonCache.get(lang);
  if (!words) storyCommonCache.set(lang, (words = new Set([...commonWords(lang), ...commonWords('en')])));
  return words;
}

const dateKey = (day: number, month: number) => (day >= 1 && day <= 31 && month >= 1 && month <= 12 ? `${day}/${month}` : undefined);

/** A numeric date token: 14/10, 14/10/2024, 14.10.2024, 2024-10-14. Day first unless that cannot be. */
function numericDate(t: string): string | undefined {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return dateKey(Number(m[3]), Number(m[2]));
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(t) ?? /^(\d{1,2})[.-](\d{1,2})[.-](\d{2}|\d{4})$/.exec(t);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return b > 12 ? dateKey(b, a) : dateKey(a, b);
}

/** A plain number's key: thousands separators dropped, a decimal comma read as a point. */
function numberKey(t: string): string | undefined {
  if (/^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(t)) return String(Number(t.replace(/[.,]/g, '')));
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return String(Number(t.replace(',', '.')));
  return undefined;
}

const isDay = (t: Token | undefined) => !!t && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31;
const monthOf = (t: Token | undefined) => (t && /^\p{L}/u.test(t.text) ? monthNumber(t.text) : undefined);

interface Scan {
  dates: Map<string, Fact>;
  numbers: Map<string, { fact: Fact; n: number }>;
  /** Token indexes a date used, so its day and year are not numbers too. */
  used: Set<number>;
}

/** Dates and numbers of a token stream. */
function scanNumbers(tokens: Token[], text: string): Scan {
  const scan: Scan = { dates: new Map(), numbers: new Map(), used: new Set() };
  const addDate = (key: string | undefined, printed: string, ...indexes: number[]) => {
    if (!key) return false;
    if (!scan.dates.has(key)) scan.dates.set(key, { kind: 'date', key, text: printed });
    indexes.forEach((i) => scan.used.add(i));
    return true;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const span = (j: number) => text.slice(t.at, tokens[j]!.at + tokens[j]!.text.length);
    if (/^\d/.test(t.text) && addDate(numericDate(t.text), t.text, i)) continue;
    if (isDay(t)) {
      // "14 Oktober", "14. Oktober", "14 de octubre", "14 tháng 10"
      const joined = tokens[i + 1] && DAY_MONTH_JOINERS.has(fold(tokens[i + 1]!.text)) ? 2 : 1;
      const next = tokens[i + joined];
      const month = monthOf(next) ?? (joined === 2 && next && /^\d{1,2}$/.test(next.text) ? Number(next.text) : undefined);
      if (month && addDate(dateKey(Number(t.text), month), span(i + joined), i, i + joined)) continue;
    }
    const month = monthOf(t);
    if (month && isDay(tokens[i + 1]) && addDate(dateKey(Number(tokens[i + 1]!.text), month), span(i + 1), i, i + 1)) continue;
  }
  for (const m of text.matchAll(CJK_DATE)) addDate(dateKey(Number(m[2]), Number(m[1])), m[0]);
  tokens.forEach((t, i) => {
    // A time of day tells nothing about the story.
    if (scan.used.has(i) || !/^\d/.test(t.text) || t.text.includes(':')) return;
    const key = numberKey(t.text);
    // Below 10 is too common to tell stories apart; beyond nine digits it is an id or a phone number.
    if (!key || Number(key) < 10 || key.length > 9) return;
    const entry = scan.numbers.get(key) ?? { fact: { kind: 'number' as const, key, text: t.text }, n: 0 };
    entry.n++;
    scan.numbers.set(key, entry);
  });
  return scan;
}

/**
 * Capitalized words that are not common words nor `exclude`d, with how often each appears. A word compares
 * alone (a translation may spell a first name differently), but reads as the name it usually sits in:
 * "Bắc Kinh", "Tập Cận Bình", not "Kinh", "Bình".
 */
function scanNames(tokens: Token[], text: string, lang: string, exclude: Set<string>, title: string): Fact[] {
  const common = storyCommonWords(lang);
  const inTitle = new Set(title.match(TOKEN)?.map(fold) ?? []);
  const initialAt = (at: number) => at === 0 || /[.!?\n"“«:]\s*$/u.test(text.slice(Math.max(0, at - 3), at));
  // Words of a name as read: a table word belongs to it too ("Bắc Kinh"), unless it only opens a sentence.
  const member = tokens.map((t) => /^\p{Lu}/u.test(t.text) && t.text.length >= 2 && !exclude.has(fold(t.text)) && !monthNumber(t.text) && (!common.has(fold(t.text)) || !initialAt(t.at)));
  const joined = (i: number) => text.slice(tokens[i]!.at + tokens[i]!.text.length, tokens[i + 1]?.at ?? 0) === ' ';
  const counts = new Map<string, { fact: Fact; n: number; seen: number; first: number; runs: Map<string, number> }>();
  tokens.forEach((t, i) => {
    if (!member[i] || t.text.length < 3) return;
    const key = fold(t.text);
    if (common.has(key)) return;
    let from = i;
    let to = i;
    while (from > 0 && member[from - 1] && joined(from - 1)) from--;
    while (to + 1 < tokens.length && member[to + 1] && joined(to)) to++;
    const run = text.slice(tokens[from]!.at, tokens[to]!.at + tokens[to]!.text.length);
    // A sentence's first word is capitalized whatever it is: it counts half.
    const initial = initialAt(t.at);
    const entry = counts.get(key) ?? { fact: { kind: 'name' as const, key, text: t.text }, n: 0, seen: 0, first: i, runs: new Map() };
    entry.n += initial ? 0.5 : 1;
    entry.seen++;
    entry.runs.set(run, (entry.runs.get(run) ?? 0) + 1);
    counts.set(key, entry);
  });
  // A name read once is not read again through another of its words ("Andrey Belousov" after "Belousov").
  const shown = new Set<string>();
  const out: Fact[] = [];
  const chosen = [...counts.values()]
    .filter((e) => e.n >= 1.5 || (e.n >= 1 && inTitle.has(e.fact.key)))
    .sort((a, b) => b.n - a.n || a.first - b.first)
    .slice(0, MAX_NAMES);
  for (const e of chosen) {
    const [run, n] = [...e.runs].filter(([r]) => r.split(' ').length <= MAX_NAME_WORDS).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0] ?? [e.fact.text, 0];
    const text = n * 2 >= e.seen ? run : e.fact.text;
    const words = text.split(' ').map(fold);
    if (words.some((w) => shown.has(w))) continue;
    words.forEach((w) => shown.add(w));
    out.push({ ...e.fact, text });
  }
  return out;
}

export interface StoryInput {
  page: PageData;
  lang: string;
  published?: string;
  /** Names the page credits or goes by (its sources, its publisher): credits are not the story. */
  exclude: string[];
}

/** The story's text (title, body and captions) and its tokens. */
function storyText(page: PageData): { title: string; text: string; tokens: Token[] } {
  const title = page.meta.title;
  const blocks = page.blocks.filter((b) => b.kind === 'body' || b.kind === 'caption').map((b) => b.text);
  const text = [title, ...blocks].join('\n').slice(0, MAX_TEXT).replace(URL_IN_TEXT, ' ');
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) tokens.push({ text: m[0], at: m.index });
  return { title, text, tokens };
}

const excludedWords = (exclude: string[]) => new Set(exclude.flatMap((n) => foldName(n).split(' ')).filter(Boolean));

/**
 * Only the story's key names (its facts of kind 'name', the same as storyOf's): what a search for its
 * original needs (lib/search-terms.ts), without the dates, numbers and every word that only a comparison
 * with another page needs. The report of a page not followed asks for no more.
 */
export function storyNames({ page, lang, published, exclude }: StoryInput): Story {
  const { title, text, tokens } = storyText(page);
  return { lang, ...(published ? { published } : {}), facts: scanNames(tokens, text, lang, excludedWords(exclude), title), words: [], dates: [], numbers: [] };
}

/** The key facts of a page read into data: its title, body and captions. */
export function storyOf({ page, lang, published, exclude }: StoryInput): Story {
  const { title, text, tokens } = storyText(page);
  const excluded = excludedWords(exclude);
  const scan = scanNumbers(tokens, text);
  const numbers = [...scan.numbers.values()].sort((a, b) => b.n - a.n).slice(0, MAX_NUMBERS).map((e) => e.fact);
  const facts = [...scanNames(tokens, text, lang, excluded, title), ...[...scan.dates.values()].slice(0, MAX_DATES), ...numbers];
  return {
    lang,
    ...(published ? { published } : {}),
    facts,
    words: [...new Set(tokens.filter((t) => /^\p{L}/u.test(t.text)).map((t) => fold(t.text)))],
    dates: [...scan.dates.keys()],
    // Years inside dates ("14/10/2024") are numbers another page may print alone.
    numbers: [...new Set([...scan.numbers.keys(), ...(text.match(YEAR) ?? [])])],
  };
}
