/**
 * Turning automatic badges on and off, per site or on every site, with the host access each needs: asked for
 * at the moment it is turned on (optional permissions, inside the user's click), given back the moment no
 * setting needs it any more. The browser's permissions API is passed in, so the rules run in unit tests.
 */
import { autoPatterns, originsFor, type Settings } from './settings';

/** The part of `browser.permissions` this needs. */
export interface HostAccess {
  request: (p: { origins: string[] }) => Promise<boolean>;
  remove: (p: { origins: string[] }) => Promise<boolean>;
  contains: (p: { origins: string[] }) => Promise<boolean>;
}

/** One site (its host, maybe with a port) or every site. */
export type AutoScope = { site: string } | 'all';

const originsOf = (scope: AutoScope) => originsFor(scope === 'all' ? 'all' : scope.site);

/** The settings with automatic badges on or off for `scope`, nothing else changed. */
export function withAuto(s: Settings, scope: AutoScope, on: boolean): Settings {
  if (scope === 'all') return { ...s, autoAll: on };
  const others = s.autoSites.filter((h) => h !== scope.site);
  return { ...s, autoSites: on ? [...others, scope.site] : others };
}

/** The host patterns `before` needed that `after` no longer does (every site's access covers each site's). */
export function released(before: Settings, after: Settings): string[] {
  const still = new Set(autoPatterns(after));
  return autoPatterns(before).filter((p) => !still.has(p));
}

/**
 * Turns automatic badges on for `scope`. Call it inside the click: the access is asked for first, before
 * anything else is awaited (browsers grant optional access only during a user gesture). Refused: nothing
 * changes and it returns undefined.
 */
export async function turnOn(access: HostAccess, scope: AutoScope, load: () => Promise<Settings>, save: (s: Settings) => Promise<void>): Promise<Settings | undefined> {
  const asked = access.request({ origins: originsOf(scope) }).catch(() => false);
  if (!(await asked)) return undefined;
  const next = withAuto(await load(), scope, true);
  await save(next);
  return next;
}

/**
 * Turns automatic badges off for `scope` only, and gives back the access no setting needs any more. Giving
 * back every site's access takes each site's with it (Chromium removes every pattern the wildcard covers): the
 * sites still chosen are asked for again in the same click, so turning every site off leaves them on.
 */
export async function turnOff(access: HostAccess, scope: AutoScope, load: () => Promise<Settings>, save: (s: Settings) => Promise<void>): Promise<Settings> {
  const before = await load();
  const next = withAuto(before, scope, false);
  await save(next);
  const give = released(before, next);
  if (!give.length) return next;
  // A test build holds localhost as required access, which can't be given back: that is not an error here.
  await access.remove({ origins: give }).catch(() => false);
  const keep = autoPatterns(next);
  if (keep.length && !(await access.contains({ origins: keep }).catch(() => true))) await access.request({ origins: keep }).catch(() => false);
  return next;
}

/**
 * Whether automatic badges run on `host` now, and by which choice: this site, or every site. Either way
 * only with the site's access granted (every site's access covers it; the user may have narrowed it).
 */
export async function autoOn(access: HostAccess, s: Settings, host: string): Promise<{ site: boolean; all: boolean }> {
  const granted = await access.contains({ origins: originsOf({ site: host }) }).catch(() => false);
  return { site: granted && s.autoSites.includes(host), all: granted && s.autoAll };
}
