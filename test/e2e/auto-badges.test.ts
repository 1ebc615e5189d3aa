/**
 * End to end, in real Chromium: the automatic badges' controls do what they say. Turning one site off leaves
 * another on; with "every site" chosen the popup says so and turns every site off; a page that is not an
 * article offers nothing. (The test build holds localhost and 127.0.0.1 access, as a user would grant it: a
 * headless browser shows no permission prompt. Asking and giving back access is tested in auto-access.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { badges, demoBrowser, openPopup, tabIdOf, until } from './browser';

const env = demoBrowser();

async function open(url: string) {
  const page = await env.browser.ctx.newPage();
  await page.goto(url);
  // The tab's address may show a moment after the page's first load.
  const popup = await openPopup(env.browser, await until(() => tabIdOf(env.browser.worker, url)));
  return { page, popup };
}

const registered = () => env.browser.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));
const settings = () => env.browser.worker.evaluate(async () => (await chrome.storage.local.get('sourcetrace:settings'))['sourcetrace:settings'] as { autoSites?: string[]; autoAll?: boolean });
const setSettings = (value: unknown) => env.browser.worker.evaluate((v) => chrome.storage.local.set({ 'sourcetrace:settings': v }), value);
/** The same test page on the server's other name: another site to the browser. */
const otherSite = (url: string) => url.replace('//localhost:', '//127.0.0.1:');

describe('automatic badges', () => {
  it('turns off one site only, when two are on', async () => {
    const a = await open(env.server.url('/pages/linked-source/'));
    await a.popup.getByTestId('chain').waitFor({ timeout: 20_000 });
    await a.popup.getByTestId('auto-site').click();
    await a.popup.getByTestId('auto-off').waitFor();
    const b = await open(otherSite(env.server.url('/pages/linked-source/')));
    await b.popup.getByTestId('chain').waitFor({ timeout: 20_000 });
    await b.popup.getByTestId('auto-site').click();
    await b.popup.getByTestId('auto-off').waitFor();
    await until(async () => ((await registered()).length === 4 ? true : undefined));

    await expect(a.popup.getByTestId('auto-off').innerText()).resolves.toBe('Turn off on this site');
    await a.popup.getByTestId('auto-off').click();
    await a.popup.getByTestId('auto-site').waitFor();
    await until(async () => ((await registered()).join() === 'http://127.0.0.1/*,https://127.0.0.1/*' ? true : undefined));
    expect((await settings()).autoSites).toEqual([new URL(otherSite(env.server.url('/'))).host]);

    // The other site still gets its badges without a click; this one no longer does.
    const fresh = await env.browser.ctx.newPage();
    await fresh.goto(otherSite(env.server.url('/demo/seed-article-id.html?auto')));
    await until(async () => ((await badges(fresh)).length ? true : undefined));
    const off = await env.browser.ctx.newPage();
    await off.goto(env.server.url('/demo/seed-article-id.html?auto'));
    await off.waitForTimeout(1500);
    expect(await badges(off)).toEqual([]);
    await setSettings({});
    await until(async () => ((await registered()).length === 0 ? true : undefined));
  });

  it('does not offer automatic badges on a page that is not an article', async () => {
    const { popup } = await open(env.server.url('/pages/not-article/'));
    await popup.getByTestId('not-article').waitFor({ timeout: 20_000 });
    await expect(popup.getByTestId('auto').count()).resolves.toBe(0);
  });

  // Last: giving back every site's access also takes the test build's localhost access (Chromium removes every
  // pattern the wildcard covers), so nothing after this reads localhost.
  it('says "on every site" when every site is on, and turns every site off', async () => {
    await setSettings({ autoAll: true });
    await until(async () => ((await registered()).includes('http://localhost/*') ? true : undefined));
    const { page, popup } = await open(env.server.url('/pages/linked-source/?all'));
    // Badged without a click (the content script was registered), and the popup says why.
    await until(async () => ((await badges(page)).length ? true : undefined));
    const state = popup.getByTestId('auto-state');
    await expect(state.innerText()).resolves.toContain('Automatic on every site');
    await expect(state.innerText()).resolves.not.toContain('on this site');
    await popup.getByTestId('auto-off-all').click();
    await popup.getByTestId('auto-site').waitFor();
    expect(await settings()).toMatchObject({ autoAll: false });
    await until(async () => ((await registered()).length === 0 ? true : undefined));
  });
});
