/**
 * A body's name glued to a speaker's role or an executive's position in one word, with no hyphen, as German
 * writes it ("Kremlsprecher Dmitri Peskow", "Regierungssprecherin Anna Berg", "Konzernchef X kündigte an").
 * The word's first part is the body when it names one on its own: a registry entry ("Kreml", "Lufthansa") or
 * an organization word that is a name ("Bundesregierung"). A kind of body ("Polizei", "Regierung",
 * "Ministerium", "Konzern") names none alone, as "the ministry said" doesn't: it stands for the body of that
 * kind the text named just before ("Das Innenministerium … Ministeriumssprecher X"), or for no one.
 * Anything else before the role ("Presse", "Fraktion", "Sicherheit") is no body.
 */
import type { ReadContext } from './context';
import { namedBefore } from './antecedent';
import { clip, type Finding } from './finding';
import { judge, type NameIndex, type Verdict } from './org';
import type { NameSpan } from './names';
import type { SentenceInput } from './verbs';
import { tokenize, tokenizeTail, type Token } from './tokens';

/** The first part must be a word of its own, not an inflection ("Fachsprecher" is one, "Ansprecher" no body). */
const MIN_PART = 3;

const suffixCache = new WeakMap<ReadContext, { roles: RegExp | null; executives: RegExp | null }>();

/** A table's word ends, after a capitalized first part: `…sprecher`, `…chefin`. */
function suffixRegex(words: string[]): RegExp | null {
  const parts = [...new Set(words.filter((w) => !/[\s.-]/.test(w)).map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
  return parts.length ? new RegExp(`^(\\p{Lu}[\\p{L}]{${MIN_PART - 1},})(${parts.join('|')})$`, 'u') : null;
}

function suffixes(ctx: ReadContext) {
  let hit = suffixCache.get(ctx);
  if (!hit) {
    hit = { roles: suffixRegex(ctx.langs.flatMap((l) => l.data.closedRoles)), executives: suffixRegex(ctx.langs.flatMap((l) => l.data.closedExecutives)) };
    suffixCache.set(ctx, hit);
  }
  return hit;
}

/** The forms the first part may take: as printed, and without the linking `s` ("Regierungs" → "Regierung"). */
const forms = (part: string) => (part.endsWith('s') && part.length > MIN_PART + 1 ? [part, part.slice(0, -1)] : [part]);

/** The body the first part names, read in the sentence's context; with its verdict. */
function bodyOf(s: SentenceInput, ctx: ReadContext, index: NameIndex, part: string, t: Token): { span: NameSpan; v: Verdict } | null {
  for (const form of forms(part)) {
    const [word] = tokenize(form);
    if (!word) continue;
    if (ctx.genericOrgs.forward([word], 0) === 1) {
      const named = namedBefore(s, ctx, index, t.start, form);
      if (!named) return null;
      return { span: { ...named, start: t.start, end: t.end }, v: judge({ ...named, roleHint: true }, ctx, index, false) };
    }
    const span: NameSpan = { text: form, start: t.start, end: t.start + form.length, titled: false, outletHint: false, roleHint: true };
    const known = index.find(form);
    // "Bundesregierungssprecher": an organization word that is a name of its own.
    if (known || ctx.orgWords.forward([word], 0) === 1) {
      const v = judge(span, ctx, index, false);
      if (v.accept) return { span, v };
    }
  }
  return null;
}

/** Whether an executive's position speaks for this body: a firm or an organization, not a government. */
function firmOrOrganization(ctx: ReadContext, span: NameSpan, v: Verdict): boolean {
  if (v.known) return v.known.kind !== 'government' && v.known.kind !== 'international' && v.known.kind !== 'party';
  return ctx.companyWords.occursIn(tokenize(span.text));
}

/** Sources credited through a role or position glued into one word with the body's name, in a sentence that reports speech. */
export function closedCompoundFindings(s: SentenceInput, ctx: ReadContext, index: NameIndex): Finding[] {
  const { roles, executives } = suffixes(ctx);
  if (!roles && !executives) return [];
  const out: Finding[] = [];
  for (const t of tokenize(s.text, 0, 200)) {
    if (!t.word) continue;
    for (const [re, position] of [[roles, false], [executives, true]] as const) {
      const m = re?.exec(t.text);
      if (!m) continue;
      // A former holder speaks for no one ("der frühere Regierungssprecher").
      const behind = tokenizeTail(s.text.slice(Math.max(0, t.start - 30), t.start), 2);
      if (behind.length && ctx.formerWords.backward(behind, behind.length - 1) > 0) break;
      const found = bodyOf(s, ctx, index, m[1]!, t);
      if (!found || (position && !firmOrOrganization(ctx, found.span, found.v))) continue;
      const { span, v } = found;
      out.push({ role: 'source', name: span.text, evidence: clip(s.text, t.start), block: s.block, cue: `${ctx.langs[0]!.code}.compound`, cueText: m[2]!, kind: v.kind, known: v.known });
      break;
    }
  }
  return out;
}
