/**
 * Issue 11, item 6: links say where they go in words and name their source for screen readers; no archived
 * copies of a search; a body with no site gets a web search, not "its site"; searches use the story's key
 * names and month in the searched site's language; no raw, encoded or cut address as link text.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Badge } from '../components/Badge';
import { badgeItems } from '../components/badge-items';
import { Chain } from '../components/Chain';
import { SourceCard } from '../components/SourceCard';
import { storyOf } from '../lib/follow/facts';
import { parseDocument } from '../lib/node/load';
import { outletRegistry } from '../lib/outlets/index';
import { readPage } from '../lib/page';
import { COUNTRIES } from '../lib/places/countries';
import { readableUrl, searchedSite } from '../lib/readable-url';
import { REPORT_SCHEMA, type Report, type Source } from '../lib/report';
import { linksFor } from '../lib/resolve';
import { monthIn, nameIn, searchLang, searchTerms } from '../lib/search-terms';
import { archiveUrl } from '../lib/url';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const en: Messages = JSON.parse(readFileSync(new URL('../public/_locales/en/messages.json', import.meta.url), 'utf8'));
/** chrome.i18n's substitution: `$NAME$` is the placeholder whose content is `$n`. */
const t = (key: string, sub?: string | string[]) => {
  const subs = [sub ?? []].flat();
  const m = en[key];
  if (!m) return key;
  return m.message.replace(/\$(\w+)\$/g, (_, name: string) => subs[Number(m.placeholders?.[name.toLowerCase()]?.content.slice(1)) - 1] ?? '');
};

describe('addresses as people read them', () => {
  it.each([
    ['https://www.example.org/world/story-1', 'example.org/world/story-1'],
    ['https://news.example.vn/th%E1%BA%BF-gi%E1%BB%9Bi/bai-viet.html?utm_source=x#top', 'news.example.vn/thế-giới/bai-viet.html'],
    ['https://example.org/', 'example.org'],
    ['https://www.nguoiduatin.example/bo-truong-quoc-phong-nga-den-trung-quoc-de-dam-phan-quan-su-204241014210826959.htm', 'nguoiduatin.example/bo-truong-quoc-phong-nga…'],
    ['https://example.org/%E0%A4%', 'example.org/%E0%A4%'],
  ])('%s → %s', (url, readable) => {
    expect(readableUrl(url)).toBe(readable);
  });

  it('a search link names the site it searches', () => {
    expect(searchedSite('https://duckduckgo.com/?q=site%3Amil.example%20Belousov')).toBe('mil.example');
    expect(searchedSite('https://www.tass.example/search?searchStr=Belousov')).toBe('tass.example');
  });
});

