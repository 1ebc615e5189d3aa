/**
 * The outlet registry: names and domains → entries. Built on first use from the data files
 * (lib/outlets/data/*.ts, registered in data/index.ts). A name may belong to several entries (papers called
 * "The Star", ministries named without their country): the registry gives the candidates, the story
 * picks among them (lib/outlets/story.ts).
 */
import { foldWords, LEADING_ARTICLES } from '../fold';
import { kindOf, type KnownName, type NameIndex } from '../detect/org';
import { hostMatches } from '../url';
import { DATA } from './data/index';
import type { Outlet, OutletInput } from './schema';

// Acronyms of up to three capitals (AP, AA, WHO, EFE) match only in capitals: "Who said…" is no agency.
const SHORT_ACRONYM = /^[\p{Lu}\p{N}&]{2,3}$/u;

/**
 * The keys an alias is found by: its folded words as printed ("the hill", "la times") and without a leading
 * article ("moscow times") — except when the article leaves a single word, which is an ordinary word or a
 * surname far more often than the outlet ("The Hill" is not "Hill said…").
 */
/** "OPEC+", "Canal+": a plus glued to a name is a word of it, which folding would drop ("OPEC+" is not OPEC). */
const spellPlus = (name: string): string => name.replace(/(?<=[\p{L}\p{N}])\+(?![\p{L}\p{N}])/gu, ' plus');

/** Marks that make letters of their own (Vietnamese â ê ô, ă, ơ ư) rather than accents. */
const OTHER_MARKS = /(?![\u0302\u0306\u031b])\p{M}/gu;

/**
 * A name's words with the letters that marks make kept (Vietnamese â, ă, ơ, ư, đ) and accents dropped:
 * "Hải quân" (the navy) and "Hải quan" (customs) fold to one key but are spelled apart, while "La Nación"
 * and "La Nacion" are one spelling.
 */
