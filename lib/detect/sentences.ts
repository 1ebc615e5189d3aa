/**
 * Sentences: the unit a cue and its name must share, and the evidence a finding shows. A line break always
 * ends one; a full stop ends one unless it closes a short abbreviation ("Tn.", "U.S.", "Oct.").
 */

export interface Sentence {
  text: string;
  /** Offset of the sentence in its block's text. */
  start: number;
}

const END = /[.!?。！？…।॥]+["'”’»)]*\s+|[。！？।॥]+/gu;
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{Lu}\p{Ll}?|(?:\p{Lu}\.){1,3}\p{Lu}|Gen|Sen|Rep|Gov|Col|Capt|Sgt|Lt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Prof|Inc|Corp|Ltd|Co|Jr|Sr|St|Mt|No|Nos|Vol|Dok|vs|etc|no)\.["'”’]*\s+$/u;
const MAX = 2000;

/** Splits one block's text into sentences (lines first). Very long runs are cut, so work stays bounded. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let start = 0;
    END.lastIndex = 0;
    for (let m = END.exec(line); m; m = END.exec(line)) {
      const end = m.index + m[0].length;
      const piece = line.slice(start, end);
      if (ABBREVIATION.test(piece.slice(-12)) && end < line.length) continue;
      push(out, line.slice(start, end), lineStart + start);
      start = end;
    }
    push(out, line.slice(start), lineStart + start);
    lineStart += line.length + 1;
  }
  return out;
}

function push(out: Sentence[], text: string, start: number): void {
  for (let i = 0; i < text.length; i += MAX) {
    const piece = text.slice(i, i + MAX);
    const trimmed = piece.trimEnd();
    const lead = piece.length - piece.trimStart().length;
    if (trimmed.trim()) out.push({ text: trimmed.trim(), start: start + i + lead });
  }
}
