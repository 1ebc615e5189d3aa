/**
 * The scored layer's fitting (scripts/scorer/model.ts): deterministic weights, what the layer adds at a
 * threshold and how eval would score it, the threshold chosen for precision, out-of-fold probabilities by
 * site halves, and a set's name for leaving it out.
 */
import { describe, expect, it } from 'vitest';
import { added, additions, choose, fit, outOfFold, probability, reach, type Page, type Row } from '../scripts/scorer/model';
import { setName } from '../scripts/scorer/pages';

const row = (name: string, x: number[], y: 0 | 1, label = -1, ruleFound = false): Row => ({ x, y, label, name, names: [name], ruleFound, detail: '' });
const page = (id: string, rows: Row[], labels: string[][], preds: string[][], half: 'odd' | 'even' = 'odd', set = 'corpus'): Page => {
  const matched = labels.flatMap((l, i) => (preds.some((p) => p.some((n) => l.includes(n))) ? [i] : []));
  return { set, id, half, labels, rows, matched, preds };
};
// One feature besides the bias: a body's shape (1) or a person's (0).
const body = (name: string, y: 0 | 1, label = -1) => row(name, [1, 1], y, label);
const person = (name: string) => row(name, [1, 0], 0);

describe('fit', () => {
  const rows = [body('Harbor Board', 1, 0), body('Quay Office', 1, 0), body('Tide Desk', 0), person('Ana Pell'), person('Rui Sant'), person('Lea Moss')];
  it('gives the same weights on every run, and separates the shapes', () => {
    const a = fit(rows, 2, 500);
    expect(fit(rows, 2, 500)).toEqual(a);
    expect(probability(a, [1, 1])).toBeGreaterThan(0.5);
    expect(probability(a, [1, 0])).toBeLessThan(0.3);
  });
  it('with no rows, weighs nothing', () => {
    expect(fit([], 3, 10)).toEqual([0, 0, 0]);
  });
});

describe('added', () => {
  // The rules found "Port Authority"; the layer may add "Ferry Line" (labelled) and "Dock Café" (not).
  const p = page(
    'a',
    [row('Port Authority', [1], 1, 0, true), row('Ferry Line', [1], 1, 1), row('Ferry Line', [1], 1, 1), row('Dock Café', [1], 0)],
    [['Port Authority'], ['Ferry Line'], ['City Hall']],
    [['Port Authority']],
  );
  const prob = new Map<string, number>([['Port Authority', 0.99], ['Ferry Line', 0.8], ['Dock Café', 0.6]]);
  const pr = (r: Row) => prob.get(r.name)!;

  it.each([
    [0.5, ['Ferry Line', 'Dock Café'], 1, 1, { tp: 2, fp: 1, fn: 1 }],
    [0.7, ['Ferry Line'], 1, 0, { tp: 2, fp: 0, fn: 1 }],
    [0.9, [], 0, 0, { tp: 1, fp: 0, fn: 2 }],
  ])('at %s adds %j: %i right, %i wrong, after %j', (t, names, tp, fp, after) => {
    expect(additions(p, pr, t).map((r) => r.name)).toEqual(names);
    const a = added([p], pr, t);
    expect([a.tp, a.fp]).toEqual([tp, fp]);
    expect(a.before).toEqual({ tp: 1, fp: 0, fn: 2 });
    expect(a.after).toEqual(after);
  });

  it('a second name for a label the rules matched is neither right nor wrong', () => {
    const q = page('b', [row('The Port Authority', [1], 1, 0)], [['Port Authority']], [['Port Authority']]);
    const a = added([q], () => 0.9, 0.5);
    expect([a.tp, a.fp]).toEqual([0, 0]);
  });

  it('chooses the lowest threshold whose additions are precise enough, else 1', () => {
    expect(choose([p], pr)).toBe(0.61);
    expect(choose([p], () => 0.6)).toBe(1);
  });

  it('chooses below 0.5 too: fitted on the uncredited candidates alone, few score above it', () => {
    const low = new Map<string, number>([['Port Authority', 0.9], ['Ferry Line', 0.3], ['Dock Café', 0.2]]);
    expect(choose([p], (r) => low.get(r.name)!)).toBe(0.21);
  });

  it('says what the layer has to choose from: the missed labels some uncredited candidate names, and the wrong names', () => {
    expect(reach([p])).toEqual({ missed: 2, reachable: 1, wrong: 1 });
    const q = page('c', [row('Dock Café', [1], 0), row('dock café', [1], 0), row('Port Authority', [1], 1, 0, true)], [['Port Authority'], ['Quay Board']], [['Port Authority']]);
    expect(reach([p, q])).toEqual({ missed: 3, reachable: 1, wrong: 2 });
  });
});

describe('outOfFold', () => {
  it('scores each half of the sites by weights fitted on the other half only', () => {
    // Odd sites say feature 1 marks a source; even sites say the opposite: each half is scored by the other's lesson.
    const odd = page('o', [row('A', [1, 1], 1, 0), row('B', [1, 0], 0), row('C', [1, 1], 1, 0), row('D', [1, 0], 0)], [['A']], [], 'odd');
    const even = page('e', [row('E', [1, 1], 0), row('F', [1, 0], 1, 0), row('G', [1, 1], 0), row('H', [1, 0], 1, 0)], [['F']], [], 'even');
    const oof = outOfFold([odd, even], 2);
    expect(oof.get(odd.rows[0]!)!).toBeLessThan(0.5);
    expect(oof.get(even.rows[0]!)!).toBeGreaterThan(0.5);
  });
});

describe('setName', () => {
  it.each([
    ['../shared/corpus', 'corpus'],
    ['/work/notes/ext/en-6', 'en-6'],
    ['/work/notes/ext/de/', 'de'],
  ])('%s → %s', (dir, name) => expect(setName(dir)).toBe(name));
});
