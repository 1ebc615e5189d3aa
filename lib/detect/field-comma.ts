/**
 * Commas inside a body's name. Vietnamese and Indonesian names list a body's fields with commas, the last after
 * "và" or "dan" ("Bộ Văn hóa, Thể thao và Du lịch", "Sở Lao động, Thương binh và Xã hội TP.HCM", "Kementerian
 * Pendidikan, Kebudayaan, Riset, dan Teknologi"): read back from its verb or on from a cue, such a name stopped at
 * the comma and credited its tail or nothing. The comma is inside the name only
 * between two of the language's field words, and only where the fields after it close on a joiner and one more
 * field: a place after the comma ("Theo Sở Y tế, Hà Nội và TP.HCM …") or a second body ("Bộ Tài nguyên và Môi
 * trường, Bộ Xây dựng") stays a phrase of its own.
 */
import type { ReadContext } from './context';
import type { Token } from './tokens';

/** Fields listed after the comma, at most, before the joiner. */
const MAX_FIELDS = 4;

/** Is the comma at `j` one between two fields of a body's name? */
export function fieldCommaAt(ctx: ReadContext, tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.text !== ',' || ctx.fieldWords.backward(tokens, j - 1) === 0) return false;
  let k = j + 1;
  for (let n = 0; n < MAX_FIELDS; n++) {
    // "…, Riset, dan Teknologi": the joiner may follow a comma.
    const joiner = ctx.listJoiners.forward(tokens, k);
    if (joiner) return ctx.fieldWords.forward(tokens, k + joiner) > 0;
    const field = ctx.fieldWords.forward(tokens, k);
    if (!field) return false;
    k += field;
    if (tokens[k]?.text === ',') k++;
    else {
      const last = ctx.listJoiners.forward(tokens, k);
      return last > 0 && ctx.fieldWords.forward(tokens, k + last) > 0;
    }
  }
  return false;
}
