/** The cue matchers: a trie of the words finds what a flat longest-first list would, whatever the words. */
import { describe, expect, it } from 'vitest';
import { alternation, wordsRegex } from '../../lib/cues/compile';

/** What a flat, longest-first alternation finds: the reference the trie must agree with. */
function flat(words: string[], text: string): string[] {
  const body = [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${body})(?![\\p{Ll}\\p{Lo}\\p{M}\\p{N}])(?!(?<=\\p{Lu})\\p{Lu})`, 'gu'))].map((m) => m[0]);
}
const trie = (words: string[], text: string) => [...text.matchAll(wordsRegex(words, 'latin'))].map((m) => m[0]);

describe('cue matchers', () => {
  it.each([
    [['teilte', 'teilte mit', 'teilte am Montag mit'], 'Das teilte die Polizei mit, und teilte am  Montag mit.'],
    [['a', 'ab', 'abc', 'b'], 'abc ab a b abd'],
    [['according to', 'according'], 'according to Reuters; according, they said'],
    [['(Foto', 'Foto:', 'Foto'], '(Foto: dpa) Foto'],
    [['U.S.', 'U.S. officials'], 'U.S. officials and U.S.A.'],
    [['TO', 'to'], 'RBB TODAY, told TO reporters, sent toThem'],
  ])('%j in %s', (words, text) => {
    expect(trie(words, text)).toEqual(flat(words, text));
    expect(trie(words, text).length).toBeGreaterThan(0);
  });

  it('reads a word in capitals inside a longer word in capitals as no cue ("TO" in "TODAY")', () => {
    expect(trie(['to'], 'RBB TODAY said TO CNN')).toEqual(['TO']);
  });

  it('shares prefixes, so a word list of thousands stays small', () => {
    const words = ['teilte', 'teilten', 'teilt'].flatMap((v) => ['am Montag', 'am Dienstag', 'heute', ''].map((m) => `${v} ${m} mit`.replace(/\s+/g, ' ')));
    expect(alternation(words).length).toBeLessThan(words.join('|').length);
  });

  it('keeps the white space a word starts with (zh " 摄")', () => {
    expect(new RegExp(alternation([' 摄']), 'u').test('摄')).toBe(false);
    expect(new RegExp(alternation([' 摄']), 'u').test('李明 摄')).toBe(true);
  });
});
