/**
 * What a link says: where it goes, in words ("Original article on tass.com", "Search mil.ru for this story,
 * through duckduckgo.com"), never a raw, encoded or cut address; and, for screen readers, whose link it is
 * (a list of links read out of context still names the source).
 */
import { isolateBidi } from './bidi';
import { hostName, readableUrl, searchedSite } from './readable-url';
import type { Link } from './report';
import type { Words as T } from './words';

export interface LinkWords {
  /** What the link shows. */
  text: string;
  /** Its accessible name: the text, then the source's name. */
  label: string;
}

/** The words of a link to a source's original (or a way to find it). */
export function sourceLinkWords(l: Pick<Link, 'kind' | 'url'>, name: string, t: T): LinkWords {
  const host = hostName(l.url) ?? readableUrl(l.url);
  const site = searchedSite(l.url) ?? host;
  const who = isolateBidi(name);
  const text =
    l.kind === 'article'
      ? t('link_article', host)
      : l.kind === 'text-url'
        ? t('link_text_url', readableUrl(l.url))
        : l.kind === 'search'
          ? site === host
            ? t('link_search', site)
            : t('link_search_via', [site, host])
          : l.kind === 'web-search'
            ? t('link_web_search', [who, host])
            : t('link_homepage', host);
  return { text, label: t('linkFor', [text, who]) };
}

/** A search page has no archived copies worth opening; an article, an address or a home page has. */
export const archived = (l: Pick<Link, 'kind'>) => l.kind !== 'search' && l.kind !== 'web-search';
