/**
 * The Markdown export: page text stays text (escaped, bidi controls stripped), only http(s) addresses become
 * links, a long quote is cut at word bounds around its credit, hops and flags are listed, an empty report
 * still says what was traced, when and by which version.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportName, stamp } from '../lib/export';
import { cutQuote, escapeText, link, MAX_QUOTE, toMarkdown } from '../lib/markdown';
import { REPORT_SCHEMA, type Hop, type OutletRef, type Report, type Source } from '../lib/report';
import { wordsFrom } from '../lib/words';

function report(over: Partial<Report> = {}): Report {
  return {
    schema: REPORT_SCHEMA,
    url: 'https://news.example.org/world/harbour-strike',
    lang: 'en',
    title: 'Dock workers walk out at the northern harbour',
    isArticle: true,
    page: { url: 'https://news.example.org/world/harbour-strike', domain: 'news.example.org', authors: [] },
    sources: [],
    photoCredits: [],
    basedOn: [],
    chain: { nodes: [], edges: [] },
    flags: [],
    stats: { blocks: 3, chars: 900, ms: 4 },
    tracedAt: '2026-12-07T10:15:00.000Z',
    version: '9.8.7',
    ...over,
  };
}

function source(name: string, evidence: string, over: Partial<Source> = {}): Source {
  return {
    name,
    evidence,
    kind: 'outlet',
    mentions: [{ evidence, block: 1, cue: 'en.according', cueText: 'according to' }],
    resolved: false,
    links: [],
    ...over,
  };
}

describe('escapeText: page text stays text', () => {
  it.each([
    ['a link', '[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert\\(1\\)\\)'],
    ['an image', '![p](https://evil.example/p.png)', '\\!\\[p\\]\\(https://evil.example/p.png\\)'],
    ['raw HTML', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['emphasis and code', '*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['a heading at the start', '# Breaking', '\\# Breaking'],
    ['a list item at the start', '- item', '\\- item'],
    ['a numbered item at the start', '1. first', '1\\. first'],
    ['a quote at the start', '> said', '\\> said'],
    ['line breaks fold to one line', 'one\n\n# two', 'one \\# two'],
    ['an entity', '&lt;b&gt;', '\\&lt;b\\&gt;'],
    ['a table cell', 'a | b', 'a \\| b'],
    ['bidi controls are stripped', 'Reu\u202Eters\u2066 x\u2069\u202A', 'Reuters x'],
    ['plain words pass unchanged', "Barron's U.S. agency - said", "Barron's U.S. agency - said"],
  ])('%s', (_, input, expected) => {
    expect(escapeText(input, true)).toBe(expected);
  });
});

it('escapes line-start marks only where the text opens a line', () => {
  expect(escapeText('1. first')).toBe('1. first');
  expect(escapeText('- item', true)).toBe('\\- item');
});

describe('link: only http(s) addresses become links', () => {
  it.each([
    ['https', 'https://wire.example.com/a', '[https://wire.example.com/a](https://wire.example.com/a)'],
    ['http', 'http://wire.example.com/a', '[http://wire.example.com/a](http://wire.example.com/a)'],
    ['parentheses are encoded', 'https://x.example/a_(b)', '[https://x.example/a\\_\\(b\\)](https://x.example/a_%28b%29)'],
    ['javascript stays text', 'javascript:alert(1)', 'javascript:alert\\(1\\)'],
    ['data stays text', 'data:text/html,<b>x</b>', 'data:text/html,\\<b\\>x\\</b\\>'],
    ['a relative path stays text', '/local/page', '/local/page'],
    ['a bidi override inside stays text', 'https://a.example/\u202Etxt.exe', 'https://a.example/txt.exe'],
  ])('%s', (_, url, expected) => {
    expect(link(url, url)).toBe(expected);
  });
});

describe('cutQuote: verbatim, or cut at word bounds around the credit', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('keeps a short quote whole', () => {
    expect(cutQuote('According to the Harbour Authority, ships waited.', ['Harbour Authority'])).toBe('According to the Harbour Authority, ships waited.');
  });

  it.each([
    ['at the start', `According to Coastline Daily, ${filler(200)}`],
    ['in the middle', `${filler(100)} according to Coastline Daily, ${filler(100)}`],
    ['at the end', `${filler(200)} the story was first reported by Coastline Daily.`],
  ])('keeps the credit %s and cuts only between words', (_, text) => {
    const cut = cutQuote(text, ['Coastline Daily', 'according to']);
    expect(cut).toContain('Coastline Daily');
    expect(cut.length).toBeLessThanOrEqual(MAX_QUOTE + 2);
    expect(cut).toMatch(/…/);
    // Every word in the cut is a whole word of the text.
    const words = new Set(text.split(' '));
    for (const w of cut.replace(/…/g, ' ').trim().split(' ')) expect(words.has(w)).toBe(true);
  });

  it('never cuts a credit longer than the limit', () => {
    const credit = 'The Very Long Name '.repeat(5).trim();
    const cut = cutQuote(`${filler(50)} said ${credit} today ${filler(50)}`, [credit], 40);
    expect(cut).toContain(credit);
  });
});

describe('toMarkdown', () => {
  it('an empty report says what was traced, when, by which version, and that nothing was found', () => {
    const md = toMarkdown(report());
    expect(md).toContain('# Sources of “Dock workers walk out at the northern harbour”');
    expect(md).toContain('- Page: [news.example.org/world/harbour-strike](https://news.example.org/world/harbour-strike)');
    expect(md).toContain('- Traced: 2026-12-07T10:15:00.000Z');
    expect(md).toContain('- Sourcetrace version: 9.8.7');
    expect(md).toContain('## Sources (0)');
    expect(md).toContain('The article credits no source.');
    expect(md).toContain('## Flags (0)');
    expect(md).not.toContain('## Follow the chain');
  });

  it('lists each source with its evidence as a quote and its links; hostile names stay text', () => {
    const md = toMarkdown(
      report({
        sources: [
          source('[Gulf Wire](javascript:steal())', 'According to [Gulf Wire](javascript:steal()), cranes stopped.', {
            url: 'javascript:steal()',
            links: [{ kind: 'search', url: 'https://gulfwire.example/search?q=cranes', archive: 'https://web.archive.org/web/*/gulfwire.example/*' }],
          }),
          source('<img src=x onerror=alert(1)>', 'The <img src=x onerror=alert(1)> agency said so.'),
        ],
      }),
    );
    expect(md).toContain('### 1. \\[Gulf Wire\\]\\(javascript:steal\\(\\)\\)');
    expect(md).toContain('> According to \\[Gulf Wire\\]\\(javascript:steal\\(\\)\\), cranes stopped.');
    expect(md).toContain('- [Search gulfwire.example for this story](https://gulfwire.example/search?q=cranes)\n');
    expect(md).toContain('### 2. \\<img src=x onerror=alert\\(1\\)\\>');
    // No link or raw tag but the ones Sourcetrace made from http(s) addresses.
    expect(md).not.toMatch(/\]\((?!https?:)/);
    expect(md).not.toMatch(/(^|[^\\])</m);
  });

  it('lists photo credits and the page it is based on', () => {
    const md = toMarkdown(
      report({
        photoCredits: [{ credit: 'Harbour Press', evidence: 'Photo: Harbour Press', mentions: [{ evidence: 'Photo: Harbour Press', block: 2, cue: 'en.photo', cueText: 'Photo:' }] }],
        basedOn: [{ url: 'https://origin.example.net/story', evidence: 'Source: https://origin.example.net/story', mentions: [{ evidence: 'Source: https://origin.example.net/story', block: 5, cue: 'en.source', cueText: 'Source:' }], lang: 'vi' }],
      }),
    );
    expect(md).toContain('## Photo credits (1)\n\n- **Harbour Press**\n\n  > Photo: Harbour Press');
    expect(md).toContain('## Based on (1)\n\n- [origin.example.net/story](https://origin.example.net/story) (vi)');
  });

  it('lists the hops of a followed chain with their status, match and flags', () => {
    const hops: Hop[] = [
      { url: 'https://origin.example.net/story', from: 'https://news.example.org/world/harbour-strike', depth: 1, via: 'based-on', status: 'found', title: 'Cảng phía bắc đình công', lang: 'vi', match: { score: 0.8, matched: ['Haiphong', '42'], missing: ['Monday'] }, sources: [source('Coastline Daily', 'Coastline Daily reported.')], flags: [{ code: 'translated', message: 'This page is a translation.' }] },
      { url: 'https://gone.example.com/x', from: 'https://origin.example.net/story', depth: 2, via: 'source-link', credit: 'Coastline Daily', status: 'not-found', message: 'HTTP 404', sources: [], flags: [] },
    ];
    const md = toMarkdown(report({ hops }));
    expect(md).toContain('## Follow the chain (2 pages)');
    expect(md).toContain('- Depth 1, based on: [Cảng phía bắc đình công](https://origin.example.net/story): **Found**');
    expect(md).toContain('  - Tells the same story: 80% of key facts (Haiphong, 42; missing: Monday)');
    expect(toMarkdown(report({ hops: [{ ...hops[0]!, match: { score: 1, matched: ['7 May', '1. Division'], missing: [] } }] }))).toContain('(7 May, 1. Division)');
    expect(md).toContain('  - Credits: Coastline Daily');
    expect(md).toContain('  - Translated: this page is in another language than the page that credits it.');
    expect(md).toContain('- Depth 2, original of Coastline Daily: [gone.example.com/x](https://gone.example.com/x): **Not found \\(404\\)** (HTTP 404)');
  });

  it('lists the flags with their evidence', () => {
    const md = toMarkdown(report({ flags: [{ code: 'template-residue', message: 'The page shows template code.', evidence: '[ad_slot_3]' }] }));
    expect(md).toContain('## Flags (1)\n\n- Automated copy: a leftover placeholder \\(\\[ad\\_slot\\_3\\]\\) shows the text was copied by a program.');
  });

  it('says links, flags and kinds in the popup\'s words, never as codes or raw addresses (the address stays the target)', () => {
    const md = toMarkdown(
      report({
        sources: [
          source('Gulf Wire', 'According to Gulf Wire, cranes stopped.', {
            url: 'https://gulfwire.example/2026/%C3%A9t%C3%A9',
            links: [
              { kind: 'article', url: 'https://www.gulfwire.example/2026/cranes-stop', archive: 'https://web.archive.org/web/*/gulfwire.example/2026/cranes-stop' },
              { kind: 'web-search', url: 'https://duckduckgo.com/?q=Gulf+Wire+cranes', archive: 'https://web.archive.org/web/*/duckduckgo.com/*' },
            ],
          }),
        ],
        flags: [{ code: 'republished', message: 'Republished.' }, { code: 'future-flag' as Report['flags'][number]['code'], message: 'A flag the words lack.', evidence: 'its line' }],
      }),
    );
    expect(md).toContain('- Linked in the article: [gulfwire.example/2026/été](https://gulfwire.example/2026/%C3%A9t%C3%A9)');
    expect(md).toContain('- [Original article on gulfwire.example](https://www.gulfwire.example/2026/cranes-stop) ([archived copies](https://web.archive.org/web/*/gulfwire.example/2026/cranes-stop))');
    expect(md).toContain('- [Search the web for Gulf Wire \\(duckduckgo.com\\)](https://duckduckgo.com/?q=Gulf+Wire+cranes)\n');
    expect(md).toContain('- Republished: the page says it is based on another page.');
    // A flag the messages do not name yet keeps its own sentence, never its code.
    expect(md).toContain('- A flag the words lack. (“its line”)');
    expect(md).not.toMatch(/\*\*(republished|future-flag)\*\*|- (article|web-search|search):/);
  });

  it('cuts a long evidence around the credit and keeps the credit', () => {
    const long = `${'Officials met again on Tuesday after talks. '.repeat(20)}According to Coastline Daily, the port reopened. ${'Ships queued for days. '.repeat(20)}`;
    const md = toMarkdown(report({ sources: [source('Coastline Daily', long)] }));
    const line = md.split('\n').find((l) => l.startsWith('> '))!;
    expect(line).toMatch(/^> ….*According to Coastline Daily, the port reopened\..*…$/);
  });
});

