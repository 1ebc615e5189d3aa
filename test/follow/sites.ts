/**
 * A stand-in web for the follow tests, on 127.0.0.1 only: routes keyed `host/path`. A request names its site
 * by its Host header (the browser, with --host-resolver-rules) or by the first segment of its path (the
 * CLI, with `--map https://tass.com=http://127.0.0.1:PORT/tass.com`). Unknown routes answer 404.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Route = { status?: number; type?: string; body?: string | Uint8Array; headers?: Record<string, string> } | ((req: IncomingMessage, res: ServerResponse) => void);

export interface Sites {
  port: number;
  /** `http://127.0.0.1:PORT/host/path` */
  url: (key: string) => string;
  /** Requests seen, by route key, in order. */
  hits: string[];
  close: () => Promise<void>;
}

const LOCAL = new Set(['127.0.0.1', 'localhost']);

function keyOf(req: IncomingMessage): string {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  const path = new URL(req.url ?? '/', 'http://x').pathname + (new URL(req.url ?? '/', 'http://x').search);
  return LOCAL.has(host) ? path.slice(1) : `${host}${path}`;
}

/** A self-signed certificate for https sites (HSTS-preloaded domains are https in Chromium). */
export function selfSigned(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'k.pem'), 'utf8'), cert: readFileSync(join(dir, 'c.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startSites(routes: Record<string, Route>, tls?: { key: string; cert: string }): Promise<Sites> {
  const hits: string[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const key = keyOf(req);
    hits.push(key);
    const route = routes[key] ?? routes[key.replace(/\?.*$/, '')];
    if (!route) return void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    if (typeof route === 'function') return route(req, res);
    res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers });
    res.end(route.body ?? '');
  };
  const server = tls ? createHttps(tls, handler) : createHttp(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: (key) => `${tls ? 'https' : 'http'}://127.0.0.1:${port}/${key}`,
    hits,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}

const page = (name: string) => ({ body: readFileSync(new URL(`../pages/follow/${name}`, import.meta.url)) });

/** The seed's chain: its Vietnamese source, TASS's story, an unrelated page; Barron's link is a 404. */
export const SEED_SOURCE = 'https://www.nguoiduatin.vn/bo-truong-quoc-phong-nga-den-trung-quoc-de-dam-phan-quan-su-204241014210826959.htm';
export const CHAIN_SITES = ['www.nguoiduatin.vn', 'tass.com', 'www.themoscowtimes.com', 'www.barrons.com'];
export function chainRoutes(): Record<string, Route> {
  return {
    [SEED_SOURCE.replace('https://', '')]: page('nguoiduatin.html'),
    'tass.com/defense/1856347': page('tass.html'),
    'www.themoscowtimes.com/2024/10/14/white-nights-bridge-festival-a86530': page('unrelated.html'),
  };
}

/** `--map` arguments sending every chain site to `sites`. */
export function chainMaps(sites: Sites): string[] {
  return CHAIN_SITES.flatMap((host) => ['--map', `https://${host}=${sites.url(host)}`]);
}
