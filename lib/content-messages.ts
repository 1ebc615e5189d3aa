/**
 * The messages the content script's first stage (entrypoints/content/index.ts) checks, in zod/mini: the stage
 * that copies the page must start fast after the click, and zod's full API (which builds every method onto
 * every schema, ~90 kB) took most of its compile time. The same checks as the full API would make;
 * lib/messages.ts re-exports them.
 */
import * as z from 'zod/mini';

/**
 * popup → content script: the report of this tab, once ready. `force`: the user asked to read a page that
 * doesn't look like an article (a short wire brief) anyway.
 */
export const GetReport = z.object({ type: z.literal('sourcetrace:get-report'), force: z.optional(z.boolean()) });
/** popup → content script: scroll to and focus the badge of a block. */
export const Reveal = z.object({ type: z.literal('sourcetrace:reveal'), block: z.number().check(z.int(), z.nonnegative()) });
export const ToContent = z.discriminatedUnion('type', [GetReport, Reveal]);
export type ToContent = z.infer<typeof ToContent>;

/** The port a content script streams its page's copy through (lib/snapshot.ts), to the reader. */
export const READ_PORT = 'sourcetrace:read';
