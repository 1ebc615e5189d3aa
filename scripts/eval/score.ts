/**
 * The corpus scorer, as ../shared/corpus/README.md defines it: names folded, a prediction matches a label
 * by equality, whole-word containment, word Jaccard ≥ 0.5, or (scripts without spaces) containment or
 * character-bigram Dice ≥ 0.6; one-to-one matching; a second prediction of a matched label is no error.
 */
import { foldName } from '../../lib/fold';

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

function words(s: string): Set<string> {
  return new Set(s.split(' ').filter(Boolean));
}

function bigrams(s: string): string[] {
  const t = s.replace(/ /g, '');
  const out: string[] = [];
  for (let i = 0; i < t.length - 1; i++) out.push(t.slice(i, i + 2));
  return out;
}

function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.length || !y.length) return a === b ? 1 : 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Do two (unfolded) names match under the scorer's rules? */
export function namesMatch(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (!x || !y) return false;
  if (x === y) return true;
  if (` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)) return true;
  const wx = words(x);
  const wy = words(y);
  const inter = [...wx].filter((w) => wy.has(w)).length;
  if (inter / new Set([...wx, ...wy]).size >= 0.5) return true;
  if (UNSPACED.test(a) || UNSPACED.test(b)) {
    const cx = x.replace(/ /g, '');
    const cy = y.replace(/ /g, '');
    if (cx.includes(cy) || cy.includes(cx)) return true;
    if (dice(x, y) >= 0.6) return true;
  }
  return false;
}

/** basedOn URLs compare without scheme, www., query, fragment and trailing slash. */
export function urlKey(u: string): string {
  return u
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageResult extends Tally {
  missed: string[];
  extra: string[];
}

/**
 * Matches predictions to labels one-to-one. `predNames(p)` gives every name a prediction may match by;
 * `labelNames(l)` every name a label accepts.
 */
export function score<P, L>(preds: P[], labels: L[], predNames: (p: P) => string[], labelNames: (l: L) => string[], show: (x: P | L) => string, eq = namesMatch): PageResult {
  const matchedLabel = new Set<number>();
  const usedPred = new Set<number>();
  const ok = (p: P, l: L) => predNames(p).some((a) => labelNames(l).some((b) => eq(a, b)));
  labels.forEach((l, li) => {
    const pi = preds.findIndex((p, i) => !usedPred.has(i) && ok(p, l));
    if (pi >= 0) {
      usedPred.add(pi);
      matchedLabel.add(li);
    }
  });
  const extra = preds.filter((p, i) => !usedPred.has(i) && !labels.some((l, li) => matchedLabel.has(li) && ok(p, l)));
  const missed = labels.filter((_, i) => !matchedLabel.has(i));
  return { tp: matchedLabel.size, fp: extra.length, fn: missed.length, missed: missed.map(show), extra: extra.map(show) };
}

export function f1(t: Tally): { p: number; r: number; f: number } {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Which half of the sites a page belongs to, fixed by its domain (www. dropped) or, for a page with no
 * address, by its id: FNV-1a, so the split never changes between runs or machines.
 */
export function siteHalf(page: { id: string; url: string | null }): 'odd' | 'even' {
  let key = page.id;
  if (page.url) {
    try {
      key = new URL(page.url).hostname.replace(/^www\d*\./, '');
    } catch {
      // an unparsable address splits by id
    }
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 ? 'odd' : 'even';
}
