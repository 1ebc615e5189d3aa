/** Russian cues. STUB: to be written from the press's own usage. */
import { describe, expect, it } from 'vitest';
import { credits } from './harness';

describe('ru: stub', () => {
  it('reads nothing into a sentence without a cue', () => {
    expect(credits('и в не', 'ru').sources).toEqual([]);
  });
});
