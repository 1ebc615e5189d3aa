/**
 * Issue 11, item 7: what the popup and the badges show once. Repeats grouped, the page's own photographers
 * in one line, "no source" said once, a warning only about unknown outlets (not public bodies or companies).
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeItems } from '../components/badge-items';
import { Chain } from '../components/Chain';
import { Flags, PhotoCredits } from '../components/Details';
import { parseDocument } from '../lib/node/load';
import { trace } from '../lib/trace';

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
