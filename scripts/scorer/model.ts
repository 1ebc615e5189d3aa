/**
 * The scored layer's fitting, as pure functions over candidates already read (scripts/scorer/pages.ts reads
 * them): logistic regression, what the layer adds at a threshold, the threshold chosen for precision, and a
 * page's sources scored before and after the additions as `npm run eval` scores them. Shared by
 * `npm run fit` (scripts/fit-scorer.ts) and `npm run fit:check` (scripts/scorer-check.ts).
 */
import { foldName } from '../../lib/fold';
import { f1, score, type Tally } from '../eval/score';

export interface Row {
  x: number[];
  y: 0 | 1;
  /** Index of the labelled source it matches, or -1. */
  label: number;
  name: string;
  /** The names a prediction of it would match by: as printed, its registry entries' names and aliases. */
  names: string[];
  ruleFound: boolean;
  /** For --dump: the frame, the facts, the sentence. */
  detail: string;
}

export interface Page {
  /** The labelled directory it came from (its base name: "corpus", "en-6", …). */
  set: string;
  id: string;
  half: 'odd' | 'even';
  /** Each labelled source's accepted names. */
  labels: string[][];
  rows: Row[];
  /** Labelled sources the rules' report already matches. */
  matched: number[];
  /** The rules' report: each source's names, as eval matches them. */
  preds: string[][];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
export const dot = (w: readonly number[], x: readonly number[]): number => x.reduce((s, v, i) => s + v * w[i]!, 0);
export const probability = (w: readonly number[], x: readonly number[]): number => sigmoid(dot(w, x));

/**
 * Logistic regression by full-batch gradient descent with L2 (the bias, feature 0, unpenalized): fixed steps
 * from zero in row order, so the same rows give the same weights on every run and machine. Features are read
 * sparsely (most are 0).
 */
export function fit(rows: readonly Row[], width: number, steps = 3000, rate = 0.5, l2 = 1e-3): number[] {
  // The rows' non-zero features, packed (CSR): the steps read them thousands of times.
  const start = new Int32Array(rows.length + 1);
  const at: number[] = [];
  const val: number[] = [];
  rows.forEach((r, k) => {
    r.x.forEach((v, i) => {
      if (v) at.push(i), val.push(v);
    });
    start[k + 1] = at.length;
  });
  const cols = Int32Array.from(at);
  const vals = Float64Array.from(val);
  const ys = Float64Array.from(rows, (r) => r.y);
  const w = new Float64Array(width);
  const g = new Float64Array(width);
  for (let step = 0; step < steps && rows.length; step++) {
    g.fill(0);
    for (let k = 0; k < rows.length; k++) {
      let z = 0;
      for (let j = start[k]!; j < start[k + 1]!; j++) z += vals[j]! * w[cols[j]!]!;
      const e = sigmoid(z) - ys[k]!;
      for (let j = start[k]!; j < start[k + 1]!; j++) g[cols[j]!]! += e * vals[j]!;
    }
    for (let i = 0; i < width; i++) w[i]! -= rate * (g[i]! / rows.length + (i === 0 ? 0 : l2 * w[i]!));
  }
  return [...w];
}

/** A page's rows the layer would add at threshold t: not credited by the rules, one per folded name. */
export function additions(page: Page, p: (r: Row) => number, t: number): Row[] {
  const seen = new Set<string>();
  const out: Row[] = [];
  for (const r of page.rows) {
    if (r.ruleFound || p(r) < t) continue;
    const key = foldName(r.name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

export interface Added {
  /** Labels the rules missed that an addition matches. */
  tp: number;
  /** Additions matching no label. */
  fp: number;
  /** Sources scored as eval scores them, before and after the additions. */
  before: Tally;
  after: Tally;
}

const same = (x: string[]) => x;

/** Labels the rules missed that these additions match, and additions matching no label. */
function gainsOf(page: Page, adds: readonly Row[]): { tp: number; fp: number } {
  const gained = new Set<number>();
  let fp = 0;
  for (const r of adds) {
    if (!r.y) fp++;
    else if (!page.matched.includes(r.label)) gained.add(r.label);
  }
  return { tp: gained.size, fp };
}

/** Only the counts of `added` (no eval scoring): what a threshold is chosen by. */
export function gains(pages: readonly Page[], p: (r: Row) => number, t: number): { tp: number; fp: number } {
  let tp = 0;
  let fp = 0;
  for (const page of pages) {
    const g = gainsOf(page, additions(page, p, t));
    tp += g.tp;
    fp += g.fp;
  }
  return { tp, fp };
}

/**
 * What the layer adds at threshold t on these pages, `p` giving each row's probability: a new match of a
 * label the rules missed is a gain, a name matching no label a false credit, a second name for a label
 * already matched neither (as eval counts it).
 */
export function added(pages: readonly Page[], p: (r: Row) => number, t: number): Added {
  const out: Added = { tp: 0, fp: 0, before: { tp: 0, fp: 0, fn: 0 }, after: { tp: 0, fp: 0, fn: 0 } };
  for (const page of pages) {
    const adds = additions(page, p, t);
    const g = gainsOf(page, adds);
    out.tp += g.tp;
    out.fp += g.fp;
    const before = score(page.preds, page.labels, same, same, () => '');
    const after = adds.length ? score([...page.preds, ...adds.map((r) => r.names)], page.labels, same, same, () => '') : before;
    for (const k of ['tp', 'fp', 'fn'] as const) {
      out.before[k] += before[k];
      out.after[k] += after[k];
    }
  }
  return out;
}

export interface Reach {
  /** Labelled sources the rules' report misses. */
  missed: number;
  /** Of those, the ones some candidate the rules did not credit matches: all the layer could ever add. */
  reachable: number;
  /** Names among the uncredited candidates that match no label, one per page and name. */
  wrong: number;
}

/** What the layer has to choose from on these pages, whatever its weights. */
export function reach(pages: readonly Page[]): Reach {
  const out: Reach = { missed: 0, reachable: 0, wrong: 0 };
  for (const page of pages) {
    out.missed += page.labels.length - page.matched.length;
    const labels = new Set<number>();
    const wrong = new Set<string>();
    for (const r of page.rows) {
      if (r.ruleFound) continue;
      if (r.y && !page.matched.includes(r.label)) labels.add(r.label);
      else if (!r.y) wrong.add(foldName(r.name));
    }
    out.reachable += labels.size;
    out.wrong += wrong.size;
  }
  return out;
}

export const THRESHOLDS: readonly number[] = Array.from({ length: 90 }, (_, k) => Math.round((0.1 + k * 0.01) * 100) / 100);
export const TARGET = 0.9;

/**
 * The lowest threshold at which what the layer adds is ≥ target precise on these pages (and adds something);
 * 1 (the layer adds nothing) when there is none.
 */
export function choose(pages: readonly Page[], p: (r: Row) => number, target = TARGET): number {
  const probs = new Map(pages.flatMap((pg) => pg.rows.map((r) => [r, p(r)] as const)));
  for (const t of THRESHOLDS) {
    const a = gains(pages, (r) => probs.get(r)!, t);
    if (a.tp + a.fp > 0 && a.tp / (a.tp + a.fp) >= target) return t;
  }
  return 1;
}

/**
 * Out-of-fold probabilities for these pages: each half of their sites scored by weights fitted on the
 * other half, so a threshold chosen on them is chosen on pages the weights never saw.
 */
export function outOfFold(pages: readonly Page[], width: number): Map<Row, number> {
  const out = new Map<Row, number>();
  for (const half of ['odd', 'even'] as const) {
    const w = fit(pages.filter((pg) => pg.half !== half).flatMap((pg) => pg.rows), width);
    for (const pg of pages) if (pg.half === half) for (const r of pg.rows) out.set(r, probability(w, r.x));
  }
  return out;
}

const fmt = (v: number) => v.toFixed(2);
/** One line: what is added, how many right, sources F1 before → after. */
export function describe(a: Added): string {
  const b = f1(a.before);
  const c = f1(a.after);
  const prec = a.tp + a.fp ? fmt(a.tp / (a.tp + a.fp)) : '—';
  return `adds ${String(a.tp + a.fp).padStart(3)} (${String(a.tp).padStart(3)} right, P ${prec.padStart(4)}) | F1 ${fmt(b.f)} → ${fmt(c.f)} (P ${fmt(b.p)} → ${fmt(c.p)}, R ${fmt(b.r)} → ${fmt(c.r)})`;
}
