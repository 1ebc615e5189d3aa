/** The report of a tab, checked: the content script's answer (ask.ts) as the popup's state. */
import type { PopupState } from '../../components/Popup';
import { ReportReply } from '../../lib/messages';
import { markSteps } from '../../lib/steps';
import { askTab, type Answer } from './ask';

/** The popup's state for an answer; `force`: it answers the user's "read anyway". */
export function stateOf(answer: Answer | undefined, force = false): PopupState {
  if (!answer || 'unreadable' in answer) return { status: 'unreadable' };
  if ('failed' in answer) return { status: 'error', message: answer.failed };
  const reply = ReportReply.parse(answer.reply);
  // When each step of the read happened, on the popup's timeline (the e2e prints them).
  markSteps(reply.steps ?? []);
  if (reply.state === 'error') return { status: 'error', message: reply.message };
  if (reply.state === 'not-article') return { status: 'not-article', report: reply.report, forced: force };
  return { status: 'ready', report: reply.report };
}

/** The tab's report, asked again (the user's "read anyway"). */
export async function reportOf(tabId: number, force = false): Promise<PopupState> {
  return stateOf(await askTab(tabId, force), force);
}
