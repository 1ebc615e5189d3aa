/** Bidi controls a page slips into its strings never reach our plain text, and a substituted name is isolated. */
import { describe, expect, it } from 'vitest';
import { isolateBidi, stripBidi } from '../lib/bidi';
import { formatReport } from '../lib/format';
import { emptyReport } from '../lib/empty-report';

describe('bidi controls', () => {
  it('drops embeddings, overrides and isolates, and keeps the marks right-to-left text needs', () => {
    expect(stripBidi('Harbor\u202E Times \u2066x\u2069 \u202Ay\u202C')).toBe('Harbor Times x y');
    expect(stripBidi('\u05D0\u200F (IL)')).toBe('\u05D0\u200F (IL)');
    expect(isolateBidi('Bay\u2069\u202E Post')).toBe('\u2068Bay Post\u2069');
  });

  it('leaves none in the copied text of a page that put some in its title and site name', () => {
    const meta = { title: 'Flood\u202E warning lifted', site: 'Delta\u202E Herald', authors: [], articleMarked: true, declaredOrigins: [] };
    const text = formatReport(emptyReport('https://example.com/a', meta, 'en', 0, true));
    expect(text).toContain('Flood warning lifted');
    expect(text).toContain('Delta Herald');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});
