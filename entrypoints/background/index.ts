/**
 * Background: analyses the pages content scripts read (the outlet registry lives here, not in web pages),
 * keeps the toolbar count, registers automatic badges, and follows chains when asked (follow.ts).
 */
import '../../lib/jitless'; // first: zod reads it when the imports below build their schemas
import { browser } from 'wxt/browser';
import { storyFor } from '../../lib/follow/index';
import { ToBackground } from '../../lib/messages';
import type { PageData } from '../../lib/page-data';
import { SETTINGS_KEY } from '../../lib/settings';
import { analyzePage } from '../../lib/trace';
import { syncAutoBadges } from './auto-badges';
import { autoFollow, followChain, keepStory } from './follow';
import { prepareReader } from './reader';
import { loadStageTwo } from './stage-two';
import { warmTables } from './warm';

/** The toolbar badge: how many distinct sources the page in this tab credits. */
async function showCount(tabId: number, n: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1a3d7c' });
}

/**
 * Analyses a page read. The report goes back at once; the page's story (key facts, for following its chain
 * later, on request) is worked out in the next task, so the user doesn't wait for it to see the chain.
 */
function analyze(page: PageData, tabId: number | undefined) {
  const report = analyzePage(page);
  setTimeout(() => void keepStory(report.url, storyFor(page, report)).then(() => autoFollow(report)), 0);
  if (tabId !== undefined) void showCount(tabId, report.sources.length);
  return Promise.resolve(report);
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const parsed = ToBackground.safeParse(message);
    if (!parsed.success || sender.id !== browser.runtime.id) return undefined;
    const ours = !!sender.url?.startsWith(browser.runtime.getURL('/'));
    if (parsed.data.type === 'sourcetrace:sync-auto') return syncAutoBadges();
    if (parsed.data.type === 'sourcetrace:reader') return prepareReader().then(() => true);
    // Only a content script asks, for its own frame.
    if (parsed.data.type === 'sourcetrace:stage-two') return ours || !sender.tab ? undefined : loadStageTwo(sender);
    if (parsed.data.type === 'sourcetrace:follow') {
      // Only our own pages (the popup) start fetches; a content script never does.
      if (!ours) return undefined;
      return followChain(parsed.data.report, parsed.data.depth);
    }
    // The reader (our own page) names the tab; a content script's tab is its sender's.
    return analyze(parsed.data.page, sender.tab?.id ?? (ours ? parsed.data.tabId : undefined));
  });
  // The reader page (an offscreen document in Chrome, a frame of the background page in Firefox) reads the
  // pages' copies and the followed pages: made as the worker starts, so a click finds it ready (~100 ms).
  // Then the analysis's tables, so the first analysis doesn't build them.
  void prepareReader()
    .catch(() => undefined)
    .then(warmTables);
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
