/**
 * End to end, in real Chromium with the built extension: the seed page traced through the popup (the
 * user's click), badges beside the credit lines and on the figure, the popup's chain, the toolbar count,
 * following a link to an original, automatic badges on a chosen site, a page that isn't an article, and a
 * hostile page that can neither break the extension nor read its badges.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { badges, clickBadge, openPopup, until, demoBrowser } from './browser';

const env = demoBrowser(['tass.com', 'nguoiduatin.vn']);

/** The card of the source named exactly `name`. */
function sourceCard(popup: import('playwright-core').Page, name: string) {
  return popup.getByTestId('source').filter({ has: popup.getByTestId('source-name').getByText(name, { exact: true }) });
}

describe('the seed page, traced on the user\'s click', () => {
  let article: Awaited<ReturnType<typeof env.openTab>>;
  let popup: import('playwright-core').Page;

  beforeAll(async () => {
    article = await env.openTab('/demo/seed-article-id.html');
    popup = await openPopup(env.browser, article.tabId);
    await popup.getByTestId('chain').waitFor({ timeout: 20_000 });
  });

  it('shows the chain: this page → nguoiduatin.vn → the credited sources', async () => {
    await expect(popup.getByTestId('node-page').innerText()).resolves.toContain('Menteri Pertahanan Rusia tiba di Tiongkok');
    const basedOn = popup.getByTestId('node-based-on').locator('a');
    await expect(basedOn.getAttribute('href')).resolves.toMatch(/^https:\/\/www\.nguoiduatin\.vn\/bo-truong-quoc-phong-nga/);
    const names = await popup.getByTestId('source-name').allInnerTexts();
    // Each under the name the page prints, the registry's beside it where it differs.
    expect(names.sort()).toEqual(["Barron's", 'Kementerian Pertahanan Rusia', 'TASS', 'The Moscow Times']);
    await expect(sourceCard(popup, 'Kementerian Pertahanan Rusia').getByTestId('registry-name').innerText()).resolves.toContain('Russian Ministry of Defence');
  });

  it('gives each source the sentence that credits it and a link to its original', async () => {
    const tass = sourceCard(popup, 'TASS');
    await expect(tass.locator('blockquote').innerText()).resolves.toContain('Menurut TASS, Moscow Times, Barron');
    const search = tass.getByTestId('link-search').locator('a').first();
    await expect(search.getAttribute('href')).resolves.toMatch(/^https:\/\/tass\.com\/search\?.*Belousov/);
  });

  it('lists the photo credit and the flags in plain words', async () => {
    await expect(popup.getByTestId('photo-credits').innerText()).resolves.toContain('Kementerian Pertahanan Rusia');
    const flags = popup.getByTestId('flags');
    await expect(flags.locator('[data-flag="republished"]').count()).resolves.toBe(1);
    await expect(flags.locator('[data-flag="template-residue"]').innerText()).resolves.toContain('[iklan_2]');
  });

  it('badges the credit lines and the figure in the page', async () => {
    const found = await until(async () => {
      const b = await badges(article.page);
      return b.length >= 4 ? b : undefined;
    });
    const at = (needle: string) => found.find((b) => b.parentText.includes(needle));
    expect(at('Menurut TASS')?.text).toMatch(/TASS.*The Moscow Times.*Barron's/);
    expect(at('menurut pernyataan Kementerian Pertahanan Rusia')?.text).toContain('Kementerian Pertahanan Rusia');
    expect(at('dirilis oleh Kementerian Pertahanan Rusia')?.text).not.toContain('Russian Ministry of Defence');
    expect(at('Foto: Kementerian Pertahanan Rusia')).toMatchObject({ parentTag: 'FIGCAPTION' });
    expect(at('Sumber:')?.text).toContain('Người Đưa Tin');
    expect(found.every((b) => b.shadowType === 'closed')).toBe(true);
    // Nothing in the comments, related links or footer.
    expect(found.some((b) => /Komentar|Berita terkait|Hak cipta/.test(b.parentText))).toBe(false);
  });

  it('opens a badge card on click, with the crediting sentence', async () => {
    const list = await badges(article.page);
    const index = list.findIndex((b) => b.parentText.includes('Menurut TASS'));
    await article.page.bringToFront();
    await clickBadge(article.page, index);
    const after = await until(async () => {
      const badge = (await badges(article.page))[index];
      return badge?.text.includes('Menurut TASS') ? badge : undefined;
    });
    expect(after.text).toContain('tass.com');
  });

  it('counts the distinct sources on the toolbar button', async () => {
    const text = await until(() => env.browser.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), article.tabId));
    expect(text).toBe('4');
  });

  it('answers a second click from the script already in the page: nothing is read again, no badge taken down', async () => {
    await until(async () => ((await badges(article.page)).length >= 4 ? true : undefined));
    // The page sees its own DOM change: a new read would take the badges down and put them up again.
    await article.page.evaluate(() => {
      const w = window as unknown as { removedNodes: number };
      w.removedNodes = 0;
      new MutationObserver((records) => records.forEach((r) => (w.removedNodes += r.removedNodes.length))).observe(document, { childList: true, subtree: true });
    });
    await popup.close();
    popup = await openPopup(env.browser, article.tabId);
    await popup.getByTestId('chain').waitFor({ timeout: 20_000 });
    await expect(popup.getByTestId('source-name').count()).resolves.toBe(4);
    await article.page.waitForTimeout(1000);
    await expect(article.page.evaluate(() => (window as unknown as { removedNodes: number }).removedNodes)).resolves.toBe(0);
    await expect(badges(article.page).then((b) => b.length)).resolves.toBeGreaterThanOrEqual(4);
  });

  it('clears the count when the tab navigates away', async () => {
    await article.page.goto(env.server.url('/pages/not-article/'));
    const text = await until(async () => {
      const t = await env.browser.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), article.tabId);
      return t === '' ? 'cleared' : undefined;
    });
    expect(text).toBe('cleared');
  });
});

