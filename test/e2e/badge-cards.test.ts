/**
 * End to end, in real Chromium: the badge cards of a page with several credit lines and a long Arabic
 * quote. One card is open at a time; a card closes when focus leaves its badge, on Escape (focus back on its
 * badge) and on a click outside; it stays inside the viewport, scrolls when long, and a right-to-left quote
 * reads right to left.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { badges, cards, clickBadge, demoBrowser, openPopup, tabIdOf, until } from './browser';

const env = demoBrowser();
let page: Page;

const openCards = async () => (await cards(page)).flatMap((c, i) => (c.open ? [i] : []));

beforeAll(async () => {
  page = await env.browser.ctx.newPage();
  const url = env.server.url('/pages/badge-cards/');
  await page.goto(url);
  const popup = await openPopup(env.browser, await tabIdOf(env.browser.worker, url));
  await popup.getByTestId('chain').waitFor({ timeout: 20_000 });
  await until(async () => ((await badges(page)).length >= 4 ? true : undefined));
  await popup.close();
  await page.bringToFront();
});

describe('badge cards', () => {
  it('names one source in the singular ("Source: X", not "Sources: X")', async () => {
    const list = await badges(page);
    expect(list.find((b) => b.parentText.includes('Reuters reported'))?.text).toMatch(/^Source: \u2068Reuters\u2069/);
  });

  it('opens a card on keyboard focus and closes it when focus moves on: one card at a time', async () => {
    const list = await badges(page);
    const first = list.findIndex((b) => b.parentText.includes('Reuters reported'));
    // Clicking the line's text sets where Tab starts; Tab then reaches the badge at the line's end.
    await page.getByText('Barges began moving').click();
    await page.keyboard.press('Tab');
    await until(async () => ((await cards(page))[first]?.focused ? true : undefined));
    expect(await openCards()).toEqual([first]);
    // On through the card's own controls, then to the next badge: never two cards open.
    for (let i = 0; i < 6 && !(await cards(page))[first + 1]?.focused; i++) {
      await page.keyboard.press('Tab');
      expect((await openCards()).length).toBeLessThanOrEqual(1);
    }
    expect(await openCards()).toEqual([first + 1]);
    // Shift+Tab back out of the badge closes its card.
    await page.keyboard.press('Shift+Tab');
    await until(async () => ((await openCards()).includes(first + 1) ? undefined : true));
  });

  it('closes the open card on Escape and gives focus back to its badge', async () => {
    await page.mouse.click(5, 5);
    await clickBadge(page, 1);
    await until(async () => ((await openCards()).length === 1 ? true : undefined));
    await clickBadge(page, 0);
    await until(async () => ((await openCards())[0] === 0 ? true : undefined));
    expect(await openCards()).toEqual([0]);
    await page.keyboard.press('Escape');
    await until(async () => ((await openCards()).length === 0 ? true : undefined));
    expect((await cards(page))[0]?.focused).toBe(true);
    // The returned focus does not reopen the card.
    await page.waitForTimeout(200);
    expect(await openCards()).toEqual([]);
  });

  it('closes the open card on a click outside it, and keeps it open on a click inside', async () => {
    await clickBadge(page, 0);
    await until(async () => ((await openCards()).length === 1 ? true : undefined));
    const box = (await cards(page))[0]!.box!;
    await page.mouse.click(box.left + 10, box.top + 10);
    await page.waitForTimeout(200);
    expect(await openCards()).toEqual([0]);
    await page.getByRole('heading', { level: 1 }).click();
    await until(async () => ((await openCards()).length === 0 ? true : undefined));
  });

  it('keeps a long card inside a small viewport, scrolling, with its Arabic quote right to left', async () => {
    await page.setViewportSize({ width: 420, height: 360 });
    const list = await badges(page);
    const arabic = list.findIndex((b) => b.text.includes('Arab Red Crescent'));
    expect(arabic).toBeGreaterThanOrEqual(0);
    await clickBadge(page, arabic);
    const card = await until(async () => (await cards(page))[arabic]?.box && (await cards(page))[arabic]);
    const box = card.box!;
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.viewHeight);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.viewWidth);
    // Taller than the room it has: it scrolls instead of running off the screen.
    expect(box.scrollHeight).toBeGreaterThan(box.clientHeight);
    const quote = card.quotes!.find((q) => /[\u0600-\u06FF]/.test(q.text))!;
    expect(quote).toMatchObject({ dir: 'auto', direction: 'rtl' });
  });
});
