/**
 * The places a story names: countries, their people, their cities (lib/places/countries.ts), found word by
 * word in one linear pass (names in scripts written without spaces, character by character). They tell
 * which of several bodies of one name the story means (lib/outlets/story.ts).
 */
import { COUNTRIES, NOT_PLACES } from './countries';
import { Country } from './schema';

export type PlaceKind = 'name' | 'people' | 'city';

/** A place named in a text: its country (none for NOT_PLACES), and where it stands in the token list. */
export interface PlaceHit {
  country?: string;
  kind: PlaceKind;
  /** Token indexes [from, to). */
  from: number;
  to: number;
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

interface Entry {
  words: string[];
  /** Each word must be capitalized (or all capitals) in the text, as the table prints it. */
  cased: boolean[];
  country?: string;
  kind: PlaceKind;
}

// Scripts written without spaces between words (Han, kana, Hangul with its particles, Thai).
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Between two words of one name: spaces, a hyphen, an apostrophe or a dot ("U.S.", "EE.UU."), no line break.
const JOIN = /^[ \u00a0\-–'’.]{0,3}$/u;
/** The longest country name in a script without spaces that countryEnding() looks for, in characters. */
const MAX_UNSPACED_NAME = 12;

/** The words of a text, in NFC, with where they stand. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const isCased = (w: string) => w !== w.toLowerCase() && /^\p{Lu}/u.test(w);

export class Places {
  private readonly byFirst = new Map<string, Entry[]>();
  private readonly unspaced = new Map<string, { name: string; country?: string; kind: PlaceKind }[]>();
  /** Country-code domain → country. */
  private readonly tlds = new Map<string, string>();

  /** Country → its names, English first (the table's convention). */
  private readonly names = new Map<string, string[]>();

  constructor(countries: Country[], notPlaces: string[]) {
    for (const c of countries) {
      // A country the table holds only as a state (no place names of its own) is no place a story counts.
      if (!c.names.length && !c.people.length && !c.cities.length) continue;
      this.names.set(c.code, c.names);
      this.tlds.set(c.tld ?? c.code.toLowerCase(), c.code);
      for (const [kind, list] of [['name', c.names], ['people', c.people], ['city', c.cities]] as const) for (const n of list) this.add(n, kind, c.code);
    }
    for (const n of notPlaces) this.add(n, 'name', undefined);
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    for (const list of this.unspaced.values()) list.sort((a, b) => b.name.length - a.name.length);
  }

  private add(name: string, kind: PlaceKind, country: string | undefined) {
    const n = name.normalize('NFC');
    if (UNSPACED.test(n)) {
      const list = this.unspaced.get(n[0]!) ?? [];
      list.push({ name: n, country, kind });
      this.unspaced.set(n[0]!, list);
      return;
    }
    const words = wordsOf(n).map((w) => w.text);
    if (!words.length) return;
    const key = words[0]!.toLowerCase();
    const list = this.byFirst.get(key) ?? [];
    list.push({ words, cased: words.map(isCased), country, kind });
    this.byFirst.set(key, list);
  }

  /** The longest place whose words start at word `i` (a NOT_PLACES name too: it has no country). */
  at(words: readonly Word[], text: string, i: number): PlaceHit | undefined {
    const first = words[i];
    const list = first && this.byFirst.get(first.text.toLowerCase());
    if (!list) return undefined;
    for (const e of list) {
      if (i + e.words.length > words.length) continue;
      let ok = true;
      for (let k = 0; k < e.words.length && ok; k++) {
        const w = words[i + k]!.text;
        const want = e.words[k]!;
        ok = e.cased[k] ? w === want || w === want.toUpperCase() : w.toLowerCase() === want.toLowerCase();
        if (ok && k > 0) ok = JOIN.test(text.slice(words[i + k - 1]!.end, words[i + k]!.start));
      }
      if (ok) return { country: e.country, kind: e.kind, from: i, to: i + e.words.length };
    }
    return undefined;
  }

  /** Every place named in the text, left to right, the longest name at each word. */
  scan(text: string, words: readonly Word[] = wordsOf(text)): PlaceHit[] {
    const out: PlaceHit[] = [];
    for (let i = 0; i < words.length; ) {
      const hit = this.at(words, text, i);
      if (hit) out.push(hit);
      i = hit ? hit.to : i + 1;
    }
    return out;
  }

  /**
   * The country whose name, in a script written without spaces, ends `word` ("据英国" ends with 英国): the
   * word before a bracketed title ("据英国《金融时报》"), read from its last characters only.
   */
  countryEnding(word: string): string | undefined {
    const w = word.normalize('NFC');
    for (let i = Math.max(0, w.length - MAX_UNSPACED_NAME); i < w.length; i++) {
      const hit = this.unspaced.get(w[i]!)?.find((e) => e.kind !== 'city' && e.name.length === w.length - i && w.endsWith(e.name));
      if (hit) return hit.country;
    }
    return undefined;
  }

  /** How often the text names each country (its name, its people, its cities); `words` its words, when known. */
  count(text: string, words?: readonly Word[]): Map<string, number> {
    const n = new Map<string, number>();
    const bump = (c: string | undefined) => c && n.set(c, (n.get(c) ?? 0) + 1);
    const t = text.normalize('NFC');
    for (const hit of this.scan(t, words && t === text ? words : wordsOf(t))) bump(hit.country);
    if (this.unspaced.size && UNSPACED.test(t)) {
      for (let i = 0; i < t.length; ) {
        const hit = this.unspaced.get(t[i]!)?.find((e) => t.startsWith(e.name, i));
        bump(hit?.country);
        i += hit ? hit.name.length : 1;
      }
    }
    return n;
  }

  /** The place `name` is as a whole (`Tiongkok`, `Bắc Kinh`, `中国`), or undefined when it is no place or more. */
  exact(name: string): { country?: string; kind: PlaceKind } | undefined {
    const n = name.normalize('NFC').trim();
    if (UNSPACED.test(n)) {
      const hit = this.unspaced.get(n[0]!)?.find((e) => e.name === n);
      return hit && { country: hit.country, kind: hit.kind };
    }
    const words = wordsOf(n);
    const hit = words.length ? this.at(words, n, 0) : undefined;
    return hit && hit.to === words.length ? { country: hit.country, kind: hit.kind } : undefined;
  }

  /**
   * A country's name as a site in `lang` prints it, where the table can tell: English (its first name), or
   * the first name in the script a language alone writes in (`script` tests a name: Cyrillic for Russian).
   */
  countryName(code: string, lang: string, script?: (name: string) => boolean): string | undefined {
    const names = this.names.get(code) ?? [];
    if (lang === 'en') return names[0];
    return script ? names.find(script) : undefined;
  }

  /** The country of a host's country-code domain (`monitor.co.ug` → UG), when it is one a country uses as its own. */
  countryOfHost(host: string): string | undefined {
    const tld = host.toLowerCase().split('.').pop() ?? '';
    return GENERIC_CCTLDS.has(tld) ? undefined : this.tlds.get(tld);
  }
}

// Country-code domains sold worldwide as generic ones (.co for "company", .ly, .la, .so, .ml free domains).
const GENERIC_CCTLDS = new Set(['co', 'ly', 'la', 'so', 'ml', 'cd']);

let places: Places | undefined;

/** The places table, built on first use (test/places.test.ts validates the data). */
export function placeIndex(): Places {
  places ??= new Places(COUNTRIES.map((c) => Country.parse(c)), NOT_PLACES);
  return places;
}
