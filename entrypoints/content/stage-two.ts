/**
 * The content script comes in two stages, so that the one the click waits for starts fast. The first
 * (content/run.ts, ~45 kB: zod/mini for its messages) answers the popup and copies the page to the reader;
 * once the reader has answered (it tells the popup first), the background loads the second (badges.content.ts: the
 * reader's answer checked with the report's full schema, the badges, "Show in page"), which leaves its
 * functions on this isolated world's global, where the first finds them. No page script reaches that global.
 */
import { browser } from 'wxt/browser';
import type { ToBackground } from '../../lib/messages';
import type { Report } from '../../lib/report';
import type { Step } from '../../lib/steps';
import type { Mounted } from './badges';
import type { LiveBlock, OffPageRead } from './copy';
import type { Slices } from './slices';

export interface StageTwo {
  /** Whether it still serves (an update or a reload of the extension leaves it orphaned). */
  alive(): boolean;
  /** The reader's answer checked (lib/messages.ts FromReader), its blocks placed on the live `elements`. */
  unpack(raw: unknown, elements: Element[], steps: Step[]): OffPageRead;
  mount(report: Report, blocks: Map<number, LiveBlock>, clock: Slices): Mounted;
  /** Our badge hosts, which a later read leaves out of its copy. */
  isBadge(el: Element): boolean;
}

const KEY = '__sourcetraceStageTwo';
type World = typeof globalThis & { [KEY]?: StageTwo };

/** The second stage, when it is loaded in this frame and serves. */
export function loadedStageTwo(): StageTwo | undefined {
  const two = (globalThis as World)[KEY];
  return two?.alive() ? two : undefined;
}

/** Called by the second stage as it loads: a copy that already serves is kept. */
export function offerStageTwo(two: StageTwo): void {
  if (!loadedStageTwo()) (globalThis as World)[KEY] = two;
}

let loading: Promise<StageTwo> | undefined;

/** The second stage, loaded by the background if it isn't yet (its reply comes once the script ran). */
export function stageTwo(): Promise<StageTwo> {
  const ready = loadedStageTwo();
  if (ready) return Promise.resolve(ready);
  const ask: ToBackground = { type: 'sourcetrace:stage-two' };
  loading ??= browser.runtime
    .sendMessage(ask)
    .then(() => {
      const two = loadedStageTwo();
      if (!two) throw new Error('The badges could not be loaded into the page.');
      return two;
    })
    .finally(() => (loading = undefined));
  return loading;
}
