/**
 * Hostile and broken input: a 10 MB page, one giant paragraph, broken markup, a page with no body. Each
 * gets a valid report (or an empty one), never a crash. Speed is measured in `npm run bench`, not here.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../lib/node/load';
import { Report } from '../lib/report';
import { trace } from '../lib/trace';

describe('robustness', () => {
  it('reads a 10 MB page with bounded work and a bounded report', { timeout: 120_000 }, () => {
    const para = '<p>Menurut Reuters, harga minyak naik karena permintaan meningkat di Asia dan Eropa pekan ini.</p>\n';
    const html = `<html lang="id"><body><article><h1>Judul</h1>${para.repeat(Math.ceil(10_000_000 / para.length))}</article></body></html>`;
    const report = Report.parse(trace(parseDocument(html), 'https://example.id/a'));
    expect(report.sources.map((s) => s.name)).toEqual(['Reuters']);
    expect(report.sources[0]!.mentions.length).toBeLessThanOrEqual(25);
    expect(JSON.stringify(report).length).toBeLessThan(200_000);
  });

  it('reads one giant paragraph without punctuation', { timeout: 120_000 }, () => {
    const html = `<html><body><article><p>${'kata '.repeat(2_000_000)}</p></article></body></html>`;
    expect(() => Report.parse(trace(parseDocument(html), 'https://example.id/b'))).not.toThrow();
  });

  it.each([
    ['broken markup', '<html><body><article><p>According to Reuters, talks <b>collapsed<p>on Monday<div></article><<>>'],
    ['no body', '<html><head><title>x</title></head></html>'],
    ['only text', 'According to Reuters, markets fell.'],
    ['deep nesting', `${'<div>'.repeat(20_000)}<p>According to Reuters, markets fell on Monday after the data.</p>${'</div>'.repeat(20_000)}`],
    ['a page cut off inside its <html tag (found by the property test)', '<html lang="en"'],
    ['broken JSON-LD', '<html><head><script type="application/ld+json">{"@type": "NewsArticle", </script></head><body><p>Hi</p></body></html>'],
  ])('%s gives a valid report', (_, html) => {
    expect(() => Report.parse(trace(parseDocument(html), 'https://example.com/x'))).not.toThrow();
  });

  it('keeps only http(s) links in the report', () => {
    const html = `<html><body><article><h1>Strike</h1><p>${'Dock workers kept the terminal closed for another day. '.repeat(6)}</p>
      <p>The strike goes on, according to the <a href="javascript:alert(1)">Harbour Workers Union</a>, which said talks had stalled.</p>
      <p>Sumber: javascript:alert(1)</p></article></body></html>`;
    const report = Report.parse(trace(parseDocument(html), 'https://example.com/x'));
    const urls = JSON.stringify(report).match(/"(?:url|archive|image)":"[^"]*"/g) ?? [];
    expect(urls.every((u) => /"https?:\/\//.test(u))).toBe(true);
    expect(report.sources.map((s) => s.name)).toContain('Harbour Workers Union');
  });
});
