/**
 * The holder's name after the body's: "Kepala Pusat Data BNPB Abdul Muhari mengatakan", "Corporate Secretary
 * PT Pertamina Patra Niaga Heppy Wulansari menjelaskan". Read back from the verb, the run of capitals holds
 * the body and then the person who speaks for it; the person is no part of the name. The name ends after a
 * name the registry knows inside the run when only capitalized words (a person's name) follow it. A name the
 * registry knows whole is left whole. (A title or rank inside the run, "… Jakarta Barat Komisaris Polisi
 * Budi", already makes the run a person's: lib/detect/names.ts titleInside.)
 */
import type { NameSpan } from './names';
import { placeIndex } from '../places/index';
import { isAcronym, isCapitalized, tokenize, type Token } from './tokens';

/** A person's name after the body's, in words ("Abdul Muhari", "Heppy Wulansari"). */
const MAX_HOLDER_WORDS = 4;
/** The longest known name looked for inside a run, in words: the work per name stays bounded. */
const MAX_KNOWN_WORDS = 5;

/** The body's words end at token `k - 1`: the span cut there. */
function cutAt(span: NameSpan, tokens: Token[], k: number): NameSpan {
  const end = tokens[k - 1]!.end;
  return { ...span, text: span.text.slice(0, end - span.start), end };
}

/** `span` without the holder's name that runs on after the body's (see the file's comment). */
export function cutHolder(span: NameSpan, find: (name: string) => unknown): NameSpan {
  if (find(span.text)) return span;
  const tokens = tokenize(span.text, span.start).filter((t) => t.word);
  if (tokens.length < 3) return span;
  // A name the registry knows ending inside the run ("BNPB", "PT Pertamina"), a person's name after it.
  for (let k = tokens.length - 3; k >= 1 && tokens.length - k - 1 <= MAX_HOLDER_WORDS; k--) {
    const rest = tokens.slice(k + 1);
    if (!rest.every((r) => isCapitalized(r) && !isAcronym(r))) break;
    // "Kementerian Luar Negeri Amerika Serikat", "Polres Metro Jakarta Barat": a place goes on the body's name.
    if (placeIndex().scan(span.text.slice(rest[0]!.start - span.start)).length) break;
    for (let j = k; j >= Math.max(0, k - MAX_KNOWN_WORDS + 1); j--) {
      // A known name of one ordinary-looking word ("Metro") could be any word of the body's: acronyms and longer names only.
      if (j === k && !isAcronym(tokens[k]!)) continue;
      const hit = find(span.text.slice(tokens[j]!.start - span.start, tokens[k]!.end - span.start));
      if (hit && !(hit as { word?: boolean }).word) return cutAt(span, tokens, k + 1);
    }
  }
  return span;
}
