/**
 * What the content script costs a reader, measured in real Chromium on big article pages this test writes
 * (test/e2e/big-pages.ts): the longest main-thread task while the page is read and badged (issue 10: ≤ 50 ms
 * on a 1 MB page, ≤ 200 ms on a 10 MB one), the time from the click to the chain in the popup (≤ 300 ms on a
 * 1 MB page, with the time of each step on the way) and the popup's first paint (≤ 100 ms). Each figure is
 * printed on one line and none is asserted: this machine's timings are noisy (shared cores), the targets are
 * for the printed figures. `TIMING_STRESS=1` also measures 20,000 paragraphs and 100,000 links.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlePage, linksPage, paragraphsPage } from './big-pages';
import { badges, openPopup, tabIdOf, until, demoBrowser } from './browser';

const env = demoBrowser();
const PAGES: Record<string, () => string> = {
  '1mb': () => articlePage(1_000_000),
  '10mb': () => articlePage(10_000_000),
  'paragraphs-20k': () => paragraphsPage(20_000),
  'links-100k': () => linksPage(100_000),
};
const built = new Map<string, string>();

beforeAll(async () => {
  await env.browser.ctx.route('**/gen/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    if (!built.has(name)) built.set(name, PAGES[name]!());
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: built.get(name)! });
  });
  // Every long task of the page's main thread, from its start (the content script's isolated world runs there too).
  await env.browser.ctx.addInitScript(() => {
    const w = window as unknown as { __longTasks: [number, number][] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
});

/** Opens a generated page and lets it finish loading and laying out, so its own tasks are over. */
async function openQuiet(name: string): Promise<{ page: Page; url: string; tabId: number }> {
  const page = await env.browser.ctx.newPage();
  const url = env.server.url(`/gen/${name}`);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(1500);
  return { page, url, tabId: await tabIdOf(env.browser.worker, url) };
}

const toolbarCount = (tabId: number) => env.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** The longest task while the content script reads the page unasked (as automatic badges do) and badges it. */
async function longestTask(name: string): Promise<number> {
  const { page, tabId } = await openQuiet(name);
  const from = await page.evaluate(() => performance.now());
  await env.browser.worker.evaluate(async (id) => void (await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] })), tabId);
  await until(() => toolbarCount(tabId), 120_000);
  // The badges go in after the count is set: leave time for that, and for the layout it causes.
  await page.waitForTimeout(3000);
  const tasks = await page.evaluate((t) => (window as unknown as { __longTasks: [number, number][] }).__longTasks.filter(([start]) => start >= t), from);
  const longest = Math.round(Math.max(0, ...tasks.map(([, d]) => d)));
  const found = await until(async () => ((await badges(page)).length > 0 ? true : undefined), 60_000);
  expect(found).toBe(true);
  console.log(`timing: longest main-thread task while reading and badging ${name}: ${longest} ms (${tasks.length} tasks over 50 ms)`);
  await page.close();
  return longest;
}

describe('the content script never freezes the tab', () => {
  it('on a 1 MB article page', async () => {
    expect(await longestTask('1mb')).toBeGreaterThanOrEqual(0);
  }, 180_000);

  it('on a 10 MB article page', async () => {
    expect(await longestTask('10mb')).toBeGreaterThanOrEqual(0);
  }, 240_000);

  it.runIf(process.env.TIMING_STRESS === '1').each(['paragraphs-20k', 'links-100k'])('on a page of %s', async (name) => {
    expect(await longestTask(name)).toBeGreaterThanOrEqual(0);
  }, 240_000);
});

/** The popup's marks (lib/steps.ts: `sourcetrace:NAME`, each step where it ran), in ms from its navigation start. */
async function stepsOf(popup: Page): Promise<[string, number][]> {
  await until(() => popup.evaluate(() => performance.getEntriesByName('sourcetrace:painted').length > 0), 30_000);
  const marks = await popup.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('sourcetrace:'))
      .map((m): [string, number] => [m.name.slice('sourcetrace:'.length), m.startTime]),
  );
  return marks.sort((a, b) => a[1] - b[1]).map(([name, at]) => [name, Math.round(at)]);
}

describe('the popup, on the click', () => {
  it('paints at once and shows the chain of a 1 MB page soon after', async () => {
    const runs: number[] = [];
    for (let run = 1; run <= 3; run++) {
      const { page, tabId } = await openQuiet('1mb');
      const popup = await openPopup(env.browser, tabId);
      // Times in the popup, from its navigation start (the click, as near as a test gets to it).
      const chainAt = await popup.waitForFunction(() => (document.querySelector('[data-testid="chain"]') ? performance.now() : 0), undefined, { polling: 'raf', timeout: 60_000 });
      const clickToChain = Math.round((await chainAt.jsonValue()) as number);
      const paint = Math.round(await popup.evaluate(() => performance.getEntriesByType('paint').find((e) => e.name === 'first-paint')?.startTime ?? -1));
      const steps = await stepsOf(popup);
      console.log(`timing: popup first paint ${paint} ms; click → chain on the 1 MB page ${clickToChain} ms (run ${run})`);
      console.log(`timing: steps from the click (ms): ${steps.map(([name, at]) => `${name} ${at}`).join(', ')}`);
      expect(paint).toBeGreaterThan(0);
      expect(clickToChain).toBeGreaterThan(paint);
      runs.push(clickToChain);
      await popup.close();
      await page.close();
    }
    console.log(`timing: click → chain on the 1 MB page, median of ${runs.length}: ${runs.sort((a, b) => a - b)[1]} ms`);
  }, 300_000);
});
