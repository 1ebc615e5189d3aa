/**
 * The one entry: trace(document, url) → Report. The same code runs in the page (content script), in the
 * CLI and in the tests.
 */
import { buildChain } from './chain';
import { collect, evidenceOf, type Collected } from './collect';
import { detect, type DetectOptions } from './detect';
import type { Finding } from './detect/finding';
import { offSite } from './detect/origins';
import { flagsFor } from './flags';
import { foldName, squash } from './fold';
import { emptyReport } from './empty-report';
import { storyNames } from './follow/facts';
import type { PageMeta } from './meta';
import { readPage, type PageData, type PageBlock, type ReadPage } from './page';
import { readWithFrames, type FrameOpener } from './frames';
import { settle, storyOf } from './identity';
import { outletRegistry, type Registry } from './outlets/index';
import type { Outlet } from './outlets/schema';
import type { Story } from './outlets/story';
import { TLD_LANGUAGES } from './outlets/tld-languages';
import { type BasedOn, type PhotoCredit, type Report, type Source } from './report';
import { isOwn, linksFor, outletRef, publisherOf, type Publisher } from './resolve';
import { searchTerms } from './search-terms';
import { hostMatches, hostOf, httpUrl } from './url';

export interface TraceOptions {
  registry?: Registry;
  /** Read the page even when it looks too short to be an article (the user asked for it). */
  force?: boolean;
  /** Sees the page as read, before it is analysed (`npm run eval` measures coverage there). */
  onRead?: (read: ReadPage) => void;
  /** Opens the frames read as part of the page (lib/frames.ts); none are read without it. */
  frames?: FrameOpener;
  /** For fitting the scored layer (scripts/fit-scorer.ts): another model, and its candidates. */
  detect?: DetectOptions;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

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
    // A page's own address ("Publikacja dostępna na stronie: …") is no origin.
    if (!u || key(u) === key(pageUrl) || !offSite(u, pageUrl)) return;
    const same = out.find((b) => key(b.url) === key(u));
    if (same) return void same.mentions.push(mention);
    const outlet = registry.byHost(hostOf(u) ?? '');
    out.push({ url: u, evidence: mention.evidence, mentions: [mention], lang: urlLang(registry, u), ...(outlet ? { outlet: outletRef(outlet) } : {}) });
  };
  for (const f of findings) add(f.name, evidenceOf(f));
  for (const u of meta.declaredOrigins) add(u, { evidence: u, block: 0, cue: 'meta.is-based-on', cueText: 'isBasedOn', how: 'page-data' });
  return out;
}

/** An article that credits no one but names the page it copies: that page's outlet is its source. */
function originAsSource(registry: Registry, basedOn: BasedOn[]): Collected[] {
  return basedOn.map((b) => {
    const host = hostOf(b.url) ?? b.url;
    const outlet = registry.byHost(host);
    return { key: outlet?.id ?? host, name: outlet?.name ?? host, kind: 'outlet' as const, knownId: outlet?.id, mentions: [b.mentions[0]!], printed: [] };
  });
}

interface SourceInputs {
  registry: Registry;
  story: Story;
  publisher: Publisher;
  blocks: PageBlock[];
  base: string;
  /** The story's search words for a site in a language. */
  terms: (lang: string) => string[];
  /** The page's language. */
  lang: string;
  textUrls: string[];
}

/** Enough of the entries a shared name may stand for to show that it is shared. */
const MAX_CANDIDATES = 6;

function toSources(collected: Collected[], inputs: SourceInputs): Source[] {
  const articleLinks = inputs.blocks
    .flatMap((b) => b.links.map((l) => ({ href: httpUrl(l.href, inputs.base) ?? '', text: l.text, block: b.index })))
    .filter((l) => l.href);
  const out: Source[] = [];
  for (const c of collected) {
    const outlet: Outlet | undefined = c.knownId ? inputs.registry.byId.get(c.knownId) : inputs.story.resolve(c.name, c.mentions[0]);
    const shared = outlet ? undefined : inputs.registry.candidates(c.name);
    if (isOwn(inputs.publisher, c, outlet)) continue;
    // The source's own name, linked in the sentence that credits it, points at the original.
    const blocks = new Set(c.mentions.map((m) => m.block));
    const direct = c.url ?? articleLinks.find((l) => blocks.has(l.block) && squash(l.text).toLowerCase() === squash(c.name).toLowerCase())?.href;
    // The name the page prints, when the registry's is another (another language, another order of words).
    const printed = outlet && c.printed.length && foldName(c.name) !== foldName(outlet.name) ? c.name : undefined;
    out.push({
      name: outlet?.name ?? c.name,
      ...(printed ? { printed } : {}),
      evidence: c.mentions[0]!.evidence,
      kind: c.kind,
      mentions: c.mentions,
      ...(direct ? { url: direct } : {}),
      ...(outlet ? { outlet: outletRef(outlet) } : {}),
      resolved: !!outlet,
      ...(shared?.shared ? { candidates: shared.outlets.slice(0, MAX_CANDIDATES).map(outletRef) } : {}),
      links: linksFor(c.name, outlet, direct, { articleLinks, textUrls: inputs.textUrls, terms: inputs.terms, lang: inputs.lang }),
    });
  }
  return out;
}

// The parts of a photo credit that may name its outlet: "Ines Varga/The Herald", "Tom Reyes for The Herald".
const CREDIT_PARTS = /\s*[/|,]\s*|\s+(?:for|via|untuk|cho)\s+/u;

