/**
 * Accessibility, checked by axe-core in real Chromium: the popup, an open badge card and the options page,
 * in light and in dark (prefers-color-scheme emulated), have no serious or critical violation.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeFindings, copyOpenBadge } from './axe';
import { badges, clickBadge, demoBrowser, openBadgeMarkup, openPopup, tabIdOf, until } from './browser';

const env = demoBrowser();
let article: Page;
let popup: Page;
/** The popup of the demo page: a page it is based on, photo credits, flags, a chain to follow. */
let fuller: Page;
/** The popup of a page that is not an article. */
let notArticle: Page;

beforeAll(async () => {
  article = await env.browser.ctx.newPage();
  const url = env.server.url('/pages/badge-cards/');
  await article.goto(url);
  popup = await openPopup(env.browser, await tabIdOf(env.browser.worker, url));
  await popup.getByTestId('chain').waitFor({ timeout: 20_000 });
  await until(async () => ((await badges(article)).length >= 4 ? true : undefined));
  const demo = await env.browser.ctx.newPage();
  const demoUrl = env.server.url('/demo/seed-article-id.html');
  await demo.goto(demoUrl);
  fuller = await openPopup(env.browser, await tabIdOf(env.browser.worker, demoUrl));
  await fuller.getByTestId('photo-credits').waitFor({ timeout: 20_000 });
  const other = await env.browser.ctx.newPage();
  const otherUrl = env.server.url('/pages/not-article/');
  await other.goto(otherUrl);
  notArticle = await openPopup(env.browser, await tabIdOf(env.browser.worker, otherUrl));
  await notArticle.getByTestId('not-article').waitFor({ timeout: 20_000 });
});

describe.each(['light', 'dark'] as const)('axe, %s', (scheme) => {
  it('finds nothing serious in the popup', async () => {
    for (const p of [popup, fuller, notArticle]) {
      await p.emulateMedia({ colorScheme: scheme });
      await expect(p.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(scheme === 'dark');
      expect(await axeFindings(p)).toEqual([]);
    }
  });

  it('finds nothing serious in an open badge card', async () => {
    await article.emulateMedia({ colorScheme: scheme });
    await article.bringToFront();
    const list = await badges(article);
    await clickBadge(article, list.findIndex((b) => b.text.includes('Arab Red Crescent')));
    const markup = await until(() => openBadgeMarkup(article));
    expect(markup).toContain('badge-card');
    await article.keyboard.press('Escape');
    expect(await axeFindings(article, await copyOpenBadge(article, markup))).toEqual([]);
  });

  it('finds nothing serious in the options page, which has its language and padding', async () => {
    const options = await env.browser.ctx.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.getByRole('heading', { level: 1 }).waitFor();
    await expect(options.evaluate(() => document.documentElement.lang)).resolves.toMatch(/^en/);
    const padding = await options.locator('main').evaluate((m) => parseFloat(getComputedStyle(m).paddingLeft));
    expect(padding).toBeGreaterThanOrEqual(12);
    expect(await axeFindings(options)).toEqual([]);
    await options.close();
  });
});
