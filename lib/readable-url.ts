/**
 * Addresses as people read them, for the text of a link (its href stays the address): the host without
 * `www.`, the path decoded ("%C3%A9" is "é"), no query nor fragment, and a long path shortened between its
 * words with "…". A search link names the site it searches (`site:` in a web search's query).
 */

const MAX = 48;

/** `host/path` of an http(s) address, decoded and at most about `max` characters; the input when it is none. */
export function readableUrl(url: string, max = MAX): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const host = u.hostname.replace(/^www\d?\./, '');
  let path = u.pathname.replace(/\/+$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as it is.
  }
  const full = `${host}${path}`;
  if (full.length <= max) return full;
  // Cut between the path's words (a slash, a dash, an underscore, a dot), never inside one.
  const room = Math.max(0, max - host.length - 1);
  const cut = path.slice(0, room + 1);
  const at = Math.max(cut.lastIndexOf('/'), cut.lastIndexOf('-'), cut.lastIndexOf('_'), cut.lastIndexOf('.'));
  return `${host}${at > 0 ? path.slice(0, at) : ''}…`;
}

/** The host of an address without `www.`; undefined when it is none. */
export function hostName(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** The site a search link searches: the `site:` of a web search's query, else the host it opens. */
export function searchedSite(url: string): string | undefined {
  try {
    const u = new URL(url);
    const site = /(?:^|\s)site:(\S+)/.exec(u.searchParams.get('q') ?? '')?.[1];
    return site ?? hostName(url);
  } catch {
    return undefined;
  }
}
