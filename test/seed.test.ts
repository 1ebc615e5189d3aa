/**
 * The seed page (demo/seed-article-id.html), end to end through the core: what the walking-skeleton and
 * registry issues say a careful reader finds in it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../lib/node/load';
import { Report } from '../lib/report';
import { trace } from '../lib/trace';

const report = Report.parse(trace(parseDocument(readFileSync('demo/seed-article-id.html', 'utf8')), 'https://berita.example/dunia/menhan-rusia-beijing'));
const source = (id: string) => report.sources.find((s) => s.outlet?.id === id);

describe('the seed page', () => {
  it('credits exactly TASS, The Moscow Times, Barron\'s and the Russian Ministry of Defence', () => {
    expect(report.sources.map((s) => s.name).sort()).toEqual(["Barron's", 'Russian Ministry of Defence', 'TASS', 'The Moscow Times']);
    expect(report.sources.every((s) => s.resolved)).toBe(true);
  });

  it('does not credit the writer, the people or the countries in the story', () => {
    const names = JSON.stringify(report.sources.map((s) => [s.name, s.mentions.map((m) => m.evidence)]));
    for (const notASource of ['Minh Duc', 'Belousov', 'Dong Jun', 'Putin', 'Xi Jinping', 'Tiongkok', 'Armada Pasifik']) {
      expect(report.sources.some((s) => s.name.includes(notASource))).toBe(false);
    }
    expect(names).toContain('Menurut TASS, Moscow Times, Barron');
  });

  it('quotes the sentences that credit the ministry', () => {
    const mod = source('ru-ministry-of-defence')!;
    expect(mod.mentions.map((m) => m.evidence).join('\n')).toMatch(/menurut pernyataan Kementerian Pertahanan Rusia[\s\S]*dirilis oleh Kementerian Pertahanan Rusia/);
  });

  it('resolves each source to its domains, with a search for this story on its site', () => {
    const expected: [string, RegExp][] = [
      ['tass', /^tass\.(com|ru)$/],
      ['moscow-times', /^themoscowtimes\.com$/],
      ['barrons', /^barrons\.com$/],
      ['ru-ministry-of-defence', /^mil\.ru$/],
    ];
    for (const [id, domain] of expected) {
      const s = source(id)!;
      expect(s.outlet!.domains.some((d) => domain.test(d))).toBe(true);
      const search = s.links.find((l) => l.kind === 'search');
      expect(search?.url).toContain('Belousov');
      expect(s.links.every((l) => l.archive.startsWith('https://web.archive.org/web/'))).toBe(true);
      expect(s.links.at(-1)?.kind).toBe('homepage');
    }
  });

  it('finds the photo credit, the page it is based on, and the flags', () => {
    expect(report.photoCredits.map((p) => p.credit)).toEqual(['Kementerian Pertahanan Rusia']);
    expect(report.photoCredits[0]!.image).toBe('https://berita.example/images/belousov-dong-jun-beijing.jpg');
    expect(report.basedOn.map((b) => b.url)).toEqual(['https://www.nguoiduatin.vn/bo-truong-quoc-phong-nga-den-trung-quoc-de-dam-phan-quan-su-204241014210826959.htm']);
    expect(report.basedOn[0]!.lang).toBe('vi');
    expect(report.lang).toBe('id');
    expect(report.flags.map((f) => f.code).sort()).toEqual(['republished', 'template-residue', 'translated']);
  });

  it('builds the chain: this page → nguoiduatin.vn → the credited sources', () => {
    const { nodes, edges } = report.chain;
    expect(nodes[0]).toMatchObject({ id: 'page', type: 'page', lang: 'id' });
    expect(nodes[1]).toMatchObject({ type: 'based-on', label: 'Người Đưa Tin', lang: 'vi' });
    expect(edges.filter((e) => e.rel === 'credits').every((e) => e.from === nodes[1]!.id)).toBe(true);
    // Each source under the name the page prints (the Indonesian page's own words for the ministry).
    expect(nodes.filter((n) => n.type === 'source').map((n) => n.label).sort()).toEqual(["Barron's", 'Kementerian Pertahanan Rusia', 'TASS', 'The Moscow Times']);
  });
});
