/**
 * `npm run eval [DIR]`: traces every labelled page of DIR/dev.jsonl (default ../shared/corpus) through the
 * CLI and prints precision, recall and F1 per language and overall for sources, photo credits and basedOn.
 *   --verbose      misses and extras per page, and each page's coverage below 1 (with the sentences lost)
 *   --lang xx      only pages of that language
 *   --check        exit 1 when a figure is below the floor in eval-floor.json (the ratchet CI enforces)
 *   --json         the figures as JSON
 *   --sites odd|even  only the pages of one half of the sites (a fixed split by domain), so a rule chosen
 *                  from one half's misses can be checked on the other half before reading its misses
 *   --holdout      the held-out set instead: the 80 pages of ../shared/corpus/pool from sites no rule was
 *                  written against (39 in en, de, id, vi; 41 in fr, es, zh, ru, ja, pt, ar, ko labelled later,
 *                  while the rules of those languages were being written, by someone who never ran the tool),
 *                  labelled by the corpus conventions (scripts/eval/holdout.jsonl: names only). Measure on
 *                  it; never tune on it.
 * It also prints the coverage: the share of the text that decided each article's body (Readability's, or
 * the body the page declares) that the blocks read in full hold (lib/coverage.ts); text outside them is
 * never searched for credits.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { main } from '../lib/cli';
import { coverage, type Coverage } from '../lib/coverage';
import type { Report } from '../lib/report';
import { f1, score, siteHalf, urlKey, type PageResult, type Tally } from './eval/score';

interface Label {
  id: string;
  lang: string;
  url: string | null;
  sources: { name: string; aliases?: string[] }[];
  photoCredits: { credit: string }[];
  basedOn: string[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    verbose: { type: 'boolean' },
    lang: { type: 'string' },
    check: { type: 'boolean' },
    json: { type: 'boolean' },
    sites: { type: 'string' },
    holdout: { type: 'boolean' },
  },
});
const corpus = resolve(positionals[0] ?? '../shared/corpus');
const dir = values.holdout ? join(corpus, 'pool') : corpus;
const labelsFile = values.holdout ? new URL('./eval/holdout.jsonl', import.meta.url).pathname : join(dir, 'dev.jsonl');
const pageFile = (id: string) => (values.holdout ? join(dir, `${id}.html`) : join(dir, 'pages', `${id}.html`));
if (values.holdout && !existsSync(dir)) {
  console.error(`eval: --holdout reads its pages from ${dir} (the shared corpus's pool/, beside the clone)`);
  process.exit(2);
}
if (!existsSync(labelsFile)) {
  console.error(
    `eval: no labels at ${labelsFile}. The corpus is not part of this repository: it is the shared folder ` +
      `beside the clone (../shared/corpus, with dev.jsonl and pages/), or give its folder as an argument.`,
  );
  process.exit(2);
}
if (values.sites && values.sites !== 'odd' && values.sites !== 'even') {
  console.error('eval: --sites takes odd or even');
  process.exit(2);
}
const labels: Label[] = readFileSync(labelsFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Label)
  .filter((l) => !values.lang || l.lang === values.lang)
  .filter((l) => !values.sites || siteHalf(l) === values.sites);

async function traceFile(file: string, url: string | null): Promise<{ report: Report | { error: string }; coverage?: Coverage }> {
  const lines: string[] = [];
  let cov: Coverage | undefined;
  // The page's address is part of the input (a browser always knows it), when the label records one.
  await main([file, '--json', ...(url ? ['--url', url] : [])], {
    out: (l) => lines.push(l),
    err: () => undefined,
    onRead: (_, read) => (cov = coverage(read.article)),
  });
  return { report: JSON.parse(lines[0] ?? '{"error":"no output"}') as Report | { error: string }, coverage: cov };
}

type Field = 'sources' | 'photoCredits' | 'basedOn';
const FIELDS: Field[] = ['sources', 'photoCredits', 'basedOn'];
const zero = (): Record<Field, Tally> => ({ sources: { tp: 0, fp: 0, fn: 0 }, photoCredits: { tp: 0, fp: 0, fn: 0 }, basedOn: { tp: 0, fp: 0, fn: 0 } });
const byLang = new Map<string, { pages: number; t: Record<Field, Tally> }>();
const total = { pages: 0, t: zero() };
const t0 = Date.now();
const covered = { kept: 0, found: 0, low: 0 };
/** A page below this share of its kept text is counted apart in the summary line. */
const LOW_COVERAGE = 0.9;