describe('the export stamp and file name', () => {
  const now = new Date('2026-03-04T05:06:07Z');

  it('stamps the time of the trace and the version, keeping a stamp already there', () => {
    const fresh = stamp(report({ tracedAt: undefined, version: undefined }), '1.2.3', now);
    expect(fresh).toMatchObject({ tracedAt: '2026-03-04T05:06:07.000Z', version: '1.2.3' });
    expect(stamp(report(), '1.2.3', now)).toMatchObject({ tracedAt: '2026-12-07T10:15:00.000Z', version: '9.8.7' });
  });

  it.each([
    ['the page domain and the day traced', report(), 'md', 'sourcetrace-news.example.org-2026-12-07.md'],
    ['no stamp: today', report({ tracedAt: undefined }), 'json', 'sourcetrace-news.example.org-2026-03-04.json'],
    ['no domain: the host of the url', report({ page: { url: 'x', authors: [] } }), 'md', 'sourcetrace-news.example.org-2026-12-07.md'],
    ['a file: page', report({ url: 'file:///tmp/a.html', page: { url: 'file:///tmp/a.html', authors: [] } }), 'md', 'sourcetrace-page-2026-12-07.md'],
    ['odd characters', report({ page: { url: 'x', domain: '../we ird/', authors: [] } }), 'md', 'sourcetrace-__we_ird_-2026-12-07.md'],
  ] as const)('%s', (_, r, ext, name) => {
    expect(exportName(r, ext, now)).toBe(name);
  });
});

