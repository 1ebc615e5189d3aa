/**
 * Reads the page off its main thread: its copy (lib/snapshot.ts) streams, a slice at a time, to the reader
 * (entrypoints/reader/), which reads it and answers with the report and where each block read is, here.
 * The content script's first stage: the answer is checked by the second (stage-two.ts, unpack.ts).
 */
import { browser } from 'wxt/browser';
import { extensionOpener, openRoots, unreadShadowHosts, type DomApi } from '../../lib/closed-shadow';
import { holdsThePage, htmlCopy, type LiveHtml } from '../../lib/html-copy';
import { READ_PORT } from '../../lib/content-messages';
import type { ReportReply, ToBackground, ToReader } from '../../lib/messages';
import type { Unread } from '../../lib/page-data';
import { encodeChunk, walk } from '../../lib/snapshot';
import { step, type Step } from '../../lib/steps';
import type { Slices } from './slices';

/** A block's place in the live page: its element, and the `<br>` ending it when it is one line of a text. */
export interface LiveBlock {
  el: Element;
  end?: Element;
}

export interface OffPageRead {
  reply: ReportReply;
  blocks: Map<number, LiveBlock>;
}

/** The reader's answer as it came (checked by the second stage), the live elements it numbers, the steps so far. */
export interface RawRead {
  raw: unknown;
  elements: Element[];
  steps: Step[];
}

export interface ReadRequest {
  url: string;
  force: boolean;
  /** The frames to copy after the page (their elements are in the page or in an earlier frame). */
  frames: { frame: Element; doc: Document }[];
  unread: Unread[];
  /** Our own elements (badges of an earlier read), left out of the copy. */
  skip: (el: Element) => boolean;
  /** True once this read is no longer wanted (a newer copy of the script took over). */
  stopped: () => boolean;
  /** The script's steps before the copy (its start, the popup's ask once heard): the reader passes them on. */
  before?: () => Step[];
}

/** The port to the reader closed before it answered: no reader was listening (or it went away). */
class ReaderGone extends Error {
  constructor() {
    super('The reader stopped before it answered.');
  }
}

/**
 * The reader is nearly always up (the background makes it as it starts, the popup asks for it before it asks
 * us), so the copy goes to it at once, while our own ask for it is in flight, not a round trip later. When it
 * wasn't (the browser had just started, or closed it), the port closes unanswered: once it is up, copy again.
 */
export async function readOffPage(req: ReadRequest, clock: Slices): Promise<RawRead> {
  const steps: Step[] = [step('copying')];
  const prepare: ToBackground = { type: 'sourcetrace:reader' };
  const prepared = browser.runtime.sendMessage(prepare);
  prepared.catch(() => undefined); // awaited only if the reader wasn't there
  let read: RawRead;
  try {
    read = await copyToReader(req, clock, [...steps], true);
  } catch (e) {
    if (!(e instanceof ReaderGone) || req.stopped()) throw e;
    await prepared;
    read = await copyToReader(req, clock, [...steps, step('again')], true);
  }
  // The page's HTML parsed back to another tree than the live one: the walk copies it as it is.
  if (copyAgain(read.raw)) return copyToReader(req, clock, [...read.steps, step('reshaped')], false);
  return read;
}

/** What a page made to break it throws: the walk copies that page. */
function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** The reader's "copy it again" (lib/messages.ts CopyAgain), checked without the schema library: this stage stays small. */
const copyAgain = (raw: unknown): boolean => typeof raw === 'object' && raw !== null && (raw as { again?: unknown }).again === true;

/** `asHtml`: each document goes as its HTML where it may (lib/html-copy.ts), else (and always without it) by the walk. */
async function copyToReader(req: ReadRequest, clock: Slices, steps: Step[], asHtml: boolean): Promise<RawRead> {
  const port = browser.runtime.connect({ name: READ_PORT });
  let gone = false;
  const answer = new Promise<unknown>((resolve, reject) => {
    port.onMessage.addListener((m: unknown) => resolve(m));
    port.onDisconnect.addListener(() => {
      gone = true;
      reject(new ReaderGone());
    });
  });
  answer.catch(() => undefined); // awaited below, once the copy is sent
  const post = (m: ToReader) => {
    if (gone) throw new ReaderGone();
    port.postMessage(m);
  };
  const elements: Element[] = [];
  /** Documents sent as HTML whose elements are still to be looked through (lib/html-copy.ts). */
  const unchecked: LiveHtml[] = [];
  // Closed shadow roots are read where the browser opens them to us; elsewhere the popup says they were not.
  const shadowOf = extensionOpener((browser as { dom?: DomApi }).dom, document.documentElement);
  const unread = shadowOf ? req.unread : [...req.unread, ...unreadShadowHosts(document)].slice(0, 20);
  // Its elements take their numbers, and the reader learns whether the HTML holds the page.
  const check = async (html: LiveHtml) => {
    const holds = await holdsThePage(html, elements, req.skip, shadowOf ?? openRoots, clock).catch(() => false);
    post({ t: 'checked', holds });
  };
  try {
    const parts = [{ doc: document, url: req.url, frame: undefined as Element | undefined }, ...req.frames.map((f) => ({ doc: f.doc, url: f.doc.URL, frame: f.frame }))];
    for (const part of parts) {
      const frame = part.frame ? elements.indexOf(part.frame) : undefined;
      // A frame inside a part of the page the copy left out has no place in it.
      if (frame === -1) continue;
      post({ t: 'doc', url: part.url, ...(frame === undefined ? {} : { frame }) });
      const html = asHtml ? attempt(() => htmlCopy(part.doc)) : undefined;
      if (html) {
        post({ t: 'html', ...html.part });
        steps.push(step('as html'));
        // A lone page is looked through once the copy is on its way and the reader reads it; a frame's place
        // is found among the page's elements, so with frames each is looked through before the next.
        if (req.frames.length) await check(html);
        else unchecked.push(html);
        if (req.stopped()) throw new Error('stopped');
        if (clock.due()) await clock.pause();
        continue;
      }
      const copying = walk(part.doc, elements, req.skip, shadowOf);
      for (let tokens = copying.next(clock.due); tokens; tokens = copying.next(clock.due)) {
        if (tokens.length) post({ t: 'chunk', tokens: encodeChunk(tokens) });
        if (req.stopped()) throw new Error('stopped');
        if (clock.due()) await clock.pause();
      }
    }
    steps.push(step('copied'));
    post({ t: 'end', url: req.url, force: req.force, unread, steps: [...(req.before?.() ?? []), ...steps] });
    for (const html of unchecked) await check(html);
    const raw = await answer;
    steps.push(step('answered'));
    return { raw, elements, steps };
  } finally {
    port.disconnect();
  }
}
