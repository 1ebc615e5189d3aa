/** What the detector finds, before findings are merged into the report's sources and credits. */
import type { KnownName, SourceKind } from './org';

export interface Finding {
  role: 'source' | 'photo' | 'basedOn';
  /** The name as printed (for `basedOn`, the URL). */
  name: string;
  /** The sentence or line that credits it, verbatim. */
  evidence: string;
  block: number;
  /** `<lang>.<cue id>`, or a generic rule: `dateline`, `byline`, `credit-line`, `photo.slash`, … */
  cue: string;
  cueText: string;
  kind: SourceKind;
  known?: KnownName;
  /** A link the article gives for it. */
  url?: string;
}

/** Cuts overlong evidence to a window around the cue, still verbatim. */
export function clip(sentence: string, at = 0, max = 400): string {
  if (sentence.length <= max) return sentence;
  const from = Math.max(0, Math.min(at - max / 2, sentence.length - max));
  return sentence.slice(from, from + max);
}
