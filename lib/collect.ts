/**
 * Stage 3a: findings → the report's lists. The same source credited twice becomes one source with two
 * mentions; "Interior Ministry" and "the Austrian Interior Ministry" become one (the longer name wins).
 */
import { creditWay } from './credit-way';
import { cueOfTag } from './cues/index';
import type { Finding } from './detect/finding';
import type { SourceKind } from './detect/org';
import { foldName } from './fold';
import type { Evidence } from './report';
import { definedShortForms, sameWords } from './same-body';

export interface Collected {
  key: string;
  name: string;
  kind: SourceKind;
  knownId?: string;
  url?: string;
  mentions: Evidence[];
  /** The names the page printed for it, folded. */
  printed: string[];
  /** Short forms the text defines for it in brackets ("(EHC)"), folded. */
  defined?: string[];
}

/** Enough mentions to show where a source is credited; a page repeating one a thousand times needs no more. */
const MAX_MENTIONS = 25;

/** A finding as the report keeps it: where, by which rule, and how that rule credits in words a reader knows. */
export const evidenceOf = (f: Finding): Evidence => ({ evidence: f.evidence, block: f.block, cue: f.cue, cueText: f.cueText, how: creditWay(f.cue, f.role, cueOfTag) });

function sameMention(a: Evidence, b: Evidence): boolean {
  return a.block === b.block && a.evidence === b.evidence;
}

/** Whole-word containment of folded names. */
function contains(longer: string, shorter: string): boolean {
  return (` ${longer} `).includes(` ${shorter} `);
}

/**
 * A name the text defines by printing the full one first: "المرصد" after "المرصد السوري لحقوق الإنسان" (the
 * Observatory after the Syrian Observatory for Human Rights), "the Mining Ministry" after "the Chilean Mining
 * Ministry" — an unknown name held whole in a known source's printed name is that source.
 */
function shortFormOf(folded: string, printed: string[]): boolean {
  return folded.length > 2 && printed.some((p) => p.length > folded.length && contains(p, folded));
}

/** Merges findings of one role, in the order they were first found. */
export function collect(findings: Finding[]): Collected[] {
  const out: Collected[] = [];
  for (const f of findings) {
    const key = f.known?.id ?? foldName(f.name);
    if (!key) continue;
    const folded = foldName(f.name);
    const same = out.find(
      (c) =>
        c.key === key ||
        (!f.known && !c.knownId && folded.length > 2 && c.key.length > 2 && (contains(c.key, folded) || contains(folded, c.key))) ||
        (!!c.knownId && !f.known && (foldName(c.name) === folded || shortFormOf(folded, c.printed))) ||
        (!f.known && (!!c.defined?.includes(folded) || (!c.knownId && sameWords(c.key, folded)))),
    );
    const defined = definedShortForms(f.name, f.evidence);
    if (!same) {
      out.push({ key, name: f.name, kind: f.kind, knownId: f.known?.id, url: f.url, mentions: [evidenceOf(f)], printed: [folded], ...(defined.length ? { defined } : {}) });
      continue;
    }
    if (defined.length) same.defined = [...(same.defined ?? []), ...defined];
    if (!f.known && !same.knownId && folded.length > same.key.length) {
      same.key = folded;
      same.name = f.name;
    }
    if (!same.printed.includes(folded)) same.printed.push(folded);
    if (same.kind === 'unknown') same.kind = f.kind;
    same.url ??= f.url;
    const e = evidenceOf(f);
    if (same.mentions.length < MAX_MENTIONS && !same.mentions.some((m) => sameMention(m, e) && m.cue === e.cue)) same.mentions.push(e);
  }
  return out;
}
