/**
 * Registry coverage against an independent yardstick (coverage-names.ts): every name as the press prints it
 * must resolve to an entry listing the row's domain (or a parent or subdomain of it); a shared name, have it
 * among its candidates. All gaps are reported
 * in one assertion, so a run shows the whole of them.
 */
import { describe, expect, it } from 'vitest';
import { foldName } from '../../lib/fold';
import { outletRegistry } from '../../lib/outlets/index';
import { DOMAIN } from '../../lib/outlets/schema';
import { COVERAGE } from './coverage-names';

const SCRIPTS: Record<string, RegExp> = {
  Latin: /\p{Script=Latin}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
  Han: /\p{Script=Han}/u,
  Arabic: /\p{Script=Arabic}/u,
  Hangul: /\p{Script=Hangul}/u,
  Kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
};

/** `d` (an entry's domain) covers `domain` (the row's): the same, a parent, or a subdomain. */
function covers(d: string, domain: string): boolean {
  return d === domain || domain.endsWith('.' + d) || d.endsWith('.' + domain);
}

describe('outlet registry coverage of press names', () => {
  it('the yardstick is large, well formed and in many scripts', () => {
    expect(COVERAGE.length).toBeGreaterThanOrEqual(300);
    expect(COVERAGE.filter((r) => !DOMAIN.test(r.domain) || !foldName(r.name)).map((r) => r.name)).toEqual([]);
    const pairs = COVERAGE.map((r) => `${r.name} → ${r.domain}`);
    expect(pairs.filter((p, i) => pairs.indexOf(p) !== i)).toEqual([]);
    const scripts = Object.entries(SCRIPTS).filter(([, re]) => COVERAGE.some((r) => re.test(r.name)));
    expect(scripts.length).toBeGreaterThanOrEqual(5);
  });

  it('every press name resolves to an entry with its domain', () => {
    const registry = outletRegistry();
    const failures: string[] = [];
    for (const { name, domain } of COVERAGE) {
      // A name several bodies go by ("The Star") must have this one among its candidates.
      const found = registry.candidates(name)?.outlets ?? [];
      if (!found.length) failures.push(`${name} → ${domain}: not found`);
      else if (!found.some((e) => e.domains.some((d) => covers(d, domain))))
        failures.push(`${name} → ${domain}: found ${found.map((e) => `${e.id} [${e.domains.join(', ')}]`).join(', ')}`);
    }
    expect(failures).toEqual([]);
  });
});
