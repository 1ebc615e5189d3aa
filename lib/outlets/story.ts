/**
 * Who a name means in this story. Many bodies go by one name: papers called "The Star" or "La Nación",
 * every country's "Kementerian Luar Negeri" or "Bộ Y tế". A lookup that ignores the story gives a wrong
 * identity, worse for a reader than none; so a shared name resolves only where the story points to exactly
 * one of its entries, and otherwise stays unresolved. What points, strongest first:
 * 1. a fuller mention of the name before it, with its country ("Kementerian Luar Negeri Malaysia" … then
 *    "Kementerian Luar Negeri"): only that country's entry, or none;
 * 2. the story's countries: the page's own (its publisher's, its country-code domain's) and the places its
 *    text names; among candidates of those countries, the page's language;
 * 3. with no country in sight, the page's language alone.
 * A name only one entry has, not marked shared, needs none of this, unless a fuller mention gives a state
 * body another country ("Bộ Y tế Thái Lan" … "Bộ Y tế" is not Vietnam's ministry).
 */
import { placeIndex, wordsOf, type Places, type Word } from '../places/index';
import type { Outlet } from './schema';
import type { Candidates, Registry } from './index';

export interface StoryText {
  /** The page's language. */
  lang: string;
  /** The page's own country: its publisher's, else its country-code domain's. */
  home?: string;
  /** The title and the article's blocks, in order. */
  parts: { block: number; text: string }[];
}

/** Where a name is credited: its block, and its sentence there. */
export interface At {
  block: number;
  evidence: string;
}

// Words between a body's name and its country: "of (the Republic of)", "de", "dari", "của", "der".
const LINKS = new Set(['of', 'the', 'de', 'del', 'la', 'el', 'do', 'da', 'des', 'du', 'dari', 'của', 'cua', 'der', 'von', 'republic', 'republik', 'république', 'república', 'cộng', 'hòa', 'hoà']);
const MAX_LINKS = 3;
/** A home country outweighs a passing mention: the page's own country counts as this many mentions. */
const HOME_WEIGHT = 3;
/** A country is one of the story's own when it is named at least a third as much as the most named. */
const MAIN_SHARE = 3;
/** A story's places and fuller mentions are in its first pages of text; a 10 MB page is read no further. */
const MAX_TEXT = 300_000;
/** A sentence is sought in its block only up to here: further on the block's end stands for it (bounded work). */
const SEEK_REACH = 20_000;

/** A name whose body depends on the country: a shared one, or a state body's ("Ministério da Saúde"). */
const countryBound = (c: Candidates) => c.shared || c.outlets.every((o) => o.kind === 'government');

/** A fuller mention of a name with its country: where it stands, the country, its words as printed. */
interface Qualified {
  at: number;
  country: string;
  text: string;
}

/** A story as the resolver reads it: its countries, its words, where each block starts. */
export class Story {
  readonly lang: string;
  readonly home?: string;
  /** How much each country weighs in the story: its mentions, and HOME_WEIGHT for the page's own. */
  readonly weight = new Map<string, number>();
  private readonly text: string;
  private readonly words: Word[];
  private readonly starts = new Map<number, { start: number; end: number }>();
  private readonly memo = new Map<string, Outlet | null>();
  /** Where each word (in lower case) stands, built on first need. */
  private wordsAt?: Map<string, number[]>;
  /** Each name's fuller mentions with a country, in order, found once per name. */
  private readonly fuller = new Map<string, Qualified[]>();

  constructor(
    private readonly registry: Registry,
    story: StoryText,
    private readonly places: Places = placeIndex(),
  ) {
    this.lang = story.lang;
    this.home = story.home;
    let text = '';
    for (const p of story.parts) {
      if (text.length >= MAX_TEXT) break;
      const start = text.length;
      text += `${p.text.normalize('NFC').slice(0, MAX_TEXT - start)}\n`;
      if (!this.starts.has(p.block)) this.starts.set(p.block, { start, end: text.length });
    }
    this.text = text;
    this.words = wordsOf(text);
    for (const [c, n] of places.count(text, this.words)) this.weight.set(c, n);
    if (this.home) this.weight.set(this.home, (this.weight.get(this.home) ?? 0) + HOME_WEIGHT);
  }

