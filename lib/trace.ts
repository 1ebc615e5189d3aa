/**
 * The one entry: trace(document, url) → Report. The same code runs in the page (content script), in the
 * CLI and in the tests.
 */
import { readArticle, type Article } from './article';
import { buildChain } from './chain';
import { collect, type Collected } from './collect';
import { detect } from './detect';
import type { Finding } from './detect/finding';
import { flagsFor } from './flags';
import { squash } from './fold';
import { keyTerms, monthOf } from './keyterms';
import { readMeta, type PageMeta } from './meta';
import { outletRegistry, type Registry } from './outlets/index';
import type { Outlet } from './outlets/schema';
import { TLD_LANGUAGES } from './outlets/tld-languages';
import { REPORT_SCHEMA, type BasedOn, type PhotoCredit, type Report, type Source } from './report';
import { isOwn, linksFor, outletRef, publisherOf, type Publisher } from './resolve';
import { hostOf, httpUrl } from './url';

export interface TraceOptions {
  registry?: Registry;
}

export interface Traced {
  report: Report;
  /** The blocks the report's `block` indices point into (the content script badges their elements). */
  article: Article;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function emptyReport(url: string, meta: PageMeta, lang: string, ms: number, isArticle: boolean): Report {
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

/** The language a URL suggests: its outlet's first language, else its country domain's. */
function urlLang(registry: Registry, url: string): string | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  const outlet = registry.byHost(host);
  if (outlet?.languages[0]) return outlet.languages[0];
  return TLD_LANGUAGES[host.split('.').pop() ?? ''];
}

function basedOnList(registry: Registry, findings: Finding[], meta: PageMeta, pageUrl: string): BasedOn[] {
  const out: BasedOn[] = [];
  const key = (u: string) => u.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[?#].*$/, '').replace(/\/$/, '');
  const add = (url: string | undefined, mention: BasedOn['mentions'][number]) => {
    const u = httpUrl(url);
    if (!u || key(u) === key(pageUrl)) return;
    const same = out.find((b) => key(b.url) === key(u));
    if (same) return void same.mentions.push(mention);
    const outlet = registry.byHost(hostOf(u) ?? '');
    out.push({ url: u, evidence: mention.evidence, mentions: [mention], lang: urlLang(registry, u), ...(outlet ? { outlet: outletRef(outlet) } : {}) });
  };
  for (const f of findings) add(f.name, { evidence: f.evidence, block: f.block, cue: f.cue, cueText: f.cueText });
  for (const u of meta.declaredOrigins) add(u, { evidence: u, block: 0, cue: 'meta.is-based-on', cueText: 'isBasedOn' });
  return out;
}

/** An article that credits no one but names the page it copies: that page's outlet is its source. */
function originAsSource(registry: Registry, basedOn: BasedOn[]): Collected[] {
  return basedOn.map((b) => {
    const host = hostOf(b.url) ?? b.url;
    const outlet = registry.byHost(host);
    return { key: outlet?.id ?? host, name: outlet?.name ?? host, kind: 'outlet' as const, knownId: outlet?.id, mentions: [b.mentions[0]!] };
  });
}

interface SourceInputs {
  registry: Registry;
  publisher: Publisher;
  article: Article;
  base: string;
  terms: string[];
  textUrls: string[];
}

function toSources(collected: Collected[], inputs: SourceInputs): Source[] {
  const articleLinks = inputs.article.blocks
    .filter((b) => b.kind !== 'furniture')
    .flatMap((b) => b.links.map((l) => ({ href: httpUrl(l.href, inputs.base) ?? '', text: l.text, block: b.index })))
    .filter((l) => l.href);
  const out: Source[] = [];
  for (const c of collected) {
    const outlet: Outlet | undefined = c.knownId ? inputs.registry.byId.get(c.knownId) : inputs.registry.lookup(c.name);
    if (isOwn(inputs.publisher, c, outlet)) continue;
    // The source's own name, linked in the sentence that credits it, points at the original.
    const blocks = new Set(c.mentions.map((m) => m.block));
    const direct = c.url ?? articleLinks.find((l) => blocks.has(l.block) && squash(l.text).toLowerCase() === squash(c.name).toLowerCase())?.href;
    out.push({
      name: outlet?.name ?? c.name,
      evidence: c.mentions[0]!.evidence,
      kind: c.kind,
      mentions: c.mentions,
      ...(direct ? { url: direct } : {}),
      ...(outlet ? { outlet: outletRef(outlet) } : {}),
      resolved: !!outlet,
      links: linksFor(c.name, outlet, direct, { articleLinks, textUrls: inputs.textUrls, terms: inputs.terms }),
    });
  }
  return out;
}

function toPhotoCredits(collected: Collected[], article: Article, base: string): PhotoCredit[] {
  return collected.map((c) => {
    const figure = article.blocks[c.mentions[0]!.block]?.figure;
    const img = figure?.querySelector('img');
    const src = httpUrl(img?.getAttribute('src') ?? img?.getAttribute('data-src'), base);
    return { credit: c.name, evidence: c.mentions[0]!.evidence, mentions: c.mentions, ...(src ? { image: src } : {}) };
  });
}

/**
 * Traces a page. Workflow:
 * 1. metadata (title, language, canonical, publisher);
 * 2. the article: blocks, and which are body, captions, end credits (lib/article.ts);
 * 3. findings: every credit with its cue and evidence (lib/detect.ts);
 * 4. sources merged, resolved in the registry, the publisher's own name dropped, links built;
 * 5. photo credits, origins (basedOn), the chain and the flags.
 */
export function analyze(doc: Document, url: string, opts: TraceOptions = {}): Traced {
  const t0 = now();
  const registry = opts.registry ?? outletRegistry();
  const meta = readMeta(doc, url);
  const pageUrl = /^https?:/i.test(url) ? url : (meta.canonical ?? meta.ogUrl ?? url);
  const base = httpUrl(doc.querySelector('base[href]')?.getAttribute('href'), pageUrl) ?? pageUrl;
  const article = readArticle(doc, meta.articleMarked);
  const declared = meta.declaredLang ?? article.lang ?? undefined;
  if (!article.readerable) {
    return { report: emptyReport(pageUrl, meta, declared?.slice(0, 2) ?? 'und', now() - t0, false), article };
  }
  const det = detect(article, declared, registry, article.byline);
  const byRole = (role: Finding['role']) => det.findings.filter((f) => f.role === role);

  const basedOn = basedOnList(registry, byRole('basedOn'), meta, pageUrl);
  const publisher = publisherOf(registry, pageUrl, [meta.site, meta.publisher, article.siteName]);
  let collected = collect(byRole('source'));
  const terms = keyTerms(meta.title, article.blocks, collected.map((c) => c.name));
  const month = monthOf(meta.published);
  const inputs: SourceInputs = { registry, publisher, article, base, terms: month ? [...terms, month] : terms, textUrls: basedOn.map((b) => b.url) };
  let sources = toSources(collected, inputs);
  if (sources.length === 0 && basedOn.length) sources = toSources(originAsSource(registry, basedOn), inputs);

  const photoCredits = toPhotoCredits(collect(byRole('photo')), article, base);
  const report: Report = {
    ...emptyReport(pageUrl, meta, det.lang, 0, true),
    sources,
    photoCredits,
    basedOn,
    chain: buildChain({ url: pageUrl, title: meta.title, lang: det.lang }, basedOn, sources),
    flags: flagsFor({ blocks: article.blocks, lang: det.lang, isArticle: true, sources, basedOn }),
    stats: {
      blocks: article.blocks.length,
      chars: article.blocks.reduce((n, b) => n + (b.kind === 'furniture' ? 0 : b.text.length), 0),
      ms: Math.round((now() - t0) * 10) / 10,
    },
  };
  return { report, article };
}

/** The report of a page that is not an article: who it is, and nothing traced. Cheap: metadata only. */
export function notAnArticle(doc: Document, url: string): Report {
  const meta = readMeta(doc, url);
  return emptyReport(url, meta, meta.declaredLang?.slice(0, 2) ?? 'und', 0, false);
}

/** Traces a page into its report. */
export function trace(doc: Document, url: string, opts: TraceOptions = {}): Report {
  return analyze(doc, url, opts).report;
}
