/** The outlet registry: valid entries, unique ids, no alias or domain claimed twice, every file registered. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA } from '../../lib/outlets/data/index';
import { keysOf, outletRegistry } from '../../lib/outlets/index';
import { DOMAIN, Outlet } from '../../lib/outlets/schema';

const entries = DATA.flat();

describe('outlet registry', () => {
  it('registers every data file', () => {
    const files = readdirSync('lib/outlets/data').filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect(DATA.length).toBe(files.length);
  });

  it('every entry fits the schema', () => {
    const bad = entries.map((e) => [e.id, Outlet.safeParse(e)] as const).filter(([, r]) => !r.success);
    expect(bad.map(([id, r]) => `${id}: ${r.error?.issues[0]?.message}`)).toEqual([]);
  });

  it('ids are unique', () => {
    const seen = new Map<string, number>();
    for (const e of entries) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });

  it('no name or alias maps to two entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const n of new Set([e.name, ...(e.aliases ?? [])].flatMap(keysOf))) {
        const prev = owner.get(n);
        if (prev && prev !== e.id) clashes.push(`"${n}": ${prev} & ${e.id}`);
        owner.set(n, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every domain is well formed and claimed once', () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const e of entries) {
      for (const d of e.domains ?? []) {
        if (!DOMAIN.test(d) || d.startsWith('www.')) problems.push(`${e.id}: ${d}`);
        if (owner.has(d) && owner.get(d) !== e.id) problems.push(`${d}: ${owner.get(d)} & ${e.id}`);
        owner.set(d, e.id);
      }
    }
    expect(problems).toEqual([]);
  });

  it('resolves names in any case, with "the" and possessives, and hosts with subdomains', () => {
    const r = outletRegistry();
    expect(r.lookup('the moscow times')?.id).toBe('moscow-times');
    expect(r.lookup('BARRON’S')?.id).toBe('barrons');
    expect(r.lookup('ТАСС')?.id).toBe('tass');
    expect(r.byHost('www.tass.ru')?.id).toBe('tass');
    expect(r.byHost('en.mil.ru')?.id).toBe('ru-ministry-of-defence');
    expect(r.lookup('nguoiduatin.vn')?.id).toBe('nguoiduatin');
    expect(r.lookup('Some Unknown Gazette')).toBeUndefined();
  });
});
