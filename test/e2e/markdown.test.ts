/**
 * End to end, in real Chromium with the built extension: the popup's "Export report (Markdown)" downloads the
 * report as Markdown, named from the page's domain and date, with the stamp, the source and its quote and
 * links, the photo credit, the page it is based on and the flags; the page's hostile title stays text.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPopup, tabIdOf, demoBrowser } from './browser';

const env = demoBrowser();

describe('the Markdown export', () => {
  let popup: import('playwright-core').Page;
  let url: string;

  beforeAll(async () => {
    const page = await env.browser.ctx.newPage();
    url = env.server.url('/pages/markdown-export/');
    await page.goto(url);
    popup = await openPopup(env.browser, await tabIdOf(env.browser.worker, url));
    await popup.getByTestId('chain').waitFor({ timeout: 20_000 });
  });

  it('downloads the report as Markdown, named from the domain and the date', async () => {
    const version = await env.browser.worker.evaluate(() => chrome.runtime.getManifest().version);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-markdown').click()]);
    expect(download.suggestedFilename()).toMatch(/^sourcetrace-localhost-\d{4}-\d{2}-\d{2}\.md$/);
    const md = readFileSync((await download.path())!, 'utf8');
    // The hostile title is text: escaped, its bidi override gone.
    expect(md).toContain('# Sources of “Harbour cranes idle as dock strike enters third day \\[x\\]\\(javascript:alert\\(1\\)\\) \\<img src=x onerror=alert\\(2\\)\\>”');
    expect(md).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(md).toContain(`- Page: [localhost/pages/markdown-export](${url})`);
    expect(md).toContain(`- Sourcetrace version: ${version}`);
    expect(md).toMatch(/- Traced: \d{4}-\d{2}-\d{2}T/);
    expect(md).toContain('### 1. Reuters');
    expect(md).toContain('> According to Reuters, more than forty vessels were waiting at anchor by the afternoon');
    // Links and flags in the popup's words; the address is the link's target, not its text.
    expect(md).toContain('- [Original article on reuters.com](https://www.reuters.com/world/harbour-strike-third-day-2026-11-30/)');
    expect(md).toMatch(/## Photo credits \(1\)\n\n- \*\*Reuters\*\*/);
    expect(md).toContain('## Based on (1)');
    expect(md).toContain('- Republished: the page says it is based on another page.');
    expect(md).not.toContain('**republished**');
  });

  it('stamps the JSON export the same way', async () => {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-json').click()]);
    expect(download.suggestedFilename()).toMatch(/^sourcetrace-localhost-\d{4}-\d{2}-\d{2}\.json$/);
    const report = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Date.parse(report.tracedAt)).not.toBeNaN();
  });

  it('labels the button in the UI language', async () => {
    await expect(popup.getByTestId('export-markdown').innerText()).resolves.toBe('Export report (Markdown)');
  });
});
