/**
 * Following the chain in the background: the browser's fetch (no cookies), only to the sites the user
 * granted (the rest are `refused` hops, shown), each page read in the reader page (read-html.ts), pages cached per URL and each chain's state kept in
 * storage.session for the browser session, so a reopened popup shows them at once. One run per page at a time.
 */
import { browser } from 'wxt/browser';
import {
  browserFetcher,
  follow,
  FollowState,
  followKey,
  originPattern,
  refusedOrigins,
  storyKey,
  visitKey,
  type Traced,
  type Visit,
  type VisitCache,
} from '../../lib/follow/index';
import type { Story } from '../../lib/follow/facts';
import type { Report } from '../../lib/report';
import { parseSettings, SETTINGS_KEY } from '../../lib/settings';
import { readInReader } from './read-html';

const session = () => browser.storage.session;
const running = new Map<string, Promise<FollowState>>();

const cache: VisitCache = {
  get: async (key) => (await session().get(visitKey(key)))[visitKey(key)] as Visit | undefined,
  set: async (key, visit) => void (await session().set({ [visitKey(key)]: visit }).catch(() => undefined)),
};

async function allowed(url: string): Promise<boolean> {
  const origin = originPattern(url);
  return !!origin && (await browser.permissions.contains({ origins: [origin] }));
}

/** Keeps a page's story (its key facts) for the session: following its chain compares against it. */
export async function keepStory(url: string, story: Story): Promise<void> {
  await session().set({ [storyKey(url)]: story }).catch(() => undefined);
}

async function save(state: FollowState): Promise<void> {
  await session().set({ [followKey(state.url)]: state }).catch(() => undefined);
}

async function run(report: Report, depth: number): Promise<FollowState> {
  const story = (await session().get(storyKey(report.url)))[storyKey(report.url)] as Story | undefined;
  let state: FollowState = { url: report.url, depth, running: true, hops: [], searches: [], needs: [] };
  if (!story) return { ...state, running: false, error: 'The page was not read in this session: reload it and try again.' };
  await save(state);
  const root: Traced = { report, story };
  try {
    const result = await follow(root, {
      fetcher: browserFetcher,
      read: readInReader,
      depth,
      allowed,
      cache,
      onHop: (hops) => void save({ ...state, hops }),
    });
    state = { ...state, running: false, hops: result.hops, searches: result.searches, needs: refusedOrigins(result.hops) };
  } catch (e) {
    state = { ...state, running: false, error: (e as Error).message ?? String(e) };
  }
  await save(FollowState.parse(state));
  return state;
}

/** Follows a report's chain (or joins the run already going for it). */
export function followChain(report: Report, depth: number): Promise<FollowState> {
  const going = running.get(report.url);
  if (going) return going;
  const p = run(report, depth).finally(() => running.delete(report.url));
  running.set(report.url, p);
  return p;
}

/** Auto-follow, when the user turned it on: only to the sites already granted, never asking. */
export async function autoFollow(report: Report): Promise<void> {
  if (!report.isArticle || !/^https?:/.test(report.url)) return;
  const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  if (!settings.autoFollow) return;
  const done = (await session().get(followKey(report.url)))[followKey(report.url)];
  if (!done) await followChain(report, 2);
}
