/**
 * A date between a subject and its verb: "Bộ Y tế ngày 12/3 cho biết", "Reuters hôm 5/6 đưa tin", "Nhà Trắng
 * tối 3/5 (giờ Mỹ) tuyên bố", "BPS pada Senin (1/7) mengumumkan", "Kementerian Luar Negeri, Kamis (3/5),
 * menyatakan". Vietnamese and Indonesian news put the day of a statement there as a rule; read back from the
 * verb, the name starts before it. Only a date written in numbers is stepped over, with the small words and
 * day names in front of it ("ngày", "tối", "pada Senin": the language's stopwords, auxiliaries and calendar)
 * and the brackets around or after it.
 */
import type { ReadContext } from './context';
import type { Token } from './tokens';

const DIGITS = /^\p{N}{1,4}$/u;
const DATE_SEPARATOR = /^[/.-]$/;
/** How many words may stand between the name and the date ("pada Senin", "vào sáng"). */
const MAX_LEAD_WORDS = 2;
/** A bracket after the date holds a few words at most ("(giờ Mỹ)", "(waktu setempat)", "(1/7)"). */
const MAX_BRACKET = 6;

/** The numeric date ending at token `i` ("12/3", "1/7/2024"): the index before it, or -1 when there is none. */
function numericDateBefore(tokens: readonly Token[], i: number): number {
  let k = i;
  let parts = 0;
  while (parts < 3 && k >= 0 && DIGITS.test(tokens[k]!.text)) {
    parts++;
    k--;
    if (parts < 3 && k >= 1 && DATE_SEPARATOR.test(tokens[k]!.text) && DIGITS.test(tokens[k - 1]!.text)) k--;
    else break;
  }
  return parts >= 2 ? k : -1;
}

/** The opening bracket of the one closing at token `i`, a few tokens back, or -1. */
function openingOf(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - MAX_BRACKET); k--) if (tokens[k]!.text === '(') return k;
  return -1;
}

/** Token `i` with a date adverbial ending there stepped over: the last token before it, or `i` unchanged. */
export function beforeDate(ctx: ReadContext, tokens: readonly Token[], i: number): number {
  let k = i;
  if (tokens[k]?.text === ',') k--;
  let dated = false;
  if (tokens[k]?.text === ')') {
    const open = openingOf(tokens, k);
    if (open < 1) return i;
    // "(1/7)" is the date itself; "3/5 (giờ Mỹ)" a bracket after one.
    if (numericDateBefore(tokens, k - 1) === open) dated = true;
    else if (!DIGITS.test(tokens[open - 1]!.text)) return i;
    k = open - 1;
  }
  if (!dated) {
    const d = numericDateBefore(tokens, k);
    if (d < 0) return i;
    k = d;
  }
  // The small words and day names that lead the date: "ngày", "hôm", "tối", "pada Senin", "vào sáng".
  // One stopword at most: in Vietnamese a name's own syllables are small words too ("Ngân hàng Nhà nước").
  let small = 0;
  for (let n = 0; n < MAX_LEAD_WORDS && k >= 0; n++) {
    const named = ctx.calendar.backward(tokens, k) || ctx.auxiliaries.backward(tokens, k);
    const stop = !named && small === 0 && ctx.stopwords.has(tokens[k]!.text.toLowerCase()) ? 1 : 0;
    if (!named && !stop) break;
    small += stop;
    k -= named || stop;
  }
  if (tokens[k]?.text === ',') k--;
  return k;
}
