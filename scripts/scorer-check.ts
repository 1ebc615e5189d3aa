/**
 * `npm run fit:check [DIR...]`: would the scored layer (lib/detect/scorer.ts) help on sites it never saw?
 * Judged the way unseen sites judge it, on the corpus and exploration sets (default ../shared/corpus and every
 * /work/notes/ext/* set):
 * 1. Leave one set out: weights fitted on every other set, the threshold chosen on them (the lowest keeping what
 *    the layer adds ≥ 0.9 precise: in sample, and with --oof out of fold by the halves of their sites), then
 *    measured on the set left out: what it adds, how many right, sources F1 before → after.
 * 2. Site halves across every set: fitted and thresholded on one half of the domains, measured on the other.
 * 3. Pooled over the left-out sets, at fixed thresholds: the curve a threshold would be chosen from.
 * Each set's row also says what the layer has to choose from whatever its weights: of the sources the rules
 * miss, how many some uncredited candidate names (its ceiling), and how many uncredited names are no source.
 * Prints a table; writes nothing. --cache FILE as for `npm run fit`; --pool fits on the uncredited candidates
 * only; --l2 X another regularization; --target P another precision for the thresholds.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FEATURES } from '../lib/detect/scorer';
import { added, choose, describe, fit, outOfFold, probability, reach, type Added, type Page, type Row } from './scorer/model';
import { readSets } from './scorer/pages';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { cache: { type: 'string' }, oof: { type: 'boolean' }, target: { type: 'string' }, pool: { type: 'boolean' }, l2: { type: 'string' } } });
const EXT = '/work/notes/ext';
const dirs = positionals.length
  ? positionals
  : ['../shared/corpus', ...(existsSync(EXT) ? readdirSync(EXT).sort().map((d) => join(EXT, d)).filter((d) => existsSync(join(d, 'dev.jsonl'))) : [])];
const target = values.target ? Number(values.target) : undefined;
const pages = await readSets(dirs, values.cache);
const width = FEATURES.length;
const sets = [...new Set(pages.map((p) => p.set))];
// --pool: fitted on the candidates the rules did not credit only, as `npm run fit --pool`.
const rowsOf = (ps: readonly Page[]): Row[] => ps.flatMap((p) => p.rows).filter((r) => !values.pool || !r.ruleFound);
const l2 = values.l2 ? Number(values.l2) : undefined;
const fitted = (rows: readonly Row[]) => fit(rows, width, undefined, undefined, l2);
const by = (w: number[]) => (r: Row) => probability(w, r.x);
console.log(`${pages.length} pages in ${sets.length} sets, ${rowsOf(pages).length} candidates`);

const pooled = new Map<number, Added[]>();
const FIXED = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
console.log('\nleave one set out (fitted on the others; threshold chosen on them; measured on the set left out)');
console.log(`${'set'.padEnd(10)} pages missed reach wrong  t    | ${values.oof ? 't(oof) | ' : ''}on the left-out set`);
const reachOf = (ps: readonly Page[]) => {
  const r = reach(ps);
  return `${String(r.missed).padStart(6)} ${String(r.reachable).padStart(5)} ${String(r.wrong).padStart(5)}`;
};
const sum: Added[] = [];
const sumOof: Added[] = [];
for (const s of sets) {
  const train = pages.filter((p) => p.set !== s);
  const test = pages.filter((p) => p.set === s);
  const w = fitted(rowsOf(train));
  const t = choose(train, by(w), target);
  const a = added(test, by(w), t);
  if (s !== 'corpus') sum.push(a);
  let oofCol = '';
  let oofLine = '';
  if (values.oof) {
    const oof = outOfFold(train, width);
    const to = choose(train, (r) => oof.get(r)!, target);
    const ao = added(test, by(w), to);
    if (s !== 'corpus') sumOof.push(ao);
    oofCol = `${to.toFixed(2)}   | `;
    oofLine = `\n${''.padEnd(35)}at t(oof): ${describe(ao)}`;
  }
  console.log(`${s.padEnd(10)} ${String(test.length).padStart(5)} ${reachOf(test)}  ${t.toFixed(2)} | ${oofCol}${describe(a)}${oofLine}`);
  if (s !== 'corpus') for (const u of FIXED) pooled.set(u, [...(pooled.get(u) ?? []), added(test, by(w), u)]);
}
const total = (xs: readonly Added[]): Added =>
  xs.reduce(
    (a, b) => ({
      tp: a.tp + b.tp,
      fp: a.fp + b.fp,
      before: { tp: a.before.tp + b.before.tp, fp: a.before.fp + b.before.fp, fn: a.before.fn + b.before.fn },
      after: { tp: a.after.tp + b.after.tp, fp: a.after.fp + b.after.fp, fn: a.after.fn + b.after.fn },
    }),
    { tp: 0, fp: 0, before: { tp: 0, fp: 0, fn: 0 }, after: { tp: 0, fp: 0, fn: 0 } },
  );
const ext = pages.filter((p) => p.set !== 'corpus');
console.log(`${'ext, all'.padEnd(10)} ${String(ext.length).padStart(5)} ${reachOf(ext)}       | ${values.oof ? '       | ' : ''}${describe(total(sum))}`);
if (values.oof) console.log(`${''.padEnd(35)}at t(oof): ${describe(total(sumOof))}`);

console.log('\nsite halves, across every set (fitted and thresholded on one half of the domains, measured on the other)');
for (const [fitHalf, checkHalf] of [['odd', 'even'], ['even', 'odd']] as const) {
  const train = pages.filter((p) => p.half === fitHalf);
  const test = pages.filter((p) => p.half === checkHalf);
  const w = fitted(rowsOf(train));
  const t = choose(train, by(w), target);
  console.log(`${fitHalf} → ${checkHalf.padEnd(5)} t ${t.toFixed(2)} | ${describe(added(test, by(w), t))}`);
}

console.log('\nleft-out ext sets pooled, at fixed thresholds (each set scored by the weights fitted without it)');
for (const u of FIXED) console.log(`t ${u.toFixed(2)} | ${describe(total(pooled.get(u) ?? []))}`);
