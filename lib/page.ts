/**
 * Stage 1, the only part that needs a DOM: the page read into plain data (metadata and the article's
 * readable blocks), which the rest of the pipeline analyses. In the extension the content script reads
 * the page and the background analyses it, so the outlet registry never loads into web pages; the data
 * crosses that boundary through this schema.
 */
import { readArticle, type Article, type ReadOptions } from './article';
import { captionPieces, creditParts, isCreditElement } from './captions';
import { readMeta } from './meta';
import { metaIndex } from './meta-index';
import type { PageBlock, PageData } from './page-data';
import { httpUrl } from './url';

export type { PageBlock, PageData } from './page-data';
export type { ReadOptions } from './article';

const MAX_BLOCKS = 5000;
const MAX_TEXT = 200_000;

/** The image of a caption's figure, as an http(s) address. */
function imageOf(figure: Element | undefined, base: string): string | undefined {
  const img = figure?.querySelector('img');
  return httpUrl(img?.getAttribute('src') ?? img?.getAttribute('data-src'), base);
}

export interface ReadPage {
  page: PageData;
  /** The DOM article behind it: `elements[block.index]` is the element a block came from. */
  article: Article;
}

/**
 * Reads a document into page data. `url` is where it was read (a file:// URL for a saved page);
 * `opts.force` reads a page too short to look like an article as one (when the user asks).
 */
export function readPage(doc: Document, url: string, opts: ReadOptions = {}): ReadPage {
  const metas = metaIndex(doc);
  const meta = readMeta(doc, url, metas);
  const pageUrl = /^https?:/i.test(url) ? url : (meta.canonical ?? meta.ogUrl ?? url);
  const base = httpUrl(metas.base?.getAttribute('href'), pageUrl) ?? pageUrl;
  const article = readArticle(doc, meta.articleMarked, meta.articleBody, opts);
  const blocks: PageBlock[] = [];
  // Text the read knows it leaves out: the page past the walk's bound, blocks past MAX_BLOCKS, a block's
  // text past its bound.
  let cut = !!article.cut;
  for (const b of article.blocks) {
    if (b.kind === 'furniture') continue;
    if (blocks.length >= MAX_BLOCKS) {
      cut = true;
      break;
    }
    if (b.text.length > MAX_TEXT) cut = true;
    const caption = b.kind === 'caption';
    const image = caption ? imageOf(b.figure, base) : undefined;
    blocks.push({
      index: b.index,
      text: b.text.slice(0, MAX_TEXT),
      kind: b.kind,
      links: b.links.slice(0, 300).map((l) => ({ href: l.href.slice(0, 4096), text: l.text.slice(0, 1000) })),
      creditParts: caption ? creditParts(b.el).slice(0, 20) : [],
      pieces: caption ? captionPieces(b.el) : [],
      creditElement: caption && isCreditElement(b.el),
      ...(image ? { image } : {}),
    });
  }
  // The declared body text served its purpose here; it doesn't travel.
  const { articleBody: _declared, ...metaData } = meta;
  const page: PageData = {
    url,
    pageUrl,
    base,
    meta: { ...metaData, authors: meta.authors.slice(0, 20), declaredOrigins: meta.declaredOrigins.slice(0, 20) },
    readerable: article.readerable,
    byline: article.byline?.slice(0, 1000),
    siteName: article.siteName?.slice(0, 500),
    lang: article.lang?.slice(0, 40),
    blocks,
    ...(cut ? { unread: [{ reason: 'cut' as const }] } : {}),
  };
  return { page, article };
}