describe('search words: the story\'s key names and month, in the searched site\'s language', () => {
  const story = (lang: string, title: string, body: string, published = '2019-02-12') =>
    storyOf({ page: readPage(parseDocument(`<html lang="${lang}"><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`), 'https://x.example/a').page, lang, published, exclude: [] });

  it('names as runs, not sentence starts nor month names', () => {
    const s = story(
      'en',
      'Snow shuts schools across New York City',
      `<p>Winter arrived early in New York City this year, and Manhattan residents woke to a foot of snow on Tuesday.</p>
       <p>The mayor of New York City, Elena Marsh, said plows worked through the night. Winter storms are rare in February, she said.</p>
       <p>In Manhattan, schools closed. City officials said Elena Marsh would speak again on Wednesday.</p>
       <p>Winter is not over yet, forecasters warned, and more snow may reach Manhattan by Friday.</p>`,
    );
    expect(searchTerms(s, 'en')).toEqual(['New York City', 'Manhattan', 'Elena Marsh', 'February 2019']);
  });

  const id = story(
    'id',
    'Menteri Kovalenko tiba di Tiongkok',
    `<p>Menteri Pertahanan Kovalenko tiba di Tiongkok pada Senin untuk bertemu Menteri Zhao Ming.</p>
     <p>Di Tiongkok, Kovalenko dan Zhao Ming membahas latihan bersama di Jakarta.</p>
     <p>Kovalenko mengatakan kunjungan ke Tiongkok akan berlanjut pekan depan, dan Zhao Ming menyambutnya di Jakarta.</p>`,
  );
  it.each([
    ['id', ['Tiongkok', 'Kovalenko', 'Zhao Ming', 'Februari 2019']],
    ['en', ['China', 'Kovalenko', 'Zhao Ming', 'February 2019']],
    ['ru', ['Китай', 'Kovalenko', 'Zhao Ming', 'февраль 2019']],
    // No table says which Latin name of a country is Vietnamese: the place stays out.
    ['vi', ['Kovalenko', 'Zhao Ming', '2019']],
  ])('an Indonesian story searched on a %s site', (lang, terms) => {
    expect(searchTerms(id, lang)).toEqual(terms);
  });

  it('a place in the page\'s language travels only as a country name the table knows; names in another script stay home', () => {
    expect(nameIn('Tiongkok', 'id', 'ja')).toBe('中国');
    expect(nameIn('Jakarta', 'id', 'en')).toBeUndefined();
    expect(nameIn('张伟', 'zh', 'en')).toBeUndefined();
    expect(nameIn('Kovalenko', 'id', 'ru')).toBe('Kovalenko');
    expect(monthIn('2024-10-14', 'de')).toBe('Oktober 2024');
    expect(monthIn(undefined, 'de')).toBeUndefined();
  });

  it('a site is searched in the page\'s language when it publishes in it, else in English when it does', () => {
    expect(searchLang({ languages: ['ru', 'en'] }, 'id')).toBe('en');
    expect(searchLang({ languages: ['ru', 'en'] }, 'ru')).toBe('ru');
    expect(searchLang({ languages: ['de'] }, 'id')).toBe('de');
    expect(searchLang(undefined, 'vi')).toBe('vi');
  });

  it('every country\'s first name is its English one', () => {
    // (A country held only as a state has no place names.)
    for (const c of COUNTRIES) if (c.names?.length) expect(c.names[0], c.code).toMatch(/^[A-Za-z][A-Za-z .'-]+$/);
  });
});

describe('links of a source', () => {
  const registry = outletRegistry();
  const inputs = { articleLinks: [], textUrls: [], terms: (lang: string) => (lang === 'en' ? ['China', 'Kovalenko'] : ['Tiongkok', 'Kovalenko']), lang: 'id' };

  it('a body with no site known gets a web search, not a search of "its site"', () => {
    const links = linksFor('Harbour Board', undefined, undefined, inputs);
    expect(links.map((l) => l.kind)).toEqual(['web-search']);
    expect(decodeURIComponent(links[0]!.url)).toContain('"Harbour Board" Tiongkok Kovalenko');
    // A story with no key names: the name alone.
    expect(decodeURIComponent(linksFor('Harbour Board', undefined, undefined, { ...inputs, terms: () => [] })[0]!.url)).toMatch(/q="Harbour Board"$/);
  });

  it('an outlet publishing in English is searched in English', () => {
    const tass = registry.byId.get('tass')!;
    const search = linksFor('TASS', tass, undefined, inputs).find((l) => l.kind === 'search')!;
    expect(decodeURIComponent(search.url)).toContain('China Kovalenko');
  });

  const link = (kind: Source['links'][number]['kind'], url: string) => ({ kind, url, archive: archiveUrl(url) });
  const source = (name: string, links: Source['links']): Source => ({
    name,
    evidence: `Menurut ${name}, latihan berlanjut.`,
    kind: 'organization',
    mentions: [{ evidence: `Menurut ${name}, latihan berlanjut.`, block: 1, cue: 'id.according', cueText: 'Menurut', how: 'according' }],
    resolved: false,
    links,
  });

  describe('in the popup and the badge card', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
    const g = globalThis as { document?: unknown; innerWidth?: number; innerHeight?: number };
    beforeAll(() => Object.assign(g, { document, innerWidth: 1000, innerHeight: 800 }));
    afterAll(() => void (delete g.document, delete g.innerWidth, delete g.innerHeight));
    const root = () => document.getElementById('root')! as unknown as Element;

    it('say where they go, name the source for screen readers, and archive no search', () => {
      const s = source('Kantor Berita Pesisir', [
        link('article', 'https://www.pesisir.example/berita/latihan-bersama-%E2%80%94-2024-10-14'),
        link('search', 'https://duckduckgo.com/?q=site%3Apesisir.example%20Kovalenko'),
        link('homepage', 'https://pesisir.example/'),
      ]);
      render(<ul><SourceCard source={s} t={t} /></ul>, root());
      const links = Array.from(root().querySelectorAll('.links a')) as unknown as HTMLAnchorElement[];
      const texts = links.map((a) => a.textContent);
      expect(texts).toEqual(['Original article on pesisir.example', '(archived copies)', 'Search pesisir.example for this story, through duckduckgo.com', 'Home page of pesisir.example', '(archived copies)']);
      for (const a of links) {
        expect(a.textContent).not.toMatch(/https?:|%[0-9A-F]{2}/);
        expect(a.getAttribute('aria-label')).toContain('Kantor Berita Pesisir');
      }
      expect(links[0]!.getAttribute('aria-label')).toBe('Original article on pesisir.example (source: \u2068Kantor Berita Pesisir\u2069)');
      render(null, root());
    });

    it('a web search says so', () => {
      render(<ul><SourceCard source={source('Dewan Pelabuhan', [link('web-search', 'https://duckduckgo.com/?q=%22Dewan%20Pelabuhan%22%20Kovalenko')])} t={t} /></ul>, root());
      const texts = Array.from(root().querySelectorAll('.links a')).map((a) => a.textContent);
      expect(texts).toEqual(['Search the web for \u2068Dewan Pelabuhan\u2069 (duckduckgo.com)']);
      render(null, root());
    });

    const report = (more: Partial<Report>): Report => ({
      schema: REPORT_SCHEMA, url: 'https://berita.example/a', lang: 'id', title: 'Latihan bersama', isArticle: true, page: { url: 'https://berita.example/a', authors: [] },
      sources: [], photoCredits: [], basedOn: [], chain: { nodes: [], edges: [] }, flags: [], stats: { blocks: 0, chars: 0, ms: 0 }, ...more,
    });

    it('the badge card\'s link says where it goes, not a cut address', () => {
      const r = report({ sources: [source('TASS', [link('search', 'https://tass.example/search?searchStr=China%20Kovalenko%20Oktober%202024%20very%20long%20query')])] });
      const items = badgeItems(r, t).get(1)!;
      render(<Badge items={items} t={t} />, root());
      act(() => void root().querySelector('[data-testid="badge-button"]')!.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('click')));
      const a = root().querySelector('[data-testid="badge-card"] a')!;
      expect(a.textContent).toBe('Search tass.example for this story');
      expect(a.getAttribute('aria-label')).toBe('Search tass.example for this story (source: \u2068TASS\u2069)');
      render(null, root());
    });

    it('the page it is based on shows its readable address', () => {
      const url = 'https://www.asal.example/th%E1%BA%BF-gi%E1%BB%9Bi/bo-truong-quoc-phong-den-thu-do-de-dam-phan-quan-su-2042410.htm';
      render(<Chain report={report({ basedOn: [{ url, evidence: 'Sumber: asal.example', mentions: [{ evidence: 'Sumber: asal.example', block: 2, cue: 'id.source', cueText: 'Sumber' }] }] })} t={t} />, root());
      const node = root().querySelector('[data-testid="node-based-on"]')!;
      expect(node.textContent).not.toMatch(/https?:|%[0-9A-F]{2}/);
      expect(node.textContent).toContain('asal.example/thế-giới/');
      expect(node.querySelector('a')!.getAttribute('aria-label')).toMatch(/^The page it is based on: \u2068asal\.example\u2069, asal\.example\/thế-giới\//);
      render(null, root());
    });
  });
});
