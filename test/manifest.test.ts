/** The production manifest asks for no host access; the e2e flavour only for localhost. */
import { describe, expect, it } from 'vitest';
import { LOCAL_HOSTS, manifestFor, OPTIONAL_HOSTS } from '../lib/manifest';

describe('manifest', () => {
  it.each(['chrome', 'firefox'])('%s production: activeTab, scripting, storage; hosts only as optional', (browser) => {
    const m = manifestFor(browser, { e2e: false });
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
  });

  it('the e2e build reads localhost only', () => {
    expect(manifestFor('chrome', { e2e: true }).host_permissions).toEqual(LOCAL_HOSTS);
    expect(LOCAL_HOSTS.every((h) => /^https?:\/\/(?:localhost|127\.0\.0\.1)\/\*$/.test(h))).toBe(true);
  });

  it('Firefox gets its add-on id and declares that it collects no data', () => {
    const gecko = (manifestFor('firefox', { e2e: false }).browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe('sourcetrace@sourcetrace.dev');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifestFor('chrome', { e2e: false }).browser_specific_settings).toBeUndefined();
  });
});
