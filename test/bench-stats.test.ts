import { describe, expect, it } from 'vitest';
import { median, medianRatio, percentile, summarize, type StageTimes } from '../scripts/bench/stats';

describe('bench statistics', () => {
  it.each([
    [[], NaN],
    [[7], 7],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[5, 5, 1, 100], 5],
  ])('median of %j is %d', (xs, want) => {
    expect(median(xs)).toEqual(want);
  });

  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95, 10],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5],
    [Array.from({ length: 100 }, (_, i) => 100 - i), 0.95, 95],
    [Array.from({ length: 165 }, (_, i) => i + 1), 0.95, 157],
    [[42], 0.95, 42],
    [[], 0.95, NaN],
  ])('percentile by nearest rank of %j at %d is %d', (xs, p, want) => {
    expect(percentile(xs, p)).toEqual(want);
  });

  it('ratios are taken page by page before their median (one huge page moves nothing)', () => {
    expect(medianRatio([2, 3, 1000], [1, 2, 10])).toBe(2);
    // The ratio of medians would be 3 / 2; the median of ratios is the typical page's.
    expect(medianRatio([2, 3, 40], [1, 2, 20])).toBe(2);
    // A page Readability took no time on says nothing about the ratio.
    expect(medianRatio([5, 2, 4], [0, 1, 2])).toBe(2);
  });

  it('summarizes rows into the one JSON object', () => {
    const row = (page: string, readability: number, read: number, detect: number, chain: number): StageTimes => ({
      page,
      readability,
      read,
      detect,
      chain,
      trace: read + detect + chain,
    });
    const rows = [row('a', 10, 12, 2, 1), row('b', 20, 22, 4, 2), row('c', 40, 60, 8, 4)];
    expect(summarize(rows, 512.4)).toEqual({
      pages: 3,
      medianMs: 28,
      p95Ms: 72,
      readabilityMedianMs: 20,
      ratio: 1.5,
      readRatio: 1.2,
      detectMedianMs: 4,
      peakRssMb: 512,
      readMedianMs: 22,
      chainMedianMs: 2,
    });
  });
});
