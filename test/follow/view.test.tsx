/**
 * The follow view: each hop's status and match, the "follow further" button when sites were refused, page
 * text kept as text (never markup) and only http(s) links.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { FollowChain } from '../../components/FollowChain';
import type { FollowState } from '../../lib/follow/state';
import type { Hop } from '../../lib/report';

const t = (key: string, subs?: string | string[]) => `${key}${subs === undefined ? '' : `(${[subs].flat().join(',')})`}`;

function show(state: FollowState | undefined, canFollow = true) {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const g = globalThis as unknown as { document?: unknown; window?: unknown };
  const saved = { document: g.document, window: g.window };
  Object.assign(g, { document, window });
  let follows = 0;
  try {
    render(<FollowChain state={state} t={t} canFollow={canFollow} onFollow={() => follows++} />, document.getElementById('app')! as unknown as Element);
  } finally {
    Object.assign(g, saved);
  }
  return { root: document.getElementById('app')!, clicks: () => follows };
}

const hop = (over: Partial<Hop>): Hop => ({ url: 'https://a.example/1', from: 'https://x.example/', depth: 1, via: 'source-link', credit: 'A', status: 'found', sources: [], flags: [], ...over });
const state = (hops: Hop[], over: Partial<FollowState> = {}): FollowState => ({ url: 'https://x.example/', depth: 2, running: false, hops, searches: [], needs: [], ...over });

describe('FollowChain', () => {
  it('offers to follow when nothing was followed yet, and nothing when there is nothing to follow', () => {
    expect(show(undefined).root.querySelector('[data-testid="follow"]')).not.toBeNull();
    expect(show(undefined, false).root.querySelector('button')).toBeNull();
  });

  it('shows each hop with its status, score and flags', () => {
    const { root } = show(
      state([
        hop({ title: 'Original', lang: 'en', publisher: 'A News', match: { score: 0.75, matched: ['Belousov'], missing: ['Bắc Kinh'] }, flags: [{ code: 'translated', message: 'x' }] }),
        hop({ url: 'https://b.example/2', depth: 2, status: 'not-found', message: 'HTTP 404' }),
      ]),
    );
    const items = [...root.querySelectorAll('[data-testid="hop"]')];
    expect(items.map((li) => li.getAttribute('data-status'))).toEqual(['found', 'not-found']);
    expect(items[0]!.querySelector('[data-testid="hop-score"]')!.textContent).toContain('hopScore(75)');
    expect(items[0]!.querySelector('[data-flag="translated"]')).not.toBeNull();
    expect(items[1]!.textContent).toContain('HTTP 404');
    // All done, nothing refused: no button.
    expect(root.querySelector('button')).toBeNull();
  });

  it('asks to follow further when sites were refused', () => {
    const { root } = show(state([hop({ status: 'refused' })], { needs: ['https://a.example/*'] }));
    expect(root.querySelector('[data-testid="follow-more"]')!.textContent).toBe('followMore_other(1)');
  });

  it('keeps page text as text and links only to http(s)', () => {
    const { root } = show(state([hop({ url: 'https://a.example/1', title: '<img src=x onerror=alert(1)>' }), hop({ url: 'https://b.example/2' })], { searches: [] }));
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect([...root.querySelectorAll('a')].every((a) => /^https?:/.test(a.getAttribute('href') ?? ''))).toBe(true);
  });
});
