/**
 * Following the chain in real Chromium, offline: --host-resolver-rules send www.nguoiduatin.vn, tass.com,
 * www.themoscowtimes.com and www.barrons.com to an https server on 127.0.0.1 that serves pages written for the
 * test (test/pages/follow/). The popup asks for the sites, the background fetches, the popup shows each hop
 * with its match and flags; a reopened popup shows them at once; the export carries them; the CLI's
 * `--follow 2` gives the same hops; auto-follow (off by default) follows by itself once turned on.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli';
import type { Hop } from '../../lib/report';
import { startServer, type TestServer } from '../../scripts/demo-server';
import { chainMaps, chainRoutes, CHAIN_SITES, SEED_SOURCE, selfSigned, startSites, type Sites } from '../follow/sites';
import { launch, openPopup, tabIdOf, until, type Loaded } from './browser';

let server: TestServer;
let https: Sites;
let browser: Loaded;

beforeAll(async () => {
  server = await startServer();
  https = await startSites(chainRoutes(), selfSigned());
  browser = await launch(server.port, [], {
    rules: CHAIN_SITES.map((h) => `MAP ${h} 127.0.0.1:${https.port}`),
    // The stand-in sites' certificate is self-signed.
    args: ['--ignore-certificate-errors'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await https?.close();
});

type Popup = import('playwright-core').Page;

async function seedPopup(query = ''): Promise<{ popup: Popup; url: string }> {
  const page = await browser.ctx.newPage();
  const url = server.url(`/demo/seed-article-id.html${query}`);
  await page.goto(url);
  const popup = await openPopup(browser, await tabIdOf(browser.worker, url));
  await popup.getByTestId('chain').waitFor({ timeout: 20_000 });
  return { popup, url };
}

/** The hops the popup shows, once following is done. */
async function shownHops(popup: Popup, n: number) {
  await until(async () => (await popup.getByTestId('follow-running').count()) === 0 && (await popup.getByTestId('hop').count()) === n, 30_000);
  return popup.getByTestId('hop').evaluateAll((items) =>
    items.map((li) => ({
      status: li.getAttribute('data-status'),
      depth: Number(li.getAttribute('data-depth')),
      href: li.querySelector('[data-testid="hop-link"]')?.getAttribute('href'),
      score: li.querySelector('[data-testid="hop-score"]')?.getAttribute('data-score') ?? undefined,
      flags: [...li.querySelectorAll('[data-flag]')].map((f) => f.getAttribute('data-flag')),
      text: (li as HTMLElement).innerText,
    })),
  );
}

const storedHops = (url: string) =>
  browser.worker.evaluate(async (key) => ((await chrome.storage.session.get(key))[key] as { hops: Hop[] }).hops, `sourcetrace:follow:${url}`);

describe('follow the chain from the popup', () => {
  let popup: Popup;
  let url: string;

  beforeAll(async () => {
    ({ popup, url } = await seedPopup());
  });

  it('asks for the sites the chain needs now, then shows each hop with its match and flags', async () => {
    // Spy on the permission request: only the site of the page the seed names.
    await popup.evaluate(() => {
      const original = chrome.permissions.request.bind(chrome.permissions);
      (window as unknown as { asked: unknown[] }).asked = [];
      chrome.permissions.request = ((p: { origins?: string[] }, ...rest: unknown[]) => {
        (window as unknown as { asked: unknown[] }).asked.push(p.origins);
        return (original as (...a: unknown[]) => unknown)(p, ...rest);
      }) as typeof chrome.permissions.request;
    });
    await popup.getByTestId('follow').click();
    const hops = await shownHops(popup, 4);
    await expect(popup.evaluate(() => (window as unknown as { asked: unknown[] }).asked)).resolves.toEqual([['https://www.nguoiduatin.vn/*']]);

    expect(hops.map((h) => [h.depth, h.href, h.status])).toEqual([
      [1, SEED_SOURCE, 'found'],
      [2, 'https://tass.com/defense/1856347', 'found'],
      [2, 'https://www.themoscowtimes.com/2024/10/14/white-nights-bridge-festival-a86530', 'found'],
      [2, 'https://www.barrons.com/news/russian-defence-minister-in-china-2c7a1e', 'not-found'],
    ]);
    const [vi, tass, unrelated, barrons] = hops;
    expect(Number(vi!.score)).toBeGreaterThan(0.5);
    expect(vi!.flags).toEqual(['translated']);
    expect(vi!.text).toMatch(/Người Đưa Tin · vi/);
    expect(vi!.text).toMatch(/Belousov/);
    expect(Number(tass!.score)).toBeGreaterThan(0.5);
    expect(tass!.flags).toEqual(['translated']);
    expect(tass!.text).toMatch(/TASS · en · 2024-10-14/);
    expect(Number(unrelated!.score)).toBeLessThan(0.3);
    expect(unrelated!.flags).toEqual(['translated', 'source-not-found']);
    expect(barrons!.score).toBeUndefined();
    expect(barrons!.text).toMatch(/404/);
    // Barron's original is gone: a search on its own site, a link for the user.
    const search = popup.getByTestId('searches').getByText(/^Search barrons\.com for the original of .?Barron's.?$/);
    await expect(search.getAttribute('href')).resolves.toMatch(/^https:\/\/www\.barrons\.com\/search\?query=Belousov/);
    // Every link the popup shows is http(s).
    const hrefs = await popup.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.every((h) => /^https?:|^$/.test(h))).toBe(true);
  });

  it('shows them at once when the popup opens again', async () => {
    const tabId = await tabIdOf(browser.worker, url);
    const again = await openPopup(browser, tabId);
    await again.getByTestId('hops').waitFor({ timeout: 5_000 });
    await expect(again.getByTestId('hop').count()).resolves.toBe(4);
    await expect(again.getByTestId('follow').count()).resolves.toBe(0);
  });

  it('exports every hop with its match', async () => {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-json').click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.hops).toHaveLength(4);
    expect(exported.hops[1]).toMatchObject({ url: 'https://tass.com/defense/1856347', status: 'found', match: { matched: expect.arrayContaining(['Belousov']) } });
  });

  it('gives the same hops as the CLI with --follow 2 on the same pages', async () => {
    const http = await startSites(chainRoutes());
    const out: string[] = [];
    const code = await main(['--json', '--follow', '2', '--url', url, ...chainMaps(http), 'demo/seed-article-id.html'], { out: (l) => out.push(l), err: () => undefined });
    await http.close();
    expect(code).toBe(0);
    const cli = JSON.parse(out[0]!).hops as Hop[];
    expect(await storedHops(url)).toEqual(cli);
  });
});

describe('auto-follow', () => {
  it('is off by default; turned on in the options, a page read is followed without a click', async () => {
    const options = await browser.ctx.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const box = options.getByTestId('auto-follow');
    await expect(box.isChecked()).resolves.toBe(false);
    await box.check();
    await until(() => browser.worker.evaluate(async () => ((await chrome.storage.local.get('sourcetrace:settings'))['sourcetrace:settings'] as { autoFollow?: boolean })?.autoFollow));

    const { popup } = await seedPopup('?auto');
    const hops = await shownHops(popup, 4);
    expect(hops.map((h) => h.status)).toEqual(['found', 'found', 'found', 'not-found']);
    await box.uncheck();
  });
});
