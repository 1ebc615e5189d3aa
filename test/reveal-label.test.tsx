/**
 * Issue 11, item 6: "Show in page" names the source (or photo credit) it shows, for screen readers, in each
 * language the UI ships; the visible words stay "Show in page". And the count heading over the sources says
 * "source" for one (item 11).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chain } from '../components/Chain';
import { PhotoCredits } from '../components/Details';
import { parseDocument } from '../lib/node/load';
import { trace } from '../lib/trace';
import { wordsFrom } from '../lib/words';

const FILL = 'The valley council met on Thursday to weigh the cost of the new bridge, and members argued for an hour about the bus timetable and the old mill road that floods damaged last spring.';
const html = (blocks: string[]) =>
  `<html lang="en"><head><title>Bridge</title><meta property="og:site_name" content="The Valley Courier"></head><body><article><h1>Bridge</h1>${blocks
    .flatMap((b, i) => [`<p>${FILL} (${i + 1})</p>`, b])
    .join('')}${[1, 2, 3, 4].map((i) => `<p>${FILL} (end ${i})</p>`).join('')}</article></body></html>`;
const URL_ = 'https://valleycourier.example/2025/06/12/the-new-bridge';
const words = (lang: string) => {
  const m = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
  const w = wordsFrom(m);
  return (key: string, subs?: string | string[]) => (key === '@@ui_locale' ? lang : w(key, subs));
};
const one = trace(parseDocument(html(['<p>The repairs will take six weeks, Reuters reported on Wednesday.</p>', '<figure><img src="https://img.example/a.jpg"><figcaption>The bridge at dusk. Photo: AFP</figcaption></figure>'])), URL_);
const two = trace(parseDocument(html(['<p>The repairs will take six weeks, Reuters reported on Wednesday.</p>', '<p>The cost will double, the Associated Press said in a report.</p>'])), URL_);

describe('the popup names what "Show in page" shows', () => {
  const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
  const g = globalThis as { document?: unknown };
  beforeAll(() => void (g.document = document));
  afterAll(() => void delete g.document);
  const root = () => document.getElementById('root')!;
  const buttons = (sel: string) => [...root().querySelectorAll(sel)].map((b) => [b.getAttribute('aria-label')?.replace(/[\u2066-\u2069]/g, ''), b.textContent]);

  it.each([
    ['en', 'Show in page: Reuters', 'Show in page', 'Show in page: AFP'],
    ['id', 'Tunjukkan di halaman: Reuters', 'Tunjukkan di halaman', 'Tunjukkan di halaman: AFP'],
    ['vi', 'Xem trong trang: Reuters', 'Xem trong trang', 'Xem trong trang: AFP'],
  ])('%s', (lang, source, visible, photo) => {
    expect(one.sources.map((s) => s.name)).toContain('Reuters');
    render(<Chain report={one} t={words(lang)} onReveal={() => {}} />, root() as unknown as Element);
    expect(buttons('[data-testid="source"] button')).toEqual([[source, visible]]);
    render(<PhotoCredits report={one} t={words(lang)} onReveal={() => {}} />, root() as unknown as Element);
    expect(buttons('[data-testid="photo-reveal"]')).toEqual([[photo, visible]]);
  });

  it.each([
    ['en', one, 'Credited source (1)'],
    ['en', two, 'Credited sources (2)'],
    ['id', one, 'Sumber yang dikutip (1)'],
    ['vi', two, 'Nguồn được trích dẫn (2)'],
  ])('%s heading over the sources', (lang, report, heading) => {
    render(<Chain report={report} t={words(lang)} />, root() as unknown as Element);
    expect(root().querySelector('.node-sources h3')?.textContent).toBe(heading);
  });
});
