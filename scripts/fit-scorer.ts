/**
 * `npm run fit [DIR...]`: fits the scored layer's weights (lib/detect/scorer.ts) on labelled directories
 * (each DIR/dev.jsonl with DIR/pages/, the corpus format; default ../shared/corpus alone) and writes
 * lib/detect/scorer-weights.ts. Several directories are one pool: the corpus and exploration sets together.
 *
 * 1. Every page is traced with the layer silent; each candidate gets its features and a label
 *    (scripts/scorer/pages.ts).
 * 2. Cross-check by sites, across every directory (the fixed split `npm run eval -- --sites` uses): weights
 *    fitted on the odd half, the threshold chosen there (the lowest at which what the layer adds is ≥ 0.9
 *    precise on that half), both checked on the even half; and the other way round.
 * 3. The weights fitted on all pages are written, with the highest of the three thresholds when both checks
 *    held the target, else 1 (the layer adds nothing).
 * Deterministic: pages in the order given, fixed steps (scripts/scorer/model.ts). Only numbers are written:
 * no page, label or name enters the repo. `npm run fit:check` judges by leaving one directory out at a time.
 * --dry prints without writing; --cache FILE keeps the traced candidates between runs (outside the repo;
 * delete it when the detector changes); --dump odd|even lists a half's uncredited candidates as scored by the
 * other half's weights; --pool fits on uncredited candidates only; --curve prints other thresholds.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FEATURES } from '../lib/detect/scorer';
import { TARGET, added, choose, describe, fit, probability, type Page, type Row } from './scorer/model';
import { readSets } from './scorer/pages';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dry: { type: 'boolean' }, dump: { type: 'string' }, pool: { type: 'boolean' }, curve: { type: 'boolean' }, cache: { type: 'string' } },
});
const dirs = positionals.length ? positionals : ['../shared/corpus'];
const pages = await readSets(dirs, values.cache);
const width = FEATURES.length;
// --pool: fitted only on the names the rules did not credit (what the layer decides on); by default on every
// candidate, so the weights learn what a credited name looks like from all of them.
const all = (ps: readonly Page[]): Row[] => ps.flatMap((p) => p.rows).filter((r) => !values.pool || !r.ruleFound);
const rows = all(pages);
const sets = [...new Set(pages.map((p) => p.set))];
console.log(`${pages.length} pages of ${sets.join(', ')}; ${rows.length} candidates, ${rows.filter((r) => r.y).length} positive, ${rows.filter((r) => !r.ruleFound).length} not credited by the rules (${rows.filter((r) => !r.ruleFound && r.y).length} positive)`);
const by = (w: number[]) => (r: Row) => probability(w, r.x);

// --dump odd|even: a half's candidates the rules did not credit, as the weights fitted on the other half score them.
if (values.dump) {
  const w0 = fit(all(pages.filter((p) => p.half !== values.dump)), width);
  for (const p of pages.filter((q) => q.half === values.dump)) {
    for (const r of p.rows.filter((q) => !q.ruleFound)) console.log(`${probability(w0, r.x).toFixed(2)} ${r.y ? '+' : '-'} ${p.set}/${p.id} «${r.name}» ${r.detail}`);
  }
}
const thresholds: number[] = [];
const checks: boolean[] = [];
for (const [fitHalf, checkHalf] of [['odd', 'even'], ['even', 'odd']] as const) {
  const train = pages.filter((p) => p.half === fitHalf);
  const test = pages.filter((p) => p.half === checkHalf);
  const w = fit(all(train), width);
  const t = choose(train, by(w));
  thresholds.push(t);
  console.log(`fitted on ${fitHalf} sites (${train.length} pages), threshold ${t.toFixed(2)}`);
  console.log(`  on ${fitHalf.padEnd(4)}: ${describe(added(train, by(w), t))}`);
  const held = added(test, by(w), t);
  console.log(`  on ${checkHalf.padEnd(4)}: ${describe(held)}`);
  checks.push(t < 1 && held.tp + held.fp > 0 && held.tp / (held.tp + held.fp) >= TARGET);
  if (values.curve) for (const u of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) console.log(`    at ${u}: ${fitHalf} ${describe(added(train, by(w), u))} || ${checkHalf} ${describe(added(test, by(w), u))}`);
}
const w = fit(rows, width);
// A threshold chosen on one half that fails the target on the other says the layer does not generalize yet: off.
const threshold = checks.every((ok) => ok) ? Math.max(choose(pages, by(w)), ...thresholds) : 1;
console.log(`fitted on all ${pages.length} pages, threshold ${threshold.toFixed(2)}: in sample ${describe(added(pages, by(w), threshold))}`);
const ranked = FEATURES.map((f, i) => [f, w[i]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log(`weights: ${ranked.map(([f, v]) => `${f} ${v.toFixed(2)}`).join(', ')}`);

if (!values.dry) {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const what = `fitted by npm run fit on ${pages.length} pages of ${sets.length} labelled sets (${rows.length} candidates)`;
  const note =
    threshold < 1
      ? `${what}; threshold: the highest of those chosen on all pages and on each half of the sites (added credits >= ${TARGET} precise on the other half)`
      : `${what}; threshold 1, the layer adds nothing: no threshold chosen on one half of the sites kept what it adds >= ${TARGET} precise on the other`;
  const body = `/**
 * The scored layer's weights (lib/detect/scorer.ts), written by \`npm run fit\` (scripts/fit-scorer.ts): do not
 * edit by hand. Validated by ScorerWeights when first used.
 */
export const WEIGHTS = {
  features: ${JSON.stringify(FEATURES)},
  weights: ${JSON.stringify(w.map(round))},
  threshold: ${threshold.toFixed(2)},
  note: ${JSON.stringify(note)},
};
`;
  writeFileSync(new URL('../lib/detect/scorer-weights.ts', import.meta.url), body);
  console.log('wrote lib/detect/scorer-weights.ts');
}
