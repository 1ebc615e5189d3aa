/**
 * The content script's first stage (content/index.ts): injected when the user clicks the toolbar button, or
 * registered for the sites the user chose. Copies the page a slice at a time in its idle time (at once when the popup asks) to the reader,
 * which reads the copy off the page's main thread (only when it looks like an article, unless the user asks
 * from the popup to read it anyway) and has the background analyse it; keeps the report for the popup and
 * badges the credit lines. No task it runs in the page is long. It keeps no state the page can reach.
 *
 * This is its first stage, small so that it starts soon after the click: the answer's check and the badges
 * are its second (stage-two.ts), loaded once the reader has answered.
 *
 * Nothing the page can see or send controls it. WXT's context is invalidated by a DOM event whose name a page
 * can learn (it is announced on every start) and replay: so the badges' and the listener's lifetime don't hang
 * on it. A newer copy of this script in the same tab stops the older one through this isolated world's own
 * global, which no page script can reach.
 */
import { browser } from 'wxt/browser';
import { ToContent } from '../../lib/content-messages';
import { framesOf, framesSettled } from '../../lib/frame-list';
import { notAnArticle } from '../../lib/empty-report';
import type { ReportReply } from '../../lib/messages';
import { isHtmlDocument } from '../../lib/sniff';
import { step, type Step } from '../../lib/steps';
import type { Mounted } from './badges';
import { readOffPage } from './copy';
import { slices } from './slices';
import { loadedStageTwo, stageTwo } from './stage-two';

/** This isolated world's handle on the running copy of the script (page scripts live in another world). */
const RUNNING = '__sourcetraceRunning';
interface Running {
  /** Whether it still serves: not stopped, its extension not gone (an update or a reload leaves it orphaned). */
  alive(): boolean;
  stop(): void;
}
type World = typeof globalThis & { [RUNNING]?: Running };

export function run(): void {
  const started = step('started');
  const world = globalThis as World;
  // The popup injects this script as it asks: a copy that already serves this page answers it.
  if (world[RUNNING]?.alive()) return;
  world[RUNNING]?.stop();
  let stopped = false;
  let mounted: Mounted | undefined;
  /** When the popup's first ask came (none while the page is read unasked). */
  let heard: Step | undefined;
  const failed = (e: unknown): ReportReply => ({ state: 'error', message: (e as Error)?.message ?? String(e) });
  /** `force`: the user asked to read a page too short to look like an article. */
  const clock = slices();
  const read = async (force: boolean): Promise<ReportReply> => {
    // The same-origin frames (an embedded article widget) are read as part of the page.
    await framesSettled(document);
    // A JSON viewer, a plain-text tab or a PDF viewer holds no article, whatever its text says.
    if (!isHtmlDocument(document)) return { state: 'not-article', report: notAnArticle(document, location.href) };
    // Frames are opened and judged here, where the page is laid out; the read runs on a copy, off this thread.
    const { open, unread } = framesOf(document);
    const before = () => (heard ? [started, heard] : [started]);
    // Our badges of an earlier read (the second stage's) stay out of the copy.
    const loaded = loadedStageTwo();
    const skip = loaded ? (el: Element) => loaded.isBadge(el) : () => false;
    const { raw, elements, steps } = await readOffPage({ url: location.href, force, frames: open, unread, skip, stopped: () => stopped, before }, clock);
    // The second stage loads once the reader has answered: the reader has told the popup by then, and the
    // second stage's compile (its schemas, the badges) competed with the read when it loaded as the copy ended.
    const checker = await stageTwo();
    const { reply, blocks } = checker.unpack(raw, elements, steps);
    // The reply goes to the popup first; the badges go in from the next slice (their first slice took
    // up to 40 ms before the popup heard anything).
    if (reply.state === 'ready') {
      void clock.pause().then(() => {
        if (!stopped) mounted = checker.mount(reply.report, blocks, clock);
      });
    }
    return reply;
  };
  // Unasked, the page is read a slice at a time in its idle time; once the user opens the popup, at once.
  const reply: Promise<ReportReply> = clock
    .pause()
    .then(() => read(false))
    .catch(failed);
  let forced: Promise<ReportReply> | undefined;

  const listener = (message: unknown) => {
    const parsed = ToContent.safeParse(message);
    if (!parsed.success) return undefined;
    if (parsed.data.type === 'sourcetrace:get-report') {
      clock.hurry();
      const asked = step('heard');
      heard ??= asked;
      const timed = (r: ReportReply): ReportReply => ({ ...r, steps: [started, asked, ...(r.steps ?? [])] });
      if (!parsed.data.force) return reply.then(timed);
      // Read anyway once; a page that was an article already keeps its report.
      return (forced ??= reply.then((r) => (r.state === 'not-article' ? read(true) : r)).catch(failed)).then(timed);
    }
    return Promise.resolve(mounted?.reveal(parsed.data.block) ?? false);
  };
  browser.runtime.onMessage.addListener(listener);
  world[RUNNING] = {
    alive: () => {
      try {
        return !stopped && !!browser.runtime?.id;
      } catch {
        return false;
      }
    },
    stop: () => {
      stopped = true;
      browser.runtime.onMessage.removeListener(listener);
      mounted?.remove();
    },
  };
}
