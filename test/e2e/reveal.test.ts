/**
 * End to end, in real Chromium: "Show in page" scrolls to the credit and highlights the line that credits
 * it — a paragraph, one line of a <br>-separated text (that line only), and a photo credit's caption.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { badges, demoBrowser, openPopup, revealMarks, until } from './browser';

const env = demoBrowser();

async function open(path: string) {
  const { page, tabId } = await env.openTab(path);
  const popup = await openPopup(env.browser, tabId);
  await popup.getByTestId('chain').waitFor({ timeout: 20_000 });
  await until(async () => ((await badges(page)).length ? true : undefined));
  return { page, popup };
}

/** The viewport box of the text that starts with `start` (to the end of its text node), once scrolling stopped. */
async function textBox(page: Page, start: string) {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, n.textContent!.length);
      const r = range.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    }
    throw new Error(`no text ${needle}`);
  }, start);
}

/** The marks, once the page stopped scrolling to them. */
async function settledMarks(page: Page) {
  let last = '';
  return until(async () => {
    const marks = await revealMarks(page);
    const now = JSON.stringify(marks);
    const same = marks.length > 0 && now === last;
    last = now;
    return same ? marks : undefined;
  });
}

const around = (marks: { top: number; bottom: number }[]) => ({ top: Math.min(...marks.map((m) => m.top)), bottom: Math.max(...marks.map((m) => m.bottom)) });

describe('show in page', () => {
  it('scrolls to a source\'s paragraph and highlights it', async () => {
    const { page, popup } = await open('/pages/badge-cards/');
    const card = popup.getByTestId('source').filter({ hasText: 'Ministry of Transport' });
    await card.getByRole('button', { name: 'Show in page' }).click();
    const marks = around(await settledMarks(page));
    const line = await textBox(page, 'Local councils are compiling');
    expect(marks.top).toBeLessThanOrEqual(line.top + 2);
    expect(marks.bottom).toBeGreaterThanOrEqual(line.bottom - 2);
    // Scrolled into view, and no more than that paragraph.
    expect(marks.top).toBeGreaterThanOrEqual(0);
    expect(marks.bottom - marks.top).toBeLessThan(line.bottom - line.top + 40);
  });

  it('highlights only its own line in a <br>-separated text', async () => {
    const { page, popup } = await open('/pages/br-lines-div/');
    const card = popup.getByTestId('source').filter({ hasText: 'Reuters' });
    await card.getByRole('button', { name: 'Show in page' }).click();
    const marks = around(await settledMarks(page));
    const line = await textBox(page, 'Menurut Reuters');
    expect(Math.abs(marks.top - line.top)).toBeLessThanOrEqual(4);
    expect(Math.abs(marks.bottom - line.bottom)).toBeLessThanOrEqual(4);
  });

  it('exists for photo credits too, and highlights the caption', async () => {
    const { page, popup } = await open('/demo/seed-article-id.html');
    await popup.getByTestId('photo-reveal').first().click();
    const marks = around(await settledMarks(page));
    const caption = await page.locator('figcaption').first().evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    expect(marks.top).toBeGreaterThanOrEqual(caption.top - 4);
    expect(marks.bottom).toBeLessThanOrEqual(caption.bottom + 4);
  });
});
