/**
 * Automatic badges' controls do what they say, per site and on every site, with a fake of the browser's
 * permissions: access asked for when turned on (first, inside the click), given back when no longer needed.
 */
import { describe, expect, it } from 'vitest';
import { autoOn, released, turnOff, turnOn, withAuto, type HostAccess } from '../lib/auto-access';
import { Settings } from '../lib/settings';

/** A permissions API over a set of granted patterns; `grant` answers requests. */
function fakeAccess(granted: string[], grant = true) {
  const held = new Set(granted);
  const calls: string[] = [];
  const access: HostAccess = {
    request: async ({ origins }) => {
      calls.push(`request ${origins.join(' ')}`);
      if (grant) origins.forEach((o) => held.add(o));
      return grant;
    },
    // As Chromium does: giving back a wildcard takes every pattern it covers.
    remove: async ({ origins }) => {
      calls.push(`remove ${origins.join(' ')}`);
      for (const o of origins) for (const h of [...held]) if (h === o || o.replace('*', '') === h.replace(/\/\/[^/]+/, '//')) held.delete(h);
      return true;
    },
    contains: async ({ origins }) => origins.every((o) => held.has(o)),
  };
  return { access, held, calls };
}

function store(initial: Partial<Settings>) {
  let s = Settings.parse(initial);
  return { load: async () => s, save: async (next: Settings) => void (s = next), get: () => s };
}

const SITE = (h: string) => [`http://${h}/*`, `https://${h}/*`];
const ALL = ['http://*/*', 'https://*/*'];

describe('withAuto and released', () => {
  it.each([
    ['one site off leaves the others', { autoSites: ['a.example', 'b.example'] }, { site: 'a.example' }, { autoSites: ['b.example'], autoAll: false }, SITE('a.example')],
    ['every site off leaves the chosen sites', { autoAll: true, autoSites: ['a.example'] }, 'all', { autoSites: ['a.example'], autoAll: false }, ALL],
    ['a site off while every site is on gives back nothing (every site still needs it)', { autoAll: true, autoSites: ['a.example'] }, { site: 'a.example' }, { autoSites: [], autoAll: true }, []],
    ['a port is not part of the pattern', { autoSites: ['localhost:8080'] }, { site: 'localhost:8080' }, { autoSites: [], autoAll: false }, SITE('localhost')],
  ] as const)('%s', (_, before, scope, after, give) => {
    const s = Settings.parse(before);
    const next = withAuto(s, scope as never, false);
    expect(next).toMatchObject(after);
    expect(released(s, next)).toEqual(give);
  });
});

describe('turnOn', () => {
  it('asks for the site\'s access before anything else, then saves the site', async () => {
    const { access, calls } = fakeAccess([]);
    const settings = store({ autoSites: ['b.example'] });
    let asked = false;
    const load = async () => {
      asked = calls.length > 0;
      return settings.load();
    };
    await turnOn(access, { site: 'a.example' }, load, settings.save);
    expect(asked).toBe(true);
    expect(calls).toEqual([`request ${SITE('a.example').join(' ')}`]);
    expect(settings.get().autoSites).toEqual(['b.example', 'a.example']);
  });

  it('changes nothing when the access is refused', async () => {
    const { access } = fakeAccess([], false);
    const settings = store({});
    await expect(turnOn(access, 'all', settings.load, settings.save)).resolves.toBeUndefined();
    expect(settings.get()).toMatchObject({ autoAll: false, autoSites: [] });
  });
});

describe('turnOff', () => {
  it('turns off one site only and gives back that site\'s access', async () => {
    const { access, held, calls } = fakeAccess([...SITE('a.example'), ...SITE('b.example')]);
    const settings = store({ autoSites: ['a.example', 'b.example'] });
    await turnOff(access, { site: 'a.example' }, settings.load, settings.save);
    expect(settings.get()).toMatchObject({ autoAll: false, autoSites: ['b.example'] });
    expect(calls).toEqual([`remove ${SITE('a.example').join(' ')}`]);
    expect([...held]).toEqual(SITE('b.example'));
  });

  it('turns off every site, gives back the every-site access, and asks again for the sites still chosen', async () => {
    const { access, held, calls } = fakeAccess([...ALL, ...SITE('a.example')]);
    const settings = store({ autoAll: true, autoSites: ['a.example'] });
    await turnOff(access, 'all', settings.load, settings.save);
    expect(settings.get()).toMatchObject({ autoAll: false, autoSites: ['a.example'] });
    expect(calls).toEqual([`remove ${ALL.join(' ')}`, `request ${SITE('a.example').join(' ')}`]);
    expect([...held]).toEqual(SITE('a.example'));
  });

  it('turns off every site with no site chosen: every access given back, nothing asked', async () => {
    const { access, held, calls } = fakeAccess([...ALL, ...SITE('a.example')]);
    const settings = store({ autoAll: true });
    await turnOff(access, 'all', settings.load, settings.save);
    expect(calls).toEqual([`remove ${ALL.join(' ')}`]);
    expect([...held]).toEqual([]);
  });

  it('survives access the browser won\'t give back (a build\'s required hosts)', async () => {
    const { access } = fakeAccess(SITE('localhost'));
    access.remove = async () => Promise.reject(new Error('You cannot remove required permissions.'));
    const settings = store({ autoSites: ['localhost:3000'] });
    await expect(turnOff(access, { site: 'localhost:3000' }, settings.load, settings.save)).resolves.toMatchObject({ autoSites: [] });
  });
});

describe('autoOn', () => {
  it.each([
    ['chosen and granted', { autoSites: ['a.example'] }, SITE('a.example'), { site: true, all: false }],
    ['chosen but its access was withdrawn', { autoSites: ['a.example'] }, [], { site: false, all: false }],
    ['every site, granted', { autoAll: true }, [...ALL, ...SITE('a.example')], { site: false, all: true }],
    ['every site, but the user narrowed its access to other sites', { autoAll: true }, SITE('b.example'), { site: false, all: false }],
    ['not chosen, though granted (for following a chain)', {}, SITE('a.example'), { site: false, all: false }],
  ])('%s', async (_, s, granted, expected) => {
    await expect(autoOn(fakeAccess(granted).access, Settings.parse(s), 'a.example')).resolves.toEqual(expected);
  });
});
