/**
 * The outlet registry: names and domains → entries. Built on first use from the data files
 * (lib/outlets/data/*.ts, registered in data/index.ts).
 */
import { foldWords } from '../fold';
import type { KnownName, NameIndex } from '../detect/org';
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
export function keysOf(alias: string): string[] {
  const trimmed = alias.trim();
  if (SHORT_ACRONYM.test(trimmed)) return [`=${trimmed}`];
  const full = foldWords(alias, false);
  const bare = foldWords(alias, true);
  if (bare === full || bare.includes(' ')) return [...new Set([full, bare])].filter(Boolean);
  return [full];
}

export class Registry implements NameIndex {
  readonly outlets: Outlet[];
  private readonly byName = new Map<string, Outlet>();
  private readonly byDomain = new Map<string, Outlet>();
  readonly byId = new Map<string, Outlet>();

  constructor(outlets: Outlet[]) {
    this.outlets = outlets;
    for (const o of outlets) {
      this.byId.set(o.id, o);
      for (const n of [o.name, ...o.aliases]) for (const key of keysOf(n)) if (!this.byName.has(key)) this.byName.set(key, o);
      for (const d of o.domains) if (!this.byDomain.has(d)) this.byDomain.set(d, o);
    }
  }

  private readonly memo = new Map<string, Outlet | null>();

  /** The entry a printed name stands for: any case, marks, "the", possessive; or a web address. */
  lookup(name: string): Outlet | undefined {
    const hit = this.memo.get(name);
    if (hit !== undefined) return hit ?? undefined;
    // Readers ask for the same few names again and again; a bounded memo keeps folding off the hot path.
    if (this.memo.size > 20_000) this.memo.clear();
    const found = this.resolveName(name);
    this.memo.set(name, found ?? null);
    return found;
  }

  private resolveName(name: string): Outlet | undefined {
    // NFKC first: full-width ＡＰ is AP.
    const trimmed = name.normalize('NFKC').trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (SHORT_ACRONYM.test(trimmed)) {
      const hit = this.byName.get(`=${trimmed}`);
      if (hit) return hit;
    }
    for (const key of [foldWords(name, false), foldWords(name, true)]) {
      const hit = key && this.byName.get(key);
      if (hit) return hit;
    }
    if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(name.trim())) return this.byHost(name.trim().toLowerCase());
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

  find(name: string): KnownName | undefined {
    const o = this.lookup(name);
    return o ? { id: o.id, name: o.name, kind: o.kind } : undefined;
  }
}

let registry: Registry | undefined;

/** An entry with its defaults filled (test/outlets/registry.test.ts validates every entry with the schema). */
const withDefaults = (o: OutletInput): Outlet => ({ ...o, aliases: o.aliases ?? [], domains: o.domains ?? [], languages: o.languages ?? [] });

/** The registry of every data file, built on first use. */
export function outletRegistry(): Registry {
  registry ??= new Registry(DATA.flat().map(withDefaults));
  return registry;
}
