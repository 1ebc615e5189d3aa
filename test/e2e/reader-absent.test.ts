/**
 * The content script copies the page to the reader at once, without waiting for its ask that the reader be
 * up (entrypoints/content/copy.ts): when the reader is not there (the browser closed it, or had just
 * started), the port closes unanswered and the page is copied again once it is. Read as automatic badges do,
 * without the popup (which asks for the reader itself before it asks the tab).
 */
import { describe, expect, it } from 'vitest';
import { badges, until, demoBrowser } from './browser';

const env = demoBrowser();

const readers = () => env.browser.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length);

describe('a page read while the reader is down', () => {
  it('is read once the reader is up again, and badged', async () => {
    const { page, tabId } = await env.openTab('/demo/seed-article-id.html');
    await until(async () => (await readers()) === 1, 20_000);
    await env.browser.worker.evaluate(() => chrome.offscreen.closeDocument());
    expect(await readers()).toBe(0);
    await env.browser.worker.evaluate(async (id) => void (await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] })), tabId);
    const count = await until(() => env.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), 30_000);
    expect(count).toBe('4');
    expect(await readers()).toBe(1);
    const found = await until(async () => ((await badges(page)).length > 0 ? badges(page) : undefined), 20_000);
    expect(found.some((b) => b.parentText.includes('Menurut TASS'))).toBe(true);
  }, 90_000);
});
