/** TextIndex.mayHold never says no to a part of the text (it only spares the search of what can't be). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextIndex } from '../lib/text-index';

const text = 'the harbour board said on tuesday that the new pier would open in may, according to its chair';

describe('TextIndex', () => {
  it.each([
    ['a part that starts and ends inside words', 'arbour board said on tuesday that the new pi', true],
    ['the whole text', text, true],
    ['a part of three words', 'board said on', true],
    ['inner words in another order', 'harbour said board on tuesday', false],
    ['an inner word the text lacks', 'the harbour council said on tuesday', false],
    ['words that never follow each other', 'the new pier would close in may', false],
  ])('%s', (_, part, expected) => {
    expect(new TextIndex(text).mayHold(part)).toBe(expected);
  });

  it('holds every substring of a text', () => {
    const words = fc.constantFrom('a', 'b', 'ab', 'ba', '', 'c d');
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (ws, i, j) => {
        const full = ws.join(' ');
        const [from, to] = [i % (full.length + 1), j % (full.length + 1)].sort((x, y) => x - y);
        return new TextIndex(full).mayHold(full.slice(from, to));
      }),
    );
  });
});
