/**
 * Candidates for the scored layer (lib/detect/scorer.ts): in a sentence that holds a reporting frame (a cue
 * of the language's data: "according to", "said", "menurut", "cho biết", "laut", a speaker role), every
 * name-shaped span, paired with the nearest frame that points its way, and described by cheap facts: the
 * frame's kind, where the span stands from it, the name's shape, what the rules' judge says of it, what
 * surrounds it. The rules credit a name only with evidence they were written for; the scorer weighs the same
 * evidence and more, so names on sites the rules never saw can still be credited.
 *
 * Cased scripts only: in scripts without capitals a name has no shape of its own (the rules' caseless
 * readers handle those). Linear: one pass over the sentence's tokens, phrase tables looked up by word, and
 * the rules' name readers at each frame and at each capitalized run.
 */
import type { CompiledLang } from '../cues/compile';
import { placeIndex } from '../places/index';
import { stateNamed } from '../states/index';
import type { ReadContext } from './context';
import { readBackward, readForward, shrinkToKnown, type NameSpan } from './names';
import { judge, type KnownName, type NameIndex, type Verdict } from './org';
import { Phrases } from './phrases';
import { isAcronym, isCapitalized, isDomainLike, tokenize, type Token } from './tokens';
import { expandShort, type SentenceInput } from './verbs';

/** How a frame points at its name. */
export const FRAME_KINDS = ['before', 'told', 'inverted', 'after', 'act', 'around', 'topic', 'role'] as const;
export type FrameKind = (typeof FRAME_KINDS)[number];

export interface Frame {
  kind: FrameKind;
  /** Token indices of the cue words, inclusive. */
  from: number;
  to: number;
  /** The name follows the frame (+1), precedes it (-1), or either (0: a speaker role). */
  dir: 1 | -1 | 0;
  strong: boolean;
  tag: string;
  text: string;
}

/** The facts about one candidate the scorer turns into features (scorer.ts `featuresOf`). */
export interface CandidateFacts {
  kind: FrameKind;
  strong: boolean;
  /** Read by the rules' own reader at the frame (the name the cue points at). */
  slot: boolean;
  /** Words between the frame and the span. */
  distance: number;
  /** The span stands after the frame. */
  after: boolean;
  words: number;
  acronym: boolean;
  domain: boolean;
  /** The rules' judge: its reason, and whether it would accept the name here. */
  why: string;
  accept: boolean;
  /** The judge's reason when the registry is not asked: what the name's shape and surroundings say alone. */
  blindWhy: string;
  orgWord: boolean;
  companyWord: boolean;
  outletWord: boolean;
  affiliationWord: boolean;
  roleNear: boolean;
  /** A short form of a body the article named before ("Delta" after "Delta Air Lines"). */
  expanded: boolean;
  /** Opens the sentence, where a capital proves nothing. */
  initial: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
  /** Followed by ", 45," or a comma and a position: a person. */
  personAfter: boolean;
  /** Its last word was seen as a person's surname in the article. */
  surname: boolean;
  digits: boolean;
  /** The rules credited something in this sentence. */
  sentenceCredited: boolean;
  /** The sentence is in the first body blocks, where datelines stand. */
  firstBody: boolean;
  cased: boolean;
  syllables: boolean;
  capitalizedNouns: boolean;
}

export interface Candidate {
  name: string;
  start: number;
  end: number;
  block: number;
  sentence: string;
  frame: Frame;
  known?: KnownName;
  verdict: Verdict;
  facts: CandidateFacts;
  /** The tables in force, for putting the name in the nominative when it is credited. */
  ctx: ReadContext;
}

interface FrameTables {
  tables: [FrameKind, 1 | -1 | 0, Phrases][];
  strong: Phrases;
  tags: Map<string, string>;
}

const tableCache = new WeakMap<ReadContext, FrameTables>();

