/** The corpus scorer itself: the matching rules of ../shared/corpus/README.md. */
import { describe, expect, it } from 'vitest';
import { namesMatch, score, siteHalf, urlKey } from '../scripts/eval/score';

describe('namesMatch', () => {
  it.each([
    ['The Moscow Times', 'Moscow Times', true],
    ["Barron's", 'Barrons', false],
    ["Barron's", 'Barron', true],
    ['Interior Ministry', 'Austrian Interior Ministry', true],
    ['Agence France-Presse', 'AFP', false],
    ['澎湃新闻网', '澎湃新闻', true],
    ['Reuters', 'Associated Press', false],
    ['Kementerian Pertahanan Rusia', 'Kementerian Pertahanan', true],
    ['Hau Dinh, AP', 'Hau Dinh / AP', true],
  ])('%s ~ %s → %s', (a, b, want) => {
    expect(namesMatch(a, b)).toBe(want);
  });
});

describe('score', () => {
  it('matches one-to-one and does not count a second prediction of a matched label', () => {
    const r = score(['Reuters', 'Reuters', 'CNN'], ['Reuters', 'AP'], (p) => [p], (l) => [l], (x) => x);
    expect(r).toMatchObject({ tp: 1, fp: 1, fn: 1, extra: ['CNN'], missed: ['AP'] });
  });

  it('compares URLs without scheme, www, query, fragment and trailing slash', () => {
    expect(urlKey('https://www.Example.com/a/b/?x=1#y')).toBe(urlKey('http://example.com/a/b'));
  });
});

describe('siteHalf', () => {
  it('puts every page of one site in the same half, www. or not', () => {
    const a = siteHalf({ id: 'a', url: 'https://www.example.com/one' });
    expect(siteHalf({ id: 'b', url: 'https://example.com/two' })).toBe(a);
  });
  it('splits pages without an address by id, and splits the sites into two halves', () => {
    const halves = new Set(['a.com', 'b.com', 'c.com', 'd.org', 'e.net', 'f.de'].map((d) => siteHalf({ id: d, url: `https://${d}/` })));
    expect(halves).toEqual(new Set(['odd', 'even']));
    expect(siteHalf({ id: 'x', url: null })).toBe(siteHalf({ id: 'x', url: null }));
  });
});
