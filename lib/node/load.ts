/**
 * Loading a page in Node: a file or an http(s) URL → a DOM (linkedom). Bad input gets a clear error:
 * a missing file, a file that isn't HTML, an unreachable or non-HTML URL, an oversized page.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decode, parseDocument } from '../html';
import { declaredHtml, isHtml, mediaType } from '../sniff';

export { decode, parseDocument };

export const MAX_BYTES = 25 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;

export class LoadError extends Error {}

export interface Loaded {
  doc: Document;
  /** The page's address: the URL fetched, or the file's file:// URL. */
  url: string;
  bytes: number;
}

function fromText(text: string, url: string, bytes: number, what: string, contentType?: string): Loaded {
  if (!isHtml(text, contentType)) throw new LoadError(`${what} is not HTML`);
  return { doc: parseDocument(text), url, bytes };
}

export async function loadFile(path: string): Promise<Loaded> {
  const abs = resolve(path);
  let size: number;
  try {
    const s = await stat(abs);
    if (!s.isFile()) throw new LoadError(`${path} is not a file`);
    size = s.size;
  } catch (e) {
    if (e instanceof LoadError) throw e;
    throw new LoadError(`${path}: no such file`);
  }
  if (size > MAX_BYTES) throw new LoadError(`${path} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  const bytes = await readFile(abs);
  return fromText(decode(bytes), pathToFileURL(abs).href, size, path);
}

export async function loadUrl(url: string): Promise<Loaded> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml' } });
  } catch (e) {
    throw new LoadError(`${url} is unreachable (${(e as Error).name === 'TimeoutError' ? 'timed out' : ((e as Error).cause as Error)?.message ?? (e as Error).message})`);
  }
  if (!res.ok) throw new LoadError(`${url} answered HTTP ${res.status}`);
  const type = res.headers.get('content-type') ?? '';
  if (declaredHtml(type) === false) throw new LoadError(`${url} is not HTML (${mediaType(type)})`);
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new LoadError(`${url} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new LoadError(`${url} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  return fromText(decode(bytes, type), res.url || url, bytes.length, url, type);
}

/** A file path or an http(s) URL. */
export function load(input: string): Promise<Loaded> {
  return /^https?:\/\//i.test(input) ? loadUrl(input) : loadFile(input);
}
