/**
 * The popup's first step, sent from its entry (main.tsx) before the rest of it loads: ask the tab's content
 * script for its report, injecting the script first if it isn't there yet, so the page is copied and read
 * while the popup paints its frame and loads its views. Only the browser's messaging here, no schema: the
 * answer is checked by tab.ts, which app.tsx loads (zod must be set jitless before any schema is built).
 */
import { browser } from 'wxt/browser';
import type { ToBackground, ToContent } from '../../lib/messages';

export interface Target {
  id: number;
  url?: string;
}

/** What the tab answered, unchecked; `unreadable`: the browser lets no script in (a store page, a settings page). */
export type Answer = { reply: unknown } | { unreadable: true } | { failed: string };

/** The tab to read: `?tabId=N` (how tests open the popup as a page), else the active tab. */
export async function targetTab(): Promise<Target | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery);
    return { id: fromQuery, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

/** Asks the tab's content script for its report; `force` when the user asked to read a page that doesn't look like an article. */
export async function askTab(tabId: number, force = false): Promise<Answer> {
  // The reader of the page's copy (an offscreen document in Chrome) gets ready while the content script starts.
  const prepare: ToBackground = { type: 'sourcetrace:reader' };
  void browser.runtime.sendMessage(prepare).catch(() => undefined);
  const message: ToContent = { type: 'sourcetrace:get-report', ...(force ? { force } : {}) };
  const ask = async (): Promise<Answer> => {
    performance.mark('sourcetrace:asked');
    const reply: unknown = await browser.tabs.sendMessage(tabId, message);
    performance.mark('sourcetrace:replied');
    return { reply };
  };
  try {
    return await ask();
  } catch {
    // No content script in the tab yet: the user's click (activeTab) lets us inject it now.
  }
  try {
    performance.mark('sourcetrace:inject');
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    performance.mark('sourcetrace:injected');
  } catch {
    return { unreadable: true };
  }
  try {
    return await ask();
  } catch (e) {
    return { failed: (e as Error).message };
  }
}

/** The popup's first ask: the tab, and its answer once it comes (none without a tab). */
export interface FirstAsk {
  target: Promise<Target | undefined>;
  answer: Promise<Answer | undefined>;
}

export function firstAsk(): FirstAsk {
  const target = targetTab();
  const answer = target.then((t) => (t ? askTab(t.id) : undefined));
  // A failure is shown once app.tsx awaits the target; until then it is not an unhandled rejection.
  answer.catch(() => undefined);
  return { target, answer };
}
