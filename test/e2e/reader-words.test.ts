/**
 * End to end, in real Chromium (issue 11, items 2, 5 and 6): what a reader sees of the credits is words.
 * A long crediting sentence is cut around its credit at word bounds, marked "…"; no rule id nor bare cue
 * word is shown; every link says where it goes and names its source for screen readers, a search has no
 * archived copies, and a body with no site gets a web search.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { badges, clickBadge, openPopup, tabIdOf, until, demoBrowser } from './browser';

const env = demoBrowser();
const ID = /\b(?:[a-z]{2,3}|photo|origin|meta)\.[a-z0-9]+(?:-[a-z0-9]+)+\b/;

describe('a reader\'s words', () => {
  let article: import('playwright-core').Page;
  let popup: import('playwright-core').Page;
  const card = (name: string) => popup.getByTestId('source').filter({ has: popup.getByTestId('source-name').getByText(name, { exact: true }) });

  beforeAll(async () => {
    article = await env.browser.ctx.newPage();
    const url = env.server.url('/pages/reader-words/');
    await article.goto(url);
    popup = await openPopup(env.browser, await tabIdOf(env.browser.worker, url));
    await popup.getByTestId('chain').waitFor({ timeout: 20_000 });
  });

  it('cuts a long quote around its credit, between words, and marks the cut', async () => {
    const quote = await card('Coastal Shipping Board').getByTestId('source-evidence').innerText();
    expect(quote).toMatch(/^…/);
    expect(quote).toContain('the Coastal Shipping Board said in a statement');
    const words = new Set((await article.locator('article').innerText()).split(/\s+/));
    for (const w of quote.replace(/…/g, ' ').split(/\s+/).filter(Boolean)) expect(words.has(w), w).toBe(true);
  });

  it('says how each source is credited, in words, with no rule id', async () => {
    await expect(card('Reuters').getByTestId('source-how').innerText()).resolves.toBe('according to …');
    await expect(card('Coastal Shipping Board').getByTestId('source-how').innerText()).resolves.toBe('quoted as saying');
    const text = await popup.locator('body').innerText();
    expect(text).not.toMatch(ID);
    const titles = await popup.locator('[title]').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
    expect(titles.join('\n')).not.toMatch(ID);
  });

  it('gives every link words that say where it goes and the source\'s name', async () => {
    const links = await popup.locator('[data-testid="source"] .links a').evaluateAll((as) => as.map((a) => ({ text: a.textContent ?? '', label: a.getAttribute('aria-label') ?? '' })));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.text).not.toMatch(/https?:|%[0-9A-F]{2}/);
      expect(l.label).toMatch(/Reuters|Coastal Shipping Board/);
    }
    await expect(card('Reuters').getByTestId('link-search').innerText()).resolves.toBe('Search reuters.com for this story');
    await expect(card('Reuters').getByTestId('link-search').locator('a.archive').count()).resolves.toBe(0);
    const web = card('Coastal Shipping Board').getByTestId('link-web-search');
    await expect(web.innerText()).resolves.toMatch(/^Search the web for .?Coastal Shipping Board.? \(duckduckgo\.com\)$/);
    await expect(web.locator('a').getAttribute('href')).resolves.toMatch(/Port%20Calder/);
  });

  it('the badge card says how and where, in words', async () => {
    const list = await until(async () => {
      const b = await badges(article);
      return b.length >= 3 ? b : undefined;
    });
    const index = list.findIndex((b) => b.parentText.includes('According to Reuters'));
    await article.bringToFront();
    await clickBadge(article, index);
    const open = await until(async () => {
      const b = (await badges(article))[index];
      return b?.text.includes('according to') ? b : undefined;
    });
    expect(open.text).toContain('Search reuters.com for this story');
    expect(open.text).not.toMatch(ID);
    expect(open.text).not.toMatch(/https?:\/\//);
  });
});
