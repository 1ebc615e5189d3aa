/**
 * End to end, in real Chromium: the page goes to the reader as its own HTML (lib/html-copy.ts) when that
 * parses back to the live tree, <noscript>s in the head and body included; when a script has built what no
 * parser would (a paragraph inside a paragraph), the reader refuses it and the walk copies the page again.
 * Either way the chain is the page's and every badge sits beside its own line.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { badges, demoBrowser, openPopup, until } from './browser';

const env = demoBrowser();

/** The popup's steps of the read (lib/steps.ts marks), once the chain is shown. */
async function stepNames(popup: Page): Promise<string[]> {
  await until(() => popup.evaluate(() => performance.getEntriesByName('sourcetrace:shown').length > 0), 30_000);
  return popup.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name.replace('sourcetrace:', '')));
}

async function read(path: string, lines: number) {
  const { page, tabId } = await env.openTab(path);
  const popup = await openPopup(env.browser, tabId);
  await popup.getByTestId('chain').waitFor({ timeout: 20_000 });
  const names = await popup.getByTestId('source-name').allInnerTexts();
  const found = await until(async () => {
    const b = await badges(page);
    return b.length >= lines ? b : undefined;
  });
  return { names, found, steps: await stepNames(popup), photo: await popup.getByTestId('photo-credits').innerText() };
}

describe('the copy as HTML', () => {
  it('is what the reader reads when it parses back to the page, <noscript>s and all', async () => {
    const { names, found, steps, photo } = await read('/pages/copy-as-html/', 2);
    expect(steps).toContain('as html');
    expect(steps).not.toContain('reshaped');
    expect(names).toContain('Coastal Survey Agency');
    expect(photo).toContain('Tidewater Images');
    expect(found.find((b) => b.text.includes('Coastal Survey Agency'))?.parentText).toContain('The channel silts up');
    expect(found.find((b) => b.text.includes('Tidewater Images'))?.parentTag).toBe('FIGCAPTION');
  });

  it('is refused when a script built a tree no parser makes, and the walk copies the page as it is', async () => {
    const { names, found, steps } = await read('/pages/copy-as-html/?nest', 3);
    expect(steps).toContain('as html');
    expect(steps).toContain('reshaped');
    expect(names).toEqual(expect.arrayContaining(['Coastal Survey Agency', 'Harbour Users Forum']));
    // The nested paragraph's badge is beside it, inside the lead paragraph, as the live page holds it.
    const forum = found.find((b) => b.text.includes('Harbour Users Forum'));
    expect(forum?.parentText).toMatch(/^Fees for visiting yachts/);
    expect(found.find((b) => b.text.includes('Coastal Survey Agency'))?.parentText).toContain('The channel silts up');
  });
});
