/** Background: the toolbar badge (sources in this tab) and the registration of automatic badges. */
import { browser } from 'wxt/browser';
import { ToBackground } from '../../lib/messages';
import { syncAutoBadges } from './auto-badges';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const parsed = ToBackground.safeParse(message);
    if (!parsed.success || sender.id !== browser.runtime.id) return undefined;
    if (parsed.data.type === 'sourcetrace:sync-auto') return syncAutoBadges();
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const n = parsed.data.sources;
    return Promise.all([
      browser.action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' }),
      browser.action.setBadgeBackgroundColor({ tabId, color: '#1a3d7c' }),
    ]).then(() => true);
  });
  // A new page in the tab: the old count no longer applies.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' });
  });
  browser.runtime.onStartup.addListener(() => void syncAutoBadges());
  browser.runtime.onInstalled.addListener(() => void syncAutoBadges());
  browser.permissions.onRemoved.addListener(() => void syncAutoBadges());
});
