/**
 * Reading names in scripts without capital letters (Chinese, Japanese, Korean, Arabic, Thai, Hindi, …),
 * where a name can't show itself by its case. A name is the stretch beside the cue up to a punctuation
 * mark or one of the language's particles; it counts when the registry knows it (or the part of it next
 * to the cue), when it is quoted (「アクシオス」, 《自然》), when it carries an organization word
 * (…部, …局, 新闻社, وزارة …, … मंत्रालय), when an outlet word introduces it, or when it is a Latin-script
 * name inside the text (DeepMind, Trustdata).
 */
import { UNSPACED, type CompiledCue } from '../cues/compile';
import type { ReadContext } from './context';
import { kindOf, type NameIndex, type KnownName } from './org';
import { stateNamed } from '../states/index';

export interface CaselessName {
  text: string;
  start: number;
  end: number;
  /** Why it is believed to be an organization (undefined: it isn't, unless a strong cue credits it). */
  why?: 'registry' | 'quoted' | 'organization word' | 'outlet word' | 'latin name' | 'speaker role';
  known?: KnownName;
}

const PUNCT = /[\s,.;:!?，。、；：！？·…“”"'‘’「」『』《》〈〉【】（）()\[\]<>«»\-–—=\/|،؛؟]/u;
/** Punctuation but spaces: what ends a name in scripts that put spaces between words. */
const MARKS = /[,.;:!?，。、；：！？·…“”"'‘’「」『』《》〈〉【】（）()\[\]<>«»\-–—=\/|،؛؟]/u;
const OPEN: Record<string, string> = { '「': '」', '『': '』', '《': '》', '〈': '〉', '“': '”', '"': '"', '«': '»', '【': '】' };
const LATIN_RUN = /^[A-Za-z][A-Za-z0-9&.\- ]{1,40}$/;
const MAX_UNSPACED = 18;
const MAX_WORDS = 6;

function unspaced(ctx: ReadContext): boolean {
  return UNSPACED.has(ctx.langs[0]!.script) || ctx.langs[0]!.script === 'hangul';
}

type Table = 'particles' | 'orgWords' | 'outletWords' | 'fillers' | 'roleWords' | 'auxiliaries' | 'topicMarkers' | 'personTitles' | 'genericOrgs' | 'kindWords' | 'orgTails' | 'notBodies' | 'companyWords' | 'reporterWords';
/** Tables read from the paragraph's own language only: another's word ends mean nothing in this script. */
const OWN: ReadonlySet<string> = new Set(['orgTails', 'notBodies']);
const tables = new WeakMap<ReadContext, Map<string, string[]>>();

/** Table words as plain strings, longest first, built once per set of languages. */
function words(ctx: ReadContext, table: Table | 'lead'): string[] {
  let cache = tables.get(ctx);
  if (!cache) tables.set(ctx, (cache = new Map()));
  let list = cache.get(table);
  if (!list) {
    const raw =
      table === 'lead'
        ? ctx.langs.flatMap((l) => [...l.data.cues.filter((c) => c.form === 'before' || c.form === 'around').flatMap((c) => c.words), ...l.data.fillers])
        : OWN.has(table)
          ? ctx.langs[0]!.data[table as 'orgTails']
          : ctx.langs.flatMap((l) => l.data[table]);
    list = [...new Set(raw)].sort((a, b) => b.length - a.length);
    cache.set(table, list);
  }
  return list;
}

/** Words that open a clause before a name: `before` and `around` cue words and fillers. */
const leadWords = (ctx: ReadContext) => words(ctx, 'lead');

const endsWithAny = (s: string, list: string[]) => list.find((w) => s.length > w.length && s.endsWith(w));
const startsWithAny = (s: string, list: string[]) => list.find((w) => s.startsWith(w));

/** How many characters of its own a name keeps before a tail (禹州市教体局: 禹州市教体; 全部 has one, and is a whole). */
const BEFORE_TAIL = 2;

/**
 * A name whose last characters make it a body's (`orgTails`: 厅 in 广东省应急管理厅, 部 in 東京地検特捜部, 연구원 in
 * 한국개발연구원), unless it ends in a word that names none (`notBodies`: 西南部, 部署, 客厅).
 */
function bodyByTail(ctx: ReadContext, text: string): boolean {
  // A one-character tail needs two of the name's own (全部, 格局 are words); a longer one needs one (市保健所).
  const tail = words(ctx, 'orgTails').find((w) => text.length - w.length >= (w.length > 1 ? 1 : BEFORE_TAIL) && text.endsWith(w));
  return !!tail && !words(ctx, 'notBodies').some((w) => text.endsWith(w));
}

/** The longest prefix before a known name that makes a body of its own with it (四川省, 信濃, 大阪市). */
const OWN_PREFIX = 4;

/**
 * Is the stretch a body of its own, longer than the known name it ends in: a short prefix that is no state
 * (美国), no description (米紙, 国营) and no kind of firm, and a whole that a body's word ends.
 */
function ownBody(ctx: ReadContext, text: string, prefix: string): boolean {
  // One character is a country's short form (米, 英, 韩) or a word's end, no name of its own.
  if (prefix.length < 2 || prefix.length > OWN_PREFIX || stateNamed(prefix) || /[A-Za-z0-9]/.test(prefix)) return false;
  const descriptions = [...words(ctx, 'fillers'), ...words(ctx, 'outletWords'), ...words(ctx, 'kindWords'), ...words(ctx, 'auxiliaries')];
  if (descriptions.some((w) => prefix.endsWith(w) || prefix.startsWith(w))) return false;
  return !!endsWithAny(text, words(ctx, 'orgWords')) || bodyByTail(ctx, text);
}

/** A kind of firm or body opening the stretch (调研机构群智咨询, 米調査会社ガートナー): its length, or 0. */
function kindOpening(ctx: ReadContext, text: string): number {
  const kind = startsWithAny(text, words(ctx, 'kindWords'));
  return kind && text.length - kind.length >= 2 ? kind.length : 0;
}

/** A word of the language's tables or cues (관계자, 担当者): no name, whatever kind stands before it. */
function tableWord(ctx: ReadContext, text: string): boolean {
  const tables = ['auxiliaries', 'personTitles', 'genericOrgs', 'particles', 'fillers'] as const;
  return tables.some((t) => words(ctx, t).includes(text)) || ctx.langs.some((l) => l.data.cues.some((c) => c.words.includes(text)));
}

/** Does a kind of firm or body stand right before the stretch (`調査会社の`, `시장조사업체 `)? */
function kindBefore(ctx: ReadContext, before: string, text: string): boolean {
  let s = before.trimEnd();
  if (!s) return false;
  const aux = endsWithAny(s, words(ctx, 'auxiliaries'));
  // One possessive between kind and name (調査会社の); a space already ended the kind's word in hangul.
  if (aux && aux.length <= 2 && s === before) s = s.slice(0, s.length - aux.length);
  return words(ctx, 'kindWords').some((w) => s.endsWith(w)) && !tableWord(ctx, text);
}

/** Hangul: does a word that says what kind of outlet it is stand before the name (`일간지 폴랴`, `관영 매체`)? */
function outletBefore(ctx: ReadContext, before: string, text: string): boolean {
  if (ctx.langs[0]!.script !== 'hangul' || !/\s$/u.test(before)) return false;
  const word = before.trimEnd().split(/\s+/).pop() ?? '';
  return words(ctx, 'outletWords').includes(word) && !tableWord(ctx, text);
}

/**
 * A name read backwards without the preposition glued to it (经湖北广播电视台 → 湖北广播电视台): unless the
 * registry knows the whole, or the preposition's character begins a word there (经济日报).
 */
function withoutGluedPreposition(ctx: ReadContext, index: NameIndex, stretch: string): string {
  for (const lang of ctx.langs) {
    for (const { preposition, words: own } of lang.data.gluedPrepositions) {
      if (!stretch.startsWith(preposition) || stretch.length - preposition.length < 2) continue;
      if (own.some((w) => stretch.startsWith(w)) || index.find(stretch)) return stretch;
      return stretch.slice(preposition.length);
    }
  }
  return stretch;
}

/** The longest reporter's name (or names, 、 between) after the title: 王小明、李大同. */
const REPORTER_NAMES = 12;

/**
 * An outlet, its reporter's title and the reporter's name (中央社記者王小明, a sentence's topic read back from
 * "台北21日電"): the outlet the registry knows before the title, or null. Digits or spaces after it make it no name.
 */
function outletOfReporter(ctx: ReadContext, index: NameIndex, text: string): { text: string; known: KnownName } | null {
  for (const w of words(ctx, 'reporterWords')) {
    const i = text.lastIndexOf(w);
    const names = i > 0 ? text.slice(i + w.length) : '';
    if (names.length < 2 || names.length > REPORTER_NAMES || /[\p{N}\s]/u.test(names)) continue;
    const outlet = text.slice(0, i);
    const known = index.find(outlet);
    if (known && !known.word && kindOf(known) === 'outlet') return { text: outlet, known };
  }
  return null;
}

/**
 * A dateline naming the agency's reporter before the topic's marker (（中央社記者王小明、李大同台北21日電): the
 * agency, not its reporters, speaks. Read from the last mark other than a list's 、, since two may be named.
 */
function reporterDateline(ctx: ReadContext, index: NameIndex, head: string): CaselessName | null {
  let from = head.length;
  while (from > 0 && !(PUNCT.test(head[from - 1]!) && head[from - 1] !== '、')) from--;
  const stripped = strip(ctx, head.slice(from), 'backward');
  const found = outletOfReporter(ctx, index, stripped.s.trim());
  if (!found) return null;
  const start = from + head.slice(from).indexOf(found.text);
  return { text: found.text, start, end: start + found.text.length, why: 'registry', known: found.known };
}

/** Judges a candidate stretch; `edge` is where it touches the cue (known parts are sought from there). */
function judgeStretch(ctx: ReadContext, index: NameIndex, raw: string, start: number, edge: 'start' | 'end', outletHint: boolean, before = ''): CaselessName | null {
  const text = raw.trim();
  if (text.length < 2) return null;
  const at = start + raw.indexOf(text);
  const name = (t: string, offset: number, why: CaselessName['why'], known?: KnownName): CaselessName => ({ text: t, start: at + offset, end: at + offset + t.length, why, known });
  const whole = index.find(text);
  if (whole) return name(text, 0, 'registry', whole);
  // Hangul spaces a state's name from the word for its government (미국 정부는): the two words are the government.
  const government = spacedGovernment(ctx, before, text, at);
  if (government) return government;
  // The registry may know the part next to the cue: "新华社记者" → 新华社, "中国外交部发言人" → …外交部.
  // Spaced scripts are cut between words, the others between characters.
  const spacedScript = !unspaced(ctx);
  // Names are short: only the parts within reach of the cue are looked up (bounded work per cue).
  const reach = Math.min(text.length, 24);
  const cuts = spacedScript
    ? [...text.matchAll(/\s+/gu)].map((m) => (edge === 'start' ? m.index : m.index + m[0].length)).filter((c) => (edge === 'start' ? c : text.length - c) <= 80)
    : // From the end a cut may drop a single character: a cue glued to the name (经河南电视台… → 河南电视台…).
      [...Array(text.length).keys()].slice(edge === 'start' ? 2 : 1).filter((c) => (edge === 'start' ? c <= reach : text.length - c <= reach));
  for (const cut of edge === 'start' ? cuts.reverse() : cuts) {
    const part = edge === 'start' ? text.slice(0, cut) : text.slice(cut);
    if (part.trim().length < 2) continue;
    const known = index.find(part);
    // A name that is also an ordinary word ("العربية" is "Arabic") counts only as the whole stretch.
    if (known && !known.word) {
      // Hangul spaces its words: a known name at the end of a longer word that is a body's name of its own
      // (서울경찰청, Seoul's police, ends in 경찰청, the national agency) is that longer body, not the known one.
      if (ctx.langs[0]!.script === 'hangul' && edge === 'end' && !/\s$/u.test(text.slice(0, cut)) && endsWithAny(text.slice(text.lastIndexOf(' ') + 1), words(ctx, 'orgWords'))) {
        return name(text.slice(text.lastIndexOf(' ') + 1), text.lastIndexOf(' ') + 1, 'organization word');
      }
      // So in the unspaced scripts, after a short prefix that is no country nor description (信濃毎日新聞 is
      // no 毎日新聞, 四川省气象局 no national 气象局; 美国劳工部, 米紙ニューヨーク・タイムズ keep the known name).
      if (edge === 'end' && !spacedScript && ownBody(ctx, text, text.slice(0, cut))) return name(text, 0, 'organization word');
      return name(part, edge === 'start' ? 0 : cut, 'registry', known);
    }
  }
  if (LATIN_RUN.test(text) && /^[A-Z]/.test(text) && !/\d/.test(text) && !ctx.stopwords.has(text.toLowerCase())) return name(text, 0, 'latin name');
  const spaced = spacedScript;
  // A person's title with a name after it: 清华大学微电子所所长魏少军 is a person, whatever precedes.
  const titles = words(ctx, 'personTitles');
  if (!spaced && titles.some((t) => { const i = text.lastIndexOf(t); return i >= 0 && i + t.length < text.length; })) return null;
  if (spaced && titles.some((t) => text === t || text.startsWith(`${t} `))) return null;
  // A Latin name closing a description of what it is, in another script: "移动互联网大数据监测平台Trustdata"
  // (a monitoring platform) is Trustdata; "美国总统Trump" is a person, handled by the titles above.
  // A kind of firm before it says so too, read forward as well ("据市场研究机构IDC统计").
  const latinTail = !spaced ? LATIN_TAIL.exec(text) : null;
  if (latinTail && latinTail.index > 0 && endsWithAny(text.slice(0, latinTail.index), [...words(ctx, 'orgWords'), ...words(ctx, 'kindWords')])) return name(latinTail[0], latinTail.index, 'organization word');
  if (spaced ? text.split(/\s+/).length > MAX_WORDS : text.length > MAX_UNSPACED) return null;
  // "调研机构群智咨询", "米調査会社ガートナー": the kind says the name after it is a body's, and is no part of it.
  const kind = spaced ? 0 : kindOpening(ctx, text);
  if (kind) {
    const rest = text.slice(kind);
    const known = index.find(rest);
    return name(rest, kind, known ? 'registry' : 'organization word', known);
  }
  // A kind of body standing alone names none ("وكالة الأنباء الرسمية", the official news agency): only a
  // strong cue credits it as printed.
  if (words(ctx, 'genericOrgs').includes(text)) return name(text, 0, undefined);
  const orgs = words(ctx, 'orgWords');
  if (spaced) {
    const parts = text.split(/\s+/);
    if (orgs.some((w) => parts[0] === w || parts[parts.length - 1] === w || text.startsWith(`${w} `))) return name(text, 0, 'organization word');
    // An office's word opening a title is no body: 고검장, 지검장 (the head of 고검, 지검) are people.
  } else if (endsWithAny(text, orgs) || (startsWithAny(text, orgs) && text.length > 2 && !titles.some((t) => text.endsWith(t)))) return name(text, 0, 'organization word');
  if (bodyByTail(ctx, text) || kindBefore(ctx, before, text)) return name(text, 0, 'organization word');
  if (outletBefore(ctx, before, text)) return name(text, 0, 'outlet word');
  if (outletHint) return name(text, 0, 'outlet word');
  return name(text, 0, undefined);
}

/** Hangul: a state's name and the word after it that its wrapper names the government by (미국 정부), as one name. */
function spacedGovernment(ctx: ReadContext, before: string, text: string, at: number): CaselessName | null {
  if (ctx.langs[0]!.script !== 'hangul') return null;
  const prev = /(\S+)\s+$/u.exec(before);
  const both = prev ? `${prev[1]} ${text}` : '';
  if (!prev || !stateNamed(prev[1]!) || !stateNamed(both)) return null;
  return { text: both, start: at - prev[0].length, end: at + text.length, why: 'organization word' };
}

/** How far before a name a kind of firm is looked for (`民間調査会社の`, `여론조사기관 `). */
const BEFORE_REACH = 12;

/** A capitalized Latin name at a stretch's end, three letters or more (no digits: "2019年" is no name). */
const LATIN_TAIL = /[A-Z][A-Za-z&.\-]{2,30}(?: [A-Z][A-Za-z&.\-]{1,30}){0,3}$/u;

/** Cuts a stretch at the first (forward) or last (backward) particle. */
function cutAtParticle(ctx: ReadContext, s: string, dir: 'forward' | 'backward'): string {
  const particles = words(ctx, 'particles');
  if (!unspaced(ctx)) {
    const parts = s.split(/(\s+)/);
    const isParticle = (w: string) => particles.includes(w) || ctx.stopwords.has(w);
    if (dir === 'forward') {
      const i = parts.findIndex((w) => w.trim() && isParticle(w));
      return (i < 0 ? parts : parts.slice(0, i)).join('');
    }
    let i = parts.length - 1;
    while (i >= 0 && !(parts[i]!.trim() && isParticle(parts[i]!))) i--;
    return parts.slice(i + 1).join('');
  }
  let cut = dir === 'forward' ? s.length : 0;
  for (const p of particles) {
    const i = dir === 'forward' ? s.indexOf(p) : s.lastIndexOf(p);
    if (i < 0) continue;
    if (dir === 'forward' && i > 0 && i < cut) cut = i;
    if (dir === 'backward' && i + p.length > cut && i + p.length < s.length) cut = i + p.length;
  }
  return dir === 'forward' ? s.slice(0, cut) : s.slice(cut);
}

/** A mark or a space, which no name starts or ends with. */
const EDGE_MARK = /[\p{P}\p{S}\s]/u;

/** How far on either side of a particle a known name holding it is looked for (こども家庭庁: 2 and 3). */
const NAME_AROUND = 5;

/** Does the registry know a name that holds the particle at `at` (为 in 华为, も in こども家庭庁)? */
function particleInName(ctx: ReadContext, index: NameIndex, s: string, at: number, end: number): boolean {
  // Hangul glues its particles to a word's end: 은 in 북한은 is a particle, whatever 한은 names.
  if (!UNSPACED.has(ctx.langs[0]!.script)) return false;
  for (let a = Math.max(0, at - NAME_AROUND); a <= at; a++) {
    for (let b = end; b <= Math.min(s.length, end + NAME_AROUND); b++) {
      if (b - a < 2 || (a === at && b === end)) continue;
      // Folding drops marks: "＝防衛省" finds 防衛省, which holds no ＝.
      if (EDGE_MARK.test(s[a]!) || EDGE_MARK.test(s[b - 1]!)) continue;
      const known = index.find(s.slice(a, b));
      if (known && !known.word) return true;
    }
  }
  return false;
}

/** Cuts a stretch read backwards at its last particle, unless the particle is inside a name the registry knows. */
function cutBackKeepingNames(ctx: ReadContext, index: NameIndex, s: string): string {
  if (!unspaced(ctx)) return cutAtParticle(ctx, s, 'backward');
  const particles = words(ctx, 'particles');
  let limit = s.length;
  for (let guard = 0; guard < 4; guard++) {
    let cut = 0;
    let at = 0;
    for (const p of particles) {
      const i = limit - p.length >= 0 ? s.lastIndexOf(p, limit - p.length) : -1;
      if (i >= 0 && i + p.length > cut && i + p.length < s.length) {
        cut = i + p.length;
        at = i;
      }
    }
    if (!cut) return s;
    if (!particleInName(ctx, index, s, at, cut)) return s.slice(cut);
    limit = at;
  }
  return s;
}

/** A verb's plain or past form closing a clause in kana (主導した, 開発する, 有名だ): the next character is no kana. */
const CLAUSE_END = /[\u3041-\u3093][たるだ](?=[^\u3041-\u3093])/gu;

/**
 * Japanese: what a clause says of a name before it is no part of it (買収を主導した政府関係者 → 政府), unless the
 * registry knows a name holding the verb's ending.
 */
function afterClause(ctx: ReadContext, index: NameIndex, s: string): string {
  if (ctx.langs[0]!.script !== 'kana') return s;
  let cut = 0;
  for (const m of s.matchAll(CLAUSE_END)) {
    const end = m.index + m[0].length;
    if (end < s.length && !particleInName(ctx, index, s, m.index + 1, end)) cut = end;
  }
  return cut ? s.slice(cut) : s;
}

/** Cuts a stretch read forwards at its first particle, unless the particle is inside a name the registry knows (据华为消息). */
function cutForwardKeepingNames(ctx: ReadContext, index: NameIndex, s: string): string {
  if (!unspaced(ctx)) return cutAtParticle(ctx, s, 'forward');
  const particles = words(ctx, 'particles');
  let from = 1;
  for (let guard = 0; guard < 4; guard++) {
    let at = -1;
    let end = 0;
    for (const p of particles) {
      const i = s.indexOf(p, from);
      if (i > 0 && (at < 0 || i < at)) {
        at = i;
        end = i + p.length;
      }
    }
    if (at < 0) return s;
    if (!particleInName(ctx, index, s, at, end)) return s.slice(0, at);
    from = end;
  }
  return s;
}

/**
 * A table word in Latin letters matched inside a longer Latin word: English's "on" at the end of
 * "Acme Corporationは" (the paragraph's tables hold English's too) is the name's last letters, no word.
 */
function partOfLatinWord(s: string, hit: string, dir: 'forward' | 'backward'): boolean {
  const next = dir === 'forward' ? s[hit.length] : s[s.length - hit.length - 1];
  return LATIN_LETTER.test(dir === 'forward' ? hit[hit.length - 1]! : hit[0]!) && !!next && LATIN_LETTER.test(next);
}

const LATIN_LETTER = /[A-Za-z]/;

/**
 * A space or mark inside a run of Latin words, which goes on across it in a script that writes none between
 * its own words: "Acme Holdings Corporationは", "Northwind Trading Co.が", "Acme Holdings 측은".
 */
export function insideLatinName(s: string, i: number): boolean {
  const prev = s[i - 1] ?? '';
  const next = s[i + 1] ?? '';
  if (!/[A-Za-z0-9]/.test(prev)) return false;
  if (s[i] === ' ' || s[i] === '&' || s[i] === '-') return LATIN_LETTER.test(next) || (s[i] === '&' && next === ' ');
  // The full stop of an abbreviation closing the name ("Inc.", "Co."), or inside one ("U.S.").
  return s[i] === '.' && (i === s.length - 1 || next === ' ' || LATIN_LETTER.test(next)) && /[A-Z][a-z]{0,3}$|[A-Z]$/.test(s.slice(Math.max(0, i - 4), i));
}

/** Strips leading (forward) or trailing (backward) table words: fillers, auxiliaries, roles, outlet words. */
function strip(ctx: ReadContext, s: string, dir: 'forward' | 'backward'): { s: string; offset: number; outletHint: boolean; roleHint: boolean } {
  let out = s;
  let offset = 0;
  let outletHint = false;
  let roleHint = false;
  const tables = dir === 'forward' ? (['fillers', 'outletWords', 'roleWords'] as const) : (['auxiliaries', 'roleWords'] as const);
  for (let guard = 0; guard < 4; guard++) {
    let changed = false;
    const lead = out.length - out.trimStart().length;
    out = dir === 'forward' ? out.trimStart() : out.trimEnd();
    offset += dir === 'forward' ? lead : 0;
    for (const table of tables) {
      const hit = dir === 'forward' ? startsWithAny(out, words(ctx, table)) : endsWithAny(out, words(ctx, table));
      if (!hit || hit.length >= out.length || partOfLatinWord(out, hit, dir)) continue;
      if (table === 'outletWords') outletHint = true;
      if (table === 'roleWords') roleHint = true;
      if (dir === 'forward') {
        out = out.slice(hit.length);
        offset += hit.length;
      } else out = out.slice(0, out.length - hit.length);
      changed = true;
    }
    // Dates between a subject and its verb: 13日, 10月14日, 今年4月.
    if (dir === 'backward') {
      const date = /(?:\d{1,4}[年月日号]){1,3}$/u.exec(out);
      if (date && date.index > 0) {
        out = out.slice(0, date.index);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { s: out, offset, outletHint, roleHint };
}

/** The name right after `from` (for `before` cues and label slots). */
export function readForwardCaseless(ctx: ReadContext, index: NameIndex, text: string, from: number): CaselessName | null {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  // A country before a quoted title says where the paper is from: 据英国《金融时报》报道 credits the paper,
  // not the British government.
  const country = COUNTRY_BEFORE_TITLE.exec(text.slice(i, i + 10));
  if (country && stateNamed(country[1]!)) i += country[1]!.length;
  const quoted = quotedAt(ctx, index, text, i);
  if (quoted !== undefined) return quoted;
  const window = text.slice(i, i + 60);
  const stripped = strip(ctx, window, 'forward');
  // A quoted name after a filler: 本文来自微信公众号“虎嗅APP”.
  const quotedAfter = stripped.offset ? quotedAt(ctx, index, text, i + stripped.offset) : undefined;
  if (quotedAfter !== undefined) return quotedAfter;
  const stretch = cutForwardKeepingNames(ctx, index, upTo(ctx, stripped.s));
  const found = judgeStretch(ctx, index, stretch, i + stripped.offset, 'start', stripped.outletHint) ?? declitic(ctx, index, stretch, i + stripped.offset);
  if (found?.why === 'registry') return found;
  // The registry may know the name only with its outlet word (وكالة الأنباء السعودية).
  const known = knownStart(ctx, index, cutAtParticle(ctx, upTo(ctx, window), 'forward'), i);
  if (known) return known;
  const better = found && !found.why ? (declitic(ctx, index, stretch, i + stripped.offset) ?? found) : found;
  return better && stripped.roleHint && !better.why ? { ...better, why: 'speaker role' } : better;
}

/** The name quoted at `i` (《自然》, 「アクシオス」), null for a quote that names none, undefined for no quote. */
function quotedAt(ctx: ReadContext, index: NameIndex, text: string, i: number): CaselessName | null | undefined {
  const close = OPEN[text[i] ?? ''];
  if (!close) return undefined;
  const end = text.indexOf(close, i + 1);
  if (end <= i + 1 || end - i > 40) return undefined;
  const judged = judgeStretch(ctx, index, text.slice(i + 1, end), i + 1, 'start', false);
  return judged ? { ...judged, why: judged.why ?? 'quoted' } : null;
}

/** Opening quote marks a paper's title is printed in (《世界报》, 「世界報」). */
const COUNTRY_CHARS = 5;
const TITLE_OPEN = /[《「『“"]/u;

/**
 * A state's name right before a quoted paper's title says which paper of that name it is: 西班牙《世界报》 is
 * Spain's El Mundo, not France's Le Monde (世界报 alone). The registry knows such a paper by the two together
 * (西班牙世界报); a country it knows no paper with keeps the title's own entry (法国《世界报》 stays Le Monde).
 */
export function countryEdition(index: NameIndex, text: string, n: CaselessName): CaselessName {
  const open = n.start - 1;
  if (open < 2 || !TITLE_OPEN.test(text[open]!)) return n;
  // The longest run of letters before the quote the registry knows with the title: a country (西班牙, 美国).
  for (let len = Math.min(COUNTRY_CHARS, open); len >= 2; len--) {
    const country = text.slice(open - len, open);
    if (!/^\p{L}+$/u.test(country)) continue;
    const known = index.find(`${country}${n.text}`);
    if (!known || known.word) continue;
    // The same paper as the title alone: the name stays as printed (英国《卫报》 credits 卫报).
    if (known.id === n.known?.id) return n;
    // Another, or one the title shares with others: named with its country, as the registry knows it, the
    // story is not asked again which paper of that title it is.
    return { ...n, text: `${country}${n.text}`, known, why: 'registry' };
  }
  return n;
}

/** A short stretch (a country's name) right before an opening quote mark. */
const COUNTRY_BEFORE_TITLE = /^([^\s《「『“"]{1,6})[《「『“"]/u;

/** The stretch up to the first punctuation mark (spaces count only in scripts without them). */
function upTo(ctx: ReadContext, s: string): string {
  if (!unspaced(ctx)) {
    const stop = s.search(MARKS);
    return stop < 0 ? s : s.slice(0, stop);
  }
  // A Latin name goes on across its spaces (据Acme Research统计): the first mark outside one ends it.
  let stop = 0;
  while (stop < s.length && (!PUNCT.test(s[stop]!) || insideLatinName(s, stop))) stop++;
  return s.slice(0, stop);
}

/** A start of the stretch the registry knows (whole words in spaced scripts), as a name. */
export function knownStart(ctx: ReadContext, index: NameIndex, stretch: string, at: number): CaselessName | null {
  const text = stretch.trim();
  const lead = stretch.indexOf(text);
  const cuts = unspaced(ctx)
    ? [...Array(Math.min(text.length, 24) + 1).keys()].slice(2).reverse()
    : [text.length, ...[...text.matchAll(/\s+/gu)].map((m) => m.index).reverse()].filter((c) => c <= 80);
  for (const cut of cuts) {
    const part = text.slice(0, cut);
    const known = part.length >= 2 ? index.find(part) : undefined;
    if (known && (!known.word || cut === text.length)) return { text: part, start: at + lead, end: at + lead + part.length, why: 'registry', known };
  }
  return null;
}

/** The name without a prefix the script glued to it (لرويترز → رويترز, للمرصد → المرصد). */
function declitic(ctx: ReadContext, index: NameIndex, stretch: string, at: number): CaselessName | null {
  const text = stretch.trim();
  const lead = at + stretch.indexOf(text);
  for (const rule of ctx.langs.flatMap((l) => l.data.clitics)) {
    const [prefix, replacement = ''] = rule.split('>');
    if (!prefix || !text.startsWith(prefix) || text.length <= prefix.length + 1) continue;
    const bare = replacement + text.slice(prefix.length);
    const found = judgeStretch(ctx, index, bare, 0, 'start', false);
    // The name as it is without the prefix (وزارة الصحة), over the printed stretch it came from.
    if (found?.why) return { ...found, start: lead, end: lead + prefix.length + found.text.length - replacement.length };
  }
  return null;
}

/** The name right before `to` (for `after` cues). */
export function readBackwardCaseless(ctx: ReadContext, index: NameIndex, text: string, to: number): CaselessName | null {
  const from = Math.max(0, to - 60);
  let window = text.slice(from, to);
  const closeAt = window.trimEnd();
  const last = closeAt[closeAt.length - 1];
  const opener = Object.keys(OPEN).find((o) => OPEN[o] === last && o !== last);
  if (opener) {
    const open = closeAt.lastIndexOf(opener);
    if (open >= 0 && closeAt.length - open <= 40) {
      const inner = closeAt.slice(open + 1, closeAt.length - 1);
      const judged = judgeStretch(ctx, index, inner, from + open + 1, 'end', false);
      return judged ? { ...judged, why: judged.why ?? 'quoted' } : null;
    }
  }
  // A case particle right before the cue ends a phrase that is no subject of it: 鹿児島県で撮影 (taken in),
  // ヘリから撮影 (from), 정부에서는 (at): the place or means, no one credited. Possessives (の, 의) are stripped below.
  // Looked for before the auxiliaries are stripped (ら ends から) and after (a date: 永田町で2024年5月1日撮影).
  const stripped = strip(ctx, window, 'backward');
  if (endsInCase(ctx, index, window) || endsInCase(ctx, index, stripped.s)) return null;
  window = stripped.s;
  // "美国有线电视新闻网（CNN）报道称", "接受天空新闻(Sky News)采访时": the name, then its short form in brackets.
  const short = SHORT_FORM.exec(window.trimEnd());
  if (short) window = window.slice(0, short.index);
  let p = window.length - 1;
  while (p >= 0 && (!PUNCT.test(window[p]!) || insideLatinName(window, p))) p--;
  // Spaced scripts keep their inner spaces: only punctuation other than a space ends the stretch.
  if (!unspaced(ctx)) {
    p = window.length - 1;
    while (p >= 0 && !(PUNCT.test(window[p]!) && !/\s/.test(window[p]!))) p--;
  }
  const upToPunct = window.slice(p + 1);
  let stretch = afterClause(ctx, index, cutBackKeepingNames(ctx, index, upToPunct));
  // A cue opening the stretch is no part of the name: 据禹州市教体局…通报称 → 禹州市教体局.
  const lead = startsWithAny(stretch, leadWords(ctx));
  if (lead && lead.length < stretch.length) stretch = stretch.slice(lead.length);
  stretch = withoutGluedPreposition(ctx, index, stretch);
  const start = from + window.length - stretch.length;
  let found = judgeStretch(ctx, index, stretch, start, 'end', stripped.outletHint, text.slice(Math.max(0, start - BEFORE_REACH), start));
  // The short form the registry knows names the body better than a cut stretch does: in
  // 美国消费者新闻与商业频道（CNBC）报道 the particle 与 leaves 商业频道 of the name, CNBC names it.
  if (short && found && found.why !== 'registry') {
    const abbr = byShortForm(ctx, index, short, from);
    if (abbr && (!found.why || abbr.why === 'registry')) found = abbr;
  }
  return found && stripped.roleHint && !found.why ? { ...found, why: 'speaker role' } : found;
}

/** How far the closer of an `around` cue may stand from its opener (据…报道). */
const AROUND_REACH = 30;

/**
 * The name an `around` cue frames (据新华社报道). A closer may occur inside the name (数据 in 猎聘大数据研究院), so
 * each closer within reach is tried until one leaves a name that is a body's; and an opener that ends one of the
 * cue's closers is that word (据 in 数据), no opener.
 */
export function readAroundCaseless(ctx: ReadContext, index: NameIndex, text: string, at: number, end: number, c: CompiledCue): CaselessName | null {
  if (!c.closers || c.cue.closers.some((w) => w.length > end - at && text.slice(Math.max(0, end - w.length), end) === w)) return null;
  let first: CaselessName | null = null;
  c.closers.lastIndex = end;
  for (let close = c.closers.exec(text); close && close.index - end <= AROUND_REACH; close = c.closers.exec(text)) {
    const n = readForwardCaseless(ctx, index, text.slice(0, close.index), end);
    if (n && (n.why || stateNamed(n.text))) return n;
    first ??= n;
    if (close[0].length === 0) c.closers.lastIndex++;
  }
  return first;
}

/** How many names before the one read a credit may list (A、B、C和D). */
const LIST_ITEMS = 4;

/** Where the name before `start` ends when a list's joiner stands between them (和, と, 과 glued to it), else -1. */
function joinerBefore(ctx: ReadContext, text: string, start: number): number {
  const lang = ctx.langs[0]!;
  if (lang.script === 'hangul') {
    // 뉴욕타임스와 워싱턴포스트: the joiner is glued to the name before, a space follows it.
    const m = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
    const word = m?.[1];
    if (!m || !word) return -1;
    const joiner = lang.data.listJoiners.find((w) => word.length > w.length + 1 && word.endsWith(w));
    return joiner ? start - (m[0].length - word.length) - joiner.length : -1;
  }
  if (!UNSPACED.has(lang.script)) return -1;
  const joiner = lang.data.listJoiners.find((w) => text.slice(Math.max(0, start - w.length), start) === w);
  return joiner ? start - joiner.length : -1;
}

/**
 * A name read as one that joins two bodies' names (路透社和彭博社): the two, when each is a body's by itself; a
 * joiner inside a name (共和国, 中华人民共和国外交部) leaves a part that is none.
 */
function splitAtJoiner(ctx: ReadContext, index: NameIndex, n: CaselessName): CaselessName[] {
  if (n.why === 'registry' || !UNSPACED.has(ctx.langs[0]!.script)) return [n];
  for (const joiner of ctx.langs[0]!.data.listJoiners) {
    const at = n.text.indexOf(joiner);
    if (at < 2 || n.text.length - at - joiner.length < 2) continue;
    const left = judgeStretch(ctx, index, n.text.slice(0, at), n.start, 'end', false);
    const right = judgeStretch(ctx, index, n.text.slice(at + joiner.length), n.start + at + joiner.length, 'start', false);
    if (left?.why && right?.why && !stateNamed(left.text) && !stateNamed(right.text)) return [left, right];
  }
  return [n];
}

/**
 * The names one credit lists (뉴욕타임스와 워싱턴포스트 등에 따르면, 共同通信とNHKの世論調査によると, 国家统计局和海关总署的数据显示):
 * the name read and those joined before it, each credited as it would be alone; a kind of outlet before the
 * first (일간지 폴랴와 에스타동) describes them all. A state in the list ends it (中国和美国的数据: the states' own rule).
 */
export function listItems(ctx: ReadContext, index: NameIndex, text: string, n: CaselessName): CaselessName[] {
  const items = splitAtJoiner(ctx, index, n);
  for (let k = 0; k < LIST_ITEMS; k++) {
    const at = joinerBefore(ctx, text, items[0]!.start);
    if (at < 0) break;
    const m = readBackwardCaseless(ctx, index, text, at);
    if (!m || m.end > at || m.text.length < 2 || stateNamed(m.text)) break;
    items.unshift(m);
  }
  if (items.length > 1 && items[0]!.why === 'outlet word') return items.map((i) => (i.why ? i : { ...i, why: 'outlet word' as const }));
  return items;
}

/** How many words of a holder's name may stand between a body and the role (전하규; 카린 장피에르). */
const HOLDER_WORDS = 2;
/** The longest a holder's name read back from a role is (レビット, 毛寧, 매슈 밀러). */
const HOLDER_LENGTH = 10;
/** A figure in a stretch read back as a holder's name: a date or a number, never a name. */
const HOLDER_FIGURE = /\p{N}/u;

/**
 * A role after its holder's name (`holderBetween` cues): the body before the name, when the name read back is
 * not a body's (ホワイトハウスのレビット報道官 → ホワイトハウス, 국방부 전하규 대변인은 → 국방부).
 */
export function readBehindHolder(ctx: ReadContext, index: NameIndex, text: string, holder: CaselessName, accept = (n: CaselessName) => !!n.why): CaselessName | null {
  // A person's name holds no figure: "1990년대이래 통신은" is a date before a word, no holder before a role.
  if (HOLDER_FIGURE.test(holder.text)) return null;
  let to = holder.start;
  for (let k = 0; k < HOLDER_WORDS; k++) {
    const before = text.slice(Math.max(0, to - 40), to);
    const trimmed = before.trimEnd();
    // Hangul spaces the words; the others glue a possessive (の, 的) between body and holder.
    const aux = trimmed === before ? endsWithAny(trimmed, words(ctx, 'auxiliaries')) : undefined;
    if (trimmed === before && !aux) return null;
    const back = to - (before.length - trimmed.length) - (aux && aux.length <= 2 ? aux.length : 0);
    const n = readBackwardCaseless(ctx, index, text, back);
    if (!n) return null;
    if (accept(n)) return stateNamed(n.text) ? null : n;
    if (n.text.length > HOLDER_LENGTH || HOLDER_FIGURE.test(n.text)) return null;
    to = n.start;
  }
  return null;
}

/** Does the text end in a particle that is no possessive (で, から, 에서는; not の, 의) nor a known name's (华为)? */
function endsInCase(ctx: ReadContext, index: NameIndex, text: string): boolean {
  const particle = unspaced(ctx) ? endsWithAny(text, words(ctx, 'particles')) : undefined;
  return !!particle && !words(ctx, 'auxiliaries').includes(particle) && !particleInName(ctx, index, text, text.length - particle.length, text.length);
}

/** How far after an executive's title its reporting verb may stand (a quote between them, in Japanese). */
const SPEECH_REACH = 200;
/** Registry kinds an executive speaks for. */
const FIRM_KINDS: ReadonlySet<string> = new Set(['company', 'organization']);

/**
 * An executive's title credits the firm before it (`firmsOnly` cues: 华为公司董事长梁华表示, トヨタ自動車の佐藤社長は…と
 * 述べた, ㈜디지털이엠씨 박채규 대표는 …고 강조했다) when a reporting verb follows (`objects`) and the name is a firm's or
 * an organization's: the registry's, one ending in a `companyWords` word, or one a kind of firm introduces.
 * Returns the name as credited, or null.
 */
export function firmOfExecutive(ctx: ReadContext, index: NameIndex, text: string, n: CaselessName, end: number, c: CompiledCue): CaselessName | null {
  const verbs = c.cue.objects;
  if (verbs.length && !verbs.some((v) => text.slice(end, end + SPEECH_REACH).includes(v))) return null;
  const firm = (m: CaselessName): CaselessName | null => {
    if (stateNamed(m.text)) return null;
    if (m.known) return FIRM_KINDS.has(m.known.kind) ? m : null;
    const own = !!endsWithAny(m.text, words(ctx, 'companyWords')) || kindBefore(ctx, text.slice(Math.max(0, m.start - BEFORE_REACH), m.start), m.text);
    return own ? { ...m, why: m.why ?? 'organization word' } : null;
  };
  // The holder's name, or the title's qualifiers (高级市场总监), may stand between the firm and the title.
  const behind = !firm(n) && c.cue.holderBetween ? readBehindHolder(ctx, index, text, n, (m) => !!firm(m)) : null;
  return firm(behind ?? n);
}

/** The topic of a sentence (`気象庁は…と発表した`): what precedes its first topic marker. */
export function readTopic(ctx: ReadContext, index: NameIndex, sentence: string): CaselessName | null {
  const markers = words(ctx, 'topicMarkers');
  let cut = -1;
  for (const m of markers) {
    let i = sentence.indexOf(m);
    // A marker inside a name the registry knows (も in こども家庭庁) is no marker.
    while (i > 0 && i <= 30 && unspaced(ctx) && particleInName(ctx, index, sentence, i, i + m.length)) i = sentence.indexOf(m, i + 1);
    if (i > 0 && i <= 30 && (cut < 0 || i < cut)) cut = i;
  }
  if (cut < 0) return null;
  let head = sentence.slice(0, cut);
  // "국제통화기금(IMF)은", "国際通貨基金（IMF）は": the name, then its short form in brackets.
  const short = SHORT_FORM.exec(head);
  if (short) head = head.slice(0, short.index);
  const reporting = unspaced(ctx) ? reporterDateline(ctx, index, head) : null;
  if (reporting) return reporting;
  let offset = 0;
  // In scripts with spaces between words a topic may be several words ("मौसम विभाग ने"): only marks end it.
  const ends = unspaced(ctx) ? PUNCT : MARKS;
  for (let i = head.length - 1; i >= 0; i--) {
    if (ends.test(head[i]!) && !(unspaced(ctx) && insideLatinName(head, i))) {
      offset = i + 1;
      head = head.slice(i + 1);
      break;
    }
  }
  const stripped = strip(ctx, head, 'backward');
  const stretch = afterClause(ctx, index, cutBackKeepingNames(ctx, index, stripped.s));
  const at = offset + stripped.s.length - stretch.length;
  // A dateline naming the agency's reporter (中央社記者王小明台北21日電): the agency, not its reporter, speaks.
  const found = judgeStretch(ctx, index, stretch, at, 'end', stripped.outletHint, sentence.slice(Math.max(0, at - BEFORE_REACH), at));
  return short && found && !found.why ? (byShortForm(ctx, index, short, 0) ?? found) : found;
}

/**
 * An unknown name credited by its short form in brackets when the registry knows that, or when it is an
 * acronym (한국개발연구원(KDI)); a person's name spelled out in Latin letters (丹尼尔·霍特(Daniel Huot)) is not one.
 */
function byShortForm(ctx: ReadContext, index: NameIndex, short: RegExpExecArray, from: number): CaselessName | null {
  const form = short[1]!.trim();
  const abbr = judgeStretch(ctx, index, form, from + short.index + short[0].indexOf(form), 'end', false);
  return abbr && (abbr.why === 'registry' || ACRONYM.test(form)) ? { ...abbr, why: abbr.why ?? 'organization word' } : null;
}

const ACRONYM = /^[A-Z][A-Z0-9&.-]{1,9}$/;

/** A short form in brackets closing a name (ASCII or full-width brackets): "(IMF)", "（CNN）", "(Sky News)". */
const SHORT_FORM = /[(（]([^()（）]{1,20})[)）]$/u;

/** Splits a label's slot into names (`新华社、人民日报`): each part counts (labels are strong cues). */
export function splitSlot(slot: string, from: number): CaselessName[] {
  const out: CaselessName[] = [];
  let offset = 0;
  for (const part of slot.split(/([、，,／/;；]|\s+و\s+)/u)) {
    const t = part.trim();
    if (t && !/^[、，,／/;；]$/.test(t) && t !== 'و' && t.length <= 40) out.push({ text: t, start: from + offset + part.indexOf(t), end: from + offset + part.indexOf(t) + t.length });
    offset += part.length;
  }
  return out;
}
