/**
 * The Firefox build in real Firefox (firefox-esr, driven over WebDriver BiDi): the paths only Firefox takes —
 * no offscreen document (the background page's frame reads the copy), `browser.*` promises, the gecko
 * manifest — traced on the user's click as in Chromium (test/e2e/extension.test.ts): the chain in the popup,
 * badges put into the page, the toolbar count, a page that is not an article, a JSON tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startServer, type TestServer } from '../../scripts/demo-server';
import { launchFirefox, openFirefoxPopup, until, type FirefoxLoaded } from '../../scripts/firefox-browser';

let server: TestServer;
let firefox: FirefoxLoaded;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Opens a demo-server path in a tab, remembering which elements the page had before anything ran. */
async function openTab(path: string): Promise<{ page: Page; url: string }> {
  const page = await firefox.browser.newPage();
  const url = server.url(path);
  await page.goto(url);
  await page.evaluate(() => {
    (window as unknown as { before: WeakSet<Element> }).before = new WeakSet(document.querySelectorAll('*'));
  });
  return { page, url };
}

/** The elements added to the page since it loaded (badge hosts: their insides are closed to the page) and the text of what each marks. */
function added(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const before = (window as unknown as { before: WeakSet<Element> }).before;
    return [...document.querySelectorAll('*')].filter((e) => !before.has(e)).map((e) => e.parentElement?.textContent ?? '');
  });
}

const popupOf = (tab: { url: string }) => openFirefoxPopup(firefox, server.url('/demo/'), tab.url);
const texts = (popup: Page, testId: string) => popup.$$eval(`[data-testid="${testId}"]`, (els) => els.map((e) => (e as HTMLElement).innerText));

describe('Firefox: the seed page traced on the user\'s click', () => {
  let article: { page: Page; url: string };
  let popup: Page;

  beforeAll(async () => {
    article = await openTab('/demo/seed-article-id.html');
    popup = await popupOf(article);
    await popup.waitForSelector('[data-testid="chain"]', { timeout: 20_000 });
  });

  it('shows the chain: this page → nguoiduatin.vn → the credited sources, with the photo credit', async () => {
    expect(await texts(popup, 'node-page')).toEqual([expect.stringContaining('Menteri Pertahanan Rusia tiba di Tiongkok')]);
    const basedOn = await popup.$eval('[data-testid="node-based-on"] a', (a) => a.getAttribute('href'));
    expect(basedOn).toMatch(/^https:\/\/www\.nguoiduatin\.vn\/bo-truong-quoc-phong-nga/);
    expect((await texts(popup, 'source-name')).sort()).toEqual(["Barron's", 'Kementerian Pertahanan Rusia', 'TASS', 'The Moscow Times']);
    expect((await texts(popup, 'photo-credits')).join(' ')).toContain('Kementerian Pertahanan Rusia');
    expect(await popup.$$('[role="alert"]')).toHaveLength(0);
  });

  it('went to the reader as the page\'s own HTML, which parsed back to the same tree (lib/html-copy.ts)', async () => {
    const steps = await popup.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
    expect(steps).toContain('sourcetrace:as html');
    expect(steps).not.toContain('sourcetrace:reshaped');
  });

  it('puts badges beside the credit lines and on the figure, nowhere else', async () => {
    const marks = await until(async () => {
      const a = await added(article.page);
      return a.length >= 4 ? a : undefined;
    });
    for (const line of ['Menurut TASS', 'Foto: Kementerian Pertahanan Rusia', 'Sumber:']) {
      expect(marks.some((t) => t.includes(line))).toBe(true);
    }
    expect(marks.some((t) => /Komentar|Berita terkait|Hak cipta/.test(t))).toBe(false);
  });

  it('counts the distinct sources on the toolbar button', async () => {
    const count = await until(() =>
      popup.evaluate(async () => {
        const id = Number(new URLSearchParams(location.search).get('tabId'));
        const api = (globalThis as unknown as { browser: { action: { getBadgeText: (d: object) => Promise<string> } } }).browser;
        return api.action.getBadgeText({ tabId: id });
      }),
    );
    expect(count).toBe('4');
  });
});

describe('Firefox: pages that get no chain', () => {
  it('says so for a page that is not an article, and badges nothing', async () => {
    const tab = await openTab('/pages/not-article/');
    const popup = await popupOf(tab);
    await popup.waitForSelector('[data-testid="not-article"]', { timeout: 20_000 });
    expect(await popup.$$('[data-testid="source"]')).toHaveLength(0);
    expect(await added(tab.page)).toEqual([]);
  });

  it('reads nothing from a JSON tab (Firefox shows it in its JSON viewer), even read anyway, and shows no raw error', async () => {
    const tab = await firefox.browser.newPage();
    const url = server.url('/pages/not-html/story.json');
    await tab.goto(url);
    const popup = await popupOf({ url });
    await popup.waitForSelector('[data-testid="not-article"]', { timeout: 20_000 });
    await popup.click('[data-testid="read-anyway"]');
    await until(async () => (await popup.$$('[data-testid="read-anyway"]')).length === 0);
    // The popup reads again before it answers: wait for its answer, then count.
    await popup.waitForSelector('[data-testid="not-article"]', { timeout: 20_000 });
    expect(await popup.$$('[data-testid="not-article"]')).toHaveLength(1);
    expect(await popup.$$('[data-testid="source"]')).toHaveLength(0);
    expect(await popup.$$('[role="alert"]')).toHaveLength(0);
    expect(await popup.evaluate(() => document.body.innerText)).not.toMatch(/invalid_type|TypeError|Error:|\[\{/);
  });
});

describe('Firefox: automatic badges on a chosen site', () => {
  it('badges a new page of the site without a click once turned on, and none once turned off', async () => {
    const first = await openTab('/pages/linked-source/');
    const popup = await popupOf(first);
    await popup.waitForSelector('[data-testid="chain"]', { timeout: 20_000 });
    await popup.click('[data-testid="auto-site"]');
    await popup.waitForSelector('[data-testid="auto-off"]');

    // Firefox runs the registered content script by itself on the site's next page.
    const on = await openTab('/demo/seed-article-id.html?auto-on');
    const marks = await until(async () => {
      const a = await added(on.page);
      return a.length >= 4 ? a : undefined;
    });
    expect(marks.some((t) => t.includes('Menurut TASS'))).toBe(true);

    const registered = () =>
      popup.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { scripting: { getRegisteredContentScripts: () => Promise<{ matches?: string[] }[]> } } }).browser;
        return (await api.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
      });
    expect(await registered()).toEqual(expect.arrayContaining(['http://localhost/*']));
    await popup.click('[data-testid="auto-off"]');
    await popup.waitForSelector('[data-testid="auto-site"]');
    await until(async () => (await registered()).length === 0);
    const off = await openTab('/demo/seed-article-id.html?auto-off');
    await new Promise((r) => setTimeout(r, 2000));
    expect(await added(off.page)).toEqual([]);
  });
});
