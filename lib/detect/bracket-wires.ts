/**
 * Wire credits the Japanese press prints in full-width brackets, with no verb: a dateline opening the text
 * (`【ワシントン共同】`, `【ソウル時事】`, `【ロンドン＝ロイター】`, `【パリAFP時事】` where Jiji carries AFP's copy,
 * `［東京　１３日　ロイター］`) and an end credit closing a paragraph (`…と述べた。（共同）`, `（ＡＦＰ＝時事）`).
 * The wire is glued to the place before it, so it is read from the end of the bracket's text. Only wires the
 * registry knows count: `【ワシントン＝山田太郎】` names the paper's own correspondent, `（東京・永田町で）` a place.
 */
import { clip, type Finding } from './finding';
import { kindOf, type NameIndex, type KnownName } from './org';

// Bounded: a bracket of at most 30 characters at the line's start, or closing it after a sentence's end.
const OPENING = /^\s*[【［[]([^【】［］[\]\n]{2,30})[】］\]]/u;
const CLOSING = /[。．.!?！？」』”]\s*[（(]([^()（）\n]{2,30})[)）]\s*$/u;
/** The longest wire name looked for at a part's end (`ブルームバーグ通信` is 9). */
const MAX_WIRE = 12;

function wireNamed(name: string, index: NameIndex): KnownName | undefined {
  const known = index.find(name);
  return known?.kind === 'wire' ? known : undefined;
}

/** The wires closing a part, last first (`パリAFP時事` → 時事, AFP), and what is left before them. */
function wiresAtEnd(part: string, index: NameIndex): { wires: { name: string; known: KnownName }[]; rest: string } {
  const wires: { name: string; known: KnownName }[] = [];
  let rest = part.trim();
  for (let guard = 0; guard < 3 && rest.length >= 2; guard++) {
    let hit: { name: string; known: KnownName } | undefined;
    for (let len = Math.min(MAX_WIRE, rest.length); len >= 2 && !hit; len--) {
      const name = rest.slice(rest.length - len);
      const known = wireNamed(name, index);
      if (known) hit = { name, known };
    }
    if (!hit) break;
    wires.push(hit);
    rest = rest.slice(0, rest.length - hit.name.length).trim();
  }
  return { wires, rest };
}

/** Parts of a bracket's text: `ロンドン＝ロイター`, `AFP＝時事`, `共同・ロイター` (width folded, so ＡＦＰ is AFP). */
const parts = (inner: string) => inner.normalize('NFKC').split(/[=・/、,]/u).map((p) => p.trim()).filter(Boolean);

const finding = (name: string, known: KnownName, line: string, block: number, cue: string, cueText: string): Finding => ({
  role: 'source', name, evidence: clip(line), block, cue, cueText, kind: kindOf(known), known,
});

/** A wire's dateline in brackets opening the first body lines: the place, then the wire. */
export function bracketDatelineFindings(line: string, block: number, index: NameIndex): Finding[] {
  const m = OPENING.exec(line);
  if (!m) return [];
  return parts(m[1]!).flatMap((p) => wiresAtEnd(p, index).wires.map((w) => finding(w.name, w.known, line, block, 'dateline', m[0].trim())));
}

/** A paragraph closing on wires in brackets after its last sentence; every part must be a wire. */
export function bracketEndCreditFindings(line: string, block: number, index: NameIndex): Finding[] {
  const m = line.length <= 3000 ? CLOSING.exec(line) : null;
  if (!m) return [];
  const read = parts(m[1]!).map((p) => wiresAtEnd(p, index));
  if (!read.length || read.some((r) => !r.wires.length || r.rest)) return [];
  const cueText = m[0].slice(m[0].search(/[（(]/u)).trim();
  return read.flatMap((r) => r.wires.map((w) => finding(w.name, w.known, line, block, 'credit-line', cueText)));
}
