/**
 * End to end, in real Chromium: a story rendered by web components. The body's own paragraphs in an open
 * shadow root, the page's paragraphs put into its slots, and a caption in a declarative open shadow root are
 * read as the page shows them, their credits listed and badged where they stand. A story in a closed shadow
 * root, which the page's own scripts cannot read, is read too: the browser opens it to the extension.
 */
import { describe, expect, it } from 'vitest';
import { badges, openPopup, until, demoBrowser } from './browser';

const env = demoBrowser();

describe('shadow roots', () => {
  it('reads the story a web component renders, slots included, and badges its credits in the shadow tree', async () => {
    const { page, tabId } = await env.openTab('/pages/shadow/');
    const popup = await openPopup(env.browser, tabId);
    await popup.getByTestId('chain').waitFor({ timeout: 20_000 });
    const names = await popup.getByTestId('source-name').allInnerTexts();
    expect(names).toContain('Port Engineering Bureau');
    await expect(popup.getByTestId('photo-credits').innerText()).resolves.toContain('Northsea Image Desk');
    const found = await until(async () => {
      const b = await badges(page);
      return b.length >= 2 ? b : undefined;
    });
    expect(found.find((b) => b.parentText.includes('According to the Port Engineering Bureau'))?.text).toContain('Port Engineering Bureau');
    expect(found.find((b) => b.parentText.includes('Northsea Image Desk'))?.parentTag).toBe('FIGCAPTION');
    // The badges stand inside the component's shadow tree, beside the lines they mark.
    const inShadow = await page.evaluate(() => document.querySelector('story-body')!.shadowRoot!.querySelectorAll('span').length);
    expect(inShadow).toBeGreaterThan(0);
  });

  it('reads a story in a closed shadow root through the extension API, and badges its credit there', async () => {
    const { page, tabId } = await env.openTab('/pages/closed-shadow/');
    const popup = await openPopup(env.browser, tabId);
    await popup.getByTestId('chain').waitFor({ timeout: 20_000 });
    const names = await popup.getByTestId('source-name').allInnerTexts();
    expect(names).toContain('Kestrel Bay Crossing Authority');
    // All of it was read: nothing to say about a part that was not.
    await expect(popup.getByTestId('unread').count()).resolves.toBe(0);
    const found = await until(async () => {
      const b = await badges(page);
      return b.length >= 1 ? b : undefined;
    });
    expect(found.find((b) => b.parentText.includes('According to the Kestrel Bay Crossing Authority'))?.text).toContain('Kestrel Bay Crossing Authority');
    // The page still cannot see into its closed root.
    await expect(page.evaluate(() => document.querySelector('news-story')!.shadowRoot)).resolves.toBeNull();
  });
});
