/**
 * Automatic badges: the content script registered for the sites the user chose, and only those whose
 * access the user granted. Re-synced at startup, when settings change and when access is withdrawn.
 */
import { browser } from 'wxt/browser';
import { autoPatterns, parseSettings, SETTINGS_KEY } from '../../lib/settings';

const SCRIPT_ID = 'sourcetrace-auto';

export async function syncAutoBadges(): Promise<string[]> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const wanted = autoPatterns(parseSettings(stored[SETTINGS_KEY]));
  const granted: string[] = [];
  for (const pattern of wanted) {
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted, js: ['content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return granted;
}
