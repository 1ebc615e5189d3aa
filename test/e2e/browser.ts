/** The e2e tests' view of the browser: launching it, reading badges, waiting. */
import { afterAll, beforeAll } from 'vitest';
import { startServer, type TestServer } from '../../scripts/demo-server';
import type { Page } from 'playwright-core';
import { launch, tabIdOf, type Loaded } from '../../scripts/extension-browser';

export { E2E_BUILD, launch, openPopup, tabIdOf, type Loaded } from '../../scripts/extension-browser';
export { badges, cards, clickBadge, openBadgeMarkup, revealMarks, type BadgeView, type CardView } from '../../scripts/shadow';

export { until } from '../../scripts/until';

/**
 * The demo server and Chromium with the built extension for one test file: started before its tests,
 * closed after them. `hosts` are the extra sites the test build may read.
 */
export interface DemoBrowser {
  server: TestServer;
  browser: Loaded;
  /** Opens a path of the demo server in a new tab: the page, its address and its tab id. */
  openTab(path: string): Promise<{ page: Page; url: string; tabId: number }>;
}

export function demoBrowser(hosts: string[] = []): DemoBrowser {
  const env = {
    async openTab(path: string) {
      const page = await env.browser.ctx.newPage();
      const url = env.server.url(path);
      await page.goto(url);
      return { page, url, tabId: await tabIdOf(env.browser.worker, url) };
    },
  } as DemoBrowser;
  beforeAll(async () => {
    env.server = await startServer();
    env.browser = await launch(env.server.port, hosts);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
