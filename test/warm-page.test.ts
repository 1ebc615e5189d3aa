/** The article the extension's readers warm up on (lib/warm-page.ts) takes the read's and the analysis's whole way. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../lib/html';
import { readPage } from '../lib/page';
import { PageData } from '../lib/page-data';
import { analyzePage } from '../lib/trace';
import { WARM_HTML, WARM_URL, warmPageData } from '../lib/warm-page';

describe('the warm-up article', () => {
  it.each([
    ['its HTML, as the reader page reads it', () => readPage(parseDocument(WARM_HTML), WARM_URL).page],
    ['its page data, as the background analyses it', () => PageData.parse(warmPageData())],
  ])('%s: an article with credited sources and a photo credit', (_, data) => {
    const report = analyzePage(data());
    expect(report.isArticle).toBe(true);
    expect(report.sources.map((s) => s.name)).toContain('Reuters');
    expect(report.photoCredits.map((p) => p.credit)).toEqual(['AFP']);
  }, 60_000);
});
