/**
 * When each step of a read happened, for the popup's timing (test/e2e/timing.test.ts prints them): the
 * popup asks, the content script copies the page, the reader reads the copy, the background analyses it, the
 * popup shows the chain. Each step is stamped where it runs and travels with the reply; the popup marks them
 * all on its own timeline (performance marks `sourcetrace:NAME`), where DevTools shows them too.
 */

/** A step's name and when it happened, in ms since the epoch. */
export type Step = [name: string, at: number];

/** Now, in ms since the epoch at the clock's full resolution: comparable between the tab and the extension's pages. */
export const stamp = (): number => performance.timeOrigin + performance.now();

export const step = (name: string): Step => [name, stamp()];

/** Marks each step on this page's timeline (what the e2e reads), at the time it happened. */
export function markSteps(steps: readonly Step[]): void {
  for (const [name, at] of steps) {
    try {
      performance.mark(`sourcetrace:${name}`, { startTime: Math.max(0, at - performance.timeOrigin) });
    } catch {
      // A timeline that refuses a mark loses the figure, never the report.
    }
  }
}