describe('toMarkdown: what the read did not read', () => {
  it('names the frames it could not open and a page cut at its length, and says nothing when it read all', () => {
    const md = toMarkdown(report({ unread: [{ reason: 'frame', url: 'https://partner.example/story' }, { reason: 'frame' }, { reason: 'cut' }, { reason: 'shadow' }] }));
    expect(md).toContain('## Not read');
    expect(md).toContain('- A part of the page the site keeps closed (a closed shadow root), which Sourcetrace cannot read');
    expect(md).toContain('- A frame from [partner.example/story](https://partner.example/story) that Sourcetrace cannot read');
    expect(md).toContain('- A frame that Sourcetrace cannot read');
    expect(md).toContain('- The end of the page, past the length Sourcetrace reads');
    expect(toMarkdown(report())).not.toContain('Not read');
  });
});

describe('toMarkdown in the UI\'s language', () => {
  const words = (lang: string) => wordsFrom(JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')));
  const star = (id: string, country: string): OutletRef => ({ id, name: 'The Star', aliases: [], domains: [], kind: 'newspaper', country, languages: ['en'] });
  const hop: Hop = { url: 'https://wire.example/a', from: 'https://news.example.org/world/harbour-strike', depth: 1, via: 'source-link', credit: 'Gulf Wire', status: 'found', title: 'Cranes stop', sources: [], flags: [], match: { score: 0.8, matched: ['cranes'], missing: ['strike'] } };
  const full = report({
    sources: [source('The Star', 'The Star reported that the cranes stopped.', { candidates: [star('star-my', 'MY'), star('star-za', 'ZA')] })],
    photoCredits: [{ credit: 'Dana Kell', evidence: 'Cranes at dawn. Photo: Dana Kell', image: 'https://img.example/a.jpg', mentions: [] }],
    hops: [hop],
    unread: [{ reason: 'cut' }],
  });

  it.each([
    ['en', ['# Sources of “', '## Sources (1)', '- Identified as: not identified: one of The Star \\(Malaysia\\), The Star \\(South Africa\\)', 'Evidence:', '## Photo credits (1)', '## Not read', '- Depth 1, original of Gulf Wire', 'Tells the same story: 80% of key facts (cranes; missing: strike)', '## Flags (0)', 'None.']],
    ['id', ['# Sumber “', '## Sumber (1)', '- Dikenali sebagai: belum dikenali: salah satu dari The Star \\(Malaysia\\), The Star \\(Afrika Selatan\\)', 'Bukti:', '## Kredit foto (1)', '## Tidak terbaca', '- Tingkat 1, ', 'Menceritakan hal yang sama: 80% fakta kunci (cranes; ', '## Catatan (0)', 'Tidak ada.']],
    ['vi', ['# Nguồn của “', '## Nguồn (1)', '- Xác định là: chưa xác định: một trong số The Star \\(Malaysia\\), The Star \\(Nam Phi\\)', 'Bằng chứng:', '## Nguồn ảnh (1)', '## Phần không đọc được', '- Cấp 1, ', 'Cùng câu chuyện: 80% dữ kiện chính (cranes; ', '## Lưu ý (0)', 'Không có.']],
  ])('%s: headings, labels and candidates in its words', (lang, expected) => {
    const md = toMarkdown(full, words(lang));
    for (const text of expected) expect(md).toContain(text);
    if (lang !== 'en') expect(md).not.toMatch(/Sources of|Identified as|Evidence:|Photo credits|Not read|Depth \d|same story|## Flags|None\.|\((MY|ZA)\\?\)/);
  });
});
