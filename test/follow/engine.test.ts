/**
 * The follow engine on pages written for the test, served on 127.0.0.1: a page that tells a different story
 * scores low and is flagged, two pages that link to each other are each fetched once, addresses compare by
 * their canonical form, depth is bounded, sites are never hit twice at once, and results come from the cache.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalKey, clampDepth, follow, nodeFetcher, parseMaps, type Visit } from '../../lib/follow/index';
import { readHtml, traceHtml } from '../../lib/follow/read-html';
import { startSites, type Route, type Sites } from './sites';

const story = (title: string, body: string, links = '') =>
  `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-04T08:00:00Z"></head>
<body><article><h1>${title}</h1>${body}<p>${links}</p></article></body></html>`;

const HARBOUR = `<p>Dockworkers in Port Halvard walked out on March 3 after talks with the operator Norsk Quay collapsed, union leader Marta Lindqvist said.</p>
<p>Lindqvist said 1,200 workers joined the strike at Port Halvard and that Norsk Quay had offered a raise of 3 percent.</p>
<p>The strike in Port Halvard is the first since 2019, Lindqvist said, and Norsk Quay said talks would resume.</p>`;
const HARBOUR_TOLD = `<p>Union leader Marta Lindqvist said about 1.200 dockworkers stopped work at Port Halvard on 3 March, when talks with Norsk Quay failed.</p>
<p>The walkout is the first at Port Halvard since 2019. Norsk Quay expects the talks to resume, Lindqvist said.</p>`;
const GARDEN = `<p>The botanical garden in Cedar Falls opened a new glasshouse for desert plants on Saturday.</p>
<p>Curator Paolo Brenner said the glasshouse holds 400 species and cost 2.5 million to build in Cedar Falls.</p>`;

// Sites by path prefix; the map sends https://<site>/ to them.
const routes: Record<string, Route> = {
  'daily.example/strike': { body: story('Harbour strike', HARBOUR, '<a href="https://wire.example/harbour">Wire Agency</a> reported it first, according to Wire Agency.') },
  'wire.example/harbour': { body: story('Dockworkers strike', HARBOUR_TOLD) },
  'daily.example/mixup': { body: story('Harbour strike', HARBOUR, 'According to <a href="https://wire.example/garden">Wire Agency</a>.') },
  'wire.example/garden': { body: story('A glasshouse for desert plants', GARDEN) },
  // Two pages that credit each other.
  'ping.example/a': { body: story('Harbour strike', HARBOUR, 'According to <a href="https://pong.example/b?utm_source=x">Pong News</a>.') },
  'pong.example/b': { body: story('Dockworkers strike', HARBOUR_TOLD, 'According to <a href="https://www.ping.example/a/">Ping Daily</a>.') },
};

let sites: Sites;
let map: ReturnType<typeof parseMaps>;
beforeAll(async () => {
  sites = await startSites(routes);
  map = parseMaps(['daily.example', 'wire.example', 'ping.example', 'pong.example', 'www.ping.example'].map((h) => `https://${h}=${sites.url(h.replace(/^www\./, ''))}`));
});
afterAll(() => sites.close());

async function root(key: string) {
  const res = await fetch(sites.url(key));
  return traceHtml(await res.text(), `https://${key}`);
}

describe('follow', () => {
  it('matches the original that tells the story, with the facts found in it', async () => {
    const { hops } = await follow(await root('daily.example/strike'), { fetcher: nodeFetcher, read: readHtml, ...map });
    expect(hops).toHaveLength(1);
    const [hop] = hops;
    expect(hop).toMatchObject({ url: 'https://wire.example/harbour', from: 'https://daily.example/strike', depth: 1, status: 'found', via: 'source-link', credit: 'Wire Agency', lang: 'en' });
    expect(hop!.match!.score).toBeGreaterThan(0.7);
    expect(hop!.match!.matched).toEqual(expect.arrayContaining(['Lindqvist', 'Port Halvard', 'March 3', '1,200', '2019']));
    expect(hop!.flags).toEqual([]);
  });

  it('scores a credited page with a different story low and flags source-not-found', async () => {
    const { hops, searches } = await follow(await root('daily.example/mixup'), { fetcher: nodeFetcher, read: readHtml, ...map });
    expect(hops[0]!.status).toBe('found');
    expect(hops[0]!.match!.score).toBeLessThan(0.3);
    expect(hops[0]!.match!.missing).toEqual(expect.arrayContaining(['Lindqvist', 'March 3']));
    expect(hops[0]!.flags.map((f) => f.code)).toEqual(['source-not-found']);
    // Its original was not found: nothing to search for, the source is not in the registry.
    expect(searches).toEqual([]);
  });

  it('fetches each of two pages that link to each other once, whatever the depth', async () => {
    const before = sites.hits.length;
    const { hops } = await follow(await root('ping.example/a'), { fetcher: nodeFetcher, read: readHtml, depth: 4, ...map });
    expect(hops.map((h) => [h.url, h.status])).toEqual([['https://pong.example/b?utm_source=x', 'found']]);
    expect(sites.hits.slice(before).filter((k) => k !== 'ping.example/a')).toEqual(['pong.example/b?utm_source=x']);
  });

  it('stops at the depth asked for: 2 by default, never beyond 4', () => {
    expect([clampDepth(undefined), clampDepth(0), clampDepth(3), clampDepth(9)]).toEqual([2, 1, 3, 4]);
  });

  it('compares addresses in their canonical form', () => {
    expect(canonicalKey('https://www.ping.example/a/?utm_source=x#top')).toBe(canonicalKey('http://ping.example/a'));
    expect(canonicalKey('https://ping.example/a?id=2')).not.toBe(canonicalKey('https://ping.example/a?id=3'));
  });

  it('takes a page from the cache instead of fetching it again', async () => {
    const store = new Map<string, Visit>();
    const cache = { get: (k: string) => store.get(k), set: (k: string, v: Visit) => void store.set(k, v) };
    const first = await follow(await root('daily.example/strike'), { fetcher: nodeFetcher, read: readHtml, cache, ...map });
    const before = sites.hits.length;
    const again = await follow(await root('daily.example/strike'), { fetcher: () => Promise.reject(new Error('no network')), read: readHtml, cache, ...map });
    expect(again.hops).toEqual(first.hops);
    expect(sites.hits.length).toBe(before + 1); // only the root, fetched by the test itself
  });

  it('reads fetched pages with the reader it is given (in the extension, its reader page); a failed read is a not-html hop', async () => {
    const read: string[] = [];
    // An asynchronous reader, as the background's message to its reader page is.
    const asking = async (html: string, url: string) => {
      read.push(url);
      return readHtml(html, url);
    };
    const { hops } = await follow(await root('daily.example/strike'), { fetcher: nodeFetcher, read: asking, ...map });
    expect(read).toEqual(['https://wire.example/harbour']);
    expect(hops[0]?.status).toBe('found');
    const failing = () => Promise.reject(new Error('the reader is gone'));
    const { hops: failed } = await follow(await root('daily.example/strike'), { fetcher: nodeFetcher, read: failing, ...map });
    expect(failed[0]).toMatchObject({ status: 'not-html', message: 'the page could not be read: the reader is gone' });
  });

  it('fetches one page per site at a time and at most four at once', async () => {
    let now = 0;
    let most = 0;
    const perSite = new Map<string, number>();
    let mostPerSite = 0;
    const slow: Route = (req, res) => {
      const site = (req.url ?? '').split('/')[1]!;
      now++;
      perSite.set(site, (perSite.get(site) ?? 0) + 1);
      most = Math.max(most, now);
      mostPerSite = Math.max(mostPerSite, perSite.get(site)!);
      setTimeout(() => {
        now--;
        perSite.set(site, perSite.get(site)! - 1);
        res.writeHead(200, { 'content-type': 'text/html' }).end(story('Other', GARDEN));
      }, 60);
    };
    const many = await startSites(Object.fromEntries(['s1', 's2', 's3', 's4', 's5'].flatMap((s) => [1, 2].map((n) => [`${s}.example/${n}`, slow]))));
    const rootPage = traceHtml(story('Harbour strike', HARBOUR), 'https://daily.example/many');
    // Ten pages it says it is based on, two on each of five sites.
    const mention = { evidence: 'Source', block: 0, cue: 'test', cueText: 'Source' };
    rootPage.report.basedOn = ['s1', 's2', 's3', 's4', 's5'].flatMap((s) => [1, 2].map((n) => ({ url: `https://${s}.example/${n}`, evidence: 'Source', mentions: [mention] })));
    const hostMap = parseMaps(['s1', 's2', 's3', 's4', 's5'].map((s) => `https://${s}.example=${many.url(`${s}.example`)}`));
    const { hops } = await follow(rootPage, { fetcher: nodeFetcher, read: readHtml, depth: 1, ...hostMap });
    await many.close();
    expect(hops.map((h) => h.status)).toEqual(Array(8).fill('found'));
    expect(mostPerSite).toBe(1);
    expect(most).toBeLessThanOrEqual(4);
    expect(most).toBeGreaterThan(1);
  });
});
