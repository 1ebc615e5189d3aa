/**
 * The content script's second stage (entrypoints/badges.content.ts), loaded into the frame whose first stage
 * asks once its page's copy is sent: the user's click (activeTab) or the site's granted access lets us, as it
 * let the first stage in. Only our content scripts can send the message; the script is our own.
 */
import { browser, type Browser } from 'wxt/browser';

export async function loadStageTwo(sender: Browser.runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/content-scripts/badges.js'] });
    return true;
  } catch {
    // The tab navigated away, or its access was withdrawn: the first stage reports the error.
    return false;
  }
}
