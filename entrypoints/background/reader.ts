/**
 * The reader of page copies (entrypoints/reader/): Chrome's service worker has no DOM, so an offscreen
 * document reads them, made when first needed and kept; Firefox's background page reads them itself.
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

async function make(offscreen: Offscreen, runtime: ChromeRuntime): Promise<void> {
  const open = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [browser.runtime.getURL(READER)] });
  if (open.length) return;
  await offscreen.createDocument({
    url: READER,
    reasons: ['DOM_PARSER'],
    justification: "Reads a copy of the page's article off the page's main thread, so the tab never freezes.",
  });
}

/** Resolves once a reader is listening. */
export function prepareReader(): Promise<void> {
  const offscreen = chromeApi?.offscreen;
  const runtime = chromeApi?.runtime;
  if (typeof document !== 'undefined' || !offscreen || !runtime?.getContexts) return Promise.resolve();
  making ??= make(offscreen, runtime).finally(() => (making = undefined));
  return making;
}
