/**
 * The stages of one page, timed in one run: Readability alone (the way the read runs it, on a clone), the
 * in-page read, detection, the rest of the analysis, and the whole trace. Each is the best of `runs`
 * (the machine's other work only ever adds time), the stages take turns so load hits them alike, and the
 * collector runs before each, so no stage pays for the garbage of the one before it.
 * Timed by benchClock (below): the main thread's CPU time, to the microsecond where it can be.
 */
import { existsSync, readFileSync } from 'node:fs';
import { runReadability } from '../../lib/article';
import { detect } from '../../lib/detect';
import { readPage, type PageData } from '../../lib/page';
import type { Registry } from '../../lib/outlets/index';
import { analyzePage, trace } from '../../lib/trace';
import type { StageTimes } from './stats';

/** A clock in ms. */
export type Clock = () => number;
export const wallClock: Clock = () => performance.now();
const SCHEDSTAT = '/proc/thread-self/schedstat';
/**
 * The main thread's CPU time (Linux: its first field, in ns): what other processes on a shared machine do
 * is not counted, nor the collector's helper threads (a browser runs those beside the page too). The kernel
 * brings it up to date only at its ticks (about 4 ms here), half a median Readability parse: too coarse
 * for one stage of one page. Elsewhere, elapsed time.
 */
export const threadClock: Clock = existsSync(SCHEDSTAT) ? () => Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6 : wallClock;

/**
 * The process's CPU time (getrusage: microseconds, up to date when read). It is the main thread's when V8
 * runs single-threaded (`node --single-threaded`: the collector and the compilers work on the main thread,
 * Node's own threads idle), which `npm run bench` asks for: measured against schedstat over whole runs the
 * two agree within 1%.
 */
export const processClock: Clock = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Whether V8 runs single-threaded here, so the process's CPU time is the main thread's. */
export const singleThreaded = (): boolean => process.execArgv.includes('--single-threaded');

/** The bench's clock: the process's CPU time when it is the main thread's, else the thread's (coarse). */
export const benchClock = (): { clock: Clock; name: string } =>
  singleThreaded() ? { clock: processClock, name: 'process CPU time, V8 single-threaded' } : { clock: threadClock, name: existsSync(SCHEDSTAT) ? 'thread CPU time in ~4 ms ticks (run with --single-threaded for µs)' : 'elapsed time' };

const gc = (globalThis as { gc?: (opts?: { type: 'major'; execution: 'sync' }) => void }).gc;

const elapsed = (clock: Clock, f: () => void) => {
  gc?.({ type: 'major', execution: 'sync' });
  const t0 = clock();
  try {
    f();
  } catch {
    // Readability gives up on some pages (the read falls back then): its time until then is its cost.
  }
  return clock() - t0;
};

/** Detection as analyzePage calls it (nothing to detect on a page that is no article). */
function detectPage(page: PageData, registry: Registry): void {
  if (page.readerable) detect(page, page.meta.declaredLang ?? page.lang ?? undefined, registry, page.byline);
}

export function timeStages(name: string, doc: Document, url: string, registry: Registry, runs = 3, clock: Clock = benchClock().clock): StageTimes {
  const best = { readability: Infinity, read: Infinity, detect: Infinity, analyze: Infinity, trace: Infinity };
  let page: PageData | undefined;
  for (let i = 0; i < runs; i++) {
    best.readability = Math.min(best.readability, elapsed(clock, () => runReadability(doc)));
    best.read = Math.min(best.read, elapsed(clock, () => void (page = readPage(doc, url).page)));
    best.detect = Math.min(best.detect, elapsed(clock, () => detectPage(page!, registry)));
    best.analyze = Math.min(best.analyze, elapsed(clock, () => analyzePage(page!, { registry })));
    best.trace = Math.min(best.trace, elapsed(clock, () => trace(doc, url, { registry })));
  }
  const { analyze, ...rest } = best;
  return { page: name, ...rest, chain: Math.max(0, analyze - best.detect) };
}