/** Taken by the page's own staff or outlet: a part of the credit is the publisher's name. */
function ownCredit(registry: Registry, publisher: Publisher, credit: string): boolean {
  return credit.split(CREDIT_PARTS).some((part) => {
    const name = part.trim();
    if (name.length < 2) return false;
    return isOwn(publisher, { key: foldName(name), name, kind: 'unknown', mentions: [], printed: [] }, registry.lookup(name));
  });
}

// A credit that is only an address: "Ledger.example", "www.harian.example".
const BARE_ADDRESS = /^(?:www\.)?([\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4})$/u;

/**
 * The page's own site named by its bare address under a picture ("© Ledger.example") is the site's notice,
 * not a credit; another site's address ("Foto: Imago/Blaulicht-News.de", "Sumber foto: Lokal.example")
 * still is one.
 */
function ownAddress(publisher: Publisher, credit: string): boolean {
  const address = BARE_ADDRESS.exec(credit.trim())?.[1]?.toLowerCase();
  const host = publisher.host?.replace(/^www\./, '');
  // The site or one of its sections: "Kompas.com" on regional.kompas.com, "news.ledger.example" on ledger.example.
  return !!address && !!host && (hostMatches(host, address) || hostMatches(address, host));
}

function toPhotoCredits(collected: Collected[], blocks: PageBlock[], registry: Registry, publisher: Publisher): PhotoCredit[] {
  return collected.filter((c) => !ownAddress(publisher, c.name)).flatMap((c) => {
    const src = blocks.find((b) => b.index === c.mentions[0]!.block)?.image;
    const own = ownCredit(registry, publisher, c.name);
    // "Источник: УНН", "Quelle: BILD 15.05.2023" in a caption-like box naming the page's own publisher: a source
    // label there says where the text comes from, not who took a picture (a photo label would: "Foto: Seznam Zprávy").
    if (own && c.mentions.every((m) => m.cue.endsWith('.source-line'))) return [];
    return [{ credit: c.name, evidence: c.mentions[0]!.evidence, mentions: c.mentions, ...(src ? { image: src } : {}), ...(own ? { own } : {}) }];
  });
}

/**
 * Analyses a page read into data (lib/page.ts): no DOM needed, so the extension runs it in the background.
 * Workflow:
 * 1. findings: every credit with its cue and evidence (lib/detect.ts);
 * 2. origins (basedOn) and the page's own publisher;
 * 3. sources resolved in the registry in their story (lib/identity.ts), merged, the publisher's own name
 *    dropped, links built;
 * 4. photo credits, the chain and the flags.
 */
export function analyzePage(page: PageData, opts: TraceOptions = {}): Report {
  const report = analyzeRead(page, opts);
  // What the read knows it missed travels to the popup, article or not.
  return page.unread?.length ? { ...report, unread: page.unread } : report;
}

function analyzeRead(page: PageData, opts: TraceOptions): Report {
  const t0 = now();
  const registry = opts.registry ?? outletRegistry();
  const { meta, pageUrl, base, blocks } = page;
  const declared = meta.declaredLang ?? page.lang ?? undefined;
  if (!page.readerable) return emptyReport(pageUrl, meta, declared?.slice(0, 2) ?? 'und', now() - t0, false);
  const det = detect(page, declared, registry, page.byline, opts.detect);
  const byRole = (role: Finding['role']) => det.findings.filter((f) => f.role === role);

  const basedOn = basedOnList(registry, byRole('basedOn'), meta, pageUrl);
  const publisher = publisherOf(registry, pageUrl, [meta.site, meta.publisher, page.siteName, ...(meta.titleSite ?? [])]);
  const story = storyOf(registry, page, det.lang, publisher);
  const collected = collect(settle(byRole('source'), story, registry));
  // The story's key names and month, for searches for its originals (credits and the publisher are not the
  // story); read once, when a source first needs a search. Only its names: following reads the rest.
  let facts: ReturnType<typeof storyNames> | undefined;
  const factsOf = () => (facts ??= storyNames({ page, lang: det.lang, published: meta.published, exclude: [...collected.map((c) => c.name), ...publisher.names] }));
  const inputs: SourceInputs = { registry, story, publisher, blocks, base, terms: (lang) => searchTerms(factsOf(), lang), lang: det.lang, textUrls: basedOn.map((b) => b.url) };
  let sources = toSources(collected, inputs);
  if (sources.length === 0 && basedOn.length) sources = toSources(originAsSource(registry, basedOn), inputs);

  return {
    ...emptyReport(pageUrl, meta, det.lang, 0, true),
    sources,
    photoCredits: toPhotoCredits(collect(byRole('photo')), blocks, registry, publisher),
    basedOn,
    chain: buildChain({ url: pageUrl, title: meta.title, lang: det.lang }, basedOn, sources),
    flags: flagsFor({ blocks, lang: det.lang, isArticle: true, sources, basedOn }),
    stats: {
      blocks: blocks.length,
      chars: blocks.reduce((n, b) => n + b.text.length, 0),
      ms: Math.round((now() - t0) * 10) / 10,
    },
  };
}

/** Traces a page into its report: read it (stage 1), then analyse it. */
export function trace(doc: Document, url: string, opts: TraceOptions = {}): Report {
  const t0 = now();
  const read = opts.frames ? readWithFrames(doc, url, { force: opts.force }, opts.frames) : readPage(doc, url, { force: opts.force });
  opts.onRead?.(read);
  const report = analyzePage(read.page, opts);
  return { ...report, stats: { ...report.stats, ms: Math.round((now() - t0) * 10) / 10 } };
}
