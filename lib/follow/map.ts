/**
 * `--map ORIGIN=BASE`: fetch the URLs of ORIGIN from BASE instead (an offline mirror, an archive, a test
 * server), while every report keeps the original addresses.
 */
import { httpUrl } from '../url';

export interface UrlMap {
  map: (url: string) => string;
  unmap: (url: string) => string;
}

const trim = (u: string) => u.replace(/\/+$/, '');

/** Parses `ORIGIN=BASE` pairs; throws a plain message on a malformed one (a usage error). */
export function parseMaps(pairs: string[]): UrlMap {
  const rules = pairs.map((p) => {
    const at = p.indexOf('=');
    const origin = at > 0 ? httpUrl(p.slice(0, at)) : undefined;
    const base = at > 0 ? httpUrl(p.slice(at + 1)) : undefined;
    if (!origin || !base) throw new Error(`--map takes ORIGIN=BASE with two http(s) addresses, not ${p}`);
    return { origin: trim(origin), base: trim(base) };
  });
  // Longest first, so a more specific rule wins.
  const byOrigin = [...rules].sort((a, b) => b.origin.length - a.origin.length);
  const byBase = [...rules].sort((a, b) => b.base.length - a.base.length);
  const swap = (url: string, from: string, to: string) =>
    url === from || url.startsWith(`${from}/`) || url.startsWith(`${from}?`) ? to + url.slice(from.length) : undefined;
  return {
    map: (url) => byOrigin.reduce<string | undefined>((hit, r) => hit ?? swap(url, r.origin, r.base), undefined) ?? url,
    unmap: (url) => byBase.reduce<string | undefined>((hit, r) => hit ?? swap(url, r.base, r.origin), undefined) ?? url,
  };
}
