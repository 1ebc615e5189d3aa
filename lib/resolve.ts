/**
 * Stage 3b: who each source is (the registry entry), who the page's own publisher is (never its own
 * source), and the ways to reach the original, strongest first: a link in the article into the source's
 * domains, a URL in the text, a search on its site for this story, its homepage. Nothing is fetched.
 */
import type { Collected } from './collect';
import { foldName } from './fold';
import type { Registry } from './outlets/index';
import type { Outlet } from './outlets/schema';
import type { Link, LinkKind, OutletRef } from './report';
import { searchLang } from './search-terms';
import { archiveUrl, hostMatches, hostOf, httpUrl } from './url';

export interface Publisher {
  outlet?: Outlet;
  /** Folded names the page goes by: site name, publisher, its domain's name. */
  names: string[];
  host?: string;
}

// Second-level suffixes under a country's code: "co.uk", "com.br", "org.pl".
const SECOND_LEVEL = /^(?:com?|org|net|gov|gob|ac|edu)$/;

/** The label a host's owner registered ("wp" of wiadomosci.wp.pl, "bbc" of www.bbc.co.uk), when not a generic word. */
function siteLabel(host: string): string | undefined {
  const labels = host.toLowerCase().split('.');
  if (labels.length < 2) return undefined;
  const second = labels[labels.length - 2]!;
  const label = SECOND_LEVEL.test(second) && labels.length >= 3 && labels[labels.length - 1]!.length === 2 ? labels[labels.length - 3]! : second;
  return label.length >= 2 && !/^(?:com|net|org|news|www|blog|blogs|online|web|info)$/.test(label) ? label : undefined;
}

/** The page's own publisher, from its address and metadata. */
export function publisherOf(registry: Registry, url: string, names: (string | undefined)[]): Publisher {
  const host = hostOf(url);
  const outlet = host ? registry.byHost(host) : undefined;
  const folded = new Set<string>();
  for (const n of [...names, outlet?.name, ...(outlet?.aliases ?? [])]) if (n) folded.add(foldName(n));
  if (host) {
    folded.add(foldName(host));
    const label = host.split('.').slice(-3).find((l) => l.length > 3 && !/^(?:com|net|org|news|www)$/.test(l));
    if (label) folded.add(label);
    // The site's own name is the label before its suffix, short ones too: "WP" on wiadomosci.wp.pl, "RT" on rt.com.
    const site = siteLabel(host);
    if (site) folded.add(site);
  }
  folded.delete('');
  return { outlet, names: [...folded], host };
}

/**
 * The site's address label glued to its name, as sites in unspaced scripts sign themselves: "1905电影网" on
 * 1905.com titled "…_电影网_1905.com", the label "1905" then the name "电影网". Both parts must be the page's.
 */
function labelGlued(publisher: Publisher, name: string): boolean {
  const label = /^[a-z0-9]{2,}(?=[^\sa-z0-9])/.exec(name)?.[0];
  return !!label && publisher.names.includes(label) && publisher.names.includes(name.slice(label.length).trim());
}

// A case ending on a name in a language that declines it ("корреспондент «ОстроВа»" on ОстроВ's own site): Cyrillic
// only, where a name's endings are the grammar's, not another title's letters.
const CASE_ENDING = /^[а-яё]{1,2}$/u;

/** The page's own name in another case: its one-word name (4 letters or more) and an ending. */
const declined = (name: string, own: string) => own.length >= 4 && !own.includes(' ') && name.startsWith(own) && CASE_ENDING.test(name.slice(own.length));

/** True when a source is the page's own publisher (its staff, its own dateline, its sister brand name). */
export function isOwn(publisher: Publisher, source: Collected, outlet: Outlet | undefined): boolean {
  if (outlet && publisher.outlet && outlet.id === publisher.outlet.id) return true;
  if (outlet && publisher.host && outlet.domains.some((d) => hostMatches(publisher.host!, d))) return true;
  const name = foldName(source.name);
  if (publisher.names.some((p) => p === name || declined(name, p) || (p.length >= 4 && name.replace(/ /g, '') === p.replace(/ /g, '')))) return true;
  if (labelGlued(publisher, name)) return true;
  // A paper names itself by the last word of its name: "told The Times" in the Los Angeles Times, "the Post"
  // in The Washington Post (one word, its article dropped). Such a short name is the page's own paper,
  // whatever other "Times" there is.
  return !name.includes(' ') && name.length >= 3 && publisher.names.some((p) => p.includes(' ') && p.endsWith(` ${name}`));
}

export function outletRef(o: Outlet): OutletRef {
  return { id: o.id, name: o.name, aliases: o.aliases, domains: o.domains, kind: o.kind, country: o.country, languages: o.languages, ownership: o.ownership };
}

const link = (kind: LinkKind, url: string): Link => ({ kind, url, archive: archiveUrl(url) });

export interface LinkInputs {
  /** http(s) links found in the article's body. */
  articleLinks: { href: string; text: string }[];
  /** URLs the text names as origins. */
  textUrls: string[];
  /** The story's search words for a site in a language (lib/search-terms.ts). */
  terms: (lang: string) => string[];
  /** The page's language. */
  lang: string;
}

/** The ways to reach a source's original, strongest first. */
export function linksFor(name: string, outlet: Outlet | undefined, directUrl: string | undefined, inputs: LinkInputs): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  const add = (kind: LinkKind, url: string | undefined) => {
    const u = httpUrl(url);
    if (u && !seen.has(u)) {
      seen.add(u);
      links.push(link(kind, u));
    }
  };
  const inDomains = (u: string) => {
    const h = hostOf(u);
    return !!h && !!outlet && outlet.domains.some((d) => hostMatches(h, d));
  };
  add('article', directUrl);
  for (const l of inputs.articleLinks) if (inDomains(l.href)) add('article', l.href);
  for (const u of inputs.textUrls) if (inDomains(u)) add('text-url', u);
  // A site is searched in its language; a body with no site known gets a web search, never "its site".
  const query = inputs.terms(searchLang(outlet, inputs.lang)).join(' ');
  if (outlet?.search && query) add('search', outlet.search.replace('{q}', encodeURIComponent(query)));
  else if (outlet?.domains[0] && query) add('search', `https://duckduckgo.com/?q=${encodeURIComponent(`site:${outlet.domains[0]} ${query}`)}`);
  // The body's name alone still finds it (and its site) when the story has no key names to add.
  else if (!outlet) add('web-search', `https://duckduckgo.com/?q=${encodeURIComponent(`"${name}" ${query}`.trim())}`);
  if (outlet?.domains[0]) add('homepage', `https://${outlet.domains[0]}/`);
  return links;
}
