/**
 * The state of following one page's chain, as the background keeps it for the browser session and the popup
 * shows it: the hops so far, whether it is still going, and the sites it still needs the user's leave for.
 * Plain data validated by zod: it crosses storage and messages.
 */
import { z } from 'zod';
import { Hop, type Report, SourceSearch } from '../report';
import { httpUrl } from '../url';
import { targetsOf } from './targets';

export const FollowState = z.object({
  /** The report's url: the page the chain starts from. */
  url: z.string(),
  depth: z.number().int().min(1).max(4),
  running: z.boolean(),
  hops: z.array(Hop),
  searches: z.array(SourceSearch),
  /** Origin patterns of the hops refused for want of access: what "follow further" asks the user for. */
  needs: z.array(z.string()),
  /** Set when following failed as a whole (not one page: that is a hop's status). */
  error: z.string().optional(),
});
export type FollowState = z.infer<typeof FollowState>;

export const followKey = (url: string) => `sourcetrace:follow:${url}`;
export const visitKey = (key: string) => `sourcetrace:visit:${key}`;
export const storyKey = (url: string) => `sourcetrace:story:${url}`;

/** The host permission pattern of a URL's site: `https://tass.com/*`. */
export function originPattern(url: string): string | undefined {
  const u = httpUrl(url);
  if (!u) return undefined;
  const { protocol, hostname } = new URL(u);
  return `${protocol}//${hostname}/*`;
}

/** The sites a first follow needs: those of the pages this report links to as its origins. */
export function firstOrigins(report: Report): string[] {
  return [...new Set(targetsOf(report).map((t) => originPattern(t.url)).filter((o): o is string => !!o))];
}

/** The sites the hops were refused for: what following further needs. */
export function refusedOrigins(hops: Hop[]): string[] {
  return [...new Set(hops.filter((h) => h.status === 'refused').map((h) => originPattern(h.finalUrl ?? h.url)).filter((o): o is string => !!o))];
}

/** The report with the chain followed: what the exports carry. */
export function withHops(report: Report, state: FollowState | undefined): Report {
  return state && state.hops.length ? { ...report, hops: state.hops, searches: state.searches } : report;
}
