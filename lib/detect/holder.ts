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
import type { Phrases } from './phrases';
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

/**
 * "Глава Минфина Антон Силуанов": a body the language names by one organization word opening the run, the
 * holder's name (capitals, no place) after it.
 */
function oneWordBody(span: NameSpan, tokens: Token[], orgWords?: Phrases): NameSpan {
  const rest = tokens.slice(1);
  if (!orgWords || orgWords.forward(tokens, 0) !== 1 || !isCapitalized(tokens[0]!) || rest.length > MAX_HOLDER_WORDS) return span;
  if (!rest.every((r) => isCapitalized(r) && !isAcronym(r)) || placeIndex().scan(span.text.slice(rest[0]!.start - span.start)).length) return span;
  return cutAt(span, tokens, 1);
}

/** `span` without the holder's name that runs on after the body's (see the file's comment). */
export function cutHolder(span: NameSpan, find: (name: string) => unknown, orgWords?: Phrases): NameSpan {
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
      // A known name of one ordinary-looking word ("Metro") could be any word of the body's: acronyms and longer
      // names only, or the run's first capital ("Глава Минфина Антон Силуанов", "департамента Минэкономразвития Ольга Иванова").
      if (j === k && !isAcronym(tokens[k]!) && !tokens.slice(0, k).every((t) => !isCapitalized(t))) continue;
      const hit = find(span.text.slice(tokens[j]!.start - span.start, tokens[k]!.end - span.start));
      if (hit && !(hit as { word?: boolean }).word) return cutAt(span, tokens, k + 1);
    }
  }
  return oneWordBody(span, tokens, orgWords);
}