  /** The countries the story is about: each weighing at least a third of the heaviest. */
  mainCountries(): Set<string> {
    const max = Math.max(0, ...this.weight.values());
    return new Set([...this.weight].filter(([, w]) => w > 0 && w * MAIN_SHARE >= max).map(([c]) => c));
  }

  /** Where in the story text a credit stands (its sentence in its block), or the end when unknown. */
  private offsetOf(at: At | undefined): number {
    const block = at && this.starts.get(at.block);
    if (!block) return this.text.length;
    if (block.end - block.start > SEEK_REACH) return block.end;
    const i = this.text.slice(block.start, block.end).indexOf(at.evidence.slice(0, 60).normalize('NFC'));
    return i >= 0 ? block.start + i + at.evidence.length : block.end;
  }

  /**
   * The country the nearest fuller mention of `name` before the credit at `at` gives it: a country's name or its people's right
   * after it, maybe through "of"/"de"/"dari"/"của" ("Kementerian Luar Negeri Malaysia", "Bộ Y tế Thái Lan",
   * "Ministerio de Salud de Costa Rica"), or right before it ("Malaysia's Foreign Ministry", "the Thai
   * Health Ministry"). The nearest such mention counts: its country and its words as printed.
   */
  qualifier(name: string, at: At | undefined): Qualified | undefined {
    const all = this.fullerMentions(name);
    if (!all.length) return undefined;
    const until = this.offsetOf(at);
    return all.findLast((q) => q.at < until);
  }

  private positions(): Map<string, number[]> {
    if (this.wordsAt) return this.wordsAt;
    const at = new Map<string, number[]>();
    this.words.forEach((w, i) => {
      const key = w.text.toLowerCase();
      const list = at.get(key);
      if (list) list.push(i);
      else at.set(key, [i]);
    });
    this.wordsAt = at;
    return at;
  }

  /** Every fuller mention of `name` with a country, in order. */
  private fullerMentions(name: string): Qualified[] {
    const known = this.fuller.get(name);
    if (known) return known;
    const found: Qualified[] = [];
    this.fuller.set(name, found);
    const want = wordsOf(name.normalize('NFC')).map((w) => w.text.toLowerCase());
    if (!want.length) return found;
    const words = this.words;
    for (const i of this.positions().get(want[0]!) ?? []) {
      if (i + want.length > words.length) break;
      if (!want.every((w, k) => words[i + k]!.text.toLowerCase() === w && (k === 0 || this.joined(i + k - 1)))) continue;
      const end = i + want.length;
      const after = this.countryAfter(end);
      const before = after ? undefined : this.countryBefore(i);
      const hit = after ?? before;
      if (hit) found.push({ at: words[i]!.start, country: hit.country, text: this.text.slice(words[after ? i : hit.at]!.start, words[(after ? hit.at : end) - 1]!.end) });
    }
    return found;
  }

  /** Is word `i` followed by word `i + 1` within one phrase (spaces or a hyphen, no punctuation)? */
  private joined(i: number): boolean {
    const a = this.words[i];
    const b = this.words[i + 1];
    return !!a && !!b && /^[ \u00a0\-–]{1,2}$/u.test(this.text.slice(a.end, b.start));
  }

  /** Is word `i + 1` a title in brackets right after word `i`: "英国《金融时报》", a Chinese paper's country and name? */
  private titled(i: number): boolean {
    const a = this.words[i];
    const b = this.words[i + 1];
    return !!a && !!b && /^[《〈「『]$/u.test(this.text.slice(a.end, b.start));
  }

