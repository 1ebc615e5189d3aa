/**
 * A local web server for `npm start` and the e2e tests: the demo page and the test pages on localhost, and a stand-in
 * "original" page for any other host the browser is pointed at (outlet domains mapped to us).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };
const ROOTS: Record<string, string> = { '/demo/': 'demo', '/pages/': 'test/pages' };

export interface TestServer {
  port: number;
  url: (path: string) => string;
  close: () => Promise<void>;
  /** Every request the server received, as `host path` (the e2e's privacy test reads it). */
  requests: string[];
}

export async function startServer(): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      requests.push(`${host} ${path}`);
      if (host !== 'localhost' && host !== '127.0.0.1') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(`<!doctype html><title>Original at ${host}</title><h1 data-original="${host}${path}">Original at ${host}${path}</h1>`);
      }
      const prefix = Object.keys(ROOTS).find((p) => path.startsWith(p));
      if (!prefix) return res.writeHead(404).end('not found');
      let file = normalize(join(ROOTS[prefix]!, path.slice(prefix.length)));
      if (!file.startsWith(ROOTS[prefix]!)) return res.writeHead(403).end();
      if (path.endsWith('/')) file = join(file, 'index.html');
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: (path) => `http://localhost:${port}${path}`,
    close: () => new Promise((done) => server.close(() => done())),
    requests,
  };
}
