/**
 * Careful fetching, against a server on 127.0.0.1: every failure is a status the user sees — a timeout, a
 * 404, a redirect loop, too many redirects, a page that is not HTML (declared or sniffed), an oversized body
 * (declared or streamed), a site that blocks us, a site we may not reach, one that does not answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, nodeFetcher, type FetchContext } from '../../lib/follow/index';
import { startSites, type Sites } from './sites';

let sites: Sites;
const HTML = '<!doctype html><html><head><title>A page</title></head><body><p>Hello</p></body></html>';

beforeAll(async () => {
  sites = await startSites({
    'ok': { body: HTML },
    'gone': { status: 404, body: '<h1>Gone</h1>' },
    'forbidden': { status: 403, body: '<h1>No</h1>' },
    'broken': { status: 500, body: '<h1>Oops</h1>' },
    'slow': () => undefined, // never answers
    'slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body>'); // and never ends
    },
    'loop-a': (_req, res) => void res.writeHead(302, { location: '/loop-b' }).end(),
    'loop-b': (_req, res) => void res.writeHead(301, { location: '/loop-a' }).end(),
    ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`hop-${i}`, (_req: unknown, res: import('node:http').ServerResponse) => void res.writeHead(302, { location: `/hop-${i + 1}` }).end()])),
    'hop-8': { body: HTML },
    'moved': (_req, res) => void res.writeHead(308, { location: '/ok' }).end(),
    'to-js': (_req, res) => void res.writeHead(302, { location: 'javascript:alert(1)' }).end(),
    'pdf': { type: 'application/pdf', body: '%PDF-1.7 binary' },
    'json': { type: 'application/json', body: '{"a":1}' },
    'untyped-image': { type: 'application/octet-stream', body: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]) },
    'untyped-html': { type: 'text/plain', body: HTML },
    'html-lies': { type: 'text/html', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) },
    'huge-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      res.end('<html>');
    },
    'huge-streamed': (_req, res) => {
      // No length declared: the cap must hold while the body streams.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(16 * 1024)}</p>`;
      let sent = 0;
      const push = () => {
        while (sent < 200 && res.write(chunk)) sent++;
        if (sent < 200) res.once('drain', push);
        else res.end();
      };
      push();
    },
  });
});
afterAll(() => sites.close());

const ctx = (over: Partial<FetchContext> = {}): FetchContext => ({ fetcher: nodeFetcher, limits: { timeoutMs: 800, maxBytes: 256 * 1024 }, ...over });

describe('fetchPage', () => {
  it.each([
    ['ok', 'found'],
    ['gone', 'not-found'],
    ['forbidden', 'blocked'],
    ['broken', 'unreachable'],
    ['slow', 'timeout'],
    ['slow-body', 'timeout'],
    ['loop-a', 'redirect-loop'],
    ['hop-0', 'redirect-loop'],
    ['hop-3', 'found'],
    ['to-js', 'unreachable'],
    ['pdf', 'not-html'],
    ['json', 'not-html'],
    ['untyped-image', 'not-html'],
    ['untyped-html', 'found'],
    ['html-lies', 'not-html'],
    ['huge-declared', 'too-large'],
    ['huge-streamed', 'too-large'],
  ])('%s → %s', async (path, status) => {
    const got = await fetchPage(sites.url(path), ctx());
    expect(got.status).toBe(status);
    if (status === 'found') expect(got.html).toContain('Hello');
    else expect(got.message).toBeTruthy();
  });

  it('follows at most 5 redirects, and says where it ended', async () => {
    await expect(fetchPage(sites.url('hop-3'), ctx())).resolves.toMatchObject({ status: 'found', url: sites.url('hop-8') });
    await expect(fetchPage(sites.url('hop-2'), ctx())).resolves.toMatchObject({ status: 'redirect-loop', message: 'more than 5 redirects' });
    await expect(fetchPage(sites.url('moved'), ctx())).resolves.toMatchObject({ status: 'found', url: sites.url('ok') });
  });

  it('says a circle of redirects is one', async () => {
    await expect(fetchPage(sites.url('loop-a'), ctx())).resolves.toMatchObject({ message: expect.stringMatching(/redirects back to .*loop-a/) });
  });

  it('fetches nothing from a site the user did not grant, and nothing that is not http(s)', async () => {
    const before = sites.hits.length;
    await expect(fetchPage(sites.url('ok'), ctx({ allowed: () => false }))).resolves.toMatchObject({ status: 'refused' });
    await expect(fetchPage('ftp://127.0.0.1/x', ctx())).resolves.toMatchObject({ status: 'unreachable' });
    expect(sites.hits.length).toBe(before);
  });

  it('asks again at each redirect whether the next site is allowed', async () => {
    const asked: string[] = [];
    const got = await fetchPage(sites.url('moved'), ctx({ allowed: (u) => (asked.push(u), !u.endsWith('/ok')) }));
    expect(got.status).toBe('refused');
    expect(asked).toEqual([sites.url('moved'), sites.url('ok')]);
  });

  it('calls a closed port unreachable', async () => {
    await expect(fetchPage('http://127.0.0.1:1/story', ctx())).resolves.toMatchObject({ status: 'unreachable' });
  });

  it('fetches through a map and reports the original addresses', async () => {
    const map = (u: string) => u.replace('https://news.example', sites.url('').replace(/\/$/, ''));
    const unmap = (u: string) => u.replace(sites.url('').replace(/\/$/, ''), 'https://news.example');
    await expect(fetchPage('https://news.example/moved', ctx({ map, unmap }))).resolves.toMatchObject({ status: 'found', url: 'https://news.example/ok' });
  });

  it('sends no cookies or credentials', async () => {
    const seen: RequestInit[] = [];
    const spy: typeof nodeFetcher = (url, init) => {
      const original = globalThis.fetch;
      globalThis.fetch = ((u: string, i: RequestInit) => (seen.push(i), original(u, i))) as typeof fetch;
      try {
        return nodeFetcher(url, init);
      } finally {
        globalThis.fetch = original;
      }
    };
    await fetchPage(sites.url('ok'), ctx({ fetcher: spy }));
    expect(seen[0]).toMatchObject({ credentials: 'omit', redirect: 'manual' });
  });
});
