/** What the detector finds, before findings are merged into the report's sources and credits. */
import type { CompiledCue } from '../cues/compile';
import { cutAround } from '../excerpt';
import type { NameSpan } from './names';
import type { KnownName, SourceKind, Verdict } from './org';

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

/** Cuts overlong evidence to a window around the name at `at`: verbatim between word bounds, each cut marked "…". */
export function clip(sentence: string, at = 0, max = 400): string {
  return cutAround(sentence, at, at, max);
}

/** A source a cue credits: the name as read, its sentence as evidence, the verdict's kind. */
export function sourceFinding(s: { text: string; block: number }, c: CompiledCue, cueText: string, span: NameSpan, v: Verdict): Finding {
  return { role: 'source', name: span.text, evidence: clip(s.text, span.start), block: s.block, cue: c.tag, cueText, kind: v.kind, known: v.known };
}
