/**
 * The reader page (entrypoints/reader/): it reads the pages' copies and the pages the follower fetches, so
 * background.js carries neither Readability nor an HTML parser. Chrome's service worker has no DOM: an
 * offscreen document holds it. Firefox's background page has no offscreen API: a frame of it holds it.
 * Made when first needed and kept.
 */
import { browser } from 'wxt/browser';

const READER = '/reader.html';

interface Offscreen {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ChromeRuntime {
  getContexts(f: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
}
const chromeApi = (globalThis as { chrome?: { offscreen?: Offscreen; runtime?: ChromeRuntime } }).chrome;

let making: Promise<void> | undefined;

async function makeOffscreen(offscreen: Offscreen, runtime: ChromeRuntime): Promise<void> {
  const open = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [browser.runtime.getURL(READER)] });
  if (open.length) return;
  await offscreen.createDocument({
    url: READER,
    reasons: ['DOM_PARSER'],
    justification: "Reads a copy of the page's article off the page's main thread, so the tab never freezes, and the pages a chain is followed to.",
  });
}

/** A background page (Firefox): the reader in a frame of it, listening once the frame has loaded. */
let framed: Promise<void> | undefined;
function makeFrame(doc: Document): Promise<void> {
  framed ??= new Promise<void>((ready) => {
    const frame = doc.createElement('iframe');
    frame.addEventListener('load', () => ready(), { once: true });
    frame.src = browser.runtime.getURL(READER);
    (doc.body ?? doc.documentElement).append(frame);
  });
  return framed;
}

/** Resolves once a reader is listening. */
export function prepareReader(): Promise<void> {
  if (typeof document !== 'undefined') return makeFrame(document);
  const offscreen = chromeApi?.offscreen;
  const runtime = chromeApi?.runtime;
  if (!offscreen || !runtime?.getContexts) return Promise.resolve();
  making ??= makeOffscreen(offscreen, runtime).finally(() => (making = undefined));
  return making;
}
