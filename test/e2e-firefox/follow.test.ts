/**
 * Following the chain in real Firefox, offline: the background fetches each original (every https site is the
 * local stand-in web of test/follow/sites.ts, through a tunnel) and reads it in its page's reader frame — the
 * Firefox path; Chrome reads in an offscreen document (test/e2e/follow.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startServer, type TestServer } from '../../scripts/demo-server';
import { launchFirefox, openFirefoxPopup, until, type FirefoxLoaded } from '../../scripts/firefox-browser';
import { chainRoutes, SEED_SOURCE, selfSigned, startSites, type Sites } from '../follow/sites';

let server: TestServer;
let https: Sites;
let firefox: FirefoxLoaded;

beforeAll(async () => {
  server = await startServer();
  https = await startSites(chainRoutes(), selfSigned());
  firefox = await launchFirefox({ httpsTo: https.port });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  await https?.close();
});

/** The hops the popup shows once following is done. */
async function shownHops(popup: Page, n: number) {
  await until(async () => (await popup.$$('[data-testid="follow-running"]')).length === 0 && (await popup.$$('[data-testid="hop"]')).length === n, 40_000);
  return popup.$$eval('[data-testid="hop"]', (items) =>
    items.map((li) => ({
      status: li.getAttribute('data-status'),
      depth: Number(li.getAttribute('data-depth')),
      href: li.querySelector('[data-testid="hop-link"]')?.getAttribute('href'),
      score: li.querySelector('[data-testid="hop-score"]')?.getAttribute('data-score') ?? undefined,
      text: (li as HTMLElement).innerText,
    })),
  );
}

describe('Firefox: following the chain from the popup', () => {
  it('fetches the page the seed is based on and the originals it credits, each read and matched, a 404 said so', async () => {
    const tab = await firefox.browser.newPage();
    const url = server.url('/demo/seed-article-id.html');
    await tab.goto(url);
    const popup = await openFirefoxPopup(firefox, server.url('/demo/'), url);
    await popup.waitForSelector('[data-testid="chain"]', { timeout: 20_000 });
    await popup.click('[data-testid="follow"]');
    const hops = await shownHops(popup, 4);
    expect(hops.map((h) => [h.depth, h.href, h.status])).toEqual([
      [1, SEED_SOURCE, 'found'],
      [2, 'https://tass.com/defense/1856347', 'found'],
      [2, 'https://www.themoscowtimes.com/2024/10/14/white-nights-bridge-festival-a86530', 'found'],
      [2, 'https://www.barrons.com/news/russian-defence-minister-in-china-2c7a1e', 'not-found'],
    ]);
    const [vi, tass, unrelated, barrons] = hops;
    expect(Number(vi!.score)).toBeGreaterThan(0.5);
    expect(vi!.text).toMatch(/Belousov/);
    expect(Number(tass!.score)).toBeGreaterThan(0.5);
    expect(Number(unrelated!.score)).toBeLessThan(0.3);
    expect(barrons!.text).toMatch(/404/);
    // The stand-in web saw the fetches: the background really went out, through the tunnel.
    expect(https.hits).toEqual(expect.arrayContaining([SEED_SOURCE.replace('https://', ''), 'tass.com/defense/1856347']));
  });
});
