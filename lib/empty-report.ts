/** The report of a page with nothing traced (not an article): who it is, and empty lists. */
import { readMeta, type PageMeta } from './meta';
// The report's name from its own module: the content script's first stage builds this report without zod.
import type { Report } from './report';
import { REPORT_SCHEMA } from './report-id';
import { hostOf, httpUrl } from './url';

export function emptyReport(url: string, meta: PageMeta, lang: string, ms: number, isArticle: boolean): Report {
  return {
    schema: REPORT_SCHEMA,
    url,
    lang,
    title: meta.title,
    isArticle,
    page: pageInfo(url, meta),
    sources: [],
    photoCredits: [],
    basedOn: [],
    chain: { nodes: [{ id: 'page', type: 'page', label: meta.title || url, lang, ...(httpUrl(url) ? { url } : {}) }], edges: [] },
    flags: [],
    stats: { blocks: 0, chars: 0, ms },
  };
}

function pageInfo(url: string, meta: PageMeta): Report['page'] {
  return {
    url,
    canonical: meta.canonical,
    site: meta.site,
    domain: hostOf(url),
    description: meta.description,
    published: meta.published,
    authors: meta.authors,
    publisher: meta.publisher,
    image: meta.image,
    declaredLang: meta.declaredLang,
  };
}

/** The report of a page that is not an article: who it is, and nothing traced. Cheap: metadata only. */
export function notAnArticle(doc: Document, url: string): Report {
  const meta = readMeta(doc, url);
  return emptyReport(url, meta, meta.declaredLang?.slice(0, 2) ?? 'und', 0, false);
}