export function letterSpelling(name: string): string {
  return spellPlus(name)
    .normalize('NFKD')
    .replace(OTHER_MARKS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** A name's spellings: as printed, and without a leading article. */
function spellingsOf(name: string): string[] {
  const s = letterSpelling(name);
  const words = s.split(' ');
  return words.length > 1 && LEADING_ARTICLES.has(foldWords(words[0]!, false)) ? [s, words.slice(1).join(' ')] : [s];
}

export function keysOf(name: string): string[] {
  const alias = spellPlus(name);
  const trimmed = alias.trim();
  if (SHORT_ACRONYM.test(trimmed)) return [`=${trimmed}`];
  const full = foldWords(alias, false);
  const bare = foldWords(alias, true);
  if (bare === full || bare.includes(' ')) return [...new Set([full, bare])].filter(Boolean);
  return [full];
}

/** One entry's claim on a name key. */
interface Claim {
  outlet: Outlet;
  /** Other bodies go by this name too: it says who only with the story's help. */
  shared: boolean;
  /** A name that is also an ordinary word: it matches only printed exactly so (one of these spellings). */
  printed?: Set<string>;
  /** The entry's names under this key as spelled (letterSpelling): tells apart names that fold alike. */
  spellings: Set<string>;
}

/** One capitalized word of six letters or more: the glued form a site's name takes ("Tuoitre", "Laodong"). */
const GLUED = /^\p{Lu}[\p{Ll}\p{N}]{5,}$/u;

/** The press, whose sites go by their domain's name; a body's glued name is a surname as often ("Whitehouse"). */
const PRESS_KINDS: ReadonlySet<string> = new Set(['wire', 'newspaper', 'broadcaster', 'magazine', 'online', 'aggregator']);

/**
 * The glued forms an outlet goes by: a name of two words or more whose words, run together, are also the first
 * label of one of its domains ("Tuổi Trẻ" and tuoitre.vn → "tuoitre"). Both must agree, so no ordinary word
 * that is merely a domain ("time", "people") becomes a name.
 */
function gluedNames(o: Outlet): string[] {
  if (!PRESS_KINDS.has(o.kind)) return [];
  const labels = new Set(o.domains.map((d) => d.replace(/^www\d?\./, '').split('.')[0]!));
  const out = new Set<string>();
  for (const n of [o.name, ...o.aliases]) {
    const words = foldWords(n, false).split(' ');
    const g = words.join('');
    if (words.length >= 2 && labels.has(g)) out.add(g);
  }
  return [...out];
}

/** A printed name without the marks around it, in NFKC (full-width ＡＰ is AP). */
const trimName = (name: string) => name.normalize('NFKC').trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** What a printed name may stand for: the entries, whether the name alone says which, whether it is word-like. */
export interface Candidates {
  outlets: Outlet[];
  /** The name is shared: several entries claim it, or one marks it as a name others go by too. */
  shared: boolean;
  /** Every claim came through a name that is also an ordinary word. */
  word: boolean;
  /** The key the name was found by. */
  key: string;
}

export class Registry implements NameIndex {
  readonly outlets: Outlet[];
  private readonly byName = new Map<string, Claim[]>();
  private readonly byDomain = new Map<string, Outlet>();
  /** Names of several words as a site prints them glued, one word that is also its domain's ("Tuoitre"). */
  private readonly byGlued = new Map<string, Outlet | null>();
  readonly byId = new Map<string, Outlet>();

  constructor(outlets: Outlet[]) {
    this.outlets = outlets;
    for (const o of outlets) {
      this.byId.set(o.id, o);
      const shared = new Set(o.shared.map((n) => foldWords(n, false)));
      const words = new Set(o.words);
      for (const n of [o.name, ...o.aliases]) {
        const printed = words.has(n) ? new Set([trimName(n)]) : undefined;
        const spellings = spellingsOf(n);
        for (const key of keysOf(n)) this.claim(key, { outlet: o, shared: shared.has(foldWords(n, false)), printed, spellings: new Set(spellings) });
      }
      for (const d of o.domains) if (!this.byDomain.has(d)) this.byDomain.set(d, o);
      for (const g of gluedNames(o)) this.byGlued.set(g, this.byGlued.has(g) && this.byGlued.get(g) !== o ? null : o);
    }
  }

  private claim(key: string, c: Claim) {
    const claims = this.byName.get(key) ?? [];
    // One entry claims a key once; an ordinary spelling of it wins over a word-like one ("Antara News" → antara).
    const mine = claims.find((x) => x.outlet.id === c.outlet.id);
    if (!mine) claims.push(c);
    else {
      mine.shared ||= c.shared;
      for (const s of c.spellings) mine.spellings.add(s);
      if (!c.printed || !mine.printed) mine.printed = undefined;
      else for (const p of c.printed) mine.printed.add(p);
    }
    this.byName.set(key, claims);
  }

  private readonly memo = new Map<string, Candidates | null>();

  /** Every entry a printed name may stand for (any case, marks, "the", possessive; or a web address). */
  candidates(name: string): Candidates | undefined {
    const hit = this.memo.get(name);
    if (hit !== undefined) return hit ?? undefined;
    // Readers ask for the same few names again and again; a bounded memo keeps folding off the hot path.
    if (this.memo.size > 20_000) this.memo.clear();
    const found = this.resolveName(name);
    this.memo.set(name, found ?? null);
    return found;
  }

  /** The entry a printed name stands for when the name alone says who: one entry, not shared. */
  lookup(name: string): Outlet | undefined {
    const c = this.candidates(name);
    return c && !c.shared ? c.outlets[0] : undefined;
  }

  private resolveName(printed: string): Candidates | undefined {
    const name = spellPlus(printed);
    const trimmed = trimName(name);
    const keys = SHORT_ACRONYM.test(trimmed) ? [`=${trimmed}`] : [];
    keys.push(foldWords(name, false), foldWords(name, true));
    for (const key of keys) {
      let claims = key ? this.byName.get(key)?.filter((c) => !c.printed || c.printed.has(trimmed)) : undefined;
      if (!claims?.length) continue;
      // Entries whose names fold alike but are spelled apart: the spelling printed says which ("Hải quân").
      if (claims.length > 1) {
        const spelled = spellingsOf(name);
        const own = claims.filter((c) => spelled.some((s) => c.spellings.has(s)));
        if (own.length) claims = own;
      }
      const shared = claims.length > 1 || claims.some((c) => c.shared);
      return { outlets: claims.map((c) => c.outlet), shared, word: claims.every((c) => !!c.printed), key };
    }
    // "Theo Tuoitre", "Theo Laodong": a name of several words glued into its site's one-word name. Only where no
    // entry claims the word (a word-like name stays the registry's to match as printed).
    const glued = GLUED.test(trimmed) && !keys.some((k) => this.byName.has(k)) ? this.byGlued.get(foldWords(trimmed, false)) : undefined;
    if (glued) return { outlets: [glued], shared: false, word: false, key: glued.id };
    if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(name.trim())) {
      const o = this.byHost(name.trim().toLowerCase());
      if (o) return { outlets: [o], shared: false, word: false, key: o.id };
    }
    return undefined;
  }

  /** The entry whose domains hold `host` (subdomains included): the most specific domain wins. */
  byHost(host: string): Outlet | undefined {
    const h = host.toLowerCase().replace(/^www\d?\./, '');
    const labels = h.split('.');
    for (let i = 0; i < labels.length - 1; i++) {
      const hit = this.byDomain.get(labels.slice(i).join('.'));
      if (hit && hostMatches(h, labels.slice(i).join('.'))) return hit;
    }
    return undefined;
  }

  /**
   * What the detector may know of a name: the entry, or for a shared name its candidates under a key of its
   * own (`?the star`) until the story picks one; the kind is the candidates' when they agree.
   */
  find(name: string): KnownName | undefined {
    const c = this.candidates(name);
    if (!c) return undefined;
    const first = c.outlets[0]!;
    const word = c.word ? { word: true } : {};
    if (!c.shared) return { id: first.id, name: first.name, kind: first.kind, ...word };
    // Candidates of one sort (all outlets, all state bodies) keep the sort: "The Star" is a paper whichever.
    const sorts = new Set(c.outlets.map((o) => kindOf(o)));
    return { id: `?${c.key}`, name: trimName(name), kind: sorts.size === 1 ? first.kind : 'organization', candidates: c.outlets.map((o) => o.id), ...word };
  }
}

let registry: Registry | undefined;

/** An entry with its defaults filled (test/outlets/registry.test.ts validates every entry with the schema). */
const withDefaults = (o: OutletInput): Outlet => ({
  ...o,
  aliases: o.aliases ?? [],
  domains: o.domains ?? [],
  languages: o.languages ?? [],
  shared: o.shared ?? [],
  words: o.words ?? [],
});

/** The registry of every data file, built on first use. */
export function outletRegistry(): Registry {
  registry ??= new Registry(DATA.flat().map(withDefaults));
  return registry;
}
