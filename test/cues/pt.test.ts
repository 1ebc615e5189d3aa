/** Portuguese cues. STUB: to be written from the press's own usage. */
import { describe, expect, it } from 'vitest';
import { credits } from './harness';

describe('pt: stub', () => {
  it('reads nothing into a sentence without a cue', () => {
    expect(credits('o a de', 'pt').sources).toEqual([]);
  });
});
