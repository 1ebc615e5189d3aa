/**
 * Real Chromium with a built extension loaded: playwright-core driving the machine's Chromium or Chrome
 * (nothing downloads a browser). Used by `npm start` and the e2e tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath, QUIET_FLAGS } from './chromium';

export const E2E_BUILD = resolve('.output/chrome-mv3-e2e');

export interface Loaded {
  ctx: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

/**
 * Launches Chromium with the extension; `mapHosts` are sent to the local server on `port`, `opts.rules` are
 * more host-resolver rules (each host named, never `MAP *`), `opts.args` more flags.
 */
export async function launch(port: number, mapHosts: string[] = [], opts: { headless?: boolean; rules?: string[]; args?: string[] } = {}): Promise<Loaded> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcetrace-e2e-'));
  const rules = [...mapHosts.flatMap((h) => [`MAP ${h} 127.0.0.1:${port}`, `MAP *.${h} 127.0.0.1:${port}`]), ...(opts.rules ?? [])].join(', ');
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1100, height: 800 },
    args: [...QUIET_FLAGS, `--disable-extensions-except=${E2E_BUILD}`, `--load-extension=${E2E_BUILD}`, ...(rules ? [`--host-resolver-rules=${rules}`] : []), ...(opts.args ?? [])],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    ctx,
    worker,
    extensionId,
    close: async () => {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing `url`. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (!tab?.id) throw new Error(`no tab with ${u}`);
    return tab.id;
  }, url);
}

/** Opens the popup as a page, reading the given tab (as `?tabId=N`). */
export async function openPopup(loaded: Loaded, tabId: number): Promise<Page> {
  const page = await loaded.ctx.newPage();
  await page.goto(`chrome-extension://${loaded.extensionId}/popup.html?tabId=${tabId}`);
  return page;
}

