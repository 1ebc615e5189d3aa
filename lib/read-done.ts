/**
 * reader → popup, as soon as a tab's read has its reply, before the content script (which relays the same reply
 * a hop and a check later) has it: a runtime message, which only the extension's own pages receive. The popup
 * takes it for the tab and address it asked about and checks `reply` as ReportReply. No schema here: the
 * popup's first script (entrypoints/first-ask.ts) loads this, and zod is set jitless only later.
 */
import type { ReportReply } from './messages';

export const READ_DONE = 'sourcetrace:read-done';

export interface ReadDone {
  type: typeof READ_DONE;
  tabId: number;
  /** The address the content script read the page at. */
  url: string;
  reply: ReportReply;
}
