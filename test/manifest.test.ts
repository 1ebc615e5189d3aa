/** The production manifest asks for no host access; the e2e flavour only for localhost. */
import { describe, expect, it } from 'vitest';
import { firstOrigins } from '../lib/follow/state';
import { FOLLOW_TEST_HOSTS, LOCAL_HOSTS, manifestFor, OPTIONAL_HOSTS } from '../lib/manifest';
import { traceHtml } from '../lib/follow/read-html';
import { readFileSync } from 'node:fs';

describe('manifest', () => {
  it.each([
    ['chrome', ['activeTab', 'scripting', 'storage', 'offscreen']],
    ['firefox', ['activeTab', 'scripting', 'storage']],
  ])('%s production: activeTab, scripting, storage (offscreen in Chrome); hosts only as optional', (browser, permissions) => {
    const m = manifestFor(browser, { e2e: false });
    expect(m.permissions).toEqual(permissions);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
  });

  it('the e2e build reads localhost, and the follow test sites as if the user had granted them', () => {
    expect(manifestFor('chrome', { e2e: true }).host_permissions).toEqual([...LOCAL_HOSTS, ...FOLLOW_TEST_HOSTS]);
    expect(LOCAL_HOSTS.every((h) => /^https?:\/\/(?:localhost|127\.0\.0\.1)\/\*$/.test(h))).toBe(true);
  });

  it('only the Firefox e2e build lets local test pages open the popup; no other build exposes a resource', () => {
    expect(manifestFor('firefox', { e2e: true }).web_accessible_resources).toEqual([{ resources: ['popup.html'], matches: LOCAL_HOSTS }]);
    for (const [browser, e2e] of [['firefox', false], ['chrome', false], ['chrome', true]] as const) {
      expect(manifestFor(browser, { e2e }).web_accessible_resources).toBeUndefined();
    }
  });

  it('following the chain asks, at the click, for the sites of the pages it follows, all within the optional hosts', () => {
    const seed = traceHtml(readFileSync('demo/seed-article-id.html', 'utf8'), 'https://berita.example/a');
    const origins = firstOrigins(seed.report);
    expect(origins).toEqual(['https://www.nguoiduatin.vn/*']);
    const optional = OPTIONAL_HOSTS.map((p) => p.replace('*/*', ''));
    expect(origins.every((o) => optional.some((p) => o.startsWith(p)))).toBe(true);
  });

  it('Firefox gets its add-on id and declares that it collects no data', () => {
    const gecko = (manifestFor('firefox', { e2e: false }).browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe('sourcetrace@sourcetrace.dev');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko.strict_min_version).toBe('140.0');
  });

  it('Firefox for Android starts at 142, the first version that reads data_collection_permissions', () => {
    const settings = manifestFor('firefox', { e2e: false }).browser_specific_settings as Record<string, Record<string, unknown>>;
    expect(settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    expect(manifestFor('chrome', { e2e: false }).browser_specific_settings).toBeUndefined();
  });
});
