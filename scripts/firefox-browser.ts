/**
 * Real Firefox with the built Firefox extension: puppeteer-core speaking WebDriver BiDi to the machine's
 * Firefox (Debian's firefox-esr; nothing downloads a browser). Playwright drives only its own patched
 * Firefox, so the Firefox e2e (test/e2e-firefox) uses this instead.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { until } from './until';

export { until };

export const FIREFOX_E2E_BUILD = resolve('.output/firefox-mv3-e2e');

/** The add-on's id (lib/manifest.ts) and the fixed address its pages get in the test profile. */
const ADDON_ID = 'sourcetrace@sourcetrace.dev';
const ADDON_UUID = '5f1c2e3a-9d7b-4c6e-8a10-2b3c4d5e6f70';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Firefox found: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  return found;
}

export interface FirefoxLoaded {
  browser: Browser;
  /** The extension's base address, moz-extension://…/ */
  base: string;
  close: () => Promise<void>;
}

/**
 * Launches Firefox with the extension. `httpsTo`: every https site the browser asks for is answered by the local
 * https server on that port (Firefox has no host-resolver rules: an HTTPS proxy on 127.0.0.1 tunnels each
 * CONNECT there), its self-signed certificate accepted.
 */
export async function launchFirefox(opts: { httpsTo?: number } = {}): Promise<FirefoxLoaded> {
  const tunnel = opts.httpsTo ? await startTunnel(opts.httpsTo) : undefined;
  const proxy = tunnel ? { 'network.proxy.type': 1, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': tunnel.port } : {};
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      acceptInsecureCerts: !!tunnel,
      // A fixed internal address, so the test knows where the popup lives (Firefox draws one at random).
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }), ...proxy },
    })
    .catch(async (e: unknown) => {
      await closeServer(tunnel?.server);
      throw e;
    });
  const close = async () => {
    await browser.close();
    await closeServer(tunnel?.server);
  };
  try {
    await browser.installExtension(FIREFOX_E2E_BUILD);
  } catch (e) {
    await close();
    throw e;
  }
  return { browser, base: `moz-extension://${ADDON_UUID}/`, close };
}

/** An HTTPS proxy that sends every tunnel to 127.0.0.1:`to`, whatever host it names. */
async function startTunnel(to: number): Promise<{ server: Server; port: number }> {
  const server = createServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (_req, client) => {
    const upstream = connect(to, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const end = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', end);
    client.on('error', end);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as { port: number }).port };
}

async function closeServer(server: Server | undefined): Promise<void> {
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
}

/**
 * Opens the popup as a page reading the tab at `tabUrl`. The remote protocol may not navigate to an extension
 * page, so a local page goes there (the e2e build makes the popup web-accessible to localhost), and the popup
 * itself then finds the tab's id and reloads with `?tabId=N`, as test/e2e opens it in Chromium.
 */
export async function openFirefoxPopup(loaded: FirefoxLoaded, localUrl: string, tabUrl: string): Promise<Page> {
  const page = await loaded.browser.newPage();
  await page.goto(localUrl);
  const popupUrl = `${loaded.base}popup.html`;
  await page.evaluate((u) => void (location.href = u), popupUrl);
  await until(() => page.evaluate(() => location.protocol === 'moz-extension:').catch(() => false));
  const tabId = await until(() =>
    page.evaluate(async (u) => {
      const api = (globalThis as unknown as { browser: { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } } }).browser;
      return (await api.tabs.query({})).find((t) => t.url === u)?.id;
    }, tabUrl),
  );
  await page.evaluate((id) => void (location.search = `?tabId=${id}`), tabId);
  await until(() => page.evaluate(() => location.search.startsWith('?tabId=')).catch(() => false));
  return page;
}
