/**
 * An institution credited by its kind alone: "según ha explicado un portavoz de la organización", "the
 * ministry said", "teilte die Behörde mit". Alone such a phrase names no one; but the press writes it right
 * after naming the institution ("…la Organización Meteorológica Mundial. … un portavoz de la
 * organización"), and then it is that one: the nearest name before it that is headed by the same word.
 * Without such a name nearby it stays unnamed, as before.
 */
import { foldLetters } from '../fold';
import type { ReadContext } from './context';
import { clip, type Finding } from './finding';
import { readBackward, readForward, type NameSpan } from './names';
import { judge, type NameIndex } from './org';
import type { SentenceInput } from './verbs';
import { isCapitalized, tokenize, type Token } from './tokens';

/**
 * How far back the named institution may stand: a sentence or two. Further back the institution meant is
 * often one named by another word ("Whole Foods … The company said"), and the nearest name with the word
 * is someone else.
 */
export const ANTECEDENT_REACH = 400;


interface Mention {
  /** The generic words ("organización", "ministry"), as tokens. */
  head: Token[];
  /** Where the credit's wording starts, for the evidence window. */
  at: number;
  /** Named without an article ("police said"): only a name the kind heads with its capital points back. */
  bare?: boolean;
}

/** Does a definite "the X" stand at `i` (an article, then a generic word not heading a name of its own)? */
function definiteGeneric(ctx: ReadContext, tokens: readonly Token[], i: number): number {
  const article = tokens[i - 1];
  if (!article || !ctx.articles.has(article.text.toLowerCase())) return 0;
  const n = ctx.genericOrgs.forward(tokens, i);
  if (!n) return 0;
  const next = tokens[i + n];
  // "el ministerio de Salud", "die Polizei Köln": a name of its own, read elsewhere. (German capitalizes
  // "die Behörde" as every noun, so a capital alone doesn't make a name.)
  if (next && (isCapitalized(next) || (ctx.nameLinks.has(next.text) && isCapitalized(tokens[i + n + 1] ?? next)))) return 0;
  return n;
}

/**
 * "Police said the man …", "…, police said": a kind the language names without an article, opening the
 * sentence or in small letters, not after a name of its own ("Riverton police" is read as the local force).
 */
function bareKind(ctx: ReadContext, tokens: readonly Token[], i: number): number {
  const kinds = ctx.langs[0]!.data.barekinds;
  const t = tokens[i];
  if (!t || !kinds.includes(t.text.toLowerCase()) || (i > 0 && !/^\p{Ll}/u.test(t.text))) return 0;
  const prev = tokens[i - 1];
  if (prev && (isCapitalized(prev) || ctx.nameLinks.has(prev.text))) return 0;
  const next = tokens[i + 1];
  return next && (isCapitalized(next) || ctx.nameLinks.has(next.text)) ? 0 : 1;
}

/** Is the phrase at [a, b) where a credit's name stands: after a source cue or a speaker role, or before a verb? */
function credited(ctx: ReadContext, tokens: readonly Token[], a: number, b: number): boolean {
  let k = a - 2; // before the article
  if (k >= 0 && ctx.beforeCueWords.backward(tokens, k) > 0) return true;
  if (k >= 0 && ctx.nameLinks.has(tokens[k]!.text)) k--;
  if (k >= 0 && ctx.roleWords.backward(tokens, k) > 0) return true;
  return statedBy(ctx, tokens, b);
}

/** Does a reporting verb follow at `b` (auxiliaries between)? */
function statedBy(ctx: ReadContext, tokens: readonly Token[], b: number): boolean {
  let j = b;
  for (let guard = 0; guard < 3; guard++) {
    const aux = ctx.auxiliaries.forward(tokens, j);
    if (!aux) break;
    j += aux;
  }
  return ctx.afterCueWords.forward(tokens, j) > 0;
}

// How far after a speaker role its verb may stand: the spokesperson's name and a clause between them.
const ROLE_TO_VERB = 8;

/**
 * "A company spokesperson said", "a ministry spokesman told reporters", "the campaign's spokeswoman said": a
 * kind of body in small letters right before a speaker role, with a reporting verb after it, stands for the
 * body of that kind named before, as "the company said" does. Any article (or none) may open it.
 */