/** The source cues of the paragraph's languages, split by how they point at their name; built once per context. */
function framesTables(ctx: ReadContext): FrameTables {
  const hit = tableCache.get(ctx);
  if (hit) return hit;
  const words: Record<FrameKind, string[]> = { before: [], told: [], inverted: [], after: [], act: [], around: [], topic: [], role: [] };
  const strong: string[] = [];
  const tags = new Map<string, string>();
  for (const lang of ctx.langs as CompiledLang[]) {
    for (const c of lang.data.cues) {
      // Labels are lines, not sentences; "to"/"on" of an audience are everywhere.
      if (c.role !== 'source' || c.form === 'label' || c.audience) continue;
      const kind: FrameKind =
        c.form === 'before' ? (c.outletsOnly ? 'told' : c.afterQuote ? 'inverted' : 'before') : c.form === 'after' ? (c.objects.length || c.documentOnly ? 'act' : 'after') : c.form;
      words[kind].push(...c.words);
      if (c.strong) strong.push(...c.words);
      for (const w of c.words) if (!tags.has(`${kind}|${w.toLowerCase()}`)) tags.set(`${kind}|${w.toLowerCase()}`, `${lang.code}.${c.id}`);
    }
  }
  const dirs: Record<FrameKind, 1 | -1 | 0> = { before: 1, told: 1, inverted: 1, after: -1, act: -1, around: 1, topic: -1, role: 0 };
  const tables: FrameTables['tables'] = FRAME_KINDS.filter((k) => k !== 'role').map((k) => [k, dirs[k], new Phrases(words[k])]);
  tables.push(['role', 0, ctx.roleWords]);
  const built = { tables, strong: new Phrases(strong), tags };
  tableCache.set(ctx, built);
  return built;
}

const QUOTE_BEFORE = /[,"”'’»―—–-]$/u;

/** The reporting frames of a sentence, by its tokens. */
export function framesOf(ctx: ReadContext, tokens: readonly Token[], text: string): Frame[] {
  const { tables, strong, tags } = framesTables(ctx);
  const out: Frame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word) continue;
    for (const [kind, dir, table] of tables) {
      const n = table.forward(tokens, i);
      if (!n) continue;
      // "…," said X: only right after a quote or a comma; elsewhere the verb has its subject before it.
      if (kind === 'inverted' && !(i > 0 && QUOTE_BEFORE.test(tokens[i - 1]!.text))) continue;
      const cue = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
      const tag = kind === 'role' ? `${ctx.langs[0]!.code}.role` : tags.get(`${kind}|${cue.toLowerCase().replace(/\s+/g, ' ')}`) ?? `${ctx.langs[0]!.code}.role`;
      out.push({ kind, from: i, to: i + n - 1, dir, strong: strong.forward(tokens, i) === n, tag, text: cue });
    }
  }
  return out;
}

