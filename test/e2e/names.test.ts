/**
 * Issue 11, items 1 and 7, in real Chromium with the built extension: names shown once, as the page prints
 * them (credit labels hidden in spans, a cue glued to a name, an origin line), and no noise (the page's own
 * photographers folded, one badge per photo credit, no warning about bodies that are not outlets).
 */
import { describe, expect, it } from 'vitest';
import { badges, openPopup, until, demoBrowser } from './browser';

const env = demoBrowser();

async function popupOf(path: string) {
  const { page, tabId } = await env.openTab(path);
  const popup = await openPopup(env.browser, tabId);
  await popup.getByTestId('chain').waitFor({ timeout: 20_000 });
  return { page, popup };
}

describe('a page with its own photographers and a wire\'s repeated photo credit', () => {
  it('lists the wire once, folds its own staff into one line, and warns about no outlet', async () => {
    const { page, popup } = await popupOf('/pages/own-staff/');
    const text = await popup.locator('main').innerText();
    expect(text).not.toContain('CreditCredit');
    await expect(popup.getByTestId('photo-credit').allInnerTexts()).resolves.toEqual([expect.stringMatching(/^Reuters/)]);
    const own = await popup.getByTestId('photo-own').innerText();
    expect(own).toContain('The Harbour Herald');
    expect(own.match(/Ines Varga/g)).toHaveLength(1);
    expect(own).toContain('Tom Reyes');
    // Public bodies and companies not in the registry are no unknown outlets.
    await expect(popup.locator('[data-flag="unresolved-sources"]').count()).resolves.toBe(0);
    await expect(popup.getByTestId('source-name').allInnerTexts()).resolves.toEqual(['Port Authority of Eastvale', 'Brightwater Dredging Ltd', 'Reuters']);

    const found = await until(async () => {
      const b = await badges(page);
      return b.some((x) => x.text.includes('Photo')) ? b : undefined;
    });
    // One photo badge for the wire's three pictures, none for the page's own photographers.
    expect(found.filter((b) => /Photo/.test(b.text)).map((b) => b.text)).toEqual([expect.stringContaining('Reuters')]);
    expect(found.some((b) => b.text.includes('Harbour Herald'))).toBe(false);
    await page.close();
  });
});

describe('a Chinese page with a cue glued to a name and an origin line', () => {
  it('names the body as printed, without the cue, and the origin as the page it is based on', async () => {
    const { page, popup } = await popupOf('/pages/origin-zh/');
    await expect(popup.getByTestId('source-name').allInnerTexts()).resolves.toEqual(['新华社']);
    await expect(popup.getByTestId('registry-name').innerText()).resolves.toContain('Xinhua');
    await expect(popup.getByTestId('node-based-on').locator('a').innerText()).resolves.toBe('澎湃新闻网');
    await page.close();
  });
});
