/**
 * The user's settings, validated on every read (storage is another boundary). Automatic badges are off
 * until the user turns them on, for every site or a list of sites.
 */
import { z } from 'zod';

export const Settings = z.object({
  /** Run on every http(s) page. */
  autoAll: z.boolean().default(false),
  /** Hosts where badges appear automatically, e.g. `kompas.com`. */
  autoSites: z.array(z.string().regex(/^[a-z0-9.-]+(?::\d+)?$/)).default([]),
  /** Follow the chain of every page read, to the sites already granted (never asks; off until turned on). */
  autoFollow: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;

export const SETTINGS_KEY = 'sourcetrace:settings';

export function parseSettings(value: unknown): Settings {
  const parsed = Settings.safeParse(value ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

/** Match patterns for the hosts automatic badges cover. */
export function autoPatterns(s: Settings): string[] {
  if (s.autoAll) return ['http://*/*', 'https://*/*'];
  return s.autoSites.flatMap((host) => {
    const bare = host.replace(/:\d+$/, '');
    return [`http://${bare}/*`, `https://${bare}/*`];
  });
}

/** The host permission origins to ask for when turning automatic badges on for `host` (or all sites). */
export function originsFor(host: string | 'all'): string[] {
  return host === 'all' ? ['http://*/*', 'https://*/*'] : [`http://${host.replace(/:\d+$/, '')}/*`, `https://${host.replace(/:\d+$/, '')}/*`];
}
