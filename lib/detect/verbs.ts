/**
 * Cue-and-name attribution in a sentence: `Menurut X`, `according to X`, `X mengatakan`, `X reported`,
 * `"…," said X`, and the speaker roles that credit an organization through a person
 * (`a spokesman for X`, `juru bicara X`, `SpaceX spokesman …`).
 */
import type { CompiledCue, CompiledLang } from '../cues/compile';
import type { ReadContext } from './context';
import { clip, sourceFinding as finding, type Finding } from './finding';
import { cutHolder } from './holder';
import { cutGenitiveHolder } from './genitive-holder';
import { readBackward, readForward, shrinkToKnown, type NameSpan } from './names';
import { subjectList } from './subject-list';
import { quotedTitle, wordInPhrase } from './word-name';
import { countryEdition, firmOfExecutive, readAroundCaseless, readBackwardCaseless, readBehindHolder, readForwardCaseless, readTopic, type CaselessName, listItems } from './caseless';
import type { ArticleBodies } from './bodies';
import { affiliated } from './affiliated';
import { heardBy } from './audience';
import { closedCompoundFindings } from './closed-compound';
import { compoundFindings } from './compound';
import { frameFindings } from './frame';
import { gluedDocumentFindings } from './glued-document';
import { loneBody } from './lone-name';
import { possessiveOutlet, reporterOutlet } from './reporter';
import { judge, kindOf, type NameIndex, type Verdict } from './org';
import { Phrases } from './phrases';
import { placeIndex } from '../places/index';
import { isCapitalized, tokenize, tokenizeTail } from './tokens';
import { officerFindings } from './firm-officer';
import { firmHeadFindings } from './firm-head';
import { stateNamed } from '../states/index';

export interface SentenceInput {
  text: string;
  block: number;
  /** The sentence is (part of) a caption: photo credits are read only there. */
  caption?: boolean;
  /** The article's text just before the sentence, where an institution it names by kind alone was named. */
  before?: string;
  /** The bodies the article named before this sentence, for their short forms ("Delta" for "Delta Air Lines"). */
  bodies?: ArticleBodies;
}

/** A one-word name that is the short form of a body named before stands for its full name. */
export function expandShort<T extends NameSpan>(s: SentenceInput, ctx: ReadContext, index: NameIndex, span: T): T {
  if (!s.bodies || index.find(span.text)) return span;
  const full = s.bodies.expand(ctx, span.text);
  // Remembered as a body, the full name needs no more evidence of being one.
  return full && full !== span.text ? { ...span, text: full, roleHint: true } : span;
}

