/**
 * The report: the one data contract that the content script, background, popup, CLI and eval share.
 * Other tools read these names: add fields freely, rename none.
 */
import { z } from 'zod';
import { CREDIT_WAYS } from './credit-way';

import { REPORT_SCHEMA } from './report-id';

export { REPORT_SCHEMA };

/** Only http(s) URLs ever reach the UI or the report's links. */
export const HttpUrl = z
  .string()
  .max(4096)
  .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), 'not an http(s) URL');

/** Where a finding sits in the page: the index of its block (see lib/article.ts) and its cue. */
export const Evidence = z.object({
  /** The sentence or line that credits it, verbatim; a long one is cut around the credit, each cut marked "…". */
  evidence: z.string(),
  /** Index of the text block the evidence was found in (badges use it to find the element). */
  block: z.number().int().nonnegative(),
  /** Id of the cue rule that made the finding, e.g. `id.according`. */
  cue: z.string(),
  /** The cue words as printed, e.g. `Menurut`. */
  cueText: z.string(),
  /** How it credits, for the views' words (`according`, `end-credit`, `caption`); `cue` is the rule's id. */
  how: z.enum(CREDIT_WAYS).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/** `search`: the source's own site searched (its search, or a web search within it); `web-search`: a body with no site known. */
export const LinkKind = z.enum(['article', 'text-url', 'search', 'web-search', 'homepage']);
export type LinkKind = z.infer<typeof LinkKind>;

/** A way to reach the original, strongest first; every one with its Web Archive copy. */
export const Link = z.object({
  kind: LinkKind,
  url: HttpUrl,
  archive: HttpUrl,
});
export type Link = z.infer<typeof Link>;

export const OutletKind = z.enum([
  'wire',
  'newspaper',
  'broadcaster',
  'magazine',
  'online',
  'aggregator',
  'government',
  'international',
  'organization',
  'party',
  'company',
]);
export type OutletKind = z.infer<typeof OutletKind>;

/** A registry entry as the report carries it (see lib/outlets/). */
export const OutletRef = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  domains: z.array(z.string()),
  kind: OutletKind,
  country: z.string().optional(),
  languages: z.array(z.string()),
  ownership: z
    .object({ kind: z.enum(['state-owned', 'state-funded', 'public']), owner: z.string().optional(), fact: z.string(), url: HttpUrl })
    .optional(),
});
export type OutletRef = z.infer<typeof OutletRef>;

/** An organization or publication the article credits as the origin of information. */
export const Source = z.object({
  /** Its registry entry's name when it has one, else the name as printed. */
  name: z.string(),
  /**
   * The name as the page prints it, when that is not the registry's name ("Kementerian Pertahanan Rusia" for
   * the Russian Ministry of Defence): what a reader of the page sees, and what the UI shows first.
   */
  printed: z.string().optional(),
  /** The first crediting sentence, verbatim; all of them are in `mentions`. */
  evidence: z.string(),
  /** What the text suggests it is, before the registry is asked. */
  kind: z.enum(['outlet', 'government', 'organization', 'unknown']),
  mentions: z.array(Evidence).min(1),
  /** A link in the article that points to it, when there is one. */
  url: HttpUrl.optional(),
  outlet: OutletRef.optional(),
  resolved: z.boolean(),
  /**
   * When the name is one several registry entries go by and the story points to none of them ("The Star"
   * in a story from nowhere the registry knows): those entries, none of them `outlet`.
   */
  candidates: z.array(OutletRef).optional(),
  links: z.array(Link),
});
export type Source = z.infer<typeof Source>;

export const PhotoCredit = z.object({
  credit: z.string(),
  evidence: z.string(),
  mentions: z.array(Evidence).min(1),
  /** The credited image, when the credit sits in its figure. */
  image: HttpUrl.optional(),
  /** The page's own staff or outlet took it ("Ines Varga/The Harbour Herald" on the Herald's page). */
  own: z.boolean().optional(),
});
export type PhotoCredit = z.infer<typeof PhotoCredit>;

/** A page the article presents as the origin of its content ("Sumber: https://…"). */
export const BasedOn = z.object({
  url: HttpUrl,
  evidence: z.string(),
  mentions: z.array(Evidence).min(1),
  /** The language its address suggests (country domain or a known outlet), when it suggests one. */
  lang: z.string().optional(),
  outlet: OutletRef.optional(),
});
export type BasedOn = z.infer<typeof BasedOn>;

export const FlagCode = z.enum([
  'republished',
  'translated',
  'template-residue',
  'no-sources',
  'unresolved-sources',
  /** A followed page's copy is dated before the page it is based on (`translated` also marks hops). */
  'earlier-than-source',
  /** A credited page that was fetched does not tell the story (few of its key facts match). */
  'source-not-found',
]);
export type FlagCode = z.infer<typeof FlagCode>;

export const Flag = z.object({
  code: FlagCode,
  /** Plain English; the UI shows its own translation of the code. */
  message: z.string(),
  evidence: z.string().optional(),
});
export type Flag = z.infer<typeof Flag>;

