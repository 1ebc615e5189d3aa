/**
 * A platform named between a body and its verb is where the body spoke, not who spoke: "Tài khoản của Bộ
 * Ngoại giao Nga trên mạng xã hội X cho biết", "Công an tỉnh Bình Dương trên Facebook thông báo". Read back
 * from the verb, the subject is the name before the venue link (cue data `venueLinks`).
 */
import type { ReadContext } from './context';
import type { Token } from './tokens';

/** The most words a platform's name has ("X", "Facebook", "Telegram", "YouTube Shorts"). */
const VENUE_WORDS = 3;

/**
 * The token index before "trên (mạng xã hội) X" ending at `i`, when a word stands before it; else `i`.
 * `isName` says which tokens may be a platform's name (capitalized, an acronym, an address).
 */
export function beforeVenue(ctx: ReadContext, tokens: readonly Token[], i: number, isName: (t: Token | undefined) => boolean): number {
  let k = i;
  while (k >= 0 && i - k < VENUE_WORDS && isName(tokens[k])) k--;
  if (k === i || k < 0) return i;
  const outlet = ctx.outletWords.backward(tokens, k);
  const at = outlet && !isName(tokens[k]) ? k - outlet : k;
  const link = at >= 0 ? ctx.venueLinks.backward(tokens, at) : 0;
  if (!link) return i;
  const before = at - link;
  return before >= 0 && tokens[before]!.word ? before : i;
}
