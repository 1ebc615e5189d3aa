/**
 * Searches for the originals of sources no page links to (or whose linked page does not tell the story):
 * the outlet's own site search where the registry knows it, else a web search within its site, with the
 * story's key names, taken from a page in the outlet's language when the chain has one.
 * These are links for the user; nothing here is fetched.
 */
import type { Registry } from '../outlets/index';
import type { Hop, SourceSearch } from '../report';
import { nameIn, searchLang } from '../search-terms';
import { httpUrl } from '../url';
import type { Traced } from './trace-page';

const TERMS = 3;

/** Names that several pages of the chain share travel across languages best; else the page's own names. */
function termsFor(languages: string[], pages: Traced[]): string[] {
  const inLang = pages.find((p) => languages.includes(p.story.lang));
  const names = (p: Traced) => p.story.facts.filter((f) => f.kind === 'name');
  if (inLang) return names(inLang).slice(0, TERMS).map((f) => f.text);
  const [root, ...rest] = pages;
  const shared = names(root!).filter((f) => rest.some((p) => p.story.words.includes(f.key)));
  // The page's own names, as a site in another language prints them ("Tiongkok" is "China" on an English one).
  const to = searchLang({ languages }, root!.story.lang);
  const travel = (shared.length ? shared : names(root!)).map((f) => nameIn(f.text, root!.story.lang, to));
  return [...new Set(travel.filter((n): n is string => !!n))].slice(0, TERMS);
}

export function searchesFor(registry: Registry, pages: { page: Traced; url: string }[], hops: Hop[]): SourceSearch[] {
  const out: SourceSearch[] = [];
  // A source whose original was found and tells the story needs no search.
  const told = hops.filter((h) => h.status === 'found' && h.credit && !h.flags.some((f) => f.code === 'source-not-found'));
  const done = new Set(told.map((h) => h.credit!));
  for (const { page, url } of pages) {
    for (const s of page.report.sources) {
      if (done.has(s.name) || s.links.some((l) => l.kind === 'article' || l.kind === 'text-url')) continue;
      const outlet = s.outlet ? registry.byId.get(s.outlet.id) : undefined;
      if (!outlet?.domains[0]) continue;
      const terms = termsFor(outlet.languages, pages.map((p) => p.page));
      const q = encodeURIComponent(terms.join(' '));
      // The outlet's own search knows its archive best; a web search limited to its site otherwise.
      const search = httpUrl(outlet.search ? outlet.search.replace('{q}', q) : `https://duckduckgo.com/?q=${encodeURIComponent(`site:${outlet.domains[0]} `)}${q}`);
      if (!terms.length || !search) continue;
      done.add(s.name);
      out.push({ source: s.name, from: url, url: search, terms });
    }
  }
  return out;
}