const URL_START = /^[\s:：]*(?:https?:\/\/|www\.)/i;
const MOVE = /^\s*[+-]?\d[\d.,]*\s*(?:%|percent|per cent|pct|points?|basis points)/iu;
const INSIDE_NAME = /^\p{Lu}/u;
const AFTER_QUOTE = /[,"”'’»―—–-]\s*$/u;

// ", which regulates campaign finances," before the verb: a clause set off by commas, opened by a function word.
const CLAUSE_REACH = 160;

/** "general de Divisão do Exército Heber Garcia Portella": a person's name after the body's, who is the subject. */
function personTail(ctx: ReadContext, name: string): boolean {
  const words = tokenize(name).filter((t) => t.word);
  let last = -1;
  for (let k = 0; k < words.length; k++) if (ctx.orgWords.forward(words, k)) last = k + ctx.orgWords.forward(words, k) - 1;
  return last >= 0 && words.length - 1 - last >= 2;
}

/**
 * The subject before a clause set off by commas: "The Electoral Commission, which regulates campaign finances,
 * issued a statement", "Full Fact, a London-based charity, said". Only a clause a function word opens (a
 * relative pronoun, an article), so a list or a place ("in Moscow, officials said") is not stepped over.
 */
export function readBeforeClause(ctx: ReadContext, index: NameIndex, text: string, at: number): NameSpan | null {
  const before = text.slice(Math.max(0, at - CLAUSE_REACH), at);
  // A quotation closing before the comma ("…", adds the reporter) is the speaker's words, not a clause.
  if (!/,\s*$/u.test(before) || /["”»’]\s*,\s*$/u.test(before)) return null;
  const open = before.lastIndexOf(',', before.replace(/,\s*$/u, '').length - 1);
  if (open < 0) return null;
  const opening = tokenize(before.slice(open + 1), 0, 2);
  const first = opening[0];
  if (!first || !/^\p{Ll}/u.test(first.text) || !(ctx.stopwords.has(first.text) || ctx.fillers.has(first.text))) return null;
  // A clause opening on an auxiliary is the sentence's own verb, its subject after it: "Vertreter der Staaten,
  // darunter Österreich, haben sie gewählt, teilte die Organisation mit" is no "Österreich, …, teilte".
  if (ctx.auxiliaries.forward(opening, 0) > 0) return null;
  const to = at - before.length + open;
  const span = readBackward(ctx, text, to, (t) => index.find(t));
  // The name must end where the clause opens, as a subject does ("…, which…,").
  if (!span || span.end !== to || personTail(ctx, span.text)) return null;
  // "X, an analyst at Stratfor, the Texas-based firm, told": a name after a workplace's link word is the object
  // of the appositive before it, and the subject is that person.
  const behind = tokenizeTail(text.slice(Math.max(0, span.start - 40), span.start), 3);
  let b = behind.length - 1;
  while (b >= 0 && ctx.articles.has(behind[b]!.text.toLowerCase())) b--;
  if (b >= 0 && ctx.affiliationLinks.backward(behind, b) > 0) return null;
  // "… at the Max Planck Institute in Munich, Germany, and co-author …, said": a city's country, no subject.
  if (b >= 1 && behind[b]!.text === ',' && placeIndex().exact(behind[b - 1]!.text) && (stateNamed(span.text) || placeIndex().exact(span.text))) return null;
  // ", a London-based charity,": an appositive closed by a kind of body says the name is one.
  const clause = tokenize(before.slice(open + 1).replace(/,\s*$/u, ''), 0, 40);
  // ", an expert at …", ", the director,": a person's kind or position; the name is a person's.
  if (clause.some((_, k) => ctx.personTitles.forward(clause, k) || ctx.positionWordsTable.forward(clause, k) || ctx.roleWords.forward(clause, k))) return null;
  const last = clause.length - 1;
  const kind = ctx.fillers.has(first.text) && last > 0 && (ctx.genericOrgs.backward(clause, last) || ctx.outletWords.backward(clause, last) || ctx.fillers.backward(clause, last));
  return kind ? { ...span, roleHint: true } : span;
}

/** Keeps list items that are organizations, and their list-mates when two or more items are. */
function acceptList(s: SentenceInput, ctx: ReadContext, index: NameIndex, names: NameSpan[], strong: boolean) {
  const verdicts = names.map((n) => expandShort(s, ctx, index, shrinkToKnown(n, (t) => index.find(t)))).map((n) => ({ span: n, v: judge(n, ctx, index, strong) }));
  const orgs = verdicts.filter((x) => x.v.orgLike).length;
  return verdicts.filter(({ span, v }) => v.accept || (orgs >= 2 && !span.titled && !v.why.startsWith('function')));
}


/** Hiragana but の right after a photo word: the word is a verb's or a noun's in a sentence. */
const RUNS_ON = /^[\u3041-\u306d\u306f-\u3093]/u;

function caselessFinding(s: SentenceInput, c: CompiledCue, cueText: string, n: CaselessName, role: Finding['role'] = 'source'): Finding {
  const kind = n.known ? kindOf(n.known) : n.why === 'outlet word' || n.why === 'quoted' ? 'outlet' : n.why ? 'organization' : 'unknown';
  return { role, name: n.text, evidence: clip(s.text, n.start), block: s.block, cue: c.tag, cueText, kind, known: n.known };
}

/** The same cues in a script without capitals: the stretch beside the cue, judged by caseless.ts. */
function caselessFindings(s: SentenceInput, lang: CompiledLang, ctx: ReadContext, index: NameIndex): Finding[] {
  const out: Finding[] = [];
  for (const c of lang.cues) {
    if (c.cue.form === 'label') continue;
    c.regex.lastIndex = 0;
    for (let m = c.regex.exec(s.text); m; m = c.regex.exec(s.text)) {
      const end = m.index + m[0].length;
      let n: CaselessName | null = null;
      if (c.cue.form === 'before') n = readForwardCaseless(ctx, index, s.text, end);
      else if (c.cue.form === 'after') {
        n = readBackwardCaseless(ctx, index, s.text, m.index);
        // "ホワイトハウスのレビット報道官": the holder's name stands between the body and the role.
        // "华为公司董事长梁华表示": an executive speaks for a firm, never a state body or a party.
        if (n && !titledDocument(c, s.text, end)) n = null;
        if (n && c.cue.firmsOnly) n = firmOfExecutive(ctx, index, s.text, n, end, c);
        else if (n && !n.why && c.cue.holderBetween) n = readBehindHolder(ctx, index, s.text, n) ?? n;
      } else if (c.cue.form === 'topic') n = announcedWhat(c, s.text, m.index) ? readTopic(ctx, index, s.text) : null;
      else if (c.cue.form === 'around') n = readAroundCaseless(ctx, index, s.text, m.index, end, c);
      if (!n) continue;
      n = countryEdition(index, s.text, n);
      // A credit may list several names (共同通信とNHKの世論調査, 国家统计局和海关总署的数据): each is read as one.
      const items = c.cue.role === 'source' ? listItems(ctx, index, s.text, n) : [n];
      for (const item of items) out.push(...caselessItem(s, c, m[0], item, end, ctx, index));
      if (c.cue.form === 'topic') break;
    }
  }
  return out;
}

/** How long a document's title may run after the cue that opens it. */
const TITLE_REACH = 60;

/**
 * A cue that opens a quoted title (发布的《) credits only when the title names a document (`titleEnds`: …报告,
 * …公报), not a game's or a film's name; cues without the list always do.
 */
function titledDocument(c: CompiledCue, text: string, end: number): boolean {
  if (!c.cue.titleEnds.length) return true;
  const after = text.slice(end, end + TITLE_REACH);
  const close = after.search(/[》」』]/u);
  return close > 0 && c.cue.titleEnds.some((w) => after.slice(0, close).endsWith(w));
}

// A quoted title's closing brackets and a note in brackets at its end: 「…臨時情報（巨大地震注意）」.
const TITLE_CLOSE = /(?:[（(][^（）()]{0,30}[）)])?[」』]?$/u;

/** A topic cue with `objects` counts only after one of them: what was announced (ja …推計を発表). */
function announcedWhat(c: CompiledCue, text: string, at: number): boolean {
  if (!c.cue.objects.length) return true;
  let before = text.slice(Math.max(0, at - 60), at).trimEnd();
  if (c.cue.objectMarks.length) {
    // "…결과를 발표했다": the particle marks what was announced; "…했다고 발표했다" has none and states.
    const mark = c.cue.objectMarks.find((p) => before.endsWith(p));
    if (!mark) return true;
    before = before.slice(0, -mark.length);
  }
  const head = before.replace(/[」』]$/u, '').replace(TITLE_CLOSE, '');
  return c.cue.objects.some((o) => head.endsWith(o) || before.endsWith(o));
}

/** What one name read beside a caseless cue credits. */
function caselessItem(s: SentenceInput, c: CompiledCue, cueText: string, n: CaselessName, end: number, ctx: ReadContext, index: NameIndex): Finding[] {
  // A state named as the speaker ("俄方表示", "ロシアは…発表した", "اتهمت إيران") is its government.
  const state = c.cue.role === 'source' ? stateNamed(n.text) : undefined;
  if (state) return [{ ...caselessFinding(s, c, cueText, n), name: state.government, kind: 'government', known: index.find(state.government) }];
  if (c.cue.role === 'photo') {
    // "端末千台提供へ", "撮影した": the word runs on into a verb's ending (の aside: 防衛省提供の映像), no credit.
    if (RUNS_ON.test(s.text.slice(end, end + 1))) return [];
    // A note that names no one before the word (代表撮影: a pool photographer's).
    if (ctx.langs.some((l) => l.data.notCredits.includes(n.text))) return [];
    // Captions only, or a short line that is one (sites print captions as body paragraphs: X供图).
    return (s.caption || s.text.length <= 60) && n.text.length <= 40 ? [caselessFinding(s, c, cueText, n, 'photo')] : [];
  }
  if (n.why || c.cue.strong) return [caselessFinding(s, c, cueText, n)];
  // "IT之家5月8日消息，", "财联社5月8日讯，": a name opening the paragraph, its date, then the news word is a
  // dateline, which names the outlet the text comes from, whatever the name's shape.
  return datelineLead(s.text, n, end - cueText.length, cueText) ? [{ ...caselessFinding(s, c, cueText, n), kind: 'outlet' }] : [];
}

/** Brackets a dateline may open with: 【IT之家5月8日消息】. */
const DATELINE_OPEN = /^[\s【\[（(]*$/u;
/** The date between a dateline's name and its news word: 5月8日, 8日. */
const DATELINE_DATE = /^(?:\d{1,2}月)?\d{1,2}日$/u;
/** The news words that close a dateline (讯, 消息), not a verb of speech. */
const DATELINE_WORDS = /^(?:消息|讯|訊)/u;
/** A dateline's name is short: a longer stretch is a clause. */
const DATELINE_NAME = 12;

function datelineLead(text: string, n: CaselessName, cueStart: number, cueText: string): boolean {
  const after = text.slice(cueStart + cueText.length, cueStart + cueText.length + 1);
  // The dateline ends at its comma or space ("…消息，"); "…消息称" is a clause about someone's news.
  if (!DATELINE_WORDS.test(cueText) || (!/[，,：:\s】]$/u.test(cueText) && !/^[，,：:\s】]/u.test(after))) return false;
  return n.text.length <= DATELINE_NAME && DATELINE_OPEN.test(text.slice(0, n.start)) && DATELINE_DATE.test(text.slice(n.end, cueStart));
}

/**
 * "El ex secretario general de la ONU dijo": the name read before the verb belongs to a former holder's
 * title, and a former holder speaks for no one.
 */
function formerHolder(ctx: ReadContext, text: string, nameStart: number): boolean {
  const tokens = tokenizeTail(text.slice(Math.max(0, nameStart - 80), nameStart), 8);
  let i = tokens.length - 1;
  // An elided link reads as its word and its apostrophe ("dell'Agenzia": "dell", "'").
  const elided = (k: number) => APOSTROPHE.test(tokens[k]!.text) || (APOSTROPHE.test(tokens[k + 1]?.text ?? '') && ctx.nameLinks.has(`${tokens[k]!.text}'`));
  while (i >= 0 && (ctx.nameLinks.backward(tokens, i) > 0 || ctx.articles.has(tokens[i]!.text.toLowerCase()) || ctx.fillers.backward(tokens, i) > 0 || elided(i))) i--;
  if (i >= 0 && exOffice(ctx, tokens[i]!.text)) return true;
  const position = i >= 0 ? ctx.positionWordsTable.backward(tokens, i) : 0;
  return position > 0 && ctx.formerWords.backward(tokens, i - position) > 0;
}

const APOSTROPHE = /^['’]$/u;
// "ex-" right before a position the table matched inside the word ("O ex-presidente do …").
const EX_GLUED = /(?:^|[^\p{L}])ex[-‐‑]$/iu;
// "ex-" glued to an office ("ex-presidente", "ex-ministre"), with any hyphen, after an elided article or not.
const EX_PREFIX = /^(?:\p{L}['’])?ex[-‐‑]/iu;

/** "ex-presidente", "L'ex-président": a former holder's office in one hyphenated word; such a holder speaks for no one. */
function exOffice(ctx: ReadContext, word: string): boolean {
  const glued = EX_PREFIX.exec(word);
  if (!glued) return false;
  const office = tokenize(word.slice(glued[0].length));
  return ctx.positionWordsTable.forward(office, 0) > 0 || ctx.personTitles.forward(office, 0) > 0;
}

// How far a citing phrase may stand before the verb: the phrase and a few words of whom it cites.
const CITING_REACH = 60;
const citingCache = new WeakMap<CompiledLang, RegExp | null>();

/**
 * Where to read the reporter's name back from: before a citing phrase between it and the verb ("Wie das Wall
 * Street Journal unter Berufung auf Insider berichtete"), else right before the verb. Only a phrase with no
 * clause break between it and the verb.
 */
function citedFrom(lang: CompiledLang, text: string, verbAt: number): number {
  let re = citingCache.get(lang);
  if (re === undefined) {
    const words = lang.data.citing.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    re = words.length ? new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'giu') : null;
    citingCache.set(lang, re);
  }
  if (!re) return verbAt;
  const from = Math.max(0, verbAt - CITING_REACH);
  const stretch = text.slice(from, verbAt);
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(stretch); m; m = re.exec(stretch)) last = m;
  if (!last || /[,;:"„“”«»()]/u.test(stretch.slice(last.index))) return verbAt;
  return from + last.index;
}

/**
 * "Vor dem Landgericht sagte der Angeklagte", "Nach dem Gottesdienst sagte der Pfarrer": in a verb-second
 * language a phrase a preposition opens may stand before the verb, and its noun is no subject. Verbs with no
 * subject of their own ("Aus dem Ministerium hieß es") keep the body after the preposition.
 */
function fronted(ctx: ReadContext, text: string, nameStart: number, verb: string): boolean {
  const tokens = tokenizeTail(text.slice(Math.max(0, nameStart - 80), nameStart), 8);
  let i = tokens.length - 1;
  while (i >= 0 && (ctx.articles.has(tokens[i]!.text.toLowerCase()) || ctx.fillers.backward(tokens, i) > 0)) i -= Math.max(1, ctx.fillers.backward(tokens, i));
  if (i < 0 || !ctx.frontedLinks.backward(tokens, i)) return false;
  return !ctx.subjectless.forward(tokenize(verb), 0);
}

/**
 * "W Sejmie Donald Tusk zapowiedział": a preposition of place before the body read back from the verb, whose
 * holder's name was cut off after it (the language's `locativeLinks`). The person spoke there; no one is credited.
 */
function locative(ctx: ReadContext, text: string, bodyStart: number): boolean {
  const tokens = tokenizeTail(text.slice(Math.max(0, bodyStart - 20), bodyStart), 2);
  return tokens.length > 0 && ctx.locativeLinks.backward(tokens, tokens.length - 1) > 0;
}

/**
 * A university, an institute, a hospital, a firm: its people speak as experts, so a position there is an
 * affiliation ("director of the Brookings Institution"). Public bodies the registry knows stay sources.
 */
function affiliation(ctx: ReadContext, span: NameSpan, v: ReturnType<typeof judge>): boolean {
  if (v.known && (v.known.kind === 'government' || v.known.kind === 'international')) return false;
  return ctx.affiliationWords.occursIn(tokenize(span.text));
}

/**
 * Where a title puts its body after it in the genitive ("глава Минфина", "prezes Orlenu"), the organization
 * words that name a body alone, so the holder's name after one is cut off (lib/detect/holder.ts); elsewhere
 * such a word heads a longer name ("Kementerian Luar Negeri") and none is given.
 */
const titledBodies = (ctx: ReadContext) => (ctx.compoundTitles ? undefined : ctx.orgWords);

/** Does a body's kind in small letters open the name, its name after it in the genitive ("департамента Минфина")? */
function headsGenitive(ctx: ReadContext, name: string): boolean {
  const tokens = tokenize(name);
  const head = ctx.orgWords.forward(tokens, 0);
  return !ctx.compoundTitles && head > 0 && !!tokens[head] && isCapitalized(tokens[head]!);
}

/**
 * "Head of Fundamental Research at Kotak Securities", "Director of Communications at the Health Department": a
 * unit the position's link word opens lies inside the body an affiliation link names after it, and that body
 * is the one the holder works for (judged as any other); a unit with nothing after it is the body itself.
 */
function outerBody(ctx: ReadContext, text: string, from: number, unit: NameSpan, index: NameIndex): NameSpan | null {
  // Only a unit the position's own link word opens ("Head of …"); a holder's name after the position
  // ("president Robert Mugabe with …") is a person's, and what follows it is no workplace of the position's.
  const lead = tokenize(text.slice(from, unit.start), from, 4);
  if (!lead.some((_, k) => ctx.affiliationLinks.forward(lead, k) > 0)) return unit;
  const next = tokenize(text.slice(unit.end, unit.end + 40), unit.end, 4);
  const link = ctx.affiliationLinks.forward(next, 0);
  if (!link || !next[link]) return unit;
  const outer = readForward(ctx, text, next[link - 1]!.end, { find: (t) => index.find(t) })[0];
  // "the ACLU of North Dakota": what follows must be a body on its face; a place names the unit's chapter.
  const body = outer && shrinkToKnown(outer, (t) => index.find(t), true);
  return body && !placeIndex().exact(body.text) && judge(body, ctx, index, false).orgLike ? body : unit;
}

/** A position's holder speaks for the organization after the link word, when it is one on its own. */
const POSSESSED = /^\p{Lu}[\p{L}.-]*['’]s\s/u;

function positionFindings(s: SentenceInput, ctx: ReadContext, index: NameIndex, re: RegExp): Finding[] {
  const out: Finding[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    // "chief executive of Take-Two": the whole position is an executive's ("president" alone is not).
    // Not one glued to a hyphen: "der Deutschland-Chef von Nordbus" heads a country's branch.
    const executive = ctx.firmHeads.forward(tokenize(m[0]), 0) > 0 && s.text.charAt(m.index - 1) !== '-';
    const end = m.index + m[0].length;
    // A speaker role that opens with a position ("Kepala Bidang Humas Polda …") is read as a role.
    if (ctx.roleWords.forward(tokenize(s.text.slice(m.index, m.index + 60)), 0) > 0) continue;
    // A former holder ("el ex secretario general de la ONU") speaks for no one.
    const behind = tokenizeTail(s.text.slice(Math.max(0, m.index - 40), m.index), 3);
    if (behind.length && ctx.formerWords.backward(behind, behind.length - 1) > 0) continue;
    if (EX_GLUED.test(s.text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const read = readForward(ctx, s.text, end, { find: (t) => index.find(t) })[0];
    // "Kepala BPS Amalia Adininggar Widyasanti mengatakan": the holder's name runs on after the body's.
    const held = read && cutGenitiveHolder(ctx, cutHolder(shrinkToKnown(read, (t) => index.find(t), true), (t) => index.find(t), titledBodies(ctx)));
    const span = held && outerBody(ctx, s.text, end, held, index);
    if (!span || span.titled) continue;
    // The institution's name starts with a capital (or the registry knows it): "directrice générale du
    // Fonds" is the title going on, not a name.
    // (Where a body's kind puts its name after it in the genitive, the kind opens it: "директор департамента Минэкономразвития".)
    if (ctx.cased && !/^[\p{Lu}\p{N}]/u.test(span.text) && !index.find(span.text) && !headsGenitive(ctx, span.text)) continue;
    // "President Obama's administration achieved …": a capitalized title right before a person's possessive is
    // that person's title; what the person owns is no body the position heads.
    if (/^\p{Lu}/u.test(m[0]) && !s.text.slice(end, span.start).trim() && POSSESSED.test(span.text) && !index.find(span.text.slice(0, span.text.search(/['’]/u)))) continue;
    const v = judge(span, ctx, index, false);
    // An analyst's firm is an affiliation, not a source: positions credit institutions (a registry body
    // that is no company, or a name with an organization word), not bare acronyms or companies.
    const institution = (v.why === 'registry' && v.known?.kind !== 'company') || v.why === 'organization word';
    if ((!v.orgLike || !institution || affiliation(ctx, span, v)) && !(executive && headedFirm(ctx, s.text, end, span, v))) continue;
    out.push({ role: 'source', name: span.text, evidence: clip(s.text, span.start), block: s.block, cue: `${ctx.langs[0]!.code}.position`, cueText: m[0], kind: v.kind, known: v.known });
  }
  return out;
}

/** Is the word right before `at` (auxiliaries such as "previously", "has" stepped over) one of `subjects`? */
function subjectIs(ctx: ReadContext, text: string, at: number, subjects: readonly string[]): boolean {
  const tokens = tokenizeTail(text.slice(Math.max(0, at - 40), at), 5);
  let i = tokens.length - 1;
  while (i >= 0 && ctx.auxiliaries.backward(tokens, i) > 0) i -= ctx.auxiliaries.backward(tokens, i);
  return i >= 0 && subjects.includes(tokens[i]!.text.toLowerCase());
}

/**
 * "Strauss Zelnick, CEO of Take-Two, adds", "said Jane Roe, chief executive of Halden Freight": an executive
 * speaks for the firm or the association the position names, whatever its name looks like (an executive's is
 * never a person's); a university's or an institute's head still speaks as a scholar, a party's chair as a
 * politician (its name is no body's then).
 */
function headedFirm(ctx: ReadContext, text: string, from: number, span: NameSpan, v: ReturnType<typeof judge>): boolean {
  if (v.why === 'person title' || v.why === 'function words' || v.why === 'generic' || v.why === 'no name' || v.why === 'peoples') return false;
  const tokens = tokenize(span.text);
  if (ctx.scholarlyWords.occursIn(tokens) || ctx.notBodies.occursIn(tokens)) return false;
  // The firm is the one the position is "of" ("CEO of Marlow Dynamics"): "a managing director at the D.A.
  // Davidson brokerage" is a rank in it, and "chairman Carlos Ghosn" names the holder.
  const lead = tokenize(text.slice(from, span.start), from, 4);
  // "CEO Asus Jerry Shen menjelaskan", "Tổng giám đốc Vietjet Đinh Việt Phương cho biết": Indonesian and
  // Vietnamese put the firm right after its head, no link word; there the registry must know it as a company.
  if (!lead.length && v.known?.kind === 'company') return true;
  if (!lead.some((_, k) => ctx.nameLinks.forward(lead, k) > 0)) return false;
  // A name shaped like a person's, only where the appositive closes after it ("CEO of Super Value Debra
  // Symonette said" runs on into the holder's name).
  return v.accept || (v.why === 'looks like a person' && /^\s*(?:[,.;:)]|$)/u.test(text.slice(span.end)));
}

/**
 * Who was told is an audience, not a source, when it is an institution: one the registry knows as no outlet
 * ("told the U.N. General Assembly"), one named by a kind of institution ("told the House Judiciary
 * Committee"), or one an organization word heads ("Trả lời Sở Xây dựng", "told the Department of Labor").
 * An unknown "Smalltown Gazette" stays an outlet.
 */
function audience(ctx: ReadContext, span: NameSpan, v: ReturnType<typeof judge>): boolean {
  if (v.known) return v.kind !== 'outlet';
  if (span.outletHint) return false;
  const words = tokenize(span.text);
  // "told Radio Bremen": an organization word that names outlets heads an outlet.
  return ctx.genericOrgs.occursIn(words) || (ctx.orgWords.forward(words, 0) > 0 && !ctx.outletWords.forward(words, 0));
}

/**
 * "The Lakers said in a statement", "the Greens issued a statement": a plural after "the" that issues a document
 * is a team, a club or a group speaking as a body (without one, "the Democrats said" may be any of them). Not a
 * people ("the Americans said in a statement").
 */
function statementBy(s: SentenceInput, ctx: ReadContext, span: NameSpan, cueText: string): NameSpan {
  if (!span.articled || span.roleHint || !ctx.documentWords.occursIn(tokenize(cueText))) return span;
  const words = tokenize(span.text).filter((t) => t.word && !ctx.stopwords.has(t.text.toLowerCase()));
  // "The Okafors said in a statement" after "Ada Okafor": a family, people.
  const people = words.some((w) => placeIndex().exact(w.text)?.kind === 'people' || !!s.bodies?.surname(w.text.replace(/e?s$/u, '')) || !!s.bodies?.surname(w.text.replace(/s$/u, '')));
  return people ? span : { ...span, roleHint: true };
}

/**
 * "Donald Trump … Trump advisers have urged": a person's surname named before, heading a speaker role; the aides
 * speak for a person, not a body ("White House advisers", "Kremlin aides" are names the registry knows).
 */
function personsAides(s: SentenceInput, ctx: ReadContext, span: NameSpan, v: Verdict): boolean {
  const word = span.text.trim();
  if (v.known || /\s/.test(word) || !s.bodies?.surname(word)) return false;
  return ctx.roleWords.forward(tokenize(s.text.slice(span.end, span.end + 30)), 0) > 0;
}

/** How far after an act's verb what the body issued may stand: "released its latest monthly figures". */
const OBJECT_REACH = 5;
const objectTables = new WeakMap<CompiledCue, Phrases>();

/**
 * Does an act's verb ("released", "showed") credit here: a document of the body's stands before it (between
 * the name and the verb) or what it issued follows it? Verbs without `objects` always do.
 */
function issues(ctx: ReadContext, c: CompiledCue, text: string, span: NameSpan, verbStart: number, verbEnd: number): boolean {
  if (!c.cue.objects.length) return true;
  if (ctx.documentWords.occursIn(tokenize(text.slice(span.end, verbStart)))) return true;
  let table = objectTables.get(c);
  if (!table) objectTables.set(c, (table = new Phrases(c.cue.objects)));
  const ahead = tokenize(text.slice(verbEnd, verbEnd + 80), 0, OBJECT_REACH + 2).filter((t) => t.word).slice(0, OBJECT_REACH);
  return table.occursIn(ahead);
}

// A dateline opening a sentence: a place (and date), the wire in brackets, a dash ("İSTANBUL (İHA) -"). Bounded classes: linear.
const DATELINE_LEAD = /^[^()\n]{1,60}\([^()\n]{1,40}\)\s{0,3}[-–—]{1,2}\s*/u;
// What may follow a clause-final verb: the sentence's closing marks.
const CLAUSE_FINAL = /^[\s.!?"”'’»)]*$/u;

/**
 * A `topic` cue in a cased, verb-final language: the verb closes the sentence and its subject opens it
 * ("İçişleri Bakanlığı, iki kişinin gözaltına alındığını açıkladı", "Merkez Bankası faizi sabit tuttuğunu
 * açıkladı"). The name at the sentence's start counts only when it is an organization's (the registry knows it,
 * or an organization word makes it one): a person or a place opening the sentence credits no one.
 */
function topicFindings(s: SentenceInput, c: CompiledCue, ctx: ReadContext, index: NameIndex): Finding[] {
  c.regex.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = c.regex.exec(s.text); m; m = c.regex.exec(s.text)) last = m;
  if (!last || !CLAUSE_FINAL.test(s.text.slice(last.index + last[0].length))) return [];
  const find = (t: string) => index.find(t);
  // "ANKARA (AA) - Bakanlık … açıkladı": the subject opens the sentence after its dateline, whose place is no one.
  const read = readForward(ctx, s.text, DATELINE_LEAD.exec(s.text)?.[0].length ?? 0, { find })[0];
  if (!read || read.titled || read.end > last.index) return [];
  const span = expandShort(s, ctx, index, shrinkToKnown(read, find));
  const v = judge(span, ctx, index, false);
  const organization = v.why === 'registry' || v.why === 'organization word' || v.why === 'acronym';
  return v.accept && organization ? [finding(s, c, last[0], span, v)] : [];
}

/** Findings of the `before`, `after` and `around` cues of one language in one sentence. */
export function verbFindings(s: SentenceInput, lang: CompiledLang, ctx: ReadContext, index: NameIndex): Finding[] {
  if (!ctx.cased) return caselessFindings(s, lang, ctx, index);
  // "laut einer Forsa-Umfrage": a known name glued to what it published, read once, in the paragraph's own language.
  const out: Finding[] = lang === ctx.langs[0] ? gluedDocumentFindings(s, ctx, index) : [];
  for (const c of lang.cues) {
    if (c.cue.role === 'source' && c.cue.form === 'around') out.push(...frameFindings(s, c, ctx, index));
    if (c.cue.role === 'source' && c.cue.form === 'topic') out.push(...topicFindings(s, c, ctx, index));
    if (c.cue.role !== 'source' || (c.cue.form !== 'before' && c.cue.form !== 'after')) continue;
    c.regex.lastIndex = 0;
    for (let m = c.regex.exec(s.text); m; m = c.regex.exec(s.text)) {
      const end = m.index + m[0].length;
      if (c.cue.afterQuote && !AFTER_QUOTE.test(s.text.slice(Math.max(0, m.index - 3), m.index))) continue;
      if (c.cue.bodyOnly && s.caption) continue;
      if (c.cue.form === 'before') {
        if (URL_START.test(s.text.slice(end, end + 12))) continue;
        if (c.cue.notAfter.length && subjectIs(ctx, s.text, m.index, c.cue.notAfter)) continue;
        const names = readForward(ctx, s.text, end, { list: true, find: (t) => index.find(t) });
        const accepted = acceptList(s, ctx, index, names, c.cue.strong);
        for (const { span, v } of accepted) {
          // "sagte er in der Zeit nach der Wahl": a paper named by an ordinary word, inside a phrase after the cue.
          if (v.known?.word && wordInPhrase(ctx, s.text, span, end, false)) continue;
          // "according to the BBC's Jane Roe": the reporter's outlet, named with its possessive.
          const owner = v.known ? null : possessiveOutlet(s, ctx, index, span, c.tag, m[0]);
          if (owner) {
            out.push(owner);
            continue;
          }
          if (c.cue.outletsOnly && audience(ctx, span, v)) continue;
          if (c.cue.audience && !heardBy(ctx, s.text, m.index, span.end, v)) continue;
          out.push(finding(s, c, m[0], span, v));
        }
        // "Selon Médiamétrie, …": one word, right after a preposition that credits, that no person's name ends in.
        const one = !accepted.length && names.length === 1 && names[0]!.start <= end + 2 ? names[0]! : undefined;
        const lone = one && loneBody(ctx, loneCues(lang), m[0], s.text, one, judge(one, ctx, index, c.cue.strong), s.bodies);
        if (lone) {
          out.push(finding(s, c, m[0], one!, lone));
          continue;
        }
        // A person the cue points at, named with an outlet: "according to Jane Roe of the Financial Times".
        const outlet = !accepted.length && names[0] && !c.cue.audience ? reporterOutlet(s, ctx, index, names[0], c.tag, m[0]) : null;
        if (outlet) out.push(outlet);
      } else {
        // "The Dow Jones index added 256 points": a move in numbers, not speech.
        if (MOVE.test(s.text.slice(end, end + 24))) continue;
        // "the United States", "the Small Claims Court": a capitalized verb right after a word is a name's.
        if (INSIDE_NAME.test(m[0]) && /[\p{L}\p{N}]\s*$/u.test(s.text.slice(Math.max(0, m.index - 3), m.index))) continue;
        const to = citedFrom(lang, s.text, m.index);
        const read = readBackward(ctx, s.text, to, (t) => index.find(t)) ?? readBeforeClause(ctx, index, s.text, to);
        if (!read || (c.cue.documentOnly && !read.document)) continue;
        // "Reuters and Bloomberg reported": each body of a listed subject.
        for (const listed of read.document ? [read] : subjectList(ctx, index, s.text, read)) {
          const body = cutHolder(shrinkToKnown(listed, (t) => index.find(t), true), (t) => index.find(t), titledBodies(ctx));
          if (body.end < listed.end && locative(ctx, s.text, body.start)) continue;
          const span = expandShort(s, ctx, index, body);
          if (formerHolder(ctx, s.text, span.start) || fronted(ctx, s.text, span.start, m[0])) continue;
          // "L'ex-président de la Banque de France a estimé": read as a name, the former holder's office opens it.
          if (exOffice(ctx, tokenize(span.text)[0]?.text ?? '')) continue;
          // "CNN's Jane Roe contributed to this report", "the Guardian's Tom Hale reported": the reporter's outlet.
          const outlet = possessiveOutlet(s, ctx, index, span, c.tag, m[0]);
          if (outlet) {
            out.push(outlet);
            continue;
          }
          if (!issues(ctx, c, s.text, span, m.index, end)) continue;
          const v = judge(statementBy(s, ctx, span, m[0]), ctx, index, c.cue.strong);
          // "wie der Spiegel erfahren hat": a verb only an outlet's reporting makes a credit.
          if (c.cue.outletsOnly && audience(ctx, span, v)) continue;
          // A paper named by an ordinary word stands right before its verb ("Wie die Zeit berichtet"), not in a phrase
          // or a clause before it ("weder die Ressourcen noch die Zeit, sich … zu befassen“, sagt X").
          if (v.known?.word && !quotedTitle(s.text, span) && !span.placed && (wordInPhrase(ctx, s.text, span) || !BESIDE_VERB.test(s.text.slice(span.end, m.index)))) continue;
          if (v.accept && !affiliated(ctx, s.text, span, v) && !personsAides(s, ctx, span, v)) out.push(finding(s, c, m[0], span, v));
        }
      }
    }
    if (!c.glued) continue;
    c.glued.lastIndex = 0;
    for (let m = c.glued.exec(s.text); m; m = c.glued.exec(s.text)) {
      const span = readBackward(ctx, s.text, m.index);
      const v = span && judge(span, ctx, index, false);
      if (span && v?.known) out.push(finding(s, c, m[0], span, v));
    }
  }
  return out;
}

const loneCueSets = new WeakMap<CompiledLang, Set<string>>();
/** A language's `loneNameCues`, lower-cased, made once. */
function loneCues(lang: CompiledLang): Set<string> {
  let set = loneCueSets.get(lang);
  if (!set) loneCueSets.set(lang, (set = new Set(lang.data.loneNameCues.map((w) => w.toLowerCase()))));
  return set;
}

/** Only spaces or a closing quote between a name and its verb. */
const BESIDE_VERB = /^[\s"“”»«]*$/u;

// A word between a name and the role after it: an article or another small word ("Facebook le porte-parole").
const ARTICLE_BETWEEN = /\s\p{Ll}{1,4}\s+$/u;

const roleCache = new WeakMap<ReadContext, { roles?: RegExp; positions?: RegExp; executives?: RegExp }>();

function tableRegex(words: string[]): RegExp | undefined {
  if (!words.length) return undefined;
  const body = [...new Set(words)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Does a list joiner ("and", "dan", "và") stand inside the name? */
function joinsTwo(ctx: ReadContext, name: string): boolean {
  return ctx.listJoiners.occursIn(tokenize(name), 1);
}

/** Does the word before a role make one organization word with it ("Cơ quan chức năng" holds no "quan chức")? */
function insideOrgWord(ctx: ReadContext, text: string, at: number, role: string): boolean {
  const prev = tokenizeTail(text.slice(Math.max(0, at - 30), at), 1);
  if (!prev.length) return false;
  const joined = [...prev, ...tokenize(role)];
  return Math.max(ctx.orgWords.forward(joined, 0), ctx.genericOrgs.forward(joined, 0)) > 1;
}

/**
 * "Gli attivisti e gli scienziati del Comitato X", "los portavoces y técnicos del ministerio": a second kind of
 * people joined to the role shares its body; the role reads on past it to the link word. Only one small-letter
 * word, then the link: "the spokesman and Smith of …" is no such pair.
 */
function pastCoordinated(ctx: ReadContext, text: string, end: number): number {
  const ahead = tokenize(text.slice(end, end + 60), end, 6);
  const joiner = ctx.listJoiners.forward(ahead, 0);
  if (!joiner) return end;
  let k = joiner;
  if (ctx.articles.has(ahead[k]?.text.toLowerCase() ?? '')) k++;
  const word = ahead[k];
  return word?.word && /^\p{Ll}+$/u.test(word.text) && ctx.nameLinks.forward(ahead, k + 1) > 0 ? word.end : end;
}

/**
 * Speaker roles, in a sentence that reports speech: the organization a spokesperson speaks for.
 * Forward (`juru bicara Kementerian Luar Negeri`, `a spokesman for the prosecutor's office`) or, in
 * English compounds, backward (`SpaceX spokesman Phil Larson said`).
 */
export function roleFindings(s: SentenceInput, ctx: ReadContext, index: NameIndex, reports: boolean): Finding[] {
  if (!reports) return [];
  let cached = roleCache.get(ctx);
  if (!cached) {
    cached = { roles: tableRegex(ctx.langs.flatMap((l) => l.data.roleWords)), positions: tableRegex(ctx.langs.flatMap((l) => l.data.positionWords)),
      executives: tableRegex(ctx.langs.flatMap((l) => l.data.executiveWords)),
    };
    roleCache.set(ctx, cached);
  }
  const out: Finding[] = [];
  if (cached.positions) out.push(...positionFindings(s, ctx, index, cached.positions));
  out.push(...officerFindings(s, ctx, index), ...firmHeadFindings(s, ctx, index));
  out.push(...compoundFindings(s, ctx, index, cached.roles, cached.executives), ...closedCompoundFindings(s, ctx, index));
  const re = cached.roles;
  if (!re) return out;
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    if (insideOrgWord(ctx, s.text, m.index, m[0])) continue;
    const end = pastCoordinated(ctx, s.text, m.index + m[0].length);
    const ahead = tokenize(s.text.slice(end, end + 20));
    // Linked by an affiliation word ("a spokesman for X", "người phát ngôn của X"), not a place ("in Moscow").
    const linked = !!ahead[0] && (ctx.nameLinks.forward(ahead, 0) > 0 || (ctx.fillers.forward(ahead, 0) > 0 && !ctx.stopwords.has(ahead[0].text.toLowerCase())));
    const find = (t: string) => index.find(t);
    const read = readForward(ctx, s.text, end, { find })[0];
    const forward = read && expandShort(s, ctx, index, cutHolder(shrinkToKnown(read, find, true), find, titledBodies(ctx)));
    const read2 = readBackward(ctx, s.text, m.index, find);
    // The name right before the role ("Kremlin spokesman"); one an article parts from it is no part of the
    // role's name ("a rapporté sur Facebook le porte-parole du président").
    const backward = read2 && !ARTICLE_BETWEEN.test(s.text.slice(read2.end, m.index)) ? expandShort(s, ctx, index, read2) : null;
    // A role credits the name after it through a link word ("a spokesman for X"); without one the name
    // after it is usually the spokesperson ("spokesman Phil Larson"), unless it is a body's name on its own
    // ("Kabid Humas Polda Sumut, Kombes …", "người phát ngôn Bộ Ngoại giao …").
    // A role followed by its body's kind in small letters ("rzecznik rządu Piotr Nowak", "rzecznik policji
    // Anna X") names no body: the name after it is the spokesperson.
    const unnamedBody = !!ahead[0] && /^\p{Ll}/u.test(ahead[0].text) && ctx.genericOrgs.forward(ahead, 0) > 0;
    // "North Korea's official Korean Central News Agency said": the word is an adjective of the outlet after
    // it, and the outlet speaks (read by the verb), not the state's officials.
    const after = !linked && forward && forward.start <= end + 1 ? index.find(forward.text) : undefined;
    const adjective = !!after && kindOf(after) === 'outlet';
    const candidates: [NameSpan | null | undefined, boolean][] = [[unnamedBody ? null : forward, !!linked], [adjective ? null : backward, true]];
    for (const [span, viaRole] of candidates) {
      if (!span || span.titled) continue;
      const v = judge({ ...span, roleHint: viaRole }, ctx, index, false);
      if (!v.accept) continue;
      // "Trump and US Trade Representative Robert Lighthizer": read back from the role, "and" joins a person
      // to the office, not the words of one name; a name with "and" inside needs more than the role to be one.
      if (span === backward && v.why === 'speaker role' && joinsTwo(ctx, span.text)) continue;
      if (span === backward && personsAides(s, ctx, span, v)) continue;
      out.push({ role: 'source', name: span.text, evidence: clip(s.text, span.start), block: s.block, cue: `${ctx.langs[0]!.code}.role`, cueText: m[0], kind: v.kind, known: v.known });
    }
  }
  return out;
}