function kindBeforeRole(ctx: ReadContext, tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (!/^\p{Ll}/u.test(t.text) || ctx.nameLinks.has(tokens[i - 1]?.text ?? '')) return 0;
  // "a Harris campaign spokesman": a name before the kind is the body's own, read by the role elsewhere.
  const prev = tokens[i - 1];
  if (prev && isCapitalized(prev) && !ctx.fillers.has(prev.text.toLowerCase())) return 0;
  const n = ctx.genericOrgs.forward(tokens, i);
  if (!n) return 0;
  const possessive = tokens[i + n]?.text === "'s" || tokens[i + n]?.text === '’s' ? 1 : 0;
  const role = ctx.roleWords.forward(tokens, i + n + possessive);
  if (!role) return 0;
  const from = i + n + possessive + role;
  for (let j = from; j < tokens.length && j <= from + ROLE_TO_VERB; j++) if (ctx.afterCueWords.forward(tokens, j) > 0) return n;
  return 0;
}

/** The definite generic phrases in a sentence that stand where a credit's name would. */
function mentions(ctx: ReadContext, text: string): Mention[] {
  const tokens = tokenize(text, 0, 120);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Both shapes open on a generic word ("organización", "ministry"): most tokens are none, asked once.
    if (!ctx.genericOrgs.forward(tokens, i)) continue;
    const n = i > 0 ? definiteGeneric(ctx, tokens, i) : 0;
    const bare = n ? 0 : bareKind(ctx, tokens, i);
    if (n && credited(ctx, tokens, i, i + n)) out.push({ head: tokens.slice(i, i + n), at: tokens[i - 1]!.start });
    // With no article, only as the subject of a statement ("police said"): "he told police" is an audience.
    else if (bare && statedBy(ctx, tokens, i + bare)) out.push({ head: tokens.slice(i, i + bare), at: tokens[i]!.start, bare: true });
    else {
      const k = kindBeforeRole(ctx, tokens, i);
      if (k) out.push({ head: tokens.slice(i, i + k), at: tokens[Math.max(0, i - 1)]!.start });
    }
  }
  return out;
}

const headCache = new WeakMap<ReadContext, Map<string, string[]>>();

/** The language's `kindHeads` ("agency>Administration"), folded: a kind → the words its bodies are named by. */
function kindHeads(ctx: ReadContext): Map<string, string[]> {
  let map = headCache.get(ctx);
  if (!map) {
    map = new Map();
    for (const pair of ctx.langs[0]!.data.kindHeads) {
      const [kind, word] = pair.split('>').map((w) => foldLetters(w));
      if (kind && word) map.set(kind, [...(map.get(kind) ?? []), word]);
    }
    headCache.set(ctx, map);
  }
  return map;
}

/**
 * Does the word at `k` spell the head ("Organización" for "organización", "Wissenschaftsbehörde" for
 * "Behörde", "ministère" in "le ministère de l'Intérieur")?
 */
function headsAt(ctx: ReadContext, tokens: readonly Token[], k: number, head: Token[]): boolean {
  if (!tokens[k]!.word) return false;
  const last = head.length - 1;
  if (head.length === 1) {
    const word = foldLetters(tokens[k]!.text);
    const want = foldLetters(head[0]!.text);
    // German writes the kind into a compound: "die Wissenschaftsbehörde" is "die Behörde".
    const ends = (w: string) => word === w || (w.length >= 5 && word.endsWith(w));
    // …and names it in the genitive after its first mention: "des Ministeriums" is the "Innenministerium".
    if (ends(want) || (ctx.capitalizedNouns && want.length >= 6 && want.endsWith('s') && ends(want.slice(0, -1)))) return true;
    // "the agency" for the Federal Aviation Administration, "die Behörde" for the Kraftfahrt-Bundesamt: a word the
    // kind's bodies are named by, capitalized as in a name (a compound's end where nouns are capitalized).
    const other = (w: string) => word === w || (ctx.capitalizedNouns && word.endsWith(w) && word.length > w.length + 2);
    return isCapitalized(tokens[k]!) && (kindHeads(ctx).get(want) ?? []).some(other);
  }
  return head.every((h, m) => foldLetters(tokens[k - last + m]?.text ?? '') === foldLetters(h.text));
}