/** Index of the first token starting at or after `at`. */
function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const MAX_CANDIDATES = 12;
/** How many tokens from a frame a name is read: a clause's worth. */
const REACH = 12;
const AGE_OR_POSITION = /^\s*,\s*(?:\d{1,3}\s*[,)]|\(\d{1,3}\))/u;
const QUOTES = /["“”«»„]/gu;

/** The nearest frame pointing at a span, and the words between them. */
function nearestFrame(frames: readonly Frame[], tokens: readonly Token[], a: number, b: number): { frame: Frame; distance: number; after: boolean } | undefined {
  let best: { frame: Frame; distance: number; after: boolean } | undefined;
  for (const f of frames) {
    const after = a > f.to;
    const before = b < f.from;
    if (!after && !before) continue;
    if ((after && f.dir === -1) || (before && f.dir === 1)) continue;
    let distance = 0;
    const [x, y] = after ? [f.to + 1, a] : [b + 1, f.from];
    for (let k = x; k < y; k++) if (tokens[k]!.word) distance++;
    if (!best || distance < best.distance) best = { frame: f, distance, after };
  }
  return best;
}

interface Found {
  span: NameSpan;
  slot: Frame | undefined;
}

/**
 * Every name-shaped span of a sentence with a frame: first the names the rules' readers read at each frame
 * (the slot), then every other capitalized run, read by the same reader.
 */
function spansOf(ctx: ReadContext, index: NameIndex, text: string, tokens: readonly Token[], frames: readonly Frame[]): Found[] {
  const find = (t: string) => index.find(t);
  const out: Found[] = [];
  const taken = (s: NameSpan) => out.some((f) => s.start < f.span.end && f.span.start < s.end);
  const add = (span: NameSpan | null | undefined, slot: Frame | undefined) => {
    if (span && span.text && !taken(span) && out.length < MAX_CANDIDATES) out.push({ span, slot });
  };
  for (const f of frames) {
    if (f.dir >= 0) for (const s of readForward(ctx, text, tokens[f.to]!.end, { list: true, find })) add(shrinkToKnown(s, find, true), f);
    if (f.dir <= 0) {
      const s = readBackward(ctx, text, tokens[f.from]!.start, find);
      add(s && shrinkToKnown(s, find, true), f);
    }
  }
  // Only where a frame points, within reach: a name further away is the story's, not its source's (and
  // reading every capitalized run of a long sentence costs more than the rest of the layer).
  const reach = new Uint8Array(tokens.length);
  for (const f of frames) {
    if (f.dir >= 0) for (let k = f.to + 1; k <= Math.min(tokens.length - 1, f.to + REACH); k++) reach[k] = 1;
    if (f.dir <= 0) for (let k = Math.max(0, f.from - REACH); k < f.from; k++) reach[k] = 1;
  }
  for (const f of frames) for (let k = f.from; k <= f.to; k++) reach[k] = 0;
  for (let i = 0; i < tokens.length && out.length < MAX_CANDIDATES; i++) {
    const t = tokens[i]!;
    if (!reach[i] || !(isCapitalized(t) || isAcronym(t) || isDomainLike(t))) continue;
    if (out.some((f) => t.start >= f.span.start && t.start < f.span.end)) continue;
    const s = readForward(ctx, text, t.start, { find })[0];
    if (!s || s.end <= t.start) continue;
    add(shrinkToKnown(s, find, true), undefined);
    i = tokenAt(tokens, s.end) - 1;
  }
  return out;
}

const NO_REGISTRY: NameIndex = { find: () => undefined };

/** Rejections that say the span is no name at all: no candidate. */
const NO_NAME = new Set(['no words', 'function words', 'generic', 'no name']);

/**
 * The candidates of one sentence: each span, the frame pointing at it, and its facts (page-level facts, a
 * surname seen elsewhere, are filled in by the scorer when the article has been read).
 */
export function sentenceCandidates(s: SentenceInput, ctx: ReadContext, index: NameIndex, opts: { credited: boolean; firstBody: boolean }): Candidate[] {
  if (!ctx.cased) return [];
  const tokens = tokenize(s.text, 0, 200);
  const frames = framesOf(ctx, tokens, s.text);
  if (!frames.length) return [];
  const out: Candidate[] = [];
  for (const { span: read, slot } of spansOf(ctx, index, s.text, tokens, frames)) {
    const span = expandShort(s, ctx, index, read);
    const a = tokenAt(tokens, read.start);
    const b = Math.max(a, tokenAt(tokens, read.end) - 1);
    const near = slot ? { frame: slot, distance: 0, after: read.start >= tokens[slot.to]!.end } : nearestFrame(frames, tokens, a, b);
    if (!near) continue;
    const strong = near.frame.strong;
    const verdict = judge(span, ctx, index, strong);
    if (NO_NAME.has(verdict.why)) continue;
    const blind = verdict.known ? judge(span, ctx, NO_REGISTRY, strong) : verdict;
    const words = tokenize(span.text).filter((t) => t.word);
    if (!words.length) continue;
    const prev = tokens[a - 1];
    const titled = span.titled || (!!prev && ctx.personTitles.backward(tokens, a - 1) > 0);
    // People are never sources, whatever their office; states and places speak through the rules' own readers.
    if (titled || !!stateNamed(span.text) || !!placeIndex().exact(span.text)) continue;
    const quotesBefore = (s.text.slice(0, read.start).match(QUOTES) ?? []).length;
    out.push({
      name: span.text,
      start: read.start,
      end: read.end,
      block: s.block,
      sentence: s.text,
      frame: near.frame,
      known: verdict.known,
      verdict,
      ctx,
      facts: {
        kind: near.frame.kind,
        strong,
        slot: !!slot,
        distance: near.distance,
        after: near.after,
        words: words.length,
        acronym: words.length === 1 && isAcronym(words[0]!),
        domain: words.some(isDomainLike),
        why: verdict.why,
        accept: verdict.accept,
        blindWhy: blind.why,
        orgWord: ctx.orgWords.occursIn(words),
        companyWord: ctx.companyWords.occursIn(words),
        outletWord: span.outletHint || ctx.outletWords.occursIn(words) || (!!prev && ctx.outletWords.backward(tokens, a - 1) > 0),
        affiliationWord: ctx.affiliationWords.occursIn(words),
        roleNear: span.roleHint || (!!prev && ctx.roleWords.backward(tokens, a - 1) > 0) || ctx.roleWords.forward(tokens, b + 1) > 0,
        expanded: span.text !== read.text,
        initial: read.start === 0,
        quoted: quotesBefore % 2 === 1,
        personAfter: AGE_OR_POSITION.test(s.text.slice(read.end, read.end + 12)) || (s.text[read.end] === ',' && ctx.positionWordsTable.forward(tokens, b + 2) > 0),
        surname: false,
        digits: /\p{N}/u.test(span.text),
        sentenceCredited: opts.credited,
        firstBody: opts.firstBody,
        cased: ctx.cased,
        syllables: ctx.syllables,
        capitalizedNouns: ctx.capitalizedNouns,
      },
    });
  }
  return out;
}
