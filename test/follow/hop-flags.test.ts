/** A hop's flags: another language, a copy dated before its original, a page that tells another story. */
import { describe, expect, it } from 'vitest';
import type { Story } from '../../lib/follow/facts';
import { hopFlags } from '../../lib/follow/hop-flags';
import { firstOrigins, refusedOrigins, withHops } from '../../lib/follow/state';
import { traceHtml } from '../../lib/follow/read-html';
import type { Hop } from '../../lib/report';

const story = (lang: string, published?: string): Story => ({ lang, ...(published ? { published } : {}), facts: [], words: [], dates: [], numbers: [] });
const codes = (copy: Story, original: Story, score?: number) =>
  hopFlags(copy, original, score === undefined ? undefined : { score, matched: [], missing: [] }).map((f) => f.code);

describe('hopFlags', () => {
  it.each([
    ['same language, same story', story('en'), story('en'), 0.8, []],
    ['another language', story('id'), story('vi'), 0.8, ['translated']],
    ['an unknown language says nothing', story('und'), story('vi'), 0.8, []],
    ['the copy dated a day before its original', story('en', '2024-10-13T10:00:00Z'), story('en', '2024-10-14T10:00:00Z'), 0.8, ['earlier-than-source']],
    ['the copy dated after its original', story('en', '2024-10-15T02:11:00+07:00'), story('en', '2024-10-14T21:08:26+07:00'), 0.8, []],
    ['within an hour is the same time', story('en', '2024-10-14T10:00:00Z'), story('en', '2024-10-14T10:30:00Z'), 0.8, []],
    ['another story', story('en'), story('en'), 0.1, ['source-not-found']],
    ['no facts to compare', story('en'), story('en'), undefined, []],
  ])('%s', (_name, copy, original, score, expected) => {
    expect(codes(copy, original, score)).toEqual(expected);
  });
});

describe('what following asks for', () => {
  const hop = (url: string, status: Hop['status'], finalUrl?: string): Hop => ({ url, ...(finalUrl ? { finalUrl } : {}), from: 'https://a.example/', depth: 2, via: 'source-link', status, sources: [], flags: [] });

  it('asks, at first, for the sites of the pages the article names', () => {
    const body = '<p>Dockworkers in Port Halvard walked out on Monday after talks with the harbour operator collapsed, the union said in a statement.</p>'.repeat(4);
    const page = traceHtml(`<html lang="en"><head><title>Strike</title></head><body><article><h1>Strike</h1>${body}<p>The walkout is the first in five years, according to <a href="https://wire.example/story">Wire Agency</a>.</p></article></body></html>`, 'https://daily.example/a');
    expect(firstOrigins(page.report)).toEqual(['https://wire.example/*']);
  });

  it('then for the sites it was refused, once each', () => {
    const hops = [hop('https://b.example/1', 'refused'), hop('https://b.example/2', 'refused'), hop('http://c.example/x', 'found'), hop('https://d.example/x', 'refused', 'https://e.example/y')];
    expect(refusedOrigins(hops)).toEqual(['https://b.example/*', 'https://e.example/*']);
  });

  it('exports the report with its hops once followed', () => {
    const page = traceHtml('<p>x</p>', 'https://daily.example/a');
    expect(withHops(page.report, undefined).hops).toBeUndefined();
    const state = { url: page.report.url, depth: 2, running: false, hops: [hop('https://b.example/1', 'found')], searches: [], needs: [] };
    expect(withHops(page.report, state).hops).toHaveLength(1);
  });
});
