/**
 * The reader of page copies: a content script streams a copy of its page through READ_PORT (lib/snapshot.ts),
 * this rebuilds it as a document (lib/copy.ts) and reads it (lib/read-copy.ts), off the page's main thread.
 * It runs in the reader page (index.html): Chrome's offscreen document, a frame of Firefox's background page.
 */
import { browser, type Browser } from 'wxt/browser';
import { PageCopy } from '../../lib/copy';
import { READ_PORT, ToReader, type FromReader, type ReportReply } from '../../lib/messages';
import { READ_DONE, type ReadDone } from '../../lib/read-done';
import type { PageData } from '../../lib/page-data';
import { readCopy } from '../../lib/read-copy';
import { decodeChunk } from '../../lib/snapshot';
import { step } from '../../lib/steps';

/** Analyses a page read (the outlet registry lives in the background); `tabId`: the tab it came from. */
export type Analyze = (page: PageData, tabId: number | undefined) => Promise<unknown>;

function serve(port: Browser.runtime.Port, analyze: Analyze): void {
  const copy = new PageCopy(() => document.implementation.createHTMLDocument(''));
  const tabId = port.sender?.tab?.id;
  const send = (result: FromReader) => {
    try {
      port.postMessage(result);
    } catch {
      // The tab went away while its page was read.
    }
  };
  port.onMessage.addListener((raw: unknown) => {
    const parsed = ToReader.safeParse(raw);
    if (!parsed.success) return port.disconnect();
    const m = parsed.data;
    if (m.t === 'doc') return copy.begin(m.frame, m.url);
    if (m.t === 'chunk') {
      try {
        return copy.add(decodeChunk(m.tokens));
      } catch {
        // A copy that is not what our content script sends: no read of it.
        return port.disconnect();
      }
    }
    copy.finish();
    const received = step('received');
    void readCopy(copy, m, (page) => analyze(page, tabId)).then(
      ({ reply, anchors }) => {
        const timed = { ...reply, steps: [received, ...(reply.steps ?? [])] };
        tellPopup(tabId, m.url, { ...timed, steps: [...(m.steps ?? []), ...timed.steps] });
        send({ reply: timed, anchors });
      },
      (e: unknown) => send({ reply: { state: 'error', message: (e as Error)?.message ?? String(e) }, anchors: [] }),
    );
  });
}

/**
 * The reply goes to an open popup too, straight from here: through the content script it comes a hop later,
 * after the content script has checked it and placed the badges' blocks (10 to 30 ms on the 1 MB page).
 */
function tellPopup(tabId: number | undefined, url: string, reply: ReportReply): void {
  if (tabId === undefined) return;
  const done: ReadDone = { type: READ_DONE, tabId, url, reply };
  // No popup open: nobody answers, which is no failure.
  browser.runtime.sendMessage(done).catch(() => undefined);
}

/** Serves the reads content scripts ask for. */
export function serveReads(analyze: Analyze): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === READ_PORT && port.sender?.id === browser.runtime.id) serve(port, analyze);
  });
}
