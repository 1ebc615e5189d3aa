/**
 * The content script's clock (entrypoints/content/slices.ts): short slices in the page's idle time while nobody
 * waits, long ones from the start when the script was injected on the user's click (the popup's ask is on its
 * way). On a faked clock: no wall-clock time is asserted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { slices } from '../entrypoints/content/slices';

afterEach(() => vi.useRealTimers());

describe('the content script clock', () => {
  it('starts in long slices when injected on a click, in short ones when it reads unasked', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const asked = slices(true);
    const unasked = slices(false);
    vi.advanceTimersByTime(12);
    expect(asked.due()).toBe(false);
    expect(unasked.due()).toBe(true);
  });

  it('gives the page a turn and goes on at once when asked from the start (no wait for idle time)', async () => {
    const clock = slices(true);
    const idle = vi.fn();
    vi.stubGlobal('requestIdleCallback', idle);
    try {
      await clock.pause();
      expect(idle).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
