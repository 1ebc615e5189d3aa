/**
 * The two fetchers: both are the standard fetch() with no cookies or credentials and no redirect followed.
 * Node's fetch hands a redirect back with its Location, so the engine follows it itself (at most 5, loops
 * caught). A browser hides a redirect's Location ("opaqueredirect"): then the browser follows it (its own
 * limit, the final address checked by the engine) and a circle surfaces as a network error.
 */
import { RedirectLoopError, type Fetcher } from './fetch';

const ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';

export const nodeFetcher: Fetcher = (url, { signal }) =>
  fetch(url, { signal, redirect: 'manual', credentials: 'omit', headers: { accept: ACCEPT } });

export const browserFetcher: Fetcher = async (url, { signal }) => {
  const init: RequestInit = { signal, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', headers: { accept: ACCEPT } };
  const res = await fetch(url, { ...init, redirect: 'manual' });
  if (res.type !== 'opaqueredirect') return res;
  try {
    return await fetch(url, { ...init, redirect: 'follow' });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new RedirectLoopError('its redirects go in a circle, too far, or to a site not allowed');
  }
};
