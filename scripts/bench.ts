/**
 * `npm run bench`: speed and memory, measured (no test asserts a time).
 * 1. Linearity: adversarial strings of 50 to 400 kB fed to the detector, per pattern; the time must grow
 *    linearly: the exponent of a log-log fit of time against size near 1 (above 1.4 is reported as
 *    super-linear, exit 1; a quadratic pattern shows 2).
 * 2. Pages: the demo page, a 10 MB page (in paragraphs, and in <br>-separated lines), and the pages of ../shared/corpus when it is there (time per page
 *    and the heap it leaves).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from '../lib/detect';
import { parseDocument } from '../lib/node/load';
import { outletRegistry } from '../lib/outlets/index';
import type { PageBlock } from '../lib/page-data';
import { trace } from '../lib/trace';

const registry = outletRegistry();
const gc = (globalThis as { gc?: () => void }).gc;
const time = (f: () => void, runs = 3) => {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    gc?.();
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
};

// Adversarial inputs: cue storms with no names, endless names, labels without ends, brackets without
// closers, one huge word, lists that never end, scripts without spaces, kinds of institution to resolve.
const PATTERNS: [string, string, (n: number) => string][] = [
  ['id', 'cue storm', (n) => 'menurut '.repeat(n / 8)],
  ['en', 'capitalized run', (n) => 'Abc '.repeat(n / 4)],
  ['en', 'endless list', (n) => 'according to Reuters, AP, AFP, '.repeat(n / 31)],
  ['id', 'labels', (n) => 'Sumber: Foto: (Foto: '.repeat(n / 21)],
  ['en', 'one word', (n) => 'a'.repeat(n)],
  ['en', 'open brackets', (n) => '( [ ('.repeat(n / 5)],
  ['en', 'slash credits', (n) => 'A/B / C/D '.repeat(n / 10)],
  ['en', 'residue', (n) => '[iklan_2 {{a '.repeat(n / 13)],
  ['vi', 'syllables', (n) => 'Bộ quốc phòng nga '.repeat(n / 18)],
  ['en', 'dotted', (n) => 'U.S. Sen. F.B.I. '.repeat(n / 17)],
  ['zh', 'cjk cues', (n) => '据新华社表示称'.repeat(n / 7)],
  ['ja', 'topics', (n) => '気象庁は発表したと発表した'.repeat(n / 13)],
  ['ar', 'arabic', (n) => 'وقال المرصد السوري '.repeat(n / 19)],
  ['en', 'urls', (n) => 'Source: https://a.b/'.repeat(n / 20)],
  // Institutions credited by kind alone, each with candidate names before it to search back through.
  ['es', 'by kind alone', (n) => 'la Organización Mundial dijo según la organización '.repeat(n / 51)],
  ['de', 'split verbs', (n) => 'teilte die Organisation Ab cd Ef mit, '.repeat(n / 38)],
  // Labels glued to the word before them, as scraped text prints them.
  ['id', 'glued labels', (n) => 'Republikasumber : Kompasfoto: '.repeat(n / 30)],
];

function detectText(text: string, lang: string) {
  const block: PageBlock = { index: 0, text, kind: 'body', links: [], creditParts: [], pieces: [], creditElement: false };
  detect({ blocks: [block] }, lang, registry);
}

/** The slope of log(time) against log(size): 1 for linear growth, 2 for quadratic. */
function exponent(sizes: number[], times: number[]): number {
  const xs = sizes.map(Math.log);
  const ys = times.map((t) => Math.log(Math.max(t, 0.05)));
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  const num = xs.reduce((n, x, i) => n + (x - mx) * (ys[i]! - my), 0);
  const den = xs.reduce((n, x) => n + (x - mx) ** 2, 0);
  return num / den;
}

const SIZES = [50_000, 100_000, 200_000, 400_000];
console.log('1. Growth of the detector on adversarial text (best of 5, ms)');
console.log('pattern             lang     50kB    100kB    200kB    400kB   exponent');
let worst = 0;
for (const [lang, name, make] of PATTERNS) {
  const times = SIZES.map((n) => time(() => detectText(make(n), lang), 5));
  const e = exponent(SIZES, times);
  worst = Math.max(worst, e);
  console.log(`${name.padEnd(19)} ${lang.padEnd(4)} ${times.map((t) => t.toFixed(1).padStart(8)).join(' ')}   ${e.toFixed(2)}`);
}

console.log('\n2. Pages (ms per trace, best of 3; heap after)');
const demo = readFileSync('demo/seed-article-id.html', 'utf8');
console.log(`demo page           ${time(() => trace(parseDocument(demo), 'https://berita.example/a')).toFixed(1)} ms`);
const para = '<p>Menurut Reuters, harga minyak naik karena permintaan meningkat di Asia dan Eropa pekan ini.</p>\n';
const big = `<html lang="id"><body><article><h1>Judul</h1>${para.repeat(Math.ceil(10_000_000 / para.length))}</article></body></html>`;
console.log(`10 MB page          ${time(() => trace(parseDocument(big), 'https://example.id/a'), 1).toFixed(0)} ms (parse included)`);
// The same text as <br>-separated lines in one container, as older CMSs print it (read line by line).
const line = 'Menurut Reuters, harga minyak naik karena permintaan meningkat di Asia dan Eropa pekan ini.<br><br>\n';
const lines = `<html lang="id"><body><div class="isi">${line.repeat(Math.ceil(10_000_000 / line.length))}</div></body></html>`;
console.log(`10 MB of <br> lines ${time(() => trace(parseDocument(lines), 'https://example.id/b'), 1).toFixed(0)} ms (parse included)`);
const mid = `<html lang="id"><body><div class="isi">${line.repeat(Math.ceil(1_000_000 / line.length))}</div></body></html>`;
console.log(`1 MB of <br> lines  ${time(() => trace(parseDocument(mid), 'https://example.id/c'), 1).toFixed(0)} ms (parse included; Readability runs)`);
const corpus = '../shared/corpus/pages';
if (existsSync(corpus)) {
  const files = readdirSync(corpus).filter((f) => f.endsWith('.html'));
  const times: number[] = [];
  for (const f of files) {
    const html = readFileSync(join(corpus, f), 'utf8');
    const doc = parseDocument(html);
    times.push(time(() => trace(doc, `https://example.com/${f}`), 1));
  }
  times.sort((x, y) => x - y);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  console.log(`corpus (${files.length} pages)  median ${pct(0.5).toFixed(0)} ms, p90 ${pct(0.9).toFixed(0)} ms, max ${pct(1).toFixed(0)} ms (trace only, after parsing)`);
}
gc?.();
console.log(`heap used           ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);

if (worst > 1.4) {
  console.log(`\nbench: super-linear growth (worst exponent ${worst.toFixed(2)})`);
  process.exit(1);
}
console.log(`\nbench: linear (worst exponent ${worst.toFixed(2)})`);
