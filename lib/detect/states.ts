/**
 * States speaking: "Russia said", "Iran accused", "Bắc Kinh tuyên bố", "Moskow menyatakan", "erklärte
 * Russland" credit the state's government. Only a verb of saying or taking a position counts
 * (lib/states/speech.ts); a state that acts ("Russia invaded") or a dateline credits no one. The name read
 * beside the verb must be the state's name as a whole: "China Southern said" is an airline.
 */
import { probedRegexes } from '../cues/compile';
import type { Script } from '../cues/schema';
import { speechOf, stateListed, stateNamed, statePeople } from '../states/index';
import type { State } from '../states/schema';
import type { ReadContext } from './context';
import { clip, type Finding } from './finding';
import { readBackward, readForward, type NameSpan } from './names';
import { readBackwardCaseless } from './caseless';
import { tokenize, tokenizeTail } from './tokens';
import type { NameIndex } from './org';
import { readBeforeClause, type SentenceInput } from './verbs';

interface Compiled {
  after?: RegExp;
  inverted?: RegExp;
  before?: RegExp;
}

const compiled = new Map<string, Compiled>();

function regexes(code: string, script: Script): Compiled {
  let c = compiled.get(code);
  if (c) return c;
  const speech = speechOf(code);
  const lists = { after: speech?.after ?? [], inverted: speech?.inverted ?? [], before: speech?.before ?? [] };
  // One probe for the three: most sentences hold none of their words.
  const [after, inverted, before] = probedRegexes([lists.after, lists.inverted, lists.before], script);
  c = { after: lists.after.length ? after : undefined, inverted: lists.inverted.length ? inverted : undefined, before: lists.before.length ? before : undefined };
  compiled.set(code, c);
  return c;
}

/** The state's government, credited by the sentence. */
function stateFinding(s: SentenceInput, ctx: ReadContext, index: NameIndex, state: State, span: NameSpan, cueText: string): Finding {
  const known = index.find(state.government) ?? index.find(span.text);
  return { role: 'source', name: state.government, evidence: clip(s.text, span.start), block: s.block, cue: `${ctx.langs[0]!.code}.state`, cueText, kind: 'government', known };
}

