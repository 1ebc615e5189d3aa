/** The outlet registry: valid entries, unique ids, no alias claimed twice unless marked shared, no domain claimed twice, every file registered. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA } from '../../lib/outlets/data/index';
import { keysOf, letterSpelling, outletRegistry, Registry } from '../../lib/outlets/index';
import { DOMAIN, Outlet } from '../../lib/outlets/schema';

const entries = DATA.flat();

describe('outlet registry', () => {
  it.each([
    ['OPEC+', 'opec-plus'],
    ['liên minh OPEC+', 'opec-plus'],
    ['OPEC', 'opec'],
  ])('a plus glued to a name is a word of it: %s → %s', (name, id) => {
    expect(outletRegistry().find(name)?.id).toBe(id);
  });

  it.each([
    // Bodies the press credits most, by class, as printed (the genitive after "według", "по данным").
    ['Komendy Głównej Policji', 'pl-police'],
    ['Ministerstwo Zdrowia', 'pl-health-ministry'],
    ['Głównego Urzędu Statystycznego', 'pl-gus'],
    ['Минтранса России', 'ru-transport-ministry'],
    ['ГК «Автодор»', 'ru-avtodor'],
    ['Правительства Москвы', 'ru-moscow-government'],
    ['Statistiska centralbyrån', 'se-scb'],
    ['Český statistický úřad', 'cz-czso'],
    ['NYPD', 'us-nypd'],
    ['Chicago Department of Aviation', 'us-chicago-aviation'],
    ['Công an tỉnh Quảng Ninh', 'vn-police-quang-ninh'],
    ['Công an TP Đà Nẵng', 'vn-police-da-nang'],
    ['TAND TP.HCM', 'vn-court-hcmc'],
    ['Polres Metro Jakarta Selatan', 'id-polres-jakarta-selatan'],
    ['PN Jakarta Pusat', 'id-pn-jakarta-pusat'],
    ['Harare Herald', 'herald-zw'],
  ])('a body of a class the press credits: %s → %s', (name, id) => {
    expect(outletRegistry().lookup(name)?.id).toBe(id);
  });

  it.each([['Banco Central'], ['Electoral Commission'], ['Press Council'], ['Assemblée nationale']])(
    'a name each country gives its own body says which only with the story: %s',
    (name) => {
      expect(outletRegistry().lookup(name)).toBeUndefined();
      expect(outletRegistry().candidates(name)?.outlets.length).toBeGreaterThan(0);
    },
  );

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

  it('a name two entries claim is marked shared by both (no accidental duplicates)', () => {
    const owners = new Map<string, Set<string>>();
    const unmarked = new Set<string>();
    for (const e of entries) {
      const shared = new Set((e.shared ?? []).map((n) => keysOf(n)).flat());
      // Names that fold alike but are spelled apart ("Hải quân", "Hải quan") are two names: the spelling says which.
      for (const name of [e.name, ...(e.aliases ?? [])]) {
        for (const key of keysOf(name)) {
          const n = `${key} (${letterSpelling(name)})`;
          owners.set(n, (owners.get(n) ?? new Set()).add(e.id));
          if (!shared.has(key)) unmarked.add(`${n}|${e.id}`);
        }
      }
    }
    const clashes = [...owners].filter(([, ids]) => ids.size > 1).flatMap(([n, ids]) => [...ids].filter((id) => unmarked.has(`${n}|${id}`)).map((id) => `"${n}": ${[...ids].join(' & ')} (not marked shared in ${id})`));
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

  it.each([
    ['Hải quân Việt Nam', 'vn-navy'],
    ['Hải quan Việt Nam', 'vn-customs'],
    ['La Nacion', undefined],
  ])('names that fold alike but are spelled apart are told apart by their letters: %s', (name, id) => {
    expect(outletRegistry().lookup(name)?.id).toBe(id);
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

  it('an outlet\'s name glued into its domain\'s one word is that outlet ("Theo Tuoitre"); not a body\'s, nor a short word', () => {
    const r = outletRegistry();
    expect(r.lookup('Tuoitre')?.id).toBe('tuoi-tre');
    expect(r.lookup('Laodong')?.id).toBe('lao-dong');
    expect(r.lookup('Doisongphapluat')?.id).toBe('doi-song-phap-luat');
    // Only glued names: the spaced name's own key, and no name and domain that disagree.
    expect(r.lookup('Tuoitrex')).toBeUndefined();
    const entry = (id: string, name: string, kind: string, domains: string[]) => Outlet.parse({ id, name, kind, country: 'US', domains });
    const own = new Registry([entry('white-house', 'White House', 'government', ['whitehouse.gov']), entry('morning-star', 'Morning Star', 'newspaper', ['morningstaronline.co.uk']), entry('daily-beast', 'Daily Beast', 'online', ['thedailybeast.com', 'dailybeast.com'])]);
    // "Whitehouse said" is a senator as often: a body's glued name is no name.
    expect(own.lookup('Whitehouse')).toBeUndefined();
    expect(own.lookup('Morningstar')).toBeUndefined();
    expect(own.lookup('Dailybeast')?.id).toBe('daily-beast');
  });

  it('a marked name must be one of the entry\'s names (shared in any case, word-like as printed)', () => {
    const base = { id: 'x-paper', name: 'The Star', aliases: ['Antara'], kind: 'newspaper', country: 'KE' } as const;
    expect(Outlet.safeParse({ ...base, shared: ['the star'], words: ['Antara'] }).success).toBe(true);
    expect(Outlet.safeParse({ ...base, shared: ['The Sun'] }).success).toBe(false);
    expect(Outlet.safeParse({ ...base, words: ['antara'] }).success).toBe(false);
  });

  it('a shared name gives its candidates and no entry alone; a word-like name matches only as printed', () => {
    const entry = (id: string, name: string, country: string, more: object = {}) => Outlet.parse({ id, name, kind: 'newspaper', country, ...more });
    const r = new Registry([
      entry('star-ke', 'The Star', 'KE', { shared: ['The Star'] }),
      entry('star-my', 'The Star', 'MY', { shared: ['The Star'] }),
      entry('nation-cr', 'La Nación', 'CR', { shared: ['La Nación'] }),
      entry('kan', 'Kan', 'IL', { aliases: ['כאן', 'KAN'], words: ['Kan'] }),
    ]);
    expect(r.lookup('The Star')).toBeUndefined();
    expect(r.candidates('the Star')?.outlets.map((o) => o.id)).toEqual(['star-ke', 'star-my']);
    expect(r.find('The Star')).toMatchObject({ id: '?the star', candidates: ['star-ke', 'star-my'], kind: 'newspaper' });
    // One entry alone, marked shared: other bodies not in the registry go by it.
    expect(r.lookup('La Nacion')).toBeUndefined();
    expect(r.candidates('La Nacion')?.outlets.map((o) => o.id)).toEqual(['nation-cr']);
    expect(r.find('Kan')).toMatchObject({ id: 'kan', word: true });
    expect(r.find('kan')).toBeUndefined();
    expect(r.find('KAN')).toMatchObject({ id: 'kan' });
    expect(r.find('KAN')?.word).toBeUndefined();
  });
});
