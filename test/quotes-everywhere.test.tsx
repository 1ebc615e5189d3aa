/**
 * Issue 11, item 2: a long crediting sentence is cut the same way everywhere a person sees it (the popup's
 * card, the badge card, copy as text, Markdown): the credit inside, cuts between words, each marked "…".
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeItems } from '../components/badge-items';
import { SourceCard } from '../components/SourceCard';
import { formatReport } from '../lib/format';
import { toMarkdown } from '../lib/markdown';
import { parseDocument } from '../lib/node/load';
import { trace } from '../lib/trace';

const t = (key: string) => key;
const filler = 'các đoàn xe chở hàng phải chờ nhiều giờ liền ở hai đầu cầu trong khi công nhân sửa chữa mặt đường bị sụt lún';
// One long sentence (over the detector's 400 characters) whose credit stands near its end.
const sentence = `${filler}, ${filler}, ${filler}, ${filler} và đại diện Sở Giao thông vận tải tỉnh Hải Đông cho biết tuyến đường sẽ sớm được thông xe trở lại.`;
const html = `<!DOCTYPE html><html lang="vi"><head><title>Cầu ven biển sẽ sớm thông xe</title></head><body><article>
<h1>Cầu ven biển sẽ sớm thông xe</h1>
<p>Mưa lớn kéo dài suốt ba ngày qua khiến nhiều tuyến đường ở các tỉnh ven biển bị ngập sâu và hư hỏng nặng.</p>
<p>${sentence}</p>
<p>Người dân được khuyến cáo hạn chế đi lại qua khu vực này cho đến khi có thông báo mới từ chính quyền địa phương.</p>
<p>Các lực lượng chức năng đã được huy động để hỗ trợ người dân di chuyển tài sản đến nơi an toàn trong đêm.</p>
</article></body></html>`;

const words = new Set(sentence.split(/[\s,.]+/));
/** Every word of a cut quote is a whole word of the sentence. */
const wholeWords = (quote: string) => quote.replace(/…/g, ' ').split(/[\s,.“”]+/).filter(Boolean).every((w) => words.has(w));

describe('a long quote is cut around its credit everywhere', () => {
  const report = trace(parseDocument(html), 'https://tin.example.vn/cau-ven-bien-se-som-thong-xe-123456.html');
  const source = report.sources.find((s) => s.name.includes('Sở Giao thông vận tải'));

  it('the detector found the source and cut its evidence at word bounds, marked', () => {
    expect(source, JSON.stringify(report.sources.map((s) => s.name))).toBeDefined();
    expect(source!.evidence).toMatch(/^…/);
    expect(source!.evidence).toContain('Sở Giao thông vận tải');
    expect(wholeWords(source!.evidence)).toBe(true);
  });

  it('copy as text keeps the credit', () => {
    const line = formatReport(report).split('\n').find((l) => l.includes('“'))!;
    expect(line).toContain('Sở Giao thông vận tải tỉnh Hải Đông cho biết');
    expect(line).toMatch(/“….*”/);
    expect(wholeWords(line.trim())).toBe(true);
  });

  it('Markdown keeps the credit', () => {
    expect(toMarkdown(report)).toContain('Sở Giao thông vận tải tỉnh Hải Đông cho biết');
  });

  it('the badge card keeps the credit', () => {
    const item = [...badgeItems(report, t).values()].flat().find((i) => i.kind === 'source')!;
    expect(item.evidence).toContain('Sở Giao thông vận tải tỉnh Hải Đông cho biết');
    expect(item.evidence.length).toBeLessThanOrEqual(242);
    expect(wholeWords(item.evidence)).toBe(true);
  });

  describe('the popup card', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><ul id="root"></ul></body></html>');
    const g = globalThis as { document?: unknown };
    beforeAll(() => void (g.document = document));
    afterAll(() => void delete g.document);
    it('keeps the credit, cut at word bounds', () => {
      const root = document.getElementById('root')!;
      render(<SourceCard source={source!} t={t} />, root as unknown as Element);
      const quote = root.querySelector('[data-testid="source-evidence"]')!.textContent!;
      expect(quote).toContain('Sở Giao thông vận tải tỉnh Hải Đông cho biết');
      expect(quote).toMatch(/^…/);
      expect(wholeWords(quote)).toBe(true);
    });
  });
});
