/**
 * Automatic badges: the content script registered for the sites the user chose, and only those whose
 * access the user granted. Re-synced at startup, when settings change and when access is withdrawn.
 */
import { browser } from 'wxt/browser';
import { autoPatterns, parseSettings, SETTINGS_KEY } from '../../lib/settings';

const SCRIPT_ID = 'sourcetrace-auto';

/** The patterns of `wanted` the user granted; "every site" without its access is the sites that still have theirs. */
async function grantedOf(wanted: string[], all: boolean): Promise<string[]> {
  const granted: string[] = [];
  for (const pattern of wanted) {
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  // The browser lets the user narrow an extension's access to chosen sites: every site then means those.
  if (all && granted.length < wanted.length) {
    const held = (await browser.permissions.getAll()).origins ?? [];
    granted.push(...held.filter((o) => /^https?:\/\//.test(o) && !granted.includes(o)));
  }
  return granted;
}

/** One sync at a time: two at once (a settings change and a message) would register the same id twice. */
let queue: Promise<unknown> = Promise.resolve();

export function syncAutoBadges(): Promise<string[]> {
  const run = queue.then(sync, sync);
  queue = run.catch(() => undefined);
  return run;
}

async function sync(): Promise<string[]> {
  const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const granted = await grantedOf(autoPatterns(settings), settings.autoAll);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted, js: ['content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return granted;
}