/** The nearest names with the head word worth reading; the rest are further back than any reader looks. */
const MAX_TRIED = 3;
const nameish = (ctx: ReadContext, t: Token | undefined) => !!t && t.word && (isCapitalized(t) || ctx.nameLinks.has(t.text));

/** The nearest institution before `before`'s end whose name the head word belongs to. */
function antecedent(ctx: ReadContext, index: NameIndex, before: string, head: Token[], bare = false): NameSpan | null {
  const text = before.slice(-ANTECEDENT_REACH);
  const tokens = tokenize(text, 0, 400);
  const find = (t: string) => index.find(t);
  let tried = 0;
  for (let k = tokens.length - 1; k >= 0 && tried < MAX_TRIED; k--) {
    // "a dispatcher on Broadcastify police scanner": a bare kind's body prints it as its name's word.
    if (!headsAt(ctx, tokens, k, head) || (bare && !isCapitalized(tokens[k]!))) continue;
    const t = tokens[k]!;
    const from = tokens[k - head.length + 1]!;
    // The kind word alone again ("die Polizei … die Polizei"): no name to read around it.
    if (foldLetters(t.text) === foldLetters(head[head.length - 1]!.text) && !nameish(ctx, tokens[k - head.length]) && !nameish(ctx, tokens[k + 1])) continue;
    tried++;
    const back = readBackward(ctx, text, t.end, find);
    // A head inside the name ("Brookhaven Police Department"): read on from where the name starts.
    const whole = back && back.start < from.start ? readForward(ctx, text, back.start, { find })[0] : undefined;
    const spans = [readForward(ctx, text, from.start, { find })[0], back, whole].filter(
      (s): s is NameSpan => !!s && s.start <= from.start && s.end >= t.end,
    );
    const best = spans.sort((x, y) => y.text.length - x.text.length)[0];
    // The kind word in the name says what it is, as a speaker role does ("la Organización…").
    if (best && judge({ ...best, roleHint: true }, ctx, index, false).accept) return best;
  }
  return null;
}

/**
 * "Whole Foods Market Inc … The company also said": a kind of firm points at the company named nearest
 * before, whatever its name says (ArticleBodies remembers which names are companies').
 */
function nearestCompany(ctx: ReadContext, s: SentenceInput, head: Token[]): NameSpan | null {
  if (!s.bodies || ctx.companyWords.forward(head, 0) !== head.length) return null;
  const full = s.bodies.nearestCompany();
  return full ? { text: full, start: 0, end: 0, titled: false, outletHint: false, roleHint: true } : null;
}

/**
 * The institution a kind word (one token: "Regierung", "Konzern") points at from `at` in the sentence: the
 * nearest name before it headed by that word, or for a kind of firm the company named nearest before.
 */
export function namedBefore(s: SentenceInput, ctx: ReadContext, index: NameIndex, at: number, kind: string): NameSpan | null {
  const head = tokenize(kind).filter((t) => t.word);
  if (!head.length) return null;
  return antecedent(ctx, index, `${s.before ?? ''}\n${s.text.slice(0, at)}`, head) ?? nearestCompany(ctx, s, head);
}

/** Sources credited by their kind alone, resolved to the institution named just before. */
export function antecedentFindings(s: SentenceInput, ctx: ReadContext, index: NameIndex): Finding[] {
  if (!ctx.cased || !s.before) return [];
  const out: Finding[] = [];
  for (const m of mentions(ctx, s.text)) {
    const name = antecedent(ctx, index, `${s.before}\n${s.text.slice(0, m.at)}`, m.head, m.bare) ?? nearestCompany(ctx, s, m.head);
    if (!name) continue;
    const v = judge({ ...name, roleHint: true }, ctx, index, false);
    out.push({
      role: 'source',
      name: name.text,
      evidence: clip(s.text, m.at),
      block: s.block,
      cue: `${ctx.langs[0]!.code}.antecedent`,
      cueText: m.head.map((t) => t.text).join(' '),
      kind: v.kind,
      known: v.known,
    });
  }
  return out;
}
