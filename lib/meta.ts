/**
 * Page metadata: what the page says about itself in <head> and JSON-LD (title, language, canonical address,
 * site, publisher, authors, dates), read from the original document without changing it.
 */
import { squash } from './fold';
import { metaIndex, type MetaIndex } from './meta-index';
import { titleSite } from './title-site';
import { httpUrl, hostOf } from './url';

export interface PageMeta {
  title: string;
  declaredLang?: string;
  canonical?: string;
  ogUrl?: string;
  site?: string;
  description?: string;
  published?: string;
  authors: string[];
  publisher?: string;
  image?: string;
  /** `og:type` article or a JSON-LD article type. */
  articleMarked: boolean;
  /** URLs the page declares as its origin in metadata (JSON-LD isBasedOn, original-source). */
  declaredOrigins: string[];
  /** The article's text as its JSON-LD declares it (articleBody), when it does. */
  articleBody?: string;
  /** The site's names the document's <title> closes on ("Headline_中国网"): lib/title-site.ts. */
  titleSite?: string[];
}

const ARTICLE_TYPES = /^(?:News|Report|Opinion|Analysis|Background|Review|Satirical|Blog|Scholarly|Tech)?Article$|^(?:BlogPosting|LiveBlogPosting)$/;

/** The content of the first meta element of the first key whose content isn't blank. */
function metaContent(index: MetaIndex, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = index.first.get(key)?.getAttribute('content');
    if (value && squash(value)) return squash(value);
  }
  return undefined;
}

/** Every JSON-LD object on the page, flattened through @graph and arrays; broken JSON is skipped. */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  return ldObjects(metaIndex(doc).jsonLd);
}

function ldObjects(scripts: Element[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 4 || out.length > 200 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Record<string, unknown>;
    out.push(obj);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  for (const script of scripts.slice(0, 20)) {
    const text = script.textContent ?? '';
    if (text.length > 500_000) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  return out;
}

function types(obj: Record<string, unknown>): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as { name?: unknown }).name : undefined))
    .filter((v): v is string => typeof v === 'string' && squash(v).length > 0)
    .map(squash);
}

function urls(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as { url?: unknown; '@id'?: unknown }).url ?? (v as { '@id'?: unknown })['@id'] : undefined))
    .filter((v): v is string => typeof v === 'string');
}

/** Reads the page's metadata. `url` resolves relative addresses; `metas` is the document's index, when made already. */
export function readMeta(doc: Document, url: string, metas: MetaIndex = metaIndex(doc)): PageMeta {
  const base = httpUrl(metas.base?.getAttribute('href'), url) ?? url;
  const ld = ldObjects(metas.jsonLd);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  const str = (v: unknown) => (typeof v === 'string' && squash(v) ? squash(v) : undefined);
  const publisherLd = article ? names(article.publisher)[0] : undefined;

  const title =
    metaContent(metas, 'og:title', 'twitter:title') ??
    str(article?.headline) ??
    squash(metas.title?.textContent ?? '') ??
    '';

  const authors = [
    ...(article ? names(article.author) : []),
    ...metas.metas
      .filter((m) => m.getAttribute('name') === 'author' || m.getAttribute('property') === 'article:author')
      .map((m) => squash(m.getAttribute('content') ?? ''))
      .filter((a) => a && !/^https?:/i.test(a)),
  ];

  const declaredOrigins = [
    ...(article ? urls(article.isBasedOn) : []),
    ...metas.origins.map((el) => el.getAttribute('href') ?? el.getAttribute('content') ?? ''),
  ]
    .map((u) => httpUrl(u, base))
    .filter((u): u is string => !!u);

  const lang = doc.documentElement?.getAttribute('lang') ?? metaContent(metas, 'og:locale', 'language', 'content-language');
  return {
    title: title || squash(doc.querySelector('h1')?.textContent ?? ''),
    declaredLang: lang ? lang.trim().replace('_', '-').toLowerCase() || undefined : undefined,
    canonical: httpUrl(metas.canonical?.getAttribute('href'), base),
    ogUrl: httpUrl(metaContent(metas, 'og:url'), base),
    site: metaContent(metas, 'og:site_name', 'application-name') ?? publisherLd,
    description: metaContent(metas, 'og:description', 'description'),
    published:
      metaContent(metas, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date') ??
      str(article?.datePublished) ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
    authors: [...new Set(authors)].slice(0, 10),
    publisher: publisherLd ?? metaContent(metas, 'og:site_name'),
    image: httpUrl(metaContent(metas, 'og:image'), base),
    articleMarked: /article/i.test(metaContent(metas, 'og:type') ?? '') || !!article,
    declaredOrigins: [...new Set(declaredOrigins)].filter((u) => hostOf(u) !== hostOf(url)),
    articleBody: typeof article?.articleBody === 'string' ? article.articleBody.slice(0, 500_000) : undefined,
    titleSite: titleSite(metas.title?.textContent),
  };
}
