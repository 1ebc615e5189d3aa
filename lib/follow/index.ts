/**
 * Following the chain: the engine and what its callers (the CLI, the background) need of it. No HTML parser:
 * the CLI reads fetched pages with read-html.ts (linkedom), the extension in its reader page.
 */
export { follow, clampDepth, DEFAULT_DEPTH, MAX_DEPTH, type FollowOptions, type HtmlReader, type FollowResult, type Visit, type VisitCache } from './engine';
export { fetchPage, LIMITS, RefusedError, RedirectLoopError, type Fetcher, type RawResponse, type FetchContext } from './fetch';
export { targetsOf, canonicalKey } from './targets';
export { tracePageData, storyFor, type Traced } from './trace-page';
export { parseMaps, type UrlMap } from './map';
export { nodeFetcher, browserFetcher } from './fetchers';
export { FollowState, followKey, visitKey, storyKey, originPattern, firstOrigins, refusedOrigins, withHops } from './state';
