/**
 * What to follow from a traced page: the pages it says it is based on, and the direct links to its sources'
 * originals (a link in the crediting sentence, a link into the source's own site, an address in the text).
 * Searches and homepages are never followed: they are links for the user. Compared by canonical address.
 */
import type { Report } from '../report';
import { httpUrl } from '../url';

export interface Target {
  url: string;
  via: 'based-on' | 'source-link';
  credit?: string;
}

/** At most this many links are followed from one page. */
export const MAX_TARGETS = 8;

const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$/i;

/** The address compared for "visited": no scheme, no `www.`, no fragment, no tracking parameters, no trailing slash. */
export function canonicalKey(url: string): string {
  const u = httpUrl(url);
  if (!u) return url;
  const parsed = new URL(u);
  const params = [...parsed.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const host = parsed.host.toLowerCase().replace(/^www\d?\./, '');
  return `${host}${parsed.pathname.replace(/\/+$/, '')}${query}`;
}

export function targetsOf(report: Report): Target[] {
  const out: Target[] = [];
  const seen = new Set<string>([canonicalKey(report.url)]);
  const add = (url: string | undefined, via: Target['via'], credit?: string) => {
    const u = httpUrl(url);
    if (!u || seen.has(canonicalKey(u)) || out.length >= MAX_TARGETS) return;
    seen.add(canonicalKey(u));
    out.push({ url: u, via, ...(credit ? { credit } : {}) });
  };
  for (const b of report.basedOn) add(b.url, 'based-on', b.outlet?.name);
  for (const s of report.sources) {
    add(s.url, 'source-link', s.name);
    for (const l of s.links) if (l.kind === 'article' || l.kind === 'text-url') add(l.url, 'source-link', s.name);
  }
  return out;
}