// A comma, a quote or a dash just before an inverted verb ("…, affirme Séoul", "«…», dijo Moscú").
const QUOTE_BEFORE = /[,"”'’»―—–-]\s*$/u;

// Where a name after a cue must end to be the state alone: "menurut Rusia," — not "theo Mỹ trừng phạt".
const CLAUSE_END = /^\s*(?:[,.;:!?)"”»]|$)/u;

/** States a name or a list stands for; `full`: one of them is named by more than a `listNames` word. */
interface Named {
  states: State[];
  full: boolean;
}

/**
 * The state a name is, or the states a list read as one name is ("Anh và Pháp", "France and Germany"). An item
 * may be a state's `listNames` word ("Anh"), which alone is no state: the caller wants one `full` item.
 */
function statesIn(ctx: ReadContext, name: string): Named {
  const whole = stateNamed(name);
  if (whole) return { states: [whole], full: true };
  const tokens = tokenize(name);
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const n = ctx.listJoiners.forward(tokens, i);
    if (!n) continue;
    parts.push(name.slice(from, tokens[i]!.start - tokens[0]!.start));
    from = tokens[i + n - 1]!.end - tokens[0]!.start;
    i += n - 1;
  }
  parts.push(name.slice(from));
  const states = parts.map((p) => stateListed(p.trim()));
  const full = parts.some((p) => !!stateNamed(p.trim()));
  return states.every((x): x is State => !!x) ? { states, full } : { states: [], full: false };
}

/**
 * A name that is a list of states ("Pháp và Tây Ban Nha", where "Ban" reads as an organization word): the
 * states speak, each credited by stateFindings; the list itself is no body.
 */
export function listOfStates(ctx: ReadContext, name: string): boolean {
  return ctx.cased && statesIn(ctx, name).states.length > 1;
}

/** A state named after an outlet word ("Theo báo Mỹ", "tờ báo Hàn Quốc đưa tin"): the country's press, no one. */
export function statePress(f: Finding): boolean {
  return f.role === 'source' && f.kind === 'outlet' && !f.known && !!stateNamed(f.name);
}

// "Các Tiểu vương quốc Ả Rập Thống nhất (UAE)": a list item closed by its short form in brackets.
const BRACKETED = /\(\s*([^()\s][^()]{0,10}?)\s*\)\s*$/u;
/** Words an item known by its bracketed short form may have before the bracket. */
const BRACKETED_ITEM_WORDS = 8;

/**
 * A list item ending at `to` whose short form in brackets is a state: the state, and the item from the comma or
 * joiner before it (or the sentence's start). Its long name need not be read: the short form says which state.
 */
function bracketedItem(ctx: ReadContext, text: string, to: number): { state: State; span: NameSpan } | undefined {
  const base = Math.max(0, to - 160);
  const head = text.slice(base, to);
  const m = BRACKETED.exec(head);
  const state = m ? stateNamed(m[1]!) : undefined;
  if (!m || !state) return undefined;
  const tokens = tokenizeTail(head.slice(0, m.index), BRACKETED_ITEM_WORDS + 2);
  let k = tokens.length - 1;
  while (k >= 0 && tokens[k]!.word && !ctx.listJoiners.has(tokens[k]!.text)) k--;
  // The item runs back to a comma or a joiner, or to the sentence's start within its few words.
  if (k < 0 ? base > 0 || tokens.length > BRACKETED_ITEM_WORDS : tokens[k]!.text !== ',' && !ctx.listJoiners.has(tokens[k]!.text)) return undefined;
  const first = tokens[k + 1];
  if (!first || !/^\p{Lu}/u.test(first.text)) return undefined;
  const start = base + first.start;
  return { state, span: { text: text.slice(start, to).trim(), start, end: to, titled: false, outletHint: false, roleHint: false } };
}

interface Listed {
  state: State;
  item: NameSpan;
  full: boolean;
}

/**
 * The states listed before one that speaks, which speak with it: "Mỹ, Anh và Pháp cho biết", "Arab Saudi,
 * UAE, dan Mesir menyatakan". Only a list of states: any other item ends it.
 */
function listedBefore(ctx: ReadContext, index: NameIndex, text: string, start: number): Listed[] {
  const out: Listed[] = [];
  let at = start;
  for (let guard = 0; guard < 8; guard++) {
    const base = Math.max(0, at - 40);
    const head = text.slice(base, at);
    const tokens = tokenizeTail(head, 2);
    const last = tokens[tokens.length - 1];
    if (!last) break;
    const joiner = ctx.listJoiners.has(last.text) ? last : undefined;
    if (!joiner && !/,\s*$/u.test(head)) break;
    // The item ends before the joiner, and before a comma there too ("Jepang, Korea Selatan, dan Australia").
    const cut = joiner ? base + joiner.start : at;
    const to = cut - (/\s*,?\s*$/u.exec(text.slice(Math.max(0, cut - 8), cut))?.[0].length ?? 0);
    const item = readBackward(ctx, text, to, (t) => index.find(t));
    const named = item && !item.titled ? statesIn(ctx, item.text) : { states: [], full: false };
    if (item && named.states.length) {
      for (const state of named.states) out.push({ state, item, full: named.full });
      at = item.start;
      continue;
    }
    const bracketed = bracketedItem(ctx, text, to);
    if (!bracketed) break;
    out.push({ state: bracketed.state, item: bracketed.span, full: true });
    at = bracketed.span.start;
  }
  return out;
}

// The last word may be elided onto the name ("dell'Italia", "d'Israël"): its apostrophe is no part of it.
const LAST_WORDS = /(?:([\p{L}\p{M}]+)\s+)?([\p{L}\p{M}]+)['’]?\s*$/u;

/**
 * Does a word before the name make it a place or a nationality ("a man from Iran", "người Hàn Quốc")?
 * Not after a speaker role: "officials in Moscow said", "pejabat di Tel Aviv mengatakan" speak for it.
 */
function attributed(ctx: ReadContext, text: string, start: number, verb: string): boolean {
  const m = LAST_WORDS.exec(text.slice(Math.max(0, start - 60), start));
  const word = m?.[2];
  if (!word) return false;
  // "Aus Moskau hieß es": before a verb with no subject of its own, the place is where the statement came from.
  if (ctx.langs.some((l) => speechOf(l.code)?.impersonal.includes(verb.toLowerCase()))) return false;
  const attribute = ctx.langs.some((l) => speechOf(l.code)?.attributes.some((a) => a === word || a === word.toLowerCase()));
  return attribute && !(m[1] && ctx.roleWords.has(m[1]));
}

/** Does the stretch between a people's adjective and the verb open with a role that speaks for a state? */
function byRole(ctx: ReadContext, gap: string): boolean {
  const g = gap.trim().toLowerCase();
  return ctx.langs.some((l) => speechOf(l.code)?.roles.some((r) => g === r || g.startsWith(`${r} `)));
}

/** Where the auxiliaries before a verb start ("…, has pledged"): the verb's own start when there are none. */
function pastAuxiliaries(ctx: ReadContext, text: string, at: number): number {
  const from = Math.max(0, at - 60);
  const tokens = tokenizeTail(text.slice(from, at), 6);
  let i = tokens.length - 1;
  for (let n = i >= 0 ? ctx.auxiliaries.backward(tokens, i) : 0; n > 0; n = i >= 0 ? ctx.auxiliaries.backward(tokens, i) : 0) i -= n;
  return i === tokens.length - 1 ? at : from + tokens[i + 1]!.start;
}

/** The states a sentence credits with a statement or a position. */
export function stateFindings(s: SentenceInput, ctx: ReadContext, index: NameIndex): Finding[] {
  if (!ctx.cased) return caselessStates(s, ctx, index);
  const out: Finding[] = [];
  const find = (t: string) => index.find(t);
  for (const lang of new Set(ctx.langs)) {
    const re = regexes(lang.code, lang.script);
    if (re.after) {
      re.after.lastIndex = 0;
      for (let m = re.after.exec(s.text); m; m = re.after.exec(s.text)) {
        // "Israel, which controls the crossings, has pledged": a clause set off by commas between the state and its verb.
        const span = readBackward(ctx, s.text, m.index, find) ?? readBeforeClause(ctx, index, s.text, pastAuxiliaries(ctx, s.text, m.index));
        // "Báo chí Mỹ đưa tin", "Theo báo Mỹ": a state's press, not its government.
        if (!span || span.titled || span.outletHint || attributed(ctx, s.text, span.start, m[0]) || s.bodies?.closes(span.text)) continue;
        const people = span.roleHint && byRole(ctx, s.text.slice(span.end, m.index)) ? statePeople(span.text) : undefined;
        const own = people ? { states: [people], full: true } : statesIn(ctx, span.text);
        if (!own.states.length) continue;
        const listed = listedBefore(ctx, index, s.text, span.start);
        // "Tourists from Spain, France and Italy said": the word before the list's first item places them all.
        const head = listed.reduce((at, l) => Math.min(at, l.item.start), span.start);
        if (head < span.start && attributed(ctx, s.text, head, m[0])) continue;
        // "Anh cho biết" is "he said": a state's name that is also a word speaks only in a list with another state.
        if (!own.full && !listed.some((l) => l.full)) continue;
        for (const state of own.states) out.push(stateFinding(s, ctx, index, state, span, m[0]));
        for (const { state, item } of listed) out.push(stateFinding(s, ctx, index, state, item, m[0]));
      }
    }
    const afterQuote = speechOf(lang.code)?.invertedAfterQuote;
    for (const forward of [re.inverted, re.before]) {
      if (!forward) continue;
      forward.lastIndex = 0;
      for (let m = forward.exec(s.text); m; m = forward.exec(s.text)) {
        if (forward === re.inverted && afterQuote && !QUOTE_BEFORE.test(s.text.slice(Math.max(0, m.index - 3), m.index))) continue;
        const span = readForward(ctx, s.text, m.index + m[0].length, { find })[0];
        const state = span && !span.titled && !span.outletHint && CLAUSE_END.test(s.text.slice(span.end, span.end + 3)) ? stateNamed(span.text) : undefined;
        if (span && state) out.push(stateFinding(s, ctx, index, state, span, m[0]));
      }
    }
  }
  return out;
}

/** The same in scripts without capitals: the stretch before the verb ("北京警告"), or the words after it ("اتهمت إيران"). */
function caselessStates(s: SentenceInput, ctx: ReadContext, index: NameIndex): Finding[] {
  const out: Finding[] = [];
  const lang = ctx.langs[0]!;
  const re = regexes(lang.code, lang.script);
  const push = (state: State | undefined, start: number, cueText: string) => {
    if (state) out.push(stateFinding(s, ctx, index, state, { text: state.government, start, end: start, titled: false, outletHint: false, roleHint: false }, cueText));
  };
  if (re.after) {
    re.after.lastIndex = 0;
    for (let m = re.after.exec(s.text); m; m = re.after.exec(s.text)) {
      const n = readBackwardCaseless(ctx, index, s.text, m.index);
      push(n ? stateNamed(n.text) : undefined, n?.start ?? 0, m[0]);
    }
  }
  if (re.inverted) {
    re.inverted.lastIndex = 0;
    for (let m = re.inverted.exec(s.text); m; m = re.inverted.exec(s.text)) {
      // The subject after a verb-first clause: its first words, up to three.
      const words = s.text.slice(m.index + m[0].length, m.index + m[0].length + 80).trim().split(/[\s,.،:;]+/u);
      let state: State | undefined;
      for (let k = Math.min(3, words.length); k >= 1 && !state; k--) state = stateNamed(words.slice(0, k).join(' '));
      push(state, m.index, m[0]);
    }
  }
  return out;
}

/**
 * A state's government credited by another cue under a name of its own ("Pemerintah Indonesia mengatakan",
 * "Chính phủ Nhật Bản cho biết") is named as every other credit of it is ("Indonesian government").
 */
export function asStateGovernment(f: Finding, index: NameIndex): Finding {
  if (f.role !== 'source') return f;
  const state = stateNamed(f.name);
  if (!state) return f;
  return { ...f, name: state.government, kind: 'government', known: index.find(state.government) ?? f.known };
}
