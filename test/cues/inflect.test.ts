/** Declined names looked up by their nominative (lib/detect/inflect.ts). */
import { describe, expect, it } from 'vitest';
import { nominatives } from '../../lib/detect/inflect';

const rules = (...pairs: string[]) => pairs.map((p) => ({ ending: p.split('>')[0]!, nominative: p.split('>')[1] ?? '' }));

describe('nominatives', () => {
  it('rewrites the first and the last word, each by the rules whose ending it has', () => {
    expect(nominatives('Gazety Wyborczej', rules('y>a', 'ej>a'))).toContain('Gazeta Wyborcza');
    expect(nominatives('Интерфаксу', rules('у>', 'у>а'))).toEqual(['Интерфакс', 'Интерфакса']);
  });

  it('rewrites a word between them too, one at a time', () => {
    expect(nominatives('Deutschen Instituts für Wirtschaftsforschung', rules('en>es', 's>'))).toContain('Deutsches Institut für Wirtschaftsforschung');
  });

  it('leaves a stem too short to be a name', () => {
    expect(nominatives('Мире', rules('е>'))).toEqual([]);
  });

  it('stays bounded on long names and many rules', () => {
    const many = rules(...Array.from({ length: 40 }, (_, i) => `a>${'b'.repeat(i)}`));
    expect(nominatives('Aaaa Bbbb Cccca', many).length).toBeLessThanOrEqual(64);
  });
});