export const ChainNode = z.object({
  id: z.string(),
  type: z.enum(['page', 'based-on', 'source']),
  label: z.string(),
  url: HttpUrl.optional(),
  lang: z.string().optional(),
});
export const ChainEdge = z.object({
  from: z.string(),
  to: z.string(),
  rel: z.enum(['based-on', 'credits', 'photo']),
});
/** this page → the page it is based on → the outlets it credits. */
export const Chain = z.object({ nodes: z.array(ChainNode), edges: z.array(ChainEdge) });
export type Chain = z.infer<typeof Chain>;

export const PageInfo = z.object({
  /** The address the report is about (canonical when the page names one and none was given). */
  url: z.string(),
  canonical: HttpUrl.optional(),
  site: z.string().optional(),
  domain: z.string().optional(),
  description: z.string().optional(),
  published: z.string().optional(),
  authors: z.array(z.string()),
  publisher: z.string().optional(),
  image: HttpUrl.optional(),
  /** The language the page declares (`<html lang>`, og:locale); `lang` is what its text is. */
  declaredLang: z.string().optional(),
});
export type PageInfo = z.infer<typeof PageInfo>;

/** What fetching a followed page came to; every failure is a state the user sees. */
export const HopStatus = z.enum(['found', 'unreachable', 'not-found', 'not-html', 'too-large', 'timeout', 'refused', 'blocked', 'redirect-loop']);
export type HopStatus = z.infer<typeof HopStatus>;

/** Does a followed page tell the same story? Key facts (names, numbers, dates) of the page that credits it. */
export const Match = z.object({
  score: z.number().min(0).max(1),
  matched: z.array(z.string()),
  missing: z.array(z.string()),
});
export type Match = z.infer<typeof Match>;

/** One followed page: a page the article (or an earlier hop) is based on or links to as a source's original. */
export const Hop = z.object({
  /** The address followed, as the page that led here printed it. */
  url: HttpUrl,
  /** Where redirects ended, when elsewhere. */
  finalUrl: HttpUrl.optional(),
  /** The page that led here (the report's url for depth 1). */
  from: z.string(),
  depth: z.number().int().min(1).max(4),
  /** Why it was followed: the page says it is based on it, or it is a credited source's link. */
  via: z.enum(['based-on', 'source-link']),
  /** The credited source this link is the original of. */
  credit: z.string().optional(),
  status: HopStatus,
  /** Plain English detail of a failure, e.g. `HTTP 404`. */
  message: z.string().optional(),
  lang: z.string().optional(),
  title: z.string().optional(),
  publisher: z.string().optional(),
  publishedTime: z.string().optional(),
  match: Match.optional(),
  sources: z.array(Source).default([]),
  flags: z.array(Flag).default([]),
});
export type Hop = z.infer<typeof Hop>;

/** A search for the original of a source that no page links to: a link for the user, never fetched. */
export const SourceSearch = z.object({ source: z.string(), from: z.string(), url: HttpUrl, terms: z.array(z.string()) });
export type SourceSearch = z.infer<typeof SourceSearch>;

/**
 * A part of the page the read knows it did not read: a frame of another site (or a sandboxed one) that holds
 * content, or text past the bounds of the read (a page far bigger than any article). Credits there are missing.
 */
export const Unread = z.object({
  /** A frame the read may not open, the page past the read's bound, a closed shadow root the browser keeps from it. */
  reason: z.enum(['frame', 'cut', 'shadow']),
  /** The frame's address, when it has an http(s) one. */
  url: HttpUrl.optional(),
});
export type Unread = z.infer<typeof Unread>;

export const Report = z.object({
  schema: z.literal(REPORT_SCHEMA),
  url: z.string(),
  lang: z.string(),
  title: z.string(),
  /** False when the page is not an article; the lists are then empty. */
  isArticle: z.boolean(),
  page: PageInfo,
  sources: z.array(Source),
  photoCredits: z.array(PhotoCredit),
  basedOn: z.array(BasedOn),
  chain: Chain,
  flags: z.array(Flag),
  stats: z.object({ blocks: z.number().int(), chars: z.number().int(), ms: z.number() }),
  /** Only when the chain was followed (`--follow`, the popup's "Follow the chain"): each page reached. */
  hops: z.array(Hop).optional(),
  /** Only when the chain was followed: searches for the originals of sources nothing links to. */
  searches: z.array(SourceSearch).optional(),
  /** Parts of the page the read knows it missed (the popup says so); absent when it read the whole page. */
  unread: z.array(Unread).max(20).optional(),
  /** When the page was traced (ISO 8601); set where the report leaves: the popup's exports, the CLI. */
  tracedAt: z.string().optional(),
  /** The version of Sourcetrace that traced it (the extension's, or package.json's for the CLI). */
  version: z.string().optional(),
});
export type Report = z.infer<typeof Report>;
