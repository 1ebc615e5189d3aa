/**
 * End to end, in real Chromium: pages written to turn the extension against its user. One replays the
 * framework's "content script started" signal and fires every plausible event, to switch Sourcetrace off; one
 * claims every plausible custom-element name and patches the DOM's shadow APIs, to read the badges; one puts
 * unclosed right-to-left overrides in its site name and credit lines, to spoof what the popup shows; a JSON
 * tab and a plain-text tab full of credit lines, to be read as articles.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badges, openPopup, until, demoBrowser } from './browser';

const env = demoBrowser();

/** The popup for the tab, once it shows a chain; it must show no error. */
async function normalPopup(tabId: number): Promise<Page> {
  const popup = await openPopup(env.browser, tabId);
  await popup.getByTestId('chain').waitFor({ timeout: 20_000 });
  await expect(popup.getByRole('alert').count()).resolves.toBe(0);
  await expect(popup.locator('body').innerText()).resolves.not.toMatch(/invalid_type|"code"/);
  return popup;
}

describe('a hostile page', () => {
  it('cannot switch Sourcetrace off by replaying its start signal or firing events', async () => {
    const article = await env.openTab(`/pages/switch-off/#id=${env.browser.extensionId}`);
    const first = await normalPopup(article.tabId);
    await expect(first.getByTestId('source-name').allInnerTexts()).resolves.toContain('Coastal Ferry Operators Association');
    const before = await until(async () => {
      const b = await badges(article.page);
      return b.length ? b : undefined;
    });
    // Let the page replay its signals many times over, then look again.
    const replays = await article.page.evaluate(() => (window as unknown as { __replays: number }).__replays);
    await article.page.waitForFunction((n) => (window as unknown as { __replays: number }).__replays > n + 15, replays);
    await first.close();
    expect((await badges(article.page)).length).toBe(before.length);
    const again = await normalPopup(article.tabId);
    await expect(again.getByTestId('source-name').allInnerTexts()).resolves.toContain('Coastal Ferry Operators Association');
    expect((await badges(article.page)).length).toBe(before.length);
  });

  it('cannot read the badges, though it claims every plausible name and patches the shadow APIs first', async () => {
    const article = await env.openTab('/pages/read-badges/');
    await normalPopup(article.tabId);
    const found = await until(async () => {
      const b = await badges(article.page);
      return b.some((x) => x.text.includes('Regional Infrastructure Fund')) ? b : undefined;
    });
    expect(found.every((b) => b.shadowType === 'closed')).toBe(true);
    // Give the page's probes time to run over the mounted badges.
    await article.page.waitForTimeout(500);
    const read = await article.page.evaluate(() => (window as unknown as { __read: string }).__read);
    expect(read).toBe('');
    // The page's light DOM carries none of the badge text either.
    await expect(article.page.evaluate(() => document.body.textContent ?? '')).resolves.not.toMatch(/Sumber|Source|credits/i);
  });

  it('cannot reverse the text in the popup with bidi controls, nor slip them into the copied text', async () => {
    const article = await env.openTab('/pages/bidi/');
    await env.browser.ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await normalPopup(article.tabId);
    // Each page string sits in an element of its own that isolates it.
    const site = popup.getByTestId('page-site');
    await expect(site.evaluate((e) => e.localName)).resolves.toBe('bdi');
    await expect(site.innerText()).resolves.toContain('Courier');
    for (const id of ['page-title', 'source-name', 'source-evidence']) {
      const dirs = await popup.getByTestId(id).evaluateAll((els) => els.map((e) => e.getAttribute('dir')));
      expect(dirs.length).toBeGreaterThan(0);
      expect(dirs.every((d) => d === 'auto')).toBe(true);
    }
    // What follows the site name (' · en') is laid out after it, left to right, not pulled into the override.
    const order = await popup.getByTestId('page-meta').evaluate((meta) => {
      const bdi = meta.querySelector('bdi')!;
      const after = [...meta.childNodes].find((n) => n.nodeType === 3 && /·/.test(n.textContent ?? ''))!;
      const range = document.createRange();
      range.selectNodeContents(after);
      return { site: bdi.getBoundingClientRect().right, rest: range.getBoundingClientRect().left };
    });
    expect(order.rest).toBeGreaterThanOrEqual(order.site - 1);
    // Copy as text carries no bidi controls.
    await popup.getByTestId('copy-text').click();
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Courier');
    expect(copied).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('gets no chain and no badge for a JSON tab or a plain-text tab, whatever their text says, even read anyway', async () => {
    for (const path of ['/pages/not-html/story.json', '/pages/not-html/story.txt']) {
      const tab = await env.openTab(path);
      // The browser shows the text itself: the credit lines are on screen.
      await expect(tab.page.locator('body').innerText()).resolves.toContain('According to Reuters');
      const popup = await openPopup(env.browser, tab.tabId);
      await popup.getByTestId('not-article').waitFor({ timeout: 20_000 });
      await popup.getByTestId('read-anyway').click();
      await expect(popup.getByTestId('read-anyway').count()).resolves.toBe(0);
      // The popup reads again before it answers: wait for its answer, then count.
      await popup.getByTestId('not-article').waitFor({ timeout: 20_000 });
      await expect(popup.getByTestId('not-article').count()).resolves.toBe(1);
      await expect(popup.getByTestId('source').count()).resolves.toBe(0);
      await expect(popup.getByRole('alert').count()).resolves.toBe(0);
      expect(await badges(tab.page)).toEqual([]);
      await expect(env.browser.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tab.tabId)).resolves.toBe('');
      await popup.close();
    }
  });
});
