/**
 * The manifest fields WXT does not derive from the entrypoints. Privacy first: installing asks for no host
 * access; reading a page needs the user's click (activeTab), and automatic badges ask for hosts then.
 */
export interface ManifestOptions {
  /** Test and demo builds may read localhost without a prompt (a headless browser cannot answer one). */
  e2e: boolean;
}

/** Host patterns the user may grant, for automatic badges or for following a chain. */
export const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

/** Origins of the local demo and test server. */
export const LOCAL_HOSTS = ['http://localhost/*', 'https://localhost/*', 'http://127.0.0.1/*', 'https://127.0.0.1/*'];

/**
 * The sites of the follow e2e (test/e2e/follow.test.ts), mapped to a local server by --host-resolver-rules:
 * the test build holds their access as the user would grant it in the popup (a headless browser shows no
 * prompt). Production asks for them at the click, from OPTIONAL_HOSTS.
 */
export const FOLLOW_TEST_HOSTS = ['https://www.nguoiduatin.vn/*', 'https://tass.com/*', 'https://www.themoscowtimes.com/*', 'https://www.barrons.com/*'];

export function manifestFor(browser: string, { e2e }: ManifestOptions): Record<string, unknown> {
  const manifest: Record<string, unknown> = {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen (Chrome): the page's copy, and each page the chain is followed to, is read in an offscreen
    // document, off the page's main thread; Firefox's background page holds the same reader page in a frame.
    permissions: ['activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    optional_host_permissions: OPTIONAL_HOSTS,
    action: { default_title: '__MSG_actionTitle__' },
  };
  if (e2e) manifest.host_permissions = [...LOCAL_HOSTS, ...FOLLOW_TEST_HOSTS];
  // Firefox's remote protocol refuses to open an extension page, so its e2e opens the popup as a page from a
  // local test page, which only a web-accessible popup allows (test/e2e-firefox). Production exposes nothing.
  if (e2e && browser === 'firefox') manifest.web_accessible_resources = [{ resources: ['popup.html'], matches: LOCAL_HOSTS }];
  if (browser === 'firefox') {
    manifest.browser_specific_settings = {
      gecko: {
        id: 'sourcetrace@sourcetrace.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on (desktop from 140): the add-on
      // declares it collects nothing, so it asks for the Android version that understands the declaration.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}
