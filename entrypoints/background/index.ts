/**
 * Background: analyses the pages content scripts read (the outlet registry lives here, not in web pages),
 * keeps the toolbar count, registers automatic badges, and follows chains when asked (follow.ts).
 */
import '../../lib/jitless'; // first: zod reads it when the imports below build their schemas
import { browser } from 'wxt/browser';
import { tracePageData } from '../../lib/follow/index';
import { ToBackground } from '../../lib/messages';
import { SETTINGS_KEY } from '../../lib/settings';
import { syncAutoBadges } from './auto-badges';
import { autoFollow, followChain, keepStory } from './follow';

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
    if (parsed.data.type === 'sourcetrace:follow') {
      // Only our own pages (the popup) start fetches; a content script never does.
      if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      return followChain(parsed.data.report, parsed.data.depth);
    }
    // The page's story (key facts) is kept for following its chain later, on request.
    const { report, story } = tracePageData(parsed.data.page);
    void keepStory(report.url, story).then(() => autoFollow(report));
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
  // Settings changed anywhere (popup, options, another window): the registration follows them.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void syncAutoBadges();
  });
});
