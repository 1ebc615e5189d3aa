/**
 * The page read into plain data: what the content script sends the background to analyse, so it is
 * validated there (page content is hostile input). Bounded sizes keep a message bounded.
 */
import { z } from 'zod';
import { Unread } from './report';

export { Unread } from './report';

export const text = (max: number) => z.string().max(max);

export const BlockKind = z.enum(['body', 'caption', 'byline', 'heading', 'fringe', 'tail', 'meta', 'furniture']);

export const PageBlock = z.object({
  /** Position of the block's element in the page (the content script badges that element). */
  index: z.number().int().nonnegative(),
  text: text(200_000),
  kind: BlockKind,
  links: z.array(z.object({ href: text(4096), text: text(1000) })).max(300),
  /** Credit elements inside a caption (a span of their own, glued to the caption's text). */
  creditParts: z.array(text(300)).max(20).default([]),
  /** The texts of a caption's innermost elements, when it has several (a credit may be one of them). */
  pieces: z.array(text(300)).max(20).default([]),
  /** The block is itself a credit element (its class says so). */
  creditElement: z.boolean().default(false),
  /** The image a caption belongs to. */
  image: text(4096).optional(),
});
export type PageBlock = z.infer<typeof PageBlock>;

export const PageMeta = z.object({
  title: text(2000),
  declaredLang: text(40).optional(),
  canonical: text(4096).optional(),
  ogUrl: text(4096).optional(),
  site: text(500).optional(),
  description: text(5000).optional(),
  published: text(100).optional(),
  authors: z.array(text(500)).max(20),
  publisher: text(500).optional(),
  image: text(4096).optional(),
  articleMarked: z.boolean(),
  declaredOrigins: z.array(text(4096)).max(20),
  titleSite: z.array(text(500)).max(2).optional(),
});

export const PageData = z.object({
  /** The address the page was read at (as given). */
  url: text(4096),
  /** The page's own address: `url` when it is http(s), else the canonical one the page names. */
  pageUrl: text(4096),
  /** Where relative links resolve. */
  base: text(4096),
  meta: PageMeta,
  readerable: z.boolean(),
  byline: text(1000).optional(),
  siteName: text(500).optional(),
  lang: text(40).optional(),
  /** Every block that isn't furniture, in page order (furniture is never read, so it never travels). */
  blocks: z.array(PageBlock).max(5000),
  /** Parts of the page the read knows it missed (lib/frames.ts, lib/page.ts). */
  unread: z.array(Unread).max(20).optional(),
});
export type PageData = z.infer<typeof PageData>;
