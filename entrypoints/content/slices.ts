/**
 * The content script's clock: its work runs in slices short enough that the page never feels it, in the
 * page's idle time while nobody waits, back to back (with a yield between) once the user has asked.
 */

/** A slice's length while nobody waits, and once the user asked (a long task is 50 ms). */
const IDLE_SLICE = 8;
const ASKED_SLICE = 40;
/** An idle callback waits at most this long on a busy page. */
const IDLE_WAIT = 250;

export interface Slices {
  /** Whether this slice's time is up. */
  due(): boolean;
  /** Lets the page run, then starts the next slice. */
  pause(): Promise<void>;
  /** The user is waiting: slices back to back from now on, and a pause waiting for idle time ends now. */
  hurry(): void;
}

export function slices(): Slices {
  let asked = false;
  let until = performance.now() + IDLE_SLICE;
  let wake: (() => void) | undefined;
  // A message to ourselves runs after the page's pending work, without setTimeout's clamping.
  const channel = new MessageChannel();
  const queued: (() => void)[] = [];
  channel.port1.onmessage = () => queued.shift()?.();
  const soon = (go: () => void) => {
    queued.push(go);
    channel.port2.postMessage(0);
  };
  const idle = (go: (ms: number) => void) => {
    if (typeof requestIdleCallback !== 'function') return void setTimeout(() => go(IDLE_SLICE), 20);
    const id = requestIdleCallback((deadline) => go(Math.max(4, Math.min(IDLE_SLICE, deadline.timeRemaining()))), { timeout: IDLE_WAIT });
    wake = () => {
      cancelIdleCallback(id);
      soon(() => go(ASKED_SLICE));
    };
  };
  return {
    due: () => performance.now() >= until,
    pause: () =>
      new Promise<void>((done) => {
        const start = (ms: number) => {
          wake = undefined;
          until = performance.now() + ms;
          done();
        };
        if (asked) soon(() => start(ASKED_SLICE));
        else idle(start);
      }),
    hurry: () => {
      asked = true;
      until = Math.max(until, performance.now() + ASKED_SLICE);
      wake?.();
    },
  };
}
