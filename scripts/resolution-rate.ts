/**
 * `npx tsx scripts/resolution-rate.ts [DIR]`: of the sources a trace finds correctly (true positives under
 * the corpus scorer) on the labelled pages of DIR/dev.jsonl (default ../shared/corpus), the share whose
 * report entry carries a registry `outlet`, and the list of those that do not, most frequent first: what the
 * registry is missing.
 *   --pool     the unlabelled pages of DIR/pool instead: every source found, resolved or not
 *   --lang xx  only pages of that language
 *   --json     the figures as JSON
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { main } from '../lib/cli';
import type { Report, Source } from '../lib/report';
import { namesMatch } from './eval/score';

interface Page {
  id: string;
  lang: string;
  url: string | null;
  sources?: { name: string; aliases?: string[] }[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { pool: { type: 'boolean' }, lang: { type: 'string' }, json: { type: 'boolean' } },
});
const dir = resolve(positionals[0] ?? '../shared/corpus');
const listFile = values.pool ? join(dir, 'pool', 'index.jsonl') : join(dir, 'dev.jsonl');
if (!existsSync(listFile)) {
  console.error(`resolution-rate: no page list at ${listFile}`);
  process.exit(2);
}
const pages: Page[] = readFileSync(listFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Page)
  .filter((p) => !values.lang || p.lang === values.lang);

async function trace(file: string, url: string | null): Promise<Report | undefined> {
  const lines: string[] = [];
  await main([file, '--json', ...(url ? ['--url', url] : [])], { out: (l) => lines.push(l), err: () => undefined });
  const r = JSON.parse(lines[0] ?? '{}') as Report | { error: string };
  return 'error' in r ? undefined : r;
}

/** The predictions the scorer matches to a label, one-to-one in label order (as scripts/eval/score.ts does). */
function truePositives(preds: Source[], labels: NonNullable<Page['sources']>): Source[] {
  const names = (p: Source) => [p.name, ...(p.outlet ? [p.outlet.name, ...p.outlet.aliases] : [])];
  const used = new Set<number>();
  for (const l of labels) {
    const accepted = [l.name, ...(l.aliases ?? [])];
    const i = preds.findIndex((p, j) => !used.has(j) && names(p).some((a) => accepted.some((b) => namesMatch(a, b))));
    if (i >= 0) used.add(i);
  }
  return preds.filter((_, i) => used.has(i));
}

let counted = 0;
let resolved = 0;
const unresolved = new Map<string, { n: number; lang: string; pages: string[] }>();
const byLang = new Map<string, { counted: number; resolved: number }>();

for (const page of pages) {
  const file = join(dir, values.pool ? 'pool' : 'pages', `${page.id}.html`);
  if (!existsSync(file)) continue;
  const report = await trace(file, page.url);
  if (!report) continue;
  const found = values.pool ? report.sources : truePositives(report.sources, page.sources ?? []);
  const lang = byLang.get(page.lang) ?? byLang.set(page.lang, { counted: 0, resolved: 0 }).get(page.lang)!;
  for (const s of found) {
    counted++;
    lang.counted++;
    if (s.outlet) {
      resolved++;
      lang.resolved++;
      continue;
    }
    const u = unresolved.get(s.name) ?? unresolved.set(s.name, { n: 0, lang: page.lang, pages: [] }).get(s.name)!;
    u.n++;
    u.pages.push(page.id);
  }
}

const share = (r: number, c: number) => (c ? r / c : 1);
const missing = [...unresolved.entries()].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
if (values.json) {
  console.log(
    JSON.stringify(
      {
        counted,
        resolved,
        share: share(resolved, counted),
        languages: Object.fromEntries([...byLang].map(([l, v]) => [l, share(v.resolved, v.counted)])),
        unresolved: missing.map(([name, v]) => ({ name, ...v })),
      },
      null,
      2,
    ),
  );
} else {
  const what = values.pool ? 'sources found on the pool pages' : 'correctly found sources';
  console.log(`${resolved} of ${counted} ${what} resolve to a registry entry: ${(100 * share(resolved, counted)).toFixed(1)}%`);
  for (const [l, v] of [...byLang].sort((a, b) => b[1].counted - a[1].counted))
    console.log(`  ${l.padEnd(4)} ${String(v.resolved).padStart(4)} / ${String(v.counted).padEnd(4)} ${(100 * share(v.resolved, v.counted)).toFixed(0)}%`);
  console.log(`\nunresolved (${missing.length}):`);
  for (const [name, v] of missing) console.log(`  ${String(v.n).padStart(2)}× [${v.lang}] ${name}   (${v.pages.slice(0, 2).join(', ')})`);
}
