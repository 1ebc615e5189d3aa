/**
 * Property test of the core (fast-check): random HTML, and mutations of well-formed article pages, go
 * through the CLI's path (parseDocument → trace → Report.parse). For every case: no throw, a bounded time,
 * a report that fits the schema, and every evidence string found in the page's text. Seeded, so CI sees
 * the same cases every run; a failure prints its seed and shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../lib/node/load';
import { Report } from '../lib/report';
import { trace } from '../lib/trace';

// Fixed so CI runs the same cases; PROP_SEED=n explores others (npx vitest run test/property.test.ts).
const SEED = Number(process.env.PROP_SEED ?? 20261207);
// A hang guard, not a speed target (those are in npm run bench): a case takes milliseconds, so 10 s only fails
// on a hang or a runaway, never because other work shares the machine.
const PER_CASE_MS = 10_000;

// Words that look like cues in several languages, and characters that tend to break text handling.
const CUES = ['according to', 'Menurut', 'Theo', 'Foto:', 'Sumber:', 'said', 'laut', 'selon', 'segun', 'Photo:', 'Source:', 'reported', '(Reuters)', 'AFP', '—', '|', '/'];
const ODD = ['"', '“', '”', '«', '»', '(', ')', '[', ']', '\u200b', '\u200d', '\u202e', '\u2066', '\u2069', '\u00a0', '&amp;', '&nbsp;', '&#8203;', '<', '>', '&'];
const NAMES = ['Reuters', 'Kantor Berita Antara', 'Ministry of Health', 'Bộ Y tế', 'Harbour Workers Union', 'EFE', 'Getty Images', 'https://example.org/a'];
const TAGS = ['article', 'p', 'br', 'figure', 'figcaption', 'script', 'table', 'tr', 'td', 'div', 'span', 'a', 'b', 'i', 'h1', 'h2', 'img', 'blockquote', 'li', 'ul', 'style', 'header', 'footer', 'aside'];

const word = fc.oneof(
  fc.constantFrom(...CUES, ...NAMES),
  fc.constantFrom(...ODD),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.integer({ min: 50, max: 3_000 }).map((n) => 'x'.repeat(n)),
);
const text = fc.array(word, { maxLength: 30 }).map((ws) => ws.join(' '));
const attr = fc.tuple(fc.constantFrom('class', 'href', 'alt', 'title', 'data-credit', 'lang', 'dir', 'id', 'src'), text).map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`);

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 5 }), fc.boolean()).map(
      ([tag, attrs, kids, close]) => `<${tag}${attrs.join('')}>${kids.join('')}${close ? `</${tag}>` : ''}`,
    ),
  ),
}));
const randomHtml = fc.tuple(fc.constantFrom('en', 'id', 'vi', 'de', 'ar', ''), fc.array(node, { maxLength: 8 })).map(
  ([lang, body]) => `<html${lang ? ` lang="${lang}"` : ''}><head><title>T</title></head><body>${body.join('')}</body></html>`,
);

// Well-formed pages of our own, in the shapes articles take; the mutations below break them.
const filler = (s: string) => `<p>${s.repeat(4)}</p>`;
const PAGES = [
  `<html lang="en"><head><title>Port strike</title></head><body><article><h1>Port strike enters third day</h1>
    ${filler('Dock workers kept the terminal closed for another day while ships waited offshore. ')}
    <p>The strike goes on, according to the Harbour Workers Union, which said talks had stalled on Monday.</p>
    <figure><img src="https://example.com/p.jpg" alt="Cranes"><figcaption>Idle cranes at the port. Photo: Lena Park / Getty Images</figcaption></figure>
    <p>"We will not move," a spokesperson told Reuters.</p></article></body></html>`,
  `<html lang="id"><head><title>Harga beras</title></head><body><article><h1>Harga beras naik lagi</h1>
    ${filler('Harga beras di pasar tradisional kembali naik pekan ini di sejumlah kota. ')}
    <p>Menurut Badan Pusat Statistik, kenaikan itu dipicu cuaca buruk di sentra produksi.</p>
    <figure><img src="https://example.id/b.jpg"><figcaption>Pedagang beras di pasar. Foto: Antara/Rudi Santoso</figcaption></figure>
    <p>Sumber: https://example.org/berita/beras</p></article></body></html>`,
  `<html lang="vi"><head><title>Mưa lớn</title></head><body><article><h1>Mưa lớn kéo dài ở miền Trung</h1>
    ${filler('Nhiều tuyến đường bị ngập sâu sau ba ngày mưa lớn liên tục tại các tỉnh ven biển. ')}
    <p>Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, mưa sẽ còn kéo dài đến cuối tuần.</p>
    <table><tr><td>Ảnh: Minh Anh</td></tr></table><p>(Theo VnExpress)</p></article></body></html>`,
];
const mutate = (page: string) =>
  fc.oneof(
    fc.nat({ max: page.length }).map((n) => page.slice(0, n)),
    fc.constantFrom(...(page.match(/<\/\w+>/g) ?? ['</p>'])).map((t) => page.replaceAll(t, '')),
    fc.constantFrom(...(page.match(/<\/\w+>/g) ?? ['</p>'])).map((t) => page.replaceAll(t, t + t)),
    fc.integer({ min: 1, max: 50 }).map((n) => page.replace('<article>', `<article>${'<p>Menurut sumber, '.repeat(n)}`)),
    fc.tuple(fc.nat({ max: page.length }), node).map(([at, ins]) => page.slice(0, at) + ins + page.slice(at)),
  );
const mutatedHtml = fc.constantFrom(...PAGES).chain(mutate);

/**
 * Text as evidence and page are compared: white space collapsed, and format characters (zero-width,
 * bidi controls) dropped, since reading the page drops them from the text it quotes.
 */
