/**
 * Fetching a followed page carefully: http(s) only, no cookies or credentials, a 10 s timeout for the whole
 * fetch, a 5 MB cap counted while the body streams, at most 5 redirects followed one by one with a loop
 * check, and only HTML (by its declared type and by a look at its bytes). Every failure is a status.
 * The network itself is injected (`Fetcher`): Node's fetch in the CLI, the browser's in the background.
 */
import { decode } from '../decode';
import { declaredHtml, isHtml, mediaType } from '../sniff';
import type { HopStatus } from '../report';
import { httpUrl } from '../url';

/** The parts of a fetch Response the engine reads. */
export interface RawResponse {
  status: number;
  /** The address that answered (after redirects the fetcher followed itself, if it had to). */
  url: string;
  headers: { get(name: string): string | null };
  body: ReadableStream<Uint8Array> | null;
}

/** One request, no redirect followed (a redirect comes back as a 3xx with its Location). */
export type Fetcher = (url: string, init: { signal: AbortSignal }) => Promise<RawResponse>;

/** Thrown by a fetcher that may not reach a URL (the user did not grant the site). */
export class RefusedError extends Error {}
/** Thrown by a fetcher whose platform followed redirects in a circle (a browser hides the Location). */
export class RedirectLoopError extends Error {}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export interface Fetched {
  status: HopStatus;
  /** The original-space address that answered (after redirects). */
  url: string;
  html?: string;
  message?: string;
}

export interface FetchContext {
  fetcher: Fetcher;
  limits?: Partial<FetchLimits>;
  /** Where to really fetch a URL from (`--map ORIGIN=BASE`); `unmap` turns an answer's address back. */
  map?: (url: string) => string;
  unmap?: (url: string) => string;
  /** False when the user has not granted the URL's site: it is not fetched, it is `refused`. */
  allowed?: (url: string) => boolean | Promise<boolean>;
}

/** A redirect's target must be http(s) and not a place already visited in this chain of redirects. */
const redirectKey = (u: string) => u.replace(/#.*$/, '');

function statusOfHttp(code: number): { status: HopStatus; message: string } | undefined {
  if (code >= 200 && code < 300) return undefined;
  const message = `HTTP ${code}`;
  if (code === 404 || code === 410) return { status: 'not-found', message };
  if (code === 401 || code === 403 || code === 429 || code === 451) return { status: 'blocked', message };
  return { status: 'unreachable', message };
}

/** Reads a body up to `max` bytes; undefined when it is larger (the stream is cancelled there). */
async function readCapped(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array | undefined> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** Fetches `url` carefully; never throws. */
export async function fetchPage(url: string, ctx: FetchContext): Promise<Fetched> {
  const limits = { ...LIMITS, ...ctx.limits };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    return await fetchWithin(url, ctx, limits, controller.signal);
  } catch (e) {
    if (controller.signal.aborted) return { status: 'timeout', url, message: `no answer within ${limits.timeoutMs / 1000} s` };
    if (e instanceof RefusedError) return { status: 'refused', url, message: e.message };
    if (e instanceof RedirectLoopError) return { status: 'redirect-loop', url, message: e.message };
    const cause = ((e as Error).cause as Error | undefined)?.message ?? (e as Error).message ?? String(e);
    return { status: 'unreachable', url, message: cause };
  } finally {
    clearTimeout(timer);
  }
}

async function fetchWithin(start: string, ctx: FetchContext, limits: FetchLimits, signal: AbortSignal): Promise<Fetched> {
  const map = ctx.map ?? ((u: string) => u);
  const unmap = ctx.unmap ?? ((u: string) => u);
  const seen = new Set<string>();
  let url = start;
  for (let redirects = 0; ; redirects++) {
    if (!httpUrl(url)) return { status: 'unreachable', url, message: 'not an http(s) address' };
    if (ctx.allowed && !(await ctx.allowed(url))) return { status: 'refused', url, message: 'access to this site was not granted' };
    seen.add(redirectKey(url));
    const res = await ctx.fetcher(map(url), { signal });
    const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
    if (location !== null) {
      await res.body?.cancel().catch(() => undefined);
      const next = httpUrl(location, map(url));
      if (!next) return { status: 'unreachable', url, message: 'redirected to a non-http(s) address' };
      const target = unmap(next);
      if (seen.has(redirectKey(target))) return { status: 'redirect-loop', url, message: `redirects back to ${target}` };
      if (redirects >= limits.maxRedirects) return { status: 'redirect-loop', url, message: `more than ${limits.maxRedirects} redirects` };
      url = target;
      continue;
    }
    const answered = res.url ? unmap(res.url) : url;
    const failed = statusOfHttp(res.status);
    if (failed) {
      await res.body?.cancel().catch(() => undefined);
      return { ...failed, url: answered };
    }
    return readHtml(res, answered, limits);
  }
}

async function readHtml(res: RawResponse, url: string, limits: FetchLimits): Promise<Fetched> {
  const contentType = res.headers.get('content-type');
  const type = mediaType(contentType);
  // A declared type decides (lib/sniff.ts); with none, or a vague one, the bytes do.
  if (declaredHtml(contentType) === false) {
    await res.body?.cancel().catch(() => undefined);
    return { status: 'not-html', url, message: `the page is ${type}` };
  }
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > limits.maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    return { status: 'too-large', url, message: `larger than ${limits.maxBytes / 1024 / 1024} MB` };
  }
  const bytes = await readCapped(res.body, limits.maxBytes);
  if (!bytes) return { status: 'too-large', url, message: `larger than ${limits.maxBytes / 1024 / 1024} MB` };
  const html = decode(bytes, contentType ?? undefined);
  if (!isHtml(html, contentType) || html.slice(0, 65_536).includes('\u0000')) return { status: 'not-html', url, message: type ? `the ${type} page is not HTML` : 'the answer is not HTML' };
  return { status: 'found', url, html };
}
