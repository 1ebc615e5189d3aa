/**
 * The reader of page copies: a content script streams a copy of its page through READ_PORT (lib/snapshot.ts),
 * this rebuilds it as a document (lib/copy.ts) and reads it (lib/read-copy.ts), off the page's main thread.
 * It runs in the reader page (index.html): Chrome's offscreen document, a frame of Firefox's background page.
 */
import { browser, type Browser } from 'wxt/browser';
import { PageCopy } from '../../lib/copy';
import { READ_PORT, ToReader, type CopyAgain, type FromReader, type ReportReply } from '../../lib/messages';
import { READ_DONE, type ReadDone } from '../../lib/read-done';
import type { PageData } from '../../lib/page-data';
import { readCopy } from '../../lib/read-copy';
import { decodeChunk } from '../../lib/snapshot';
import { step } from '../../lib/steps';

/** Analyses a page read (the outlet registry lives in the background); `tabId`: the tab it came from. */
export type Analyze = (page: PageData, tabId: number | undefined) => Promise<unknown>;

function serve(port: Browser.runtime.Port, analyze: Analyze): void {
  // A parsed document has no browsing context: its scripts never run and its images never load.
  const copy = new PageCopy(
    () => document.implementation.createHTMLDocument(''),
    (html) => new DOMParser().parseFromString(html, 'text/html'),
  );
  const tabId = port.sender?.tab?.id;
  const send = (result: FromReader | CopyAgain) => {
    try {
      port.postMessage(result);
    } catch {
      // The tab went away while its page was read.
    }
  };
  // Gone before every check came: nothing waits for them.
  port.onDisconnect.addListener(() => copy.abandon());
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
    if (m.t === 'html') return copy.addHtml(m);
    if (m.t === 'checked') return copy.checked(m.holds);
    copy.finish();
    if (copy.unshaped) return send({ again: true });
    const received = step('received');
    void readCopy(copy, m, (page) => analyze(page, tabId))
      .catch((e: unknown): FromReader => ({ reply: { state: 'error', message: (e as Error)?.message ?? String(e) }, anchors: [] }))
      .then(async ({ reply, anchors }) => {
        // Read while the content script still looked through the page: a copy that doesn't hold it is taken again.
        if (!(await copy.checksDone())) return send({ again: true });
        if (reply.state === 'error') return send({ reply, anchors });
        const timed = { ...reply, steps: [received, ...(reply.steps ?? [])] };
        tellPopup(tabId, m.url, { ...timed, steps: [...(m.steps ?? []), ...timed.steps] });
        send({ reply: timed, anchors });
      });
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
