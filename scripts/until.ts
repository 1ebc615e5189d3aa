/** Waits until `probe` returns a truthy value (15 s at most by default): the browser tests' one way to wait. */
export async function until<T>(probe: () => Promise<T | undefined | null | false | ''>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v) return v as T;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 150));
  }
}