  /** A country named right after word `j` (through link words): the country, and the word after its name. */
  private countryAfter(j: number): { country: string; at: number } | undefined {
    let k = j;
    for (let links = 0; links <= MAX_LINKS; links++) {
      if (!this.joined(k - 1)) return undefined;
      const hit = this.places.at(this.words, this.text, k);
      if (hit && hit.kind !== 'city') return hit.country ? { country: hit.country, at: hit.to } : undefined;
      if (!LINKS.has(this.words[k]?.text.toLowerCase() ?? '')) return undefined;
      k++;
    }
    return undefined;
  }

  /** A country named right before word `i`: the country, and its name's first word. */
  private countryBefore(i: number): { country: string; at: number } | undefined {
    // "Malaysia's Foreign Ministry": the possessive is a word of its own here.
    let end = i;
    const prev = this.words[i - 1];
    if (prev && /^s$/i.test(prev.text) && /['’]$/.test(this.text.slice(this.words[i - 2]?.end ?? 0, prev.start))) end = i - 1;
    else if (prev && this.titled(i - 1)) {
      // "据英国《金融时报》": in a script without spaces the country ends the word before the title.
      const country = this.places.countryEnding(prev.text);
      return country ? { country, at: i - 1 } : undefined;
    } else if (!this.joined(i - 1)) return undefined;
    for (let from = end - 1; from >= Math.max(0, end - 4); from--) {
      const hit = this.places.at(this.words, this.text, from);
      if (hit && hit.to === end && hit.kind !== 'city') return hit.country ? { country: hit.country, at: from } : undefined;
    }
    return undefined;
  }

  /** The entry a name credited at `at` stands for in this story, or none: see the file's comment. */
  resolve(name: string, at?: At): Outlet | undefined {
    const key = `${name}\u0000${at?.block ?? ''}\u0000${at?.evidence ?? ''}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit ?? undefined;
    const found = this.pick(name, at);
    this.memo.set(key, found ?? null);
    return found;
  }

  private pick(name: string, at?: At): Outlet | undefined {
    const c = this.registry.candidates(name);
    if (!c) return undefined;
    const outlets = c.outlets;
    // 1. A fuller mention before names the country.
    const qualified = countryBound(c) ? this.qualifier(name, at) : undefined;
    if (qualified) {
      // The fuller mention may be a name of its own ("Kementerian Luar Negeri Malaysia" is Malaysia's ministry).
      const full = this.registry.lookup(qualified.text);
      if (full?.country === qualified.country) return full;
      const of = outlets.filter((o) => o.country === qualified.country);
      return of.length === 1 ? of[0] : undefined;
    }
    if (!c.shared) return outlets[0];
    // 2. The story's countries, then its language among them.
    const main = this.mainCountries();
    const here = outlets.filter((o) => main.has(o.country));
    if (here.length === 1) return here[0];
    if (here.length > 1) return this.heaviest(this.inLanguage(here));
    if (main.size) return undefined;
    // 3. No country in sight: the language, when exactly one candidate writes it.
    const inLang = outlets.filter((o) => o.languages.includes(this.lang));
    return inLang.length === 1 ? inLang[0] : undefined;
  }

  /**
   * The fuller mention a short one follows, as printed: "Ministério da Saúde do Irã" for a later
   * "Ministério da Saúde". It says who the body is, country and all, where the registry has no entry for it.
   */
  fullerName(name: string, at: At): string | undefined {
    const c = this.registry.candidates(name);
    const q = c && countryBound(c) ? this.qualifier(name, at) : undefined;
    return q && q.text.length > name.length ? q.text : undefined;
  }

  private inLanguage(outlets: Outlet[]): Outlet[] {
    const same = outlets.filter((o) => o.languages.includes(this.lang));
    return same.length ? same : outlets;
  }

  /** One candidate alone, or the one whose country weighs at least twice any other's. */
  private heaviest(outlets: Outlet[]): Outlet | undefined {
    if (outlets.length === 1) return outlets[0];
    const ranked = outlets.map((o) => ({ o, w: this.weight.get(o.country) ?? 0 })).sort((a, b) => b.w - a.w);
    return ranked[0]!.w >= 2 * ranked[1]!.w ? ranked[0]!.o : undefined;
  }
}