const squashWs = (s: string) => s.replace(/\p{Cf}/gu, '').replace(/\s+/g, ' ').trim();

/**
 * All the text a page shows or declares: its text nodes outside scripts and styles (which no reader sees,
 * so evidence may join the text either side of one), and its attribute values (alt, content, titles).
 */
function pageText(doc: Document): string {
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template'))) el.remove();
  const parts: string[] = [doc.documentElement?.textContent ?? ''];
  for (const el of Array.from(doc.querySelectorAll('*'))) for (const a of Array.from(el.attributes)) parts.push(a.value);
  return squashWs(parts.join(' '));
}

function evidenceOf(report: Report): string[] {
  const out: string[] = [];
  for (const list of [report.sources, report.photoCredits, report.basedOn]) {
    for (const item of list) out.push(item.evidence, ...item.mentions.map((m) => m.evidence));
  }
  return out;
}

function check(html: string, url = 'https://example.com/news/a') {
  const t0 = performance.now();
  const report = Report.parse(trace(parseDocument(html), url));
  expect(performance.now() - t0).toBeLessThan(PER_CASE_MS);
  // Parsed again on its own: trace must not change the page it was given.
  const text = pageText(parseDocument(html));
  // A long sentence is cut to a window marked "…" at each cut (lib/excerpt.ts): what is between is the page's.
  for (const ev of evidenceOf(report)) expect(text, `evidence ${JSON.stringify(ev)}`).toContain(squashWs(ev).replace(/^…|…$/g, '').trim());
}

describe('property: any HTML', () => {
  it('random HTML: no throw, bounded time, a valid report, evidence from the page', { timeout: 60_000 }, () => {
    fc.assert(fc.property(randomHtml, (html) => check(html)), { seed: SEED, numRuns: 200 });
  });

  it('mutated article pages: the same', { timeout: 60_000 }, () => {
    // Counterexamples found before, kept as fixed cases: a page cut off inside its <html tag threw.
    const examples: [string][] = [['<html '], ['<html lang="en"']];
    fc.assert(fc.property(mutatedHtml, (html) => check(html)), { seed: SEED, numRuns: 300, examples });
  });
});
