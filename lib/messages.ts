/**
 * Messages between the extension's scripts, validated on arrival: a page can't forge one (content scripts
 * only talk to our own extension), but every message still crosses a boundary, so it is parsed.
 */
import { z } from 'zod';
import { LIMITS } from './follow/fetch';
import { FollowState } from './follow/state';
import { PageData } from './page-data';
import { Report, Unread } from './report';
import { MAX_HTML_CHARS, MAX_HTML_ELEMENTS } from './html-copy';

// popup → content script (GetReport, Reveal): in zod/mini, for the content script's first stage.
export { GetReport, Reveal, ToContent, READ_PORT } from './content-messages';

/** When the steps of the read happened (lib/steps.ts): for the popup's timing, never for what it shows. */
const Steps = z.array(z.tuple([z.string().max(40), z.number()])).max(40);
const timed = { steps: Steps.optional() };
export const ReportReply = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready'), report: Report, ...timed }),
  z.object({ state: z.literal('not-article'), report: Report, ...timed }),
  z.object({ state: z.literal('error'), message: z.string(), ...timed }),
]);
export type ReportReply = z.infer<typeof ReportReply>;

/**
 * content script → background: the page read into data, to analyse (the registry lives in the background,
 * never in web pages). The reply is the Report; the background also sets the toolbar count.
 */
export const Analyze = z.object({
  type: z.literal('sourcetrace:analyze'),
  page: PageData,
  /** The tab the page is in, when the reader (an extension page, not the tab) asks. */
  tabId: z.number().int().nonnegative().optional(),
});
/** content script → background: have the reader of page copies up (Chrome's offscreen document); replies true. */
export const PrepareReader = z.object({ type: z.literal('sourcetrace:reader') });
/** popup → background: run automatic badges on these origins (the permission is already granted). */
export const SyncAuto = z.object({ type: z.literal('sourcetrace:sync-auto') });
/**
 * popup → background: follow the chain of this report (the sites it needs were asked for in the click).
 * The reply is the final FollowState; progress goes to storage.session under followKey(report.url).
 */
export const Follow = z.object({ type: z.literal('sourcetrace:follow'), report: Report, depth: z.number().int().min(1).max(4).default(2) });
export const FollowReply = FollowState;
/**
 * content script → background: load the content script's second stage (entrypoints/badges.content.ts: the
 * reader's answer checked, the badges) into its frame, once the page's copy is sent; replies true once it ran.
 */
export const StageTwo = z.object({ type: z.literal('sourcetrace:stage-two') });
export const ToBackground = z.discriminatedUnion('type', [Analyze, SyncAuto, Follow, PrepareReader, StageTwo]);
export type ToBackground = z.infer<typeof ToBackground>;

/**
 * background → reader page: read a followed page's HTML into page data. The background carries no HTML
 * parser (nor Readability): the reader page parses with the browser's own DOMParser and reads it there.
 */
export const ReadHtml = z.object({ type: z.literal('sourcetrace:read-html'), html: z.string().max(LIMITS.maxBytes), url: z.string() });
export type ReadHtml = z.infer<typeof ReadHtml>;
/** reader page → background: the page data, or why the page could not be read. */
export const ReadHtmlReply = z.union([z.object({ page: PageData }), z.object({ error: z.string() })]);
export type ReadHtmlReply = z.infer<typeof ReadHtmlReply>;

/**
 * content script → reader, in order: each document (the page's, then each frame's, named by its frame
 * element's number), the chunks of its copy, and the end with what the read needs besides the copy.
 */
export const ToReader = z.discriminatedUnion('t', [
  z.object({ t: z.literal('doc'), frame: z.number().int().nonnegative().optional(), url: z.string() }),
  /** Tokens encoded as one string (lib/snapshot.ts encodeChunk; decodeChunk checks them). */
  z.object({ t: z.literal('chunk'), tokens: z.string() }),
  /** The whole document as HTML instead of chunks (lib/html-copy.ts), then whether that holds the page (no shadow root, none of ours). */
  z.object({ t: z.literal('html'), html: z.string().max(MAX_HTML_CHARS + 20), noscripts: z.array(z.string()).max(MAX_HTML_ELEMENTS) }),
  z.object({ t: z.literal('checked'), holds: z.boolean() }),
  /** `steps`: the content script's own so far (the reader's answer to the popup carries them). */
  z.object({ t: z.literal('end'), url: z.string(), force: z.boolean(), unread: z.array(Unread).max(20), steps: Steps.optional() }),
]);
export type ToReader = z.infer<typeof ToReader>;
const Count = z.number().int().min(-1);
/** reader → content script: the reply for the popup, and where each block read is in the live page (lib/read-copy.ts). */
export const FromReader = z.object({ reply: ReportReply, anchors: z.array(z.tuple([Count, Count, Count])).max(20_000) });
export type FromReader = z.infer<typeof FromReader>;
/** reader → content script: a document sent as HTML did not parse back to the live tree's shape; copy it again by the walk. */
export const CopyAgain = z.object({ again: z.literal(true) });
export type CopyAgain = z.infer<typeof CopyAgain>;
