/**
 * Following the chain: from a traced page, fetch the pages it is based on and its sources' originals, trace
 * each with the same core, check it tells the same story, and go on from there, level by level.
 * Workflow:
 * 1. the targets of every page of the current level (targets.ts), skipping any address already visited;
 * 2. each fetched carefully (fetch.ts) through the limiter (4 at once, 1 per site), or taken from the cache;
 * 3. each page found traced (trace-page.ts), matched against the page that led to it (match.ts), flagged;
 * 4. the found pages become the next level, until the depth asked for (default 2, at most 4);
 * 5. searches for the sources nothing links to (searches.ts).
 * Hops keep the order they were discovered in, whatever order the fetches finish in.
 */
import { outletRegistry, type Registry } from '../outlets/index';
import type { PageData } from '../page-data';
import type { Hop, SourceSearch } from '../report';
import { hostOf } from '../url';
import { fetchPage, type FetchContext, type Fetched } from './fetch';
import { hopFlags } from './hop-flags';
import { limiter } from './limiter';
import { matchStory } from './match';
import { searchesFor } from './searches';
import { canonicalKey, targetsOf, type Target } from './targets';
import { tracePageData, type Traced } from './trace-page';

export const DEFAULT_DEPTH = 2;
export const MAX_DEPTH = 4;

/** What a fetch came to, kept per URL (the extension keeps it for the browser session). */
export interface Visit {
  fetched: Omit<Fetched, 'html'>;
  traced?: Traced;
}

export interface VisitCache {
  get(key: string): Promise<Visit | undefined> | Visit | undefined;
  set(key: string, visit: Visit): Promise<void> | void;
}

/**
 * Reads a fetched page's HTML into page data: linkedom in Node (read-html.ts), the reader page in the
 * extension (the background carries no HTML parser). A throw makes the hop `not-html`.
 */
export type HtmlReader = (html: string, url: string) => PageData | Promise<PageData>;

export interface FollowOptions extends FetchContext {
  read: HtmlReader;
  depth?: number;
  registry?: Registry;
  cache?: VisitCache;
  /** Called with the hops so far each time one is done (the popup shows them as they come). */
  onHop?: (hops: Hop[]) => void;
}

export interface FollowResult {
  hops: Hop[];
  searches: SourceSearch[];
}

// Worth trying again later: access may be granted, a site may come back.
const TRANSIENT = new Set(['refused', 'timeout', 'unreachable']);

export function clampDepth(depth: number | undefined): number {
  if (depth === undefined || !Number.isFinite(depth)) return DEFAULT_DEPTH;
  return Math.min(MAX_DEPTH, Math.max(1, Math.trunc(depth)));
}

async function visit(url: string, opts: FollowOptions, registry: Registry): Promise<Visit> {
  const key = canonicalKey(url);
  const cached = await opts.cache?.get(key);
  if (cached) return cached;
  const { html, ...fetched } = await fetchPage(url, opts);
  let result: Visit = { fetched };
  if (fetched.status === 'found' && html !== undefined) {
    try {
      result = { fetched, traced: tracePageData(await opts.read(html, fetched.url), registry) };
    } catch (e) {
      result = { fetched: { status: 'not-html', url: fetched.url, message: `the page could not be read: ${(e as Error).message}` } };
    }
  }
  if (!TRANSIENT.has(result.fetched.status)) await opts.cache?.set(key, result);
  return result;
}

function publisherOf(registry: Registry, traced: Traced, url: string): string | undefined {
  const host = hostOf(url);
  return (host && registry.byHost(host)?.name) || traced.report.page.publisher || traced.report.page.site || host;
}

function toHop(target: Target, parent: { traced: Traced; url: string }, depth: number, v: Visit, registry: Registry): Hop {
  const base: Hop = {
    url: target.url,
    ...(v.fetched.url !== target.url ? { finalUrl: v.fetched.url } : {}),
    from: parent.url,
    depth,
    via: target.via,
    ...(target.credit ? { credit: target.credit } : {}),
    status: v.fetched.status,
    ...(v.fetched.message ? { message: v.fetched.message } : {}),
    sources: [],
    flags: [],
  };
  if (!v.traced) return base;
  const r = v.traced.report;
  const match = matchStory(parent.traced.story, v.traced.story);
  const publisher = publisherOf(registry, v.traced, v.fetched.url);
  return {
    ...base,
    lang: r.lang,
    title: r.title,
    ...(publisher ? { publisher } : {}),
    ...(r.page.published ? { publishedTime: r.page.published } : {}),
    ...(match ? { match } : {}),
    sources: r.sources,
    flags: hopFlags(parent.traced.story, v.traced.story, match),
  };
}

/** Follows the chain from a traced page; never throws for a page it cannot reach (that is a hop's status). */
export async function follow(root: Traced, opts: FollowOptions): Promise<FollowResult> {
  const registry = opts.registry ?? outletRegistry();
  const depth = clampDepth(opts.depth);
  const run = limiter(4, 1);
  const visited = new Set([root.report.url, root.report.page.canonical].filter((u): u is string => !!u).map(canonicalKey));
  const hops: Hop[] = [];
  const pages: { page: Traced; url: string }[] = [{ page: root, url: root.report.url }];
  let level: { traced: Traced; url: string }[] = [{ traced: root, url: root.report.url }];

  for (let d = 1; d <= depth && level.length; d++) {
    const jobs: { target: Target; parent: (typeof level)[number]; slot: number }[] = [];
    for (const parent of level) {
      for (const target of targetsOf(parent.traced.report)) {
        const key = canonicalKey(target.url);
        if (visited.has(key)) continue;
        visited.add(key);
        jobs.push({ target, parent, slot: hops.length });
        hops.push({ url: target.url, from: parent.url, depth: d, via: target.via, status: 'unreachable', message: 'not fetched yet', sources: [], flags: [] });
      }
    }
    const next: ((typeof level)[number] & { slot: number })[] = [];
    await Promise.all(
      jobs.map(async ({ target, parent, slot }) => {
        const v = await run(hostOf(target.url) ?? target.url, () => visit(target.url, opts, registry));
        hops[slot] = toHop(target, parent, d, v, registry);
        opts.onHop?.(hops.slice());
        if (!v.traced) return;
        // The page may have moved or name another address for itself: neither is followed again.
        for (const u of [v.fetched.url, v.traced.report.page.canonical]) if (u) visited.add(canonicalKey(u));
        next.push({ traced: v.traced, url: v.fetched.url, slot });
      }),
    );
    // Completion order is the network's; the next level goes in discovery order.
    next.sort((a, b) => a.slot - b.slot);
    for (const n of next) pages.push({ page: n.traced, url: n.url });
    level = next;
  }
  return { hops, searches: searchesFor(registry, pages, hops) };
}
