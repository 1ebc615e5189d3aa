/** URL helpers: only http(s) ever leaves here, and nothing here throws on a bad address. */

/** Resolves `href` against `base` and returns it only when it is http(s). */
export function httpUrl(href: string | null | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  if (!trimmed || trimmed.length > 4096) return undefined;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (!url.hostname || /\s/.test(url.href)) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** The host without `www.`, lower case; undefined for anything that is not an http(s) URL. */
export function hostOf(href: string | undefined): string | undefined {
  const url = httpUrl(href);
  if (!url) return undefined;
  return new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}

/** The Web Archive's list of captures of a URL. */
export function archiveUrl(url: string): string {
  return `https://web.archive.org/web/*/${url}`;
}
