/** STUB: to be written. */
import { describe, expect, it } from 'vitest';
import { credits } from './harness';

describe('zh: stub', () => {
  it('reads nothing into text without a cue', () => {
    expect(credits('1 2 3', 'zh').sources).toEqual([]);
  });
});
