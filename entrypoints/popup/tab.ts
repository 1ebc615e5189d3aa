/** Getting the report of a tab: ask its content script, injecting it first if it isn't there yet. */
import { browser } from 'wxt/browser';
import type { PopupState } from '../../components/Popup';
import { ReportReply, type ToBackground, type ToContent } from '../../lib/messages';

const ask = async (tabId: number, force: boolean): Promise<PopupState> => {
  const message: ToContent = { type: 'sourcetrace:get-report', ...(force ? { force } : {}) };
  const reply = ReportReply.parse(await browser.tabs.sendMessage(tabId, message));
  if (reply.state === 'error') return { status: 'error', message: reply.message };
  if (reply.state === 'not-article') return { status: 'not-article', report: reply.report, forced: force };
  return { status: 'ready', report: reply.report };
};

/** The tab to read: `?tabId=N` (how tests open the popup as a page), else the active tab. */
export async function targetTab(): Promise<{ id: number; url?: string } | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery);
    return { id: fromQuery, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

/** The tab's report; `force` when the user asked to read a page that doesn't look like an article anyway. */
export async function reportOf(tabId: number, force = false): Promise<PopupState> {
  // The reader of the page's copy (an offscreen document in Chrome) gets ready while the content script starts.
  const prepare: ToBackground = { type: 'sourcetrace:reader' };
  void browser.runtime.sendMessage(prepare).catch(() => undefined);
  try {
    return await ask(tabId, force);
  } catch {
    // No content script in the tab yet: the user's click (activeTab) lets us inject it now.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  } catch {
    return { status: 'unreadable' };
  }
  try {
    return await ask(tabId, force);
  } catch (e) {
    return { status: 'error', message: (e as Error).message };
  }
}
