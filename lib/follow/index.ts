/** Following the chain: the engine and what its callers (the CLI, the background) need of it. */
export { follow, clampDepth, DEFAULT_DEPTH, MAX_DEPTH, type FollowOptions, type FollowResult, type Visit, type VisitCache } from './engine';
export { fetchPage, LIMITS, RefusedError, RedirectLoopError, type Fetcher, type RawResponse, type FetchContext } from './fetch';
export { targetsOf, canonicalKey } from './targets';
export { tracePageData, traceHtml, storyFor, type Traced } from './trace-page';
export { parseMaps, type UrlMap } from './map';
export { nodeFetcher, browserFetcher } from './fetchers';
export { FollowState, followKey, visitKey, storyKey, originPattern, firstOrigins, refusedOrigins, withHops } from './state';
