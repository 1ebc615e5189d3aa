/**
 * The bench's figures from its per-page stage times: medians, the 95th percentile, and ratios taken page by
 * page (a page's trace against Readability on that same page) before their median, so big and small pages
 * count alike and one slow page cannot move the ratio.
 */

/** The times of one page's stages, in ms (each the best of the bench's runs). */
export interface StageTimes {
  page: string;
  /** Readability alone, run as the read runs it (on a clone of the document). */
  readability: number;
  /** The in-page read: Readability plus the mapping back to the page's blocks, and the metadata (lib/page.ts). */
  read: number;
  /** Detection (lib/detect.ts) on the page read. */
  detect: number;
  /** The rest of the analysis: resolving, merging, the chain and its flags. */
  chain: number;
  /** The whole trace (lib/trace.ts): read and analysis. */
  trace: number;
}

export interface BenchSummary {
  pages: number;
  /** Whole trace, median and 95th percentile over the pages. */
  medianMs: number;
  p95Ms: number;
  readabilityMedianMs: number;
  /** Median over the pages of trace ÷ Readability alone. */
  ratio: number;
  /** Median over the pages of read ÷ Readability alone. */
  readRatio: number;
  detectMedianMs: number;
  peakRssMb: number;
  readMedianMs: number;
  chainMedianMs: number;
}

/** The median (the mean of the two middle values for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The p-th percentile by nearest rank (p in 0..1): the smallest value at least p of the values don't exceed. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
}

/** The median of the per-item ratios a[i] ÷ b[i] (items whose b is 0 left out). */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  return median(a.flatMap((x, i) => (b[i]! > 0 ? [x / b[i]!] : [])));
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The bench's one summary object from its rows. */
export function summarize(rows: readonly StageTimes[], peakRssMb: number): BenchSummary {
  const col = (k: Exclude<keyof StageTimes, 'page'>) => rows.map((r) => r[k]);
  return {
    pages: rows.length,
    medianMs: round(median(col('trace')), 2),
    p95Ms: round(percentile(col('trace'), 0.95), 2),
    readabilityMedianMs: round(median(col('readability')), 2),
    ratio: round(medianRatio(col('trace'), col('readability')), 3),
    readRatio: round(medianRatio(col('read'), col('readability')), 3),
    detectMedianMs: round(median(col('detect')), 2),
    peakRssMb: Math.round(peakRssMb),
    readMedianMs: round(median(col('read')), 2),
    chainMedianMs: round(median(col('chain')), 2),
  };
}
