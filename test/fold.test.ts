import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { squash } from '../lib/fold';

/** The definition squash's fast path must keep: zero-width spaces dropped, white space collapsed, ends trimmed. */
const collapse = (t: string) => t.replace(/[\u200b\ufeff]/gu, '').replace(/\s+/gu, ' ').trim();

describe('squash', () => {
  it.each([
    ['already squashed', 'already squashed'],
    ['  lead and trail  ', 'lead and trail'],
    ['two  spaces', 'two spaces'],
    ['a\nb\tc\u00a0d\u3000e', 'a b c d e'],
    ['zero\u200b width \ufeffjoined', 'zero width joined'],
    ['a \u200b b', 'a b'],
    ['\u200b', ''],
    ['', ''],
    [' ', ''],
  ])('%j → %j', (input, want) => {
    expect(squash(input)).toBe(want);
  });

  it('gives what collapsing gives, on any mix of white space, zero-width and other characters', () => {
    const chars = fc.constantFrom(' ', '  ', '\n', '\r', '\t', '\u00a0', '\u2028', '\u3000', '\u200b', '\ufeff', 'a', 'é', '😀', '\u180e');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(squash(text)).toBe(collapse(text));
      }),
      { seed: 10, numRuns: 5000 },
    );
  });
});
