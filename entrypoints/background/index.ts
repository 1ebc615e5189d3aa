/**
 * Background: analyses the pages content scripts read (the outlet registry lives here, not in web pages),
 * keeps the toolbar count, and registers automatic badges.
 */
import { browser } from 'wxt/browser';
import { ToBackground } from '../../lib/messages';
import { analyzePage } from '../../lib/trace';
import { syncAutoBadges } from './auto-badges';

/** The toolbar badge: how many distinct sources the page in this tab credits. */
async function showCount(tabId: number, n: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1a3d7c' });
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const parsed = ToBackground.safeParse(message);
    if (!parsed.success || sender.id !== browser.runtime.id) return undefined;
    if (parsed.data.type === 'sourcetrace:sync-auto') return syncAutoBadges();
    const report = analyzePage(parsed.data.page);
    const tabId = sender.tab?.id;
    if (tabId !== undefined) void showCount(tabId, report.sources.length);
    return Promise.resolve(report);
  });
  // A new page in the tab: the old count no longer applies.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' });
  });
  browser.runtime.onStartup.addListener(() => void syncAutoBadges());
  browser.runtime.onInstalled.addListener(() => void syncAutoBadges());
  browser.permissions.onRemoved.addListener(() => void syncAutoBadges());
});
