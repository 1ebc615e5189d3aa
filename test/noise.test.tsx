/**
 * Issue 11, item 7: what the popup and the badges show once. Repeats grouped, the page's own photographers
 * in one line, "no source" said once, a warning only about unknown outlets (not public bodies or companies).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Badge } from '../components/Badge';
import { badgeItems } from '../components/badge-items';
import { Chain } from '../components/Chain';
import { Flags, PhotoCredits } from '../components/Details';
import { parseDocument } from '../lib/node/load';
import { trace } from '../lib/trace';
import { wordsFrom } from '../lib/words';

const EN = 'The harbour board met on Monday to weigh the cost of dredging the channel again, and members argued for an hour about the ferry timetable and the old pier that storms damaged last winter.';
function page(blocks: string[]): string {
  const body = blocks.flatMap((b, i) => [`<p>${EN} (${i + 1})</p>`, b]).join('\n');
  return `<html lang="en"><head><title>Harbour</title><meta property="og:site_name" content="The Harbour Herald"></head><body><article><h1>Harbour</h1>${body}${[1, 2, 3, 4].map((i) => `<p>${EN} (end ${i})</p>`).join('')}</article></body></html>`;
}
const figure = (img: string, credit: string) => `<figure><img src="https://img.example/${img}.jpg"><figcaption>The pier at dawn. Photo: ${credit}</figcaption></figure>`;
const URL_ = 'https://harbourherald.example/2025/03/04/dredging-the-channel';
const traced = (blocks: string[]) => trace(parseDocument(page(blocks)), URL_);
const t = (key: string, sub?: string | string[]) => (sub ? `${key}(${[sub].flat().join('|')})` : key);

describe('the page\'s own photographers', () => {
  const r = traced([figure('a', 'Ines Varga/The Harbour Herald'), figure('b', 'Tom Reyes/The Harbour Herald'), figure('c', 'Reuters'), figure('d', 'Reuters')]);

  it('marks the credits of its own staff, not a wire\'s', () => {
    expect(r.photoCredits.map((p) => [p.credit, !!p.own])).toEqual([
      ['Ines Varga/The Harbour Herald', true],
      ['Tom Reyes/The Harbour Herald', true],
      ['Reuters', false],
    ]);
  });

  it('badges a photo credit once, and the page\'s own photographers not at all', () => {
    const photos = [...badgeItems(r, t).values()].flat().filter((i) => i.kind === 'photo');
    expect(photos.map((i) => i.label)).toEqual(['Reuters']);
  });

  describe('in the popup', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
    const g = globalThis as { document?: unknown };
    beforeAll(() => void (g.document = document));
    afterAll(() => void delete g.document);

    it('folds its own photographers into one line', () => {
      const root = document.getElementById('root')!;
      render(<PhotoCredits report={r} t={t} />, root as unknown as Element);
      expect([...root.querySelectorAll('[data-testid="photo-credit"] strong')].map((e) => e.textContent)).toEqual(['Reuters']);
      expect(root.querySelector('[data-testid="photo-own"]')?.textContent).toBe('photoOwnStaff(\u2068The Harbour Herald\u2069) Ines Varga/The Harbour Herald, Tom Reyes/The Harbour Herald');
    });

    it('says "no source" once', () => {
      const root = document.getElementById('root')!;
      render(<><Chain report={r} t={t} /><Flags report={r} t={t} /></>, root as unknown as Element);
      expect(root.querySelectorAll('[data-testid="no-sources"]').length).toBe(1);
      expect(r.flags.map((f) => f.code)).toContain('no-sources');
      expect(root.querySelector('[data-flag="no-sources"]')).toBeNull();
    });
  });
});

describe('unknown outlets', () => {
  it('warns about an outlet the registry does not know, not about a public body or a company', () => {
    const r = traced([
      '<p>The Port Authority of Eastvale said the channel would close for a week, and Brightwater Dredging Ltd said its crews were ready.</p>',
      '<p>The Eastvale Courier newspaper reported that two ferries would be moved.</p>',
    ]);
    expect(r.sources.filter((s) => !s.resolved).map((s) => s.name).sort()).toEqual(['Brightwater Dredging Ltd', 'Eastvale Courier', 'Port Authority of Eastvale']);
    expect(r.flags.find((f) => f.code === 'unresolved-sources')?.message).toBe('Outlets not in the registry: Eastvale Courier');
  });
});

describe('a source credited on several lines', () => {
  const r = traced([
    '<p>The dredging will cost more than planned, according to Reuters.</p>',
    '<p>The port authority said the channel must be cleared by June.</p>',
    '<p>Two dredgers are already on their way, Reuters reported.</p>',
    '<p>The ferry company said it would keep its timetable, according to Reuters.</p>',
  ]);
  const sources = () => [...badgeItems(r, t).entries()].sort(([a], [b]) => a - b).map(([, items]) => items.filter((i) => i.kind === 'source'));

  it('is one group: its first line says on how many lines it is credited, the later ones are its repeats', () => {
    const reuters = sources().flatMap((items) => items.filter((i) => i.label === 'Reuters'));
    expect(reuters.map((i) => [!!i.repeat, i.lines])).toEqual([
      [false, 3],
      [true, undefined],
      [true, undefined],
    ]);
    // A source on one line alone is no group.
    expect(sources().flat().filter((i) => i.label !== 'Reuters').every((i) => !i.repeat && !i.lines)).toBe(true);
  });

  describe('in the page', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
    const g = globalThis as { document?: unknown; innerWidth?: number; innerHeight?: number };
    beforeAll(() => Object.assign(g, { document, innerWidth: 1000, innerHeight: 800 }));
    afterAll(() => void (delete g.document, delete g.innerWidth, delete g.innerHeight));
    // The words browser.i18n gives, with its UI locale (plural forms follow it).
    const messages = (lang: string) => {
      const words = wordsFrom(JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')));
      return (key: string, sub?: string | string[]) => (key === '@@ui_locale' ? lang : words(key, sub));
    };

    it.each([
      ['en', 'Source: \u2068Reuters\u2069', 'Again: \u2068Reuters\u2069', 'Credited on 3 lines of this page'],
      ['id', 'Sumber: \u2068Reuters\u2069', 'Lagi: \u2068Reuters\u2069', 'Disebut di 3 baris halaman ini'],
      ['vi', 'Nguồn: \u2068Reuters\u2069', 'Lại: \u2068Reuters\u2069', 'Được ghi ở 3 dòng của trang này'],
    ])('%s: the first badge names it and counts its lines, the repeats are quieter pills', (lang, first, again, lines) => {
      const words = messages(lang);
      const root = document.getElementById('root')!;
      const pills = [...badgeItems(r, words).entries()]
        .sort(([a], [b]) => a - b)
        .filter(([, items]) => items.some((i) => i.label === 'Reuters'))
        .map(([, items]) => {
          render(<Badge items={items} t={words} />, root as unknown as Element);
          const button = root.querySelector('[data-testid="badge-button"]')!;
          const pill = { text: button.textContent, quiet: button.getAttribute('class')!.includes('st-repeat') };
          act(() => void (button as unknown as HTMLElement).dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('click')));
          const count = root.querySelector('[data-testid="badge-lines"]')?.textContent;
          render(null, root as unknown as Element);
          return { ...pill, count };
        });
      expect(pills).toEqual([
        { text: first, quiet: false, count: lines },
        { text: again, quiet: true, count: undefined },
        { text: again, quiet: true, count: undefined },
      ]);
    });
  });
});
