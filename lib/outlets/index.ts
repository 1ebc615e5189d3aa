/**
 * The outlet registry: names and domains → entries. Built on first use from the data files
 * (lib/outlets/data/*.ts, registered in data/index.ts).
 */
import { foldName } from '../fold';
import type { KnownName, NameIndex } from '../detect/org';
import { hostMatches } from '../url';
import { DATA } from './data/index';
import { Outlet } from './schema';

export class Registry implements NameIndex {
  readonly outlets: Outlet[];
  private readonly byName = new Map<string, Outlet>();
  private readonly byDomain = new Map<string, Outlet>();
  readonly byId = new Map<string, Outlet>();

  constructor(outlets: Outlet[]) {
    this.outlets = outlets;
    for (const o of outlets) {
      this.byId.set(o.id, o);
      for (const n of [o.name, ...o.aliases]) {
        const key = foldName(n);
        if (key && !this.byName.has(key)) this.byName.set(key, o);
      }
      for (const d of o.domains) if (!this.byDomain.has(d)) this.byDomain.set(d, o);
    }
  }

  /** The entry a printed name stands for: any case, marks, "the", possessive; or a web address. */
  lookup(name: string): Outlet | undefined {
    const key = foldName(name);
    if (!key) return undefined;
    const hit = this.byName.get(key);
    if (hit) return hit;
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

/** The registry of every data file, validated once. */
export function outletRegistry(): Registry {
  registry ??= new Registry(DATA.flat().map((o) => Outlet.parse(o)));
  return registry;
}
