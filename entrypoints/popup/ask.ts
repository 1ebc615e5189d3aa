/**
 * The popup's first step, sent from its entry (main.tsx) before the rest of it loads: ask the tab's content
 * script for its report, injecting the script first if it isn't there yet, so the page is copied and read
 * while the popup paints its frame and loads its views. Only the browser's messaging here, no schema: the
 * answer is checked by tab.ts, which app.tsx loads (zod must be set jitless before any schema is built).
 */
import { browser, type Browser } from 'wxt/browser';
import type { ToBackground, ToContent } from '../../lib/messages';
import { READ_DONE, type ReadDone } from '../../lib/read-done';

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
  const inject = async (): Promise<boolean> => {
    try {
      performance.mark('sourcetrace:inject');
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      performance.mark('sourcetrace:injected');
      return true;
    } catch {
      return false;
    }
  };
  // The first ask injects the script as it asks (the user's click, activeTab, lets us): a copy already in the
  // tab answers, and the one injected leaves it be (content/index.ts); else the ask fails while the script is
  // on its way, not a round trip before it is sent.
  const injecting = force ? undefined : inject();
  try {
    return await ask();
  } catch {
    // No content script in the tab yet.
  }
  if (!(await (injecting ?? inject()))) return { unreadable: true };
  try {
    return await ask();
  } catch (e) {
    return { failed: (e as Error).message };
  }
}

/** A reader's reply (READ_DONE) for this tab at its address, unchecked but for that. */
function isReplyFor(m: unknown, target: Target): m is ReadDone {
  const done = m as Partial<ReadDone> | null;
  return typeof done === 'object' && done?.type === READ_DONE && done.tabId === target.id && done.url === target.url && 'reply' in done;
}

/**
 * The first answer: the reader's own message when it comes first (the content script relays the same reply a
 * hop and a check later), else the content script's. Only a reply for the tab at the address it shows is
 * taken (a read of the page before a navigation is not), and only from our own pages: runtime messages reach
 * no web page, and no web page can send one to us.
 */
function firstAnswer(target: Target): Promise<Answer> {
  let stop = () => {};
  const told = new Promise<Answer>((resolve) => {
    if (!target.url) return;
    const own = browser.runtime.getURL('/');
    const listener = (m: unknown, sender: Browser.runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id || sender.tab || !sender.url?.startsWith(own) || !isReplyFor(m, target)) return undefined;
      performance.mark('sourcetrace:told');
      resolve({ reply: m.reply });
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    stop = () => browser.runtime.onMessage.removeListener(listener);
  });
  return Promise.race([told, askTab(target.id)]).finally(() => stop());
}

/** The popup's first ask: the tab, and its answer once it comes (none without a tab). */
export interface FirstAsk {
  target: Promise<Target | undefined>;
  answer: Promise<Answer | undefined>;
}

/** Where the popup's first script (entrypoints/first-ask.ts) leaves its ask for main.tsx. */
export const FIRST_ASK = '__sourcetraceFirstAsk';

export function firstAsk(): FirstAsk {
  const target = targetTab();
  const answer = target.then((t) => (t ? firstAnswer(t) : undefined));
  // A failure is shown once app.tsx awaits the target; until then it is not an unhandled rejection.
  answer.catch(() => undefined);
  return { target, answer };
}

/** The ask the popup's first script made, else one made now (a popup page loaded without that script). */
export function takeFirstAsk(): FirstAsk {
  const g = globalThis as Record<string, unknown>;
  const made = g[FIRST_ASK] as FirstAsk | undefined;
  delete g[FIRST_ASK];
  return made ?? firstAsk();
}
