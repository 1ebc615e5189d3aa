/**
 * End to end, in real Chromium: credits inside frames. A site's shell holds its story in a srcdoc frame and
 * a box in a same-origin frame: both are read as part of the page, their credits listed and badged inside
 * the frames. A frame of another site can't be read: the popup says part of the page was not read.
 */
import { describe, expect, it } from 'vitest';
import { badges, clickBadge, openPopup, until, demoBrowser } from './browser';

const env = demoBrowser();

describe('frames', () => {
  it('reads the story in a srcdoc frame and the box in a same-origin frame, and badges their credits there', async () => {
    const { page, tabId } = await env.openTab('/pages/frames/');
    const popup = await openPopup(env.browser, tabId);
    await popup.getByTestId('chain').waitFor({ timeout: 20_000 });
    const names = await popup.getByTestId('source-name').allInnerTexts();
    expect(names).toEqual(expect.arrayContaining(['Upland Water Authority', 'Lowland Climate Office']));
    await expect(popup.getByTestId('photo-credits').innerText()).resolves.toContain('Valley Photo Desk');
    // Nothing of the other site's frame: it was not read, and the popup says so, naming the site.
    expect(names).not.toContain('Regional Rivers Trust');
    const note = popup.getByTestId('unread');
    // The site's name is isolated (U+2068…U+2069) in our sentence.
    await expect(note.innerText()).resolves.toMatch(/frame from another site \(\u2068127\.0\.0\.1\u2069\)/);
    const found = await until(async () => {
      const b = await badges(page);
      return b.length >= 3 ? b : undefined;
    });
    const at = (needle: string) => found.find((b) => b.parentText.includes(needle));
    expect(at('According to the Upland Water Authority')?.text).toContain('Upland Water Authority');
    expect(at('Lowland Climate Office')?.text).toContain('Lowland Climate Office');
    expect(at('Valley Photo Desk')?.parentTag).toBe('FIGCAPTION');
    expect(found.every((b) => b.shadowType === 'closed')).toBe(true);
    // The badges sit in the frames' documents, not in the shell's.
    const inShell = await page.evaluate(() => document.body.querySelectorAll('span').length);
    expect(inShell).toBe(0);
    // A card opened in a frame closes on a click elsewhere in that frame.
    const index = found.findIndex((b) => b.parentText.includes('According to the Upland Water Authority'));
    await page.bringToFront();
    await clickBadge(page, index);
    const open = async () => (await badges(page))[index]!.text.includes('Close');
    await until(open);
    await page.frameLocator('#story').locator('h1').click();
    await until(async () => !(await open()));
  });

  it('says part of the page was not read when its only story is in another site\'s frame', async () => {
    const { tabId } = await env.openTab('/pages/frames/shell/');
    const popup = await openPopup(env.browser, tabId);
    await popup.getByTestId('not-article').waitFor({ timeout: 20_000 });
    await expect(popup.getByTestId('unread').innerText()).resolves.toContain('127.0.0.1');
    await expect(popup.getByRole('alert').count()).resolves.toBe(0);
  });
});
