/** The e2e tests' view of the browser: launching it, reading badges, waiting. */
export { E2E_BUILD, launch, openPopup, tabIdOf, type Loaded } from '../../scripts/extension-browser';
export { badges, clickBadge, type BadgeView } from '../../scripts/shadow';

/** Waits until `probe` returns a truthy value. */
export async function until<T>(probe: () => Promise<T | undefined | null | false | ''>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v) return v as T;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 150));
  }
}
