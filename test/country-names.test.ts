/**
 * Countries named in the UI's language (lib/shown.ts): the platform's names are made once per language (the
 * first in a process costs ~20 ms, which the background pays as it starts, not the popup's first chain).
 */
import { describe, expect, it } from 'vitest';
import { countryName } from '../lib/shown';

describe('country names in the UI language', () => {
  it.each([
    ['RU', 'en', 'Russia'],
    ['RU', 'id', 'Rusia'],
    ['DE', 'vi', 'Đức'],
    ['GB', 'en', 'United Kingdom'],
  ])('%s in %s is %s, asked once or again', (code, lang, name) => {
    expect(countryName(code, lang)).toBe(name);
    expect(countryName(code, lang)).toBe(name);
  });

  it('names no country for none or for an international body', () => {
    expect(countryName(undefined, 'en')).toBe('');
    expect(countryName('INT', 'en')).toBe('');
  });

  it('keeps the code where the platform has no names for a language or a code', () => {
    expect(countryName('RU', 'not a language')).toBe('RU');
    expect(countryName('RU', 'not a language')).toBe('RU');
    expect(countryName('Q1', 'en')).toBe('Q1');
  });
});
