/**
 * The tokenizer remembers a text's tokens for the rules that read it again (lib/detect/tokens.ts): what it
 * gives from memory is what a fresh scan gives, whatever `max` each rule asks for, an elided article at the
 * cut included; texts read with an offset are scanned afresh.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Phrases } from '../lib/detect/phrases';
import { tokenize, type Token } from '../lib/detect/tokens';

// The tokens a fresh scan gives: a text never seen before (a unique suffix), cut back to its own length.
let fresh = 0;
function scanned(text: string, max: number): Token[] {
  const marker = ` \u0001${fresh++}`;
  return tokenize(text + marker, 0, max).filter((t) => t.end <= text.length).map((t) => ({ ...t }));
}

describe('remembered tokens', () => {
  const text = "Selon l'Agence France-Presse, dell'Interno e l'AFP: U.S. officials said 3+2 OPEC+ rose.";

  it.each([1, 2, 3, 4, 5, 6, 10, 80, 400, 500])('max %i: the same as a fresh scan, asked in any order', (max) => {
    expect(tokenize(text, 0, 400).length).toBeGreaterThan(10);
    expect(tokenize(text, 0, max)).toEqual(scanned(text, max));
    expect(tokenize(text, 0, max)).toEqual(scanned(text, max));
  });

  it('a phrase table keys a token once, on the token, for every table after it', () => {
    const tokens = tokenize("The Treasury's figures rose, the treasury said.");
    expect(tokens[1]!.key).toBeUndefined();
    expect(new Phrases(['treasury']).forward(tokens, 1)).toBe(1);
    expect(tokens[1]!.key).toBe('treasury');
    expect(new Phrases(['treasury figures']).forward(tokens, 1)).toBe(2);
    expect(new Phrases(['the treasury']).backward(tokens, 6)).toBe(2);
  });

  it('an elided article and its name are one match: a cut after the article keeps the name', () => {
    // "l'" and "Agence" come from one match: with max 2 the scan takes "Selon", then the whole match.
    expect(tokenize(text, 0, 2).map((t) => t.text)).toEqual(['Selon', "l'", 'Agence']);
  });

  it('offsets shift the places; the memory is not used for them', () => {
    const shifted = tokenize('Reuters said', 100);
    expect(shifted.map((t) => [t.text, t.start])).toEqual([
      ['Reuters', 100],
      ['said', 108],
    ]);
    expect(tokenize('Reuters said').map((t) => t.start)).toEqual([0, 8]);
  });

  it('a text longer than what is kept still gives all that is asked', () => {
    const long = 'Word '.repeat(700);
    expect(tokenize(long, 0, 400)).toHaveLength(400);
    expect(tokenize(long, 0, 600)).toHaveLength(600);
    expect(tokenize(long, 0, 400)).toHaveLength(400);
  });

  it('random texts: remembered tokens equal fresh ones for every max', () => {
    const piece = fc.constantFrom("l'", "L'", 'dell’', 'Agence', 'U.S.', 'OPEC+', ' ', ', ', '—', 'x', '3+2', '𝒜', 'AT&T');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (pieces, max) => {
        const t = pieces.join('');
        expect(tokenize(t, 0, max)).toEqual(scanned(t, max));
        expect(tokenize(t, 0, 400)).toEqual(scanned(t, 400));
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});