describe('following a link to the original', () => {
  it('opens the article the text links to, on the source\'s own site', async () => {
    const article = await env.openTab('/pages/linked-source/');
    const popup = await openPopup(env.browser, article.tabId);
    const tass = sourceCard(popup, 'TASS');
    const link = tass.getByTestId('link-article').locator('a').first();
    await expect(link.getAttribute('href')).resolves.toBe('http://tass.com/defense/1856001');
    const [original] = await Promise.all([env.browser.ctx.waitForEvent('page'), link.click()]);
    await original.waitForLoadState();
    await expect(original.locator('h1').getAttribute('data-original')).resolves.toBe('tass.com/defense/1856001');
  });
});

describe('automatic badges', () => {
  it('badges a chosen site\'s articles without a click, once the user turns it on', async () => {
    const first = await env.openTab('/pages/linked-source/');
    const popup = await openPopup(env.browser, first.tabId);
    await popup.getByTestId('chain').waitFor();
    await popup.getByTestId('auto-site').click();
    await popup.getByTestId('auto-off').waitFor();
    const registered = await env.browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.flatMap((s) => s.matches ?? [])).toContain('http://localhost/*');

    const fresh = await env.browser.ctx.newPage();
    await fresh.goto(env.server.url('/demo/seed-article-id.html?again'));
    const found = await until(async () => {
      const b = await badges(fresh);
      return b.length >= 4 ? b : undefined;
    });
    expect(found.some((b) => b.text.includes('TASS'))).toBe(true);

    await popup.getByTestId('auto-off').click();
    await popup.getByTestId('auto-site').waitFor();
    await expect(env.browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).resolves.toEqual([]);
  });
});

describe('pages that are not articles, and hostile pages', () => {
  it('says so for a page that is not an article, and badges nothing', async () => {
    const page = await env.openTab('/pages/not-article/');
    const popup = await openPopup(env.browser, page.tabId);
    await popup.getByTestId('not-article').waitFor();
    expect(await badges(page.page)).toEqual([]);
  });

  it('reads a short wire brief when the user asks for it, and only then', async () => {
    const page = await env.openTab('/pages/wire-brief/');
    const popup = await openPopup(env.browser, page.tabId);
    await popup.getByTestId('not-article').waitFor();
    expect(await badges(page.page)).toEqual([]);
    await popup.getByTestId('read-anyway').click();
    await popup.getByTestId('chain').waitFor();
    await expect(popup.getByTestId('registry-name').allInnerTexts()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('Deutsche Presse-Agentur')]));
    const found = await until(async () => {
      const b = await badges(page.page);
      return b.length ? b : undefined;
    });
    expect(found.some((b) => b.parentText.startsWith('Hamburg (dpa)'))).toBe(true);
  });

  it('badges a line of a <br>-separated article at the end of that line', async () => {
    const page = await env.openTab('/pages/br-lines-div/');
    const popup = await openPopup(env.browser, page.tabId);
    await popup.getByTestId('chain').waitFor();
    await expect(popup.getByTestId('source-name').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['Reuters']));
    const found = await until(async () => {
      const b = await badges(page.page);
      return b.some((x) => x.text.includes('Reuters')) ? b : undefined;
    });
    const reuters = found.find((b) => b.text.includes('Reuters'))!;
    expect(reuters.parentClass).toBe('isi-berita');
    expect(reuters.beforeText).toMatch(/^Menurut Reuters.*merusak tanaman petani\.$/);
  });

  it('keeps working on a page that breaks built-ins, and the page cannot read the badges', async () => {
    const page = await env.openTab('/pages/hostile/');
    const popup = await openPopup(env.browser, page.tabId);
    await popup.getByTestId('chain').waitFor();
    const names = await popup.getByTestId('source-name').allInnerTexts();
    expect(names).toContain('Harbour Workers Union');
    // The page's own link was javascript:, so it never becomes a link of ours.
    const hrefs = await popup.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.every((h) => /^https?:|^$/.test(h))).toBe(true);
    // Page text that looks like markup stays text.
    await expect(popup.locator('img').count()).resolves.toBe(0);
    const found = await until(async () => {
      const b = await badges(page.page);
      return b.length ? b : undefined;
    });
    expect(found.length).toBeGreaterThan(0);
    const probe = await page.page.evaluate(() => (window as unknown as { __probe: { shadow: string; text: string } }).__probe);
    expect(probe.shadow).toBe('closed');
    expect(probe.text ?? '').toBe('');
  });
});

describe('the production build', () => {
  it('asks for no host access at install', () => {
    const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'offscreen', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });
});
