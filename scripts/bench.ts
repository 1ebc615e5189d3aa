/**
 * `npm run bench`: speed and memory, measured (no test asserts a time).
 * 1. Linearity: adversarial strings of 50 to 400 kB fed to the detector, per pattern; the time must grow
 *    linearly: the exponent of a log-log fit of time against size near 1 (above 1.4 is reported as
 *    super-linear, exit 1; a quadratic pattern shows 2).
 * 2. Pages: the demo page, a 10 MB page (in paragraphs, and in <br>-separated lines), 1 MB of lines.
 * 3. Stages, per page of ../shared/corpus when it is there: Readability alone (run as the read runs it), the in-page read,
 *    detection, the rest of the analysis (the chain), the whole trace, and their ratios (scripts/bench/).
 *
 * `npm run bench -- --json [DIR|FILES]`: only the stages, of the .html pages in DIR or the FILES given
 * (../shared/corpus/pages by default); the per-page table goes to stderr and one JSON object to stdout:
 * {pages, medianMs, p95Ms, readabilityMedianMs, ratio, readRatio, detectMedianMs, peakRssMb, …, clock, runs}.
 * `--runs N`: each stage's time is the best of N runs (3). Stage times are the main thread's CPU time:
 * `npm run bench` runs V8 single-threaded so the process's CPU time (to the µs) is that thread's
 * (scripts/bench/stages.ts).
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { detect } from '../lib/detect';
import { parseDocument } from '../lib/node/load';
import { outletRegistry } from '../lib/outlets/index';
import type { PageBlock } from '../lib/page-data';
import { trace } from '../lib/trace';
import { benchClock, timeStages } from './bench/stages';
import { summarize, type StageTimes } from './bench/stats';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean' }, runs: { type: 'string' } },
});
const CORPUS = '../shared/corpus/pages';

const registry = outletRegistry();

/** The .html pages of the directories and files given, or of the corpus. */
function pagesOf(inputs: string[]): string[] {
  return inputs.flatMap((input) =>
    statSync(input).isDirectory()
      ? readdirSync(input)
          .filter((f) => f.endsWith('.html'))
          .sort()
          .map((f) => join(input, f))
      : [input],
  );
}

/** Each page's stages, a line each on `out` as they come, and the summary. */
function stagesOf(files: string[], out: (line: string) => void) {
  const runs = Math.max(1, Number(args.runs ?? 3) || 3);
  const fixed = (x: number, w = 8) => x.toFixed(2).padStart(w);
  const { clock, name: clockName } = benchClock();
  out(`stage times: ${clockName}, best of ${runs} runs, the collector run before each stage`);
  out(`page${' '.repeat(44)}readability    read  detect   chain   trace  read/R trace/R  (ms)`);
  const rows: StageTimes[] = [];
  for (const file of files) {
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const name = basename(file);
    const row = timeStages(name, doc, `https://example.com/${name}`, registry, runs, clock);
    rows.push(row);
    const r = row.readability;
    out(`${name.slice(0, 50).padEnd(50)}${fixed(r, 9)}${fixed(row.read)}${fixed(row.detect)}${fixed(row.chain)}${fixed(row.trace)}${fixed(row.read / r)}${fixed(row.trace / r)}`);
  }
  return { ...summarize(rows, process.resourceUsage().maxRSS / 1024), clock: clockName, runs };
}

if (args.json) {
  const inputs = positionals.length ? positionals : existsSync(CORPUS) ? [CORPUS] : [];
  if (!positionals.length) console.error(inputs.length ? `bench: the pages of ${CORPUS}` : `bench: no ${CORPUS} here; give a DIR or FILES`);
  const files = pagesOf(inputs);
  if (!files.length) process.exit(2);
  console.log(JSON.stringify(stagesOf(files, (line) => console.error(line))));
  process.exit(0);
}
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
if (existsSync(CORPUS)) {
  console.log(`\n3. Stages of the ${CORPUS} pages`);
  const sum = stagesOf(pagesOf([CORPUS]), (line) => console.log(line));
  console.log(`corpus (${sum.pages} pages)  trace median ${sum.medianMs} ms, p95 ${sum.p95Ms} ms (after parsing); read median ${sum.readMedianMs} ms, Readability alone ${sum.readabilityMedianMs} ms, detection ${sum.detectMedianMs} ms, chain ${sum.chainMedianMs} ms`);
  console.log(`ratios to Readability alone (median of the pages'): read ${sum.readRatio}, whole trace ${sum.ratio}`);
}
gc?.();
console.log(`heap used           ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);

if (worst > 1.4) {
  console.log(`\nbench: super-linear growth (worst exponent ${worst.toFixed(2)})`);
  process.exit(1);
}
console.log(`\nbench: linear (worst exponent ${worst.toFixed(2)})`);
