/**
 * The CLI: JSON Lines in input order, a clear error in place of a bad input (missing file, not HTML,
 * unreachable URL) while the others are still traced, exit codes 0 / 1 / 2, the demo page by default.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGE, main, VERSION } from '../lib/cli';
import pkg from '../package.json' with { type: 'json' };
import { Report } from '../lib/report';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-cli-'));
const notHtml = join(dir, 'data.csv');
writeFileSync(notHtml, 'name,value\nreuters,1\n');
const binary = join(dir, 'photo.jpg');
writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
const markdown = join(dir, 'README.md');
writeFileSync(markdown, '# A project\n\nIt reads <b>pages</b>. Data comes as JSON: `<p>According to Reuters</p>`.\n');
const pdf = join(dir, 'paper.pdf');
writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Page >> stream\nBT (Foto: Reuters) Tj ET <p>According to AP</p>\nendstream endobj\n');
const broken = join(dir, 'broken.html');
writeFileSync(broken, '<html><body><article><p>According to Reuters, the talks <b>collapsed<p>on Monday, the ministry said <div></article><<>>');

// A site's shell whose story is an embedded widget (a srcdoc frame), and a sandboxed srcdoc frame (an
// opaque origin, which the extension may not read either).
const quote = (html: string) => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const widget = quote(`<!doctype html><html lang="en"><head><title>Canal lock repairs</title></head><body><article>
  <h1>The canal locks close for a month of repairs</h1>
  <p>Boats will not pass the three locks above the mill town from next week, when divers begin replacing the worn gates of the oldest one.</p>
  <p>According to the Eastbrook Waterways Office, the gates have leaked since the floods of last winter, and one of them no longer closes fully.</p>
  <figure><img src="/img/locks.jpg" alt=""><figcaption>Divers at the upper lock. Photo: Lena Marsh / Canal Picture Desk</figcaption></figure>
  <p>Hire-boat firms along the canal said they had moved their bookings to the lower reaches, where the water stays open all summer.</p>
</article></body></html>`);
const sealed = quote(`<!doctype html><html><body><p>Mooring fees rise in May, the Northgate Harbour Trust announced, for the first time in six years and for every length of boat.</p></body></html>`);
const framed = join(dir, 'framed.html');
writeFileSync(framed, `<!doctype html><html lang="en"><head><title>Valley Post</title></head><body><nav><a href="/">Home</a></nav>
  <iframe title="Story" width="800" height="1000" srcdoc="${widget}"></iframe>
  <iframe title="Notice" width="800" height="300" sandbox="allow-scripts" srcdoc="${sealed}"></iframe></body></html>`);

describe('sourcetrace CLI', () => {
  it('reads a story in a srcdoc frame as part of the page, as the extension does; not a sandboxed one', async () => {
    for (const argv of [['--json', framed], ['--json', '--follow', '1', framed]]) {
      const { code, out } = await run(...argv);
      expect(code).toBe(0);
      const report = Report.parse(JSON.parse(out[0]!));
      expect(report.isArticle).toBe(true);
      expect(report.sources.map((s) => s.name)).toEqual(['Eastbrook Waterways Office']);
      expect(report.photoCredits.map((p) => p.credit)).toEqual(['Lena Marsh / Canal Picture Desk']);
      // The sandboxed frame: not read, and the report says a part of the page was not.
      expect(report.unread).toEqual([{ reason: 'frame' }]);
    }
  });


  it("names each unread frame by its http(s) address, relative ones resolved against the page's", async () => {
    const page = join(dir, 'embeds.html');
    writeFileSync(page, `<!doctype html><html lang="en"><head><title>Harbour news</title></head><body><article>
      <h1>The ferry timetable changes in spring</h1>
      <p>The island ferry will sail twice an hour from April, the Northgate Harbour Trust said, after a year of crowded summer crossings.</p>
      <iframe title="Timetable" width="700" height="500" src="/embeds/timetable.html"></iframe>
      <iframe title="Letters" width="700" height="500" src="https://letters.example/thread/7"></iframe>
      <iframe title="Script" width="700" height="500" src="javascript:alert(1)"></iframe>
      <p>Passengers with cars are asked to book a day ahead, because the larger boat carries fewer vehicles than the old one.</p>
    </article></body></html>`);
    const unread = async (...argv: string[]) => Report.parse(JSON.parse((await run('--json', ...argv, page)).out[0]!)).unread;
    expect(await unread('--url', 'https://harbour.example/news/ferry')).toEqual([
      { reason: 'frame', url: 'https://harbour.example/embeds/timetable.html' },
      { reason: 'frame', url: 'https://letters.example/thread/7' },
      { reason: 'frame' },
    ]);
    // A file given no address: a relative frame has none either (only http(s) addresses are named).
    expect(await unread()).toEqual([{ reason: 'frame' }, { reason: 'frame', url: 'https://letters.example/thread/7' }, { reason: 'frame' }]);
  });

  it('traces the bundled demo page when given no input', async () => {
    const { code, out } = await run('--json');
    expect(code).toBe(0);
    const report = Report.parse(JSON.parse(out[0]!));
    expect(report.url).toContain('seed-article-id.html');
    expect(report.sources.map((s) => s.name).sort()).toEqual(["Barron's", 'Russian Ministry of Defence', 'TASS', 'The Moscow Times']);
  });

  it('prints one JSON report per input, in order, with errors in place; exit 1 when any failed', async () => {
    const { code, out } = await run('--json', DEMO_PAGE, join(dir, 'missing.html'), notHtml, binary, broken, 'http://127.0.0.1:1/story');
    expect(code).toBe(1);
    expect(out).toHaveLength(6);
    const lines = out.map((l) => JSON.parse(l));
    expect(lines[0].schema).toBe('sourcetrace/report@1');
    expect(lines[1]).toEqual({ input: join(dir, 'missing.html'), error: expect.stringMatching(/no such file/) });
    expect(lines[2].error).toMatch(/not HTML/);
    expect(lines[3].error).toMatch(/not HTML/);
    expect(lines[4].schema).toBe('sourcetrace/report@1');
    expect(lines[5].error).toMatch(/unreachable/);
  });

  it('refuses Markdown and PDF files that merely contain tags', async () => {
    const { code, out } = await run('--json', markdown, pdf);
    expect(code).toBe(1);
    expect(out.map((l) => JSON.parse(l).error)).toEqual([expect.stringMatching(/not HTML/), expect.stringMatching(/not HTML/)]);
  });

  it('prints the chain for people, and errors on stderr', async () => {
    const { code, out, err } = await run(DEMO_PAGE, notHtml);
    expect(code).toBe(1);
    expect(out.join('\n')).toMatch(/based on Người Đưa Tin[\s\S]*TASS[\s\S]*Photo credits[\s\S]*template-residue/);
    expect(err.join('\n')).toMatch(/data\.csv is not HTML/);
  });

  it('gives a file its page address with --url', async () => {
    const { out } = await run('--json', '--url', 'https://berita.example/dunia/menhan-rusia', DEMO_PAGE);
    const report = Report.parse(JSON.parse(out[0]!));
    expect(report.url).toBe('https://berita.example/dunia/menhan-rusia');
    expect(report.page.domain).toBe('berita.example');
  });

  it.each([
    [['--nope']],
    [['--url', 'https://a.example/x', 'a.html', 'b.html']],
    [['--url', 'file:///etc/passwd', 'a.html']],
  ])('exits 2 on a usage error: %j', async (argv) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/Usage: sourcetrace/);
  });

  it('reads a page too short to look like an article with --force', async () => {
    const brief = 'test/pages/wire-brief/index.html';
    const unasked = Report.parse(JSON.parse((await run('--json', brief)).out[0]!));
    expect(unasked.isArticle).toBe(false);
    const { code, out } = await run('--json', '--force', brief);
    expect(code).toBe(0);
    const asked = Report.parse(JSON.parse(out[0]!));
    expect(asked.isArticle).toBe(true);
    expect(asked.sources.length).toBeGreaterThan(0);
  });

  it('stamps each report with the time of the trace and the package version', async () => {
    const before = Date.now();
    const { out } = await run('--json');
    const report = Report.parse(JSON.parse(out[0]!));
    expect(VERSION).toBe(pkg.version);
    expect(report.version).toBe(pkg.version);
    expect(Date.parse(report.tracedAt!)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('prints Markdown with --markdown: the page, the stamp, each source with its quote and links', async () => {
    const { code, out } = await run('--markdown');
    expect(code).toBe(0);
    const md = out[0]!;
    expect(md).toMatch(/^# Sources of “Menteri Pertahanan Rusia tiba di Tiongkok/);
    expect(md).toContain(`- Sourcetrace version: ${pkg.version}`);
    expect(md).toMatch(/- Traced: \d{4}-\d{2}-\d{2}T/);
    expect(md).toContain('## Sources (4)');
    expect(md).toMatch(/### \d\. TASS\n/);
    expect(md).toMatch(/^> .*Menurut TASS, Moscow Times, Barron's\\\)$/m);
    expect(md).toMatch(/- \[Search tass\.com for this story\]\(https:\/\/tass\.com\/search\?/);
    expect(md).toContain('## Photo credits (1)');
    expect(md).toMatch(/## Based on \(1\)\n\n- \[nguoiduatin\.vn\/.*\]\(https:\/\/www\.nguoiduatin\.vn\//);
    expect(md).toContain('- Republished: the page says it is based on another page.');
  });

  it('refuses --json with --markdown', async () => {
    const { code, err } = await run('--json', '--markdown');
    expect(code).toBe(2);
    expect(err[0]).toContain('choose one');
  });
});