for (const label of labels) {
  const { report, coverage: cov } = await traceFile(pageFile(label.id), label.url);
  const failed = 'error' in report;
  if (cov) {
    covered.kept += cov.kept;
    covered.found += cov.found;
    if (cov.share < LOW_COVERAGE) covered.low++;
  }
  const r: Record<Field, PageResult> = {
    sources: score(
      failed ? [] : report.sources,
      label.sources,
      (p) => [p.name, ...(p.outlet ? [p.outlet.name, ...p.outlet.aliases] : []), ...p.mentions.map(() => p.name)],
      (l) => [l.name, ...(l.aliases ?? [])],
      (x) => ('mentions' in x ? x.name : x.name),
    ),
    photoCredits: score(failed ? [] : report.photoCredits, label.photoCredits, (p) => [p.credit], (l) => [l.credit], (x) => x.credit),
    basedOn: score(failed ? [] : report.basedOn.map((b) => b.url), label.basedOn, (p) => [p], (l) => [l], (x) => x, (a, b) => urlKey(a) === urlKey(b)),
  };
  const lang = byLang.get(label.lang) ?? byLang.set(label.lang, { pages: 0, t: zero() }).get(label.lang)!;
  lang.pages++;
  total.pages++;
  for (const f of FIELDS) for (const agg of [lang.t[f], total.t[f]]) {
    agg.tp += r[f].tp;
    agg.fp += r[f].fp;
    agg.fn += r[f].fn;
  }
  if (values.verbose) {
    const bad = FIELDS.filter((f) => r[f].missed.length || r[f].extra.length);
    const lost = cov && cov.share < 0.995 ? cov : undefined;
    if (failed) console.log(`✗ ${label.id} [${label.lang}]: ${report.error}`);
    else if (bad.length || lost) {
      console.log(`• ${label.id} [${label.lang}]${lost ? ` coverage ${lost.share.toFixed(2)}` : ''}`);
      if (lost) console.log(`    lost: ${lost.lost.slice(0, 3).map((s) => s.slice(0, 80)).join(' | ')}`);
      for (const f of bad) {
        if (r[f].missed.length) console.log(`    ${f} missed: ${r[f].missed.join(' | ')}`);
        if (r[f].extra.length) console.log(`    ${f} extra:  ${r[f].extra.join(' | ')}`);
      }
    }
  }
}

const fmt = (t: Tally) => {
  const s = f1(t);
  return `${s.p.toFixed(2)} ${s.r.toFixed(2)} ${s.f.toFixed(2)}`;
};
const rows = [...byLang.entries()].sort((a, b) => b[1].pages - a[1].pages || a[0].localeCompare(b[0]));
const figures = {
  overall: Object.fromEntries(FIELDS.map((f) => [f, f1(total.t[f]).f])),
  coverage: covered.kept ? covered.found / covered.kept : 1,
  languages: Object.fromEntries(rows.map(([lang, v]) => [lang, { pages: v.pages, sources: f1(v.t.sources).f }])),
};
if (values.json) console.log(JSON.stringify(figures, null, 2));
else {
  console.log(`\n${total.pages} labelled pages from ${dir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  console.log('lang pages | sources P R F1    | photoCredits P R F1 | basedOn P R F1');
  for (const [lang, v] of rows) console.log(`${lang.padEnd(4)} ${String(v.pages).padStart(5)} | ${fmt(v.t.sources)}    | ${fmt(v.t.photoCredits)}      | ${fmt(v.t.basedOn)}`);
  console.log(`all  ${String(total.pages).padStart(5)} | ${fmt(total.t.sources)}    | ${fmt(total.t.photoCredits)}      | ${fmt(total.t.basedOn)}`);
  console.log(
    `coverage: ${figures.coverage.toFixed(3)} of the text that decided the body is in blocks read in full; ` +
      `${covered.low} page${covered.low === 1 ? '' : 's'} below ${LOW_COVERAGE}`,
  );
}

if (values.check) {
  if (values.lang || values.sites || values.holdout) {
    console.error('eval: --check scores the whole corpus; drop --lang, --sites and --holdout');
    process.exit(2);
  }
  const floor = JSON.parse(readFileSync(new URL('../eval-floor.json', import.meta.url), 'utf8')) as Record<Field, number> & {
    sourcesByLanguage?: Record<string, number>;
  };
  const below = FIELDS.filter((f) => f1(total.t[f]).f + 1e-9 < floor[f]).map((f) => `${f} ${f1(total.t[f]).f.toFixed(3)} < ${floor[f]}`);
  // Every language holds its own floor, so one can't hide behind the rest.
  for (const [lang, v] of rows) {
    const f = f1(v.t.sources).f;
    const min = floor.sourcesByLanguage?.[lang];
    if (min !== undefined && f + 1e-9 < min) below.push(`sources[${lang}] ${f.toFixed(3)} < ${min}`);
  }
  if (below.length) {
    console.log(`eval: below the floor in eval-floor.json: ${below.join(', ')}`);
    process.exit(1);
  }
  console.log('eval: at or above the floor in eval-floor.json');
}
