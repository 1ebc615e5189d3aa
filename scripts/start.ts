/**
 * `npm start`: builds the extension, serves the demo page on localhost and opens Chromium (or Chrome:
 * CHROME_PATH) with the extension loaded, on the demo page with its badges, automatic badges turned on for
 * localhost as a user would (popup → "Always on localhost").
 * `npm start -- --headless` does the same without a display, prints the chain and writes screenshots of
 * the page with its badges and of the popup (docs/screenshots/).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatReport } from '../lib/format';
import { ReportReply } from '../lib/messages';
import { startServer } from './demo-server';
import { launch, openPopup, tabIdOf } from './extension-browser';
import { badges, clickBadge } from './shadow';

const { values } = parseArgs({ options: { headless: { type: 'boolean' }, out: { type: 'string', default: 'docs/screenshots' } } });

console.log('Building the extension…');
execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { stdio: 'inherit', env: { ...process.env, SOURCETRACE_E2E: '1' } });

const server = await startServer();
const demo = server.url('/demo/seed-article-id.html');
const browser = await launch(server.port, [], { headless: !!values.headless });
const page = await browser.ctx.newPage();
await page.goto(demo);
await browser.ctx.pages().find((p) => p.url() === 'about:blank')?.close();
const tabId = await tabIdOf(browser.worker, demo);

// The popup, opened for the demo tab as a user's click would: it traces the page and shows the chain.
const popup = await openPopup(browser, tabId);
await popup.getByTestId('chain').waitFor({ timeout: 30_000 });
await popup.getByTestId('auto-site').click();
await popup.getByTestId('auto-off').waitFor();
const reply = ReportReply.parse(await popup.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'sourcetrace:get-report' }), tabId));
if (reply.state !== 'error') console.log(`\n${formatReport(reply.report)}\n`);

if (values.headless) {
  mkdirSync(values.out!, { recursive: true });
  await page.bringToFront();
  await page.setViewportSize({ width: 1000, height: 1000 });
  await page.reload();
  // Our badge hosts carry no name of ours: wait for them through the DevTools protocol.
  let list = await badges(page);
  for (let end = Date.now() + 20_000; !list.length && Date.now() < end; list = await badges(page)) await page.waitForTimeout(200);
  // Open the badge of the end credit, so the screenshot shows a card.
  await clickBadge(page, list.findIndex((b) => b.parentText.includes('Menurut')));
  await page.evaluate(() => window.scrollTo(0, document.querySelector('p.author')!.getBoundingClientRect().top + window.scrollY - 560));
  await page.screenshot({ path: `${values.out}/page-badges.png` });
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 440, height: 900 });
    await popup.screenshot({ path: `${values.out}/popup-${scheme}.png`, fullPage: true });
  }
  console.log(`Screenshots in ${values.out}/: page-badges.png, popup-light.png, popup-dark.png`);
  await browser.close();
  await server.close();
} else {
  await popup.close();
  await page.bringToFront();
  await page.reload();
  console.log(`Chromium is open on ${demo} with Sourcetrace loaded; close the browser (or press Ctrl+C) to stop.`);
  await new Promise<void>((done) => {
    browser.ctx.on('close', () => done());
    process.on('SIGINT', () => done());
  });
  await browser.close().catch(() => undefined);
  await server.close();
}

declare const chrome: { tabs: { sendMessage(tabId: number, message: object): Promise<unknown> } };
