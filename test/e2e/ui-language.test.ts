/**
 * Issue 11, item 8, in real Chromium run in Indonesian: the registry's kinds, countries and ownership,
 * "Copy as text" and the Markdown export in the UI's language, the names as the page prints them.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../scripts/demo-server';
import { launch, openPopup, tabIdOf, type Loaded } from './browser';

let server: TestServer;
let browser: Loaded;
beforeAll(async () => {
  server = await startServer();
  browser = await launch(server.port, [], { args: ['--lang=id'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the popup in Indonesian', () => {
  it('says what each source is, who owns it and the copied text in Indonesian', async () => {
    const page = await browser.ctx.newPage();
    const url = server.url('/demo/seed-article-id.html');
    await page.goto(url);
    await browser.ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await openPopup(browser, await tabIdOf(browser.worker, url));
    await popup.getByTestId('chain').waitFor({ timeout: 20_000 });
    const tass = popup.getByTestId('source').filter({ has: popup.getByTestId('source-name').getByText('TASS', { exact: true }) });
    await expect(tass.locator('.source-kind').innerText()).resolves.toBe('kantor berita · Rusia');
    await expect(tass.getByTestId('ownership').innerText()).resolves.toMatch(/^Milik negara/);
    await expect(tass.getByTestId('ownership').innerText()).resolves.not.toContain('federal state unitary enterprise');

    await popup.getByTestId('copy-text').click();
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('↳ berdasarkan Người Đưa Tin');
    expect(copied).toContain('Kementerian Pertahanan Rusia (Russian Ministry of Defence)  (lembaga pemerintah · Rusia)');
    expect(copied).toContain('Kredit foto:');
    expect(copied).not.toMatch(/news agency|government body|Photo credits|State-owned/);

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-markdown').click()]);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toMatch(/^# Sumber “/);
    expect(md).toMatch(/^## Sumber \(\d+\)$/m);
    expect(md).toContain('- Dikenali sebagai: TASS (kantor berita, Rusia)');
    expect(md).toMatch(/^Bukti:$/m);
    expect(md).not.toMatch(/Identified as|Evidence:|Published by|Photo credits|## Flags|news agency/);
  });
});
