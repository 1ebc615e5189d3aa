/**
 * Reading the name a cue points at, in scripts with capital letters: forwards after `Menurut`, backwards
 * before `mengatakan`. A name is a run of capitalized words (or acronyms, or web addresses), with the
 * table's linking words inside ("Ministry of Defence"); Vietnamese names may carry lowercase syllables
 * ("Bộ Quốc phòng Nga"). What surrounds the name (a title, an outlet word, a speaker role) travels with it.
 */
import { placeIndex } from '../places/index';
import { beforeAside, isPlace, pastLeadingPlace } from './aside';
import { pastAttribute } from './attribute';
import { beforeVenue } from './venue';
import { fieldCommaAt } from './field-comma';
import { genitiveHolder } from './genitive-holder';
import { tailEndAfter, tailHeadBefore } from './lower-tail';
import type { ReadContext } from './context';
import { isLowercaseName } from './lowercase';
import { nationalBodyAfter, nationalBodyEndingAt, type National } from './national-body';
import { withNationality } from './nationality';
import { isAcronym, isCapitalized, isDomainLike, isElision, tokenize, tokenizeTail, type Token } from './tokens';
import { beforeDate } from './when';

export interface NameSpan {
  text: string;
  start: number;
  end: number;
  /** A person's title stands at its start or right before it: a person, not a source. */
  titled: boolean;
  /** An outlet word introduced it (`kantor berita`, `tờ`, `the newspaper`). */
  outletHint: boolean;
  /** A speaker role points at it (`juru bicara X`, `X spokesman`). */
  roleHint: boolean;
  /** An acronym printed after it in brackets: `Komisi Pemberantasan Korupsi (KPK)`. */
  acronym?: string;
  /** One of the language's `bodyArticles` stands right before it ("according to the Star-Telegram"). */
  articled?: boolean;
  /** Read back from a verb, a document heads it ("Laporan Bank Dunia", "số liệu của Tổng cục Thống kê"). */
  document?: boolean;
  /** A kind of public body and a people's adjective name it ("la police française"): its state, its entry. */
  national?: National;
  /** A place set after it by a place link ("Bayer in Leverkusen teilte mit"): a body with its seat, no word. */
  placed?: boolean;
}

const MAX_NAME_TOKENS = 10;
/** Syllable-written names run longer: "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh" is fourteen tokens. */
const MAX_SYLLABLE_NAME_TOKENS = 16;
const maxNameTokens = (ctx: ReadContext): number => (ctx.syllables ? MAX_SYLLABLE_NAME_TOKENS : MAX_NAME_TOKENS);
export const QUOTES = new Set(['"', '“', '”', '„', '«', '»', '‘', "'", '「', '『', '《', '〈']);

const isNameToken = (t: Token | undefined): boolean =>
  !!t && t.word && t.text.length <= 60 && (isCapitalized(t) || isAcronym(t) || isDomainLike(t) || /^\p{N}+\p{L}/u.test(t.text) || isLowercaseName(t.text));

const lowerWord = (t: Token | undefined): t is Token => !!t && t.word && !isNameToken(t);

/**
 * A lowercase syllable that may sit inside a Vietnamese name: not a function word nor a cue word. Only the
 * name's own language's function words count: English "an" is the "an" of "Công an tỉnh Nghệ An".
 */
function innerSyllable(ctx: ReadContext, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return lowerWord(t) && !ctx.langs[0]!.stopwords.has(t.text.toLowerCase()) && ctx.cueWords.forward(tokens, i) === 0 && !officeEndsAt(ctx, tokens, i);
}

/**
 * The first token past the lowercase syllables from `j` in direction `dir`: at most three, not counting
 * link words ("Cục Quản lý thị trường tỉnh Lạng Sơn": "tỉnh" links the body to its province).
 */
function pastInner(ctx: ReadContext, tokens: readonly Token[], j: number, dir: 1 | -1, max = 3): number {
  let k = j;
  for (let n = 0, steps = 0; steps < max + 3 && innerSyllable(ctx, tokens, k); steps++, k += dir) {
    if (!ctx.nameLinks.has(tokens[k]!.text)) n++;
    if (n > max) break;
  }
  return k;
}

/**
 * A short form in brackets inside a Vietnamese body's name, the name going on after it with its place: "Ủy ban nhân
 * dân (UBND) tỉnh Nghệ An", "Sở Giáo dục và Đào tạo (GD&ĐT) Hà Nội". `open` is the bracket's "(": true when an
 * acronym alone stands in it, a name's word before it, and the place (a link word or a capital) after it.
 */
function innerShortForm(ctx: ReadContext, tokens: readonly Token[], open: number): boolean {
  if (!ctx.syllables || tokens[open]?.text !== '(' || tokens[open + 2]?.text !== ')' || !isAcronym(tokens[open + 1]!)) return false;
  const before = tokens[open - 1];
  if (!before || !(isNameToken(before) || innerSyllable(ctx, tokens, open - 1))) return false;
  const after = open + 3;
  // A place goes on the name; a joiner or a second body's word opens another name ("(UBND) và Sở Xây dựng").
  if (ctx.listJoiners.forward(tokens, after) || ctx.orgWords.forward(tokens, after)) return false;
  const link = ctx.nameLinks.forward(tokens, after);
  const next = after + link;
  return isNameToken(tokens[next]) && !ctx.orgWords.forward(tokens, next) && (link > 0 || (nameAt(ctx, tokens, after) && !ctx.stopwords.has(tokens[after]!.text.toLowerCase())));
}

/** How many tokens from `i` are an office: a speaker role or a position ("Kabid Humas", "Giám đốc", "Kepala"). */
function officeAt(ctx: ReadContext, tokens: readonly Token[], i: number): number {
  return Math.max(ctx.roleWords.forward(tokens, i), ctx.positionWordsTable.forward(tokens, i));
}

/** Does an office end at `i` ("người phát ngôn", "đại diện")? No name runs through one. */
function officeEndsAt(ctx: ReadContext, tokens: readonly Token[], i: number): boolean {
  return ctx.roleWords.backward(tokens, i) > 0 || ctx.positionWordsTable.backward(tokens, i) > 0;
}

/**
 * Does a person's full name start at `j`: a family name opening a run of three or four capitalized
 * syllables that ends there ("Nguyễn Văn Hùng")? Only such a run: "Trường THPT Nguyễn Du" keeps its patron.
 */
function holderAt(ctx: ReadContext, tokens: readonly Token[], j: number): boolean {
  if (!ctx.familyNames.forward(tokens, j)) return false;
  let k = j;
  while (k < tokens.length && k - j < 5 && isNameToken(tokens[k])) k++;
  return k - j >= 3 && k - j <= 4 && !isNameToken(tokens[k]);
}

/** Does a company's form, capitalized, end at `k` ("Tbk", "(Persero)", "Inc")? */
function companyFormEndsAt(ctx: ReadContext, tokens: readonly Token[], k: number): boolean {
  const at = tokens[k]?.text === ')' ? k - 1 : k;
  const t = tokens[at];
  return !!t && isCapitalized(t) && ctx.companyWords.backward(tokens, at) > 0;
}

/**
 * The last token of a body's name that its office's holder follows ("Polda Jawa Timur Kombes Dirmanto",
 * "Sở Y tế Hà Nội Nguyễn Văn Hùng"): before a person's title or a family name opening the holder's name;
 * `i` when no holder follows.
 */
function beforeHolder(ctx: ReadContext, tokens: readonly Token[], a: number, i: number): number {
  for (let k = a + 1; k <= i; k++) {
    if (!isNameToken(tokens[k])) continue;
    if (ctx.personTitles.forward(tokens, k) > 0) return k - 1;
    // "Corporate Secretary PT Bank Rakyat Indonesia (Persero) Tbk Aestika Oryza": a company's form closes its name.
    if (companyFormEndsAt(ctx, tokens, k - 1) && k - 1 > a) return k - 1;
    if (ctx.syllables && holderAt(ctx, tokens.slice(0, i + 1), k)) return k - 1;
  }
  return i;
}

/**
 * Does the person's title at `j` close an organization word that starts before it ("Fiscalía General",
 * "Procura Generale")? There it is the body's name going on, not a person's title.
 */
function titleInOrgWord(ctx: ReadContext, tokens: readonly Token[], j: number): boolean {
  const n = ctx.personTitles.forward(tokens, j);
  return n > 0 && ctx.orgWords.backward(tokens, j + n - 1) > n;
}

function titledAt(ctx: ReadContext, tokens: readonly Token[], i: number): boolean {
  return ctx.personTitles.forward(tokens, i) > 0;
}

/** A token that can be part of a name here: capitalized (or an acronym, an address), not a day or month. */
function nameAt(ctx: ReadContext, tokens: readonly Token[], i: number): boolean {
  return isNameToken(tokens[i]) && ctx.calendar.forward(tokens, i) === 0;
}

/** Index of the last token of the name starting at `i`, or -1. */
function nameEndFrom(ctx: ReadContext, tokens: readonly Token[], i: number): number {
  if (!nameAt(ctx, tokens, i)) return -1;
  const orgHeaded = ctx.orgWords.forward(tokens, i) > 0;
  let last = i;
  let j = i + 1;
  while (j < tokens.length && j - i < maxNameTokens(ctx)) {
    const t = tokens[j]!;
    // A capitalized function word starts the next sentence of run-together text ("Ảnh: US Navy Một bé gái").
    // (In syllable-written names only the language's own: English "an" is the "An" of "tỉnh An Giang".)
    const stop = ctx.syllables ? ctx.langs[0]!.stopwords : ctx.stopwords;
    if (nameAt(ctx, tokens, j) && stop.has(t.text.toLowerCase()) && !isAcronym(t) && ctx.nameLinks.forward(tokens, j) === 0) break;
    // A person's title inside a run starts the next phrase ("Ảnh: VGP Thủ tướng Phạm Minh Chính"); so
    // does the full name of a body's office-holder ("Sở Y tế Hà Nội Nguyễn Văn Hùng").
    if (ctx.personTitles.forward(tokens, j) > 0 && isNameToken(t) && !titleInOrgWord(ctx, tokens, j)) break;
    if (orgHeaded && ctx.syllables && holderAt(ctx, tokens, j)) break;
    if (nameAt(ctx, tokens, j)) {
      last = j++;
      continue;
    }
    if (t.text === '&' && isNameToken(tokens[j + 1])) {
      j++;
      continue;
    }
    // "Theo Ủy ban nhân dân (UBND) TP Hà Nội, …": the short form in brackets inside the name is stepped over.
    if (orgHeaded && innerShortForm(ctx, tokens, j)) {
      j += 3;
      continue;
    }
    // An initial inside a name: "Estado de S. Paulo", "John F. Kennedy Airport".
    if (t.text === '.' && /^\p{Lu}$/u.test(tokens[j - 1]?.text ?? '') && isNameToken(tokens[j + 1])) {
      j++;
      continue;
    }
    // "Bộ Văn hóa, Thể thao và Du lịch": a comma between the fields of a body's name.
    if (orgHeaded && fieldCommaAt(ctx, tokens, j)) {
      j++;
      continue;
    }
    const link = ctx.nameLinks.forward(tokens, j);
    if (link && t.word && isNameToken(tokens[j + link])) {
      j += link;
      continue;
    }
    // A lowercase organization word closing a name: "the Obama administration", "prosecutor's office".
    const org = lowerWord(t) ? ctx.orgWords.forward(tokens, j) : 0;
    if (org) {
      last = j + org - 1;
      j += org;
      continue;
    }
    if (ctx.syllables && innerSyllable(ctx, tokens, j)) {
      const k = pastInner(ctx, tokens, j, 1);
      // "Theo Ủy ban nhân dân (UBND) TP Hà Nội, …": small syllables, then the short form in brackets.
      if (orgHeaded && innerShortForm(ctx, tokens, k)) {
        last = k - 1;
        j = k + 3;
        continue;
      }
      if (isNameToken(tokens[k])) {
        // "Sở Giao thông vận tải Huỳnh Văn Chương": the holder's name (or title) right after the small
        // syllables closes the body's name on them; read on, the name kept only "Sở Giao".
        if (orgHeaded && (holderAt(ctx, tokens, k) || (ctx.personTitles.forward(tokens, k) > 0 && !titleInOrgWord(ctx, tokens, k)))) {
          last = k - 1;
          break;
        }
        j = k;
        continue;
      }
      if (orgHeaded) last = k - 1;
      // "Theo Bộ Tài nguyên và Môi trường, …": a link after small syllables goes on to the name's next capital,
      // unless a body's word opens it ("Bộ Y tế và Bộ Công an" are two bodies); "Bộ Văn hóa, Thể thao và Du
      // lịch": a comma between the fields of its name.
      const link = ctx.nameLinks.forward(tokens, k);
      if (orgHeaded && link && isNameToken(tokens[k + link]) && !ctx.orgWords.forward(tokens, k + link)) {
        j = k + link;
        continue;
      }
      if (orgHeaded && fieldCommaAt(ctx, tokens, k)) {
        j = k + 1;
        continue;
      }
    }
    // "selon la Confédération africaine de football": the small words after a body's capitalized head.
    // (Only right after the organization word: "Comitato Acqua Pubblica romano" is a capitalized name and a place.)
    const tail = orgHeaded && !ctx.syllables && ctx.orgWords.backward(tokens, last) > 0 ? tailEndAfter(ctx, tokens, j) : -1;
    if (tail >= 0) last = tail;
    break;
  }
  return last;
}

/** Index of the first token of the name ending at `i`, or -1. */
function nameStartBefore(ctx: ReadContext, tokens: readonly Token[], i: number): number {
  let end = i;
  // "Obama administration officials said": a lowercase organization word may close the name.
  if (lowerWord(tokens[end])) {
    const org = ctx.orgWords.backward(tokens, end);
    if (org && isNameToken(tokens[end - org])) end -= org;
    // "Правительство Краснодарского края сообщило": the noun a capitalized adjective of the name qualifies.
    else if (end > 0 && qualifiedNoun(ctx, tokens, end - 1) === end) end -= 1;
    else if (ctx.syllables) {
      // "Bộ Quốc phòng cho biết", "Cục Quản lý thị trường cho hay", "Trung tâm Dự báo khí tượng thủy văn
      // quốc gia cho biết": the name may end in up to five lowercase syllables if an organization word heads it.
      const k = pastInner(ctx, tokens, end, -1, 5);
      if (!isNameToken(tokens[k])) return -1;
      const start = nameStartBefore(ctx, tokens, k);
      return start >= 0 && ctx.orgWords.forward(tokens, start) > 0 ? start : -1;
    } else {
      // "La Confédération africaine de football a annoncé": a body's name whose words after its head are small.
      const head = tailHeadBefore(ctx, tokens, end);
      if (head < 0) return -1;
      const start = nameStartBefore(ctx, tokens, head);
      return start >= 0 ? start : head;
    }
  }
  if (!nameAt(ctx, tokens, end)) return -1;
  let first = end;
  let j = end - 1;
  while (j >= 0 && end - j < maxNameTokens(ctx)) {
    const t = tokens[j]!;
    if (nameAt(ctx, tokens, j)) {
      first = j--;
      continue;
    }
    if (t.text === '&' && isNameToken(tokens[j - 1])) {
      j--;
      continue;
    }
    // "PT Telkom Indonesia (Persero) Tbk": a company's form in brackets inside its name.
    if (t.text === ')' && tokens[j - 2]?.text === '(' && companyFormEndsAt(ctx, tokens, j) && isNameToken(tokens[j - 3])) {
      j -= 3;
      continue;
    }
    // "Ủy ban nhân dân (UBND) tỉnh Nghệ An cho biết": back over the place's link word and the short form in brackets.
    const placeLink = ctx.syllables ? ctx.nameLinks.backward(tokens, j) : 0;
    const open = t.text === ')' ? j - 2 : placeLink && tokens[j - placeLink]?.text === ')' ? j - placeLink - 2 : -1;
    if (open > 0 && innerShortForm(ctx, tokens, open)) {
      j = open - 1;
      if (isNameToken(tokens[j])) continue;
      const k = pastInner(ctx, tokens, j, -1);
      if (isNameToken(tokens[k])) {
        j = k;
        continue;
      }
      break;
    }
    const link = ctx.nameLinks.backward(tokens, j);
    if (link && t.word && isNameToken(tokens[j - link])) {
      j -= link;
      continue;
    }
    // "Sở Lao động, Thương binh và Xã hội cho biết", "Kementerian Pendidikan, …, Riset, dan Teknologi": the fields
    // before the comma (or the comma before the joiner), if a body's word heads them.
    const comma = fieldCommaAt(ctx, tokens, j) ? j : link && fieldCommaAt(ctx, tokens, j - link) ? j - link : -1;
    if (comma >= 0) {
      const start = nameStartBefore(ctx, tokens, comma - 1);
      if (start >= 0 && ctx.orgWords.forward(tokens, start) > 0) return start;
      break;
    }
    // "Bộ Tài nguyên và Môi trường": the word before the link may be a small syllable of the name.
    const past = link && t.word && ctx.syllables ? pastInner(ctx, tokens, j - link, -1) : -1;
    if (past >= 0 && past < j - link && isNameToken(tokens[past])) {
      j = past;
      continue;
    }
    if (ctx.syllables && innerSyllable(ctx, tokens, j)) {
      const k = pastInner(ctx, tokens, j, -1);
      if (isNameToken(tokens[k])) {
        j = k;
        continue;
      }
    }
    break;
  }
  return headBefore(ctx, tokens, first);
}

/**
 * Names whose head word alone is capitalized ("Министерство обороны России", "Agence du revenu du
 * Canada"): reading backwards from the capitalized tail, step over up to two lowercase words (not function
 * words) to a capitalized organization word heading them.
 */
function headBefore(ctx: ReadContext, tokens: readonly Token[], first: number): number {
  let k = first - 1;
  let lower = 0;
  while (k >= 0 && lower < 3) {
    const t = tokens[k]!;
    if (!t.word) return first;
    if (isNameToken(t)) return ctx.orgWords.forward(tokens, k) > 0 ? k : first;
    // "European Commission spokeswoman Anna Berg": a speaker role or position between them names the person
    // after it, not the institution's name going on.
    if (ctx.roleWords.forward(tokens, k) > 0 || ctx.positionWordsTable.forward(tokens, k) > 0) return first;
    const link = ctx.nameLinks.has(t.text);
    if (!link && ctx.stopwords.has(t.text.toLowerCase())) return first;
    if (!link) lower++;
    k--;
  }
  return first;
}

function span(text: string, tokens: readonly Token[], a: number, b: number): Pick<NameSpan, 'text' | 'start' | 'end'> {
  const start = tokens[a]!.start;
  const end = tokens[b]!.end;
  return { text: text.slice(start, end), start, end };
}

// An indefinite article opening a sentence ("A Pentagon official said"): English's "A" is too short a word
// to be a stopword (it is a word in many languages), but it never opens a name read backwards.
const INDEFINITE = /^(?:A|An)$/;

/** Skips capitalized function words at a name's start ("Sementara itu", "The") that are not the name. */
function trimStart(ctx: ReadContext, tokens: readonly Token[], a: number, b: number): number {
  while (a < b && ((ctx.stopwords.has(tokens[a]!.text.toLowerCase()) && !isAcronym(tokens[a]!)) || isElision(tokens[a]!) || INDEFINITE.test(tokens[a]!.text))) a++;
  return a;
}

interface ForwardOptions {
  /** Read a list (`TASS, Moscow Times, Barron's`, `X dan Y`). */
  list?: boolean;
  /** The registry's lookup, to keep an outlet word that is part of a known name. */
  find?: (name: string) => unknown;
}

interface Lead {
  i: number;
  outletHint: boolean;
  roleHint: boolean;
  /** Where the outlet word that introduced the name starts. */
  outletStart?: number;
  /** An article (or a contraction hiding one) skipped right before the name: its index and the article. */
  article?: { at: number; word: string };
}

/** A word in a description: lowercase ("rescue"), or a compound ending in one ("London-based", "state-run"). */
const describing = (t: Token | undefined): boolean => !!t && t.word && (/^\p{Ll}/u.test(t.text) || /-\p{Ll}+$/u.test(t.text));

/** A country's or city's name or its people's, capitalized ("German", "Mexican", "Israeli"). */
const placeWord = (t: Token | undefined): boolean => !!t && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !!placeIndex().exact(t.text)?.country;

/**
 * How many tokens from `i` describe the name after them: up to four describing words, the last a kind of
 * institution or outlet ("whale rescue group", "London-based fact-checking website"), then a name. 0 if none.
 * An outlet may open its description with where it is from ("the German daily Bild", "Mexican newspaper Reforma").
 */
function describedBy(ctx: ReadContext, tokens: readonly Token[], i: number): number {
  // A person's title opening it is an office, the name after it its holder: "министр финансов Антон Силуанов".
  if (ctx.personTitles.forward(tokens, i) > 0) return 0;
  // Where a body's kind puts its name after it in the genitive, the kind heads the name: "администрации
  // Белгородской области" (read by headedName), no description of it.
  if (!ctx.compoundTitles && lowerWord(tokens[i]) && ctx.orgWords.forward(tokens, i) > 0 && isNameToken(tokens[i + ctx.orgWords.forward(tokens, i)])) return 0;
  const from = placeWord(tokens[i]) ? 1 : 0;
  // An elided article ends a description as a function word does: "ministero dell'Interno" is a name's head.
  for (let k = 1 + from; k <= 4 + from && describing(tokens[i + k - 1]) && !ctx.stopwords.has(tokens[i + k - 1]!.text.toLowerCase()) && !isElision(tokens[i + k - 1]!); k++) {
    const last = i + k - 1;
    const outlet = ctx.outletWords.backward(tokens, last);
    const kind = from ? outlet : ctx.genericOrgs.backward(tokens, last) || outlet || ctx.orgWords.backward(tokens, last);
    // "the police Chief John Smith": a title after the kind word starts a person, not the name.
    const titled = ctx.personTitles.forward(tokens, last + 1) || ctx.positionWordsTable.forward(tokens, last + 1) || ctx.roleWords.forward(tokens, last + 1);
    if (kind && kind <= k - from && isNameToken(tokens[last + 1]) && !titled) return k;
  }
  return 0;
}

/**
 * "Research firm Kestrel Metrics estimates", "Market research firm Vantor Insight said": a description ending in a
 * kind of body (one of the `fillers`, capitalized only because it opens the sentence) before a name read back
 * from its verb; how many tokens it takes from `a`, 0 if none.
 */
function sentenceKind(ctx: ReadContext, tokens: readonly Token[], a: number, i: number): number {
  if (a > 0 && tokens[a - 1]!.word) return 0;
  for (let from = a; from <= a + 1 && from < i; from++) {
    const n = ctx.fillers.forward(tokens, from);
    const last = from + n - 1;
    if (!n || n < 2 - (from - a) || last >= i || !isNameToken(tokens[last + 1])) continue;
    if (!tokens.slice(a + 1, last + 1).every((t) => lowerWord(t))) continue;
    if (ctx.genericOrgs.backward(tokens, last) || ctx.outletWords.backward(tokens, last) || ctx.companyWords.backward(tokens, last)) return last - a + 1;
  }
  return 0;
}

/** Skips what may stand between a cue and its name: quotes, fillers, an outlet word, a speaker role. */
function skipLead(ctx: ReadContext, tokens: readonly Token[], i: number, known?: (at: number) => boolean): Lead {
  const lead: Lead = { i, outletHint: false, roleHint: false };
  for (let guard = 0; guard < 6; guard++) {
    const t = tokens[lead.i];
    if (!t) break;
    // A known name that opens with a role or outlet word is the name: "Reporter ohne Grenzen".
    if (known && isNameToken(t) && known(lead.i)) break;
    // "des von der Hamas kontrollierten Gesundheitsministeriums": the noun after the attribute, not its agent.
    const noun = pastAttribute(ctx, tokens, lead.i);
    if (noun > lead.i) {
      lead.i = noun;
      continue;
    }
    // Quotes, an elided article ("l'"), a lowercase possessive ("the city's Department of…").
    if (QUOTES.has(t.text) || isElision(t) || (/^\p{Ll}[\p{L}]*['’]s$/u.test(t.text) && lead.i > i)) {
      lead.i++;
      continue;
    }

    const outlet = ctx.outletWords.forward(tokens, lead.i);
    const role = ctx.roleWords.forward(tokens, lead.i);
    // A capitalized filler is skipped only when it is a function word ("The", "A"): "New" may start the name
    // ("the New York Times").
    // A capitalized position that is no person's title is skipped too: "ujar Kepala BPS …" credits BPS.
    const capitalOffice = ctx.personTitles.forward(tokens, lead.i) ? 0 : ctx.positionWordsTable.forward(tokens, lead.i);
    const filler = isNameToken(t) && !ctx.stopwords.has(t.text.toLowerCase()) ? capitalOffice : ctx.fillers.forward(tokens, lead.i);
    const n = Math.max(outlet, role, filler);
    // A filler that is a kind of body ("according to research firm Kestrel Metrics") describes the name too.
    const described = n && n !== filler ? 0 : describedBy(ctx, tokens, lead.i);
    if (described && described >= n) {
      // "whale rescue group Project Jonah", "fact-checking website Full Fact": a description closed by a kind
      // of institution or outlet says the name after it is one.
      if (ctx.outletWords.backward(tokens, lead.i + described - 1)) {
        lead.outletHint = true;
        lead.outletStart = lead.i + described - 1;
      } else lead.roleHint = true;
      lead.i += described;
      continue;
    }
    // "laut dem südkoreanischen Magazin ET-News", "des staatlichen Senders X": an adjective in small letters before
    // an outlet word or a kind of body describes it, as the article before it does.
    // (German's capitalized nouns only: a small-letter word before a small-letter head is its own phrase in most languages.)
    if (!n && lowerWord(t) && isCapitalized(tokens[lead.i + 1] ?? t) && !ctx.stopwords.has(t.text.toLowerCase()) && (ctx.outletWords.forward(tokens, lead.i + 1) || ctx.genericOrgs.forward(tokens, lead.i + 1))) {
      lead.i++;
      continue;
    }
    if (!n) {
      // A contraction hiding an article ("au Parisien", "do Globo"): remembered, skipped.
      const hidden = /^\p{Ll}/u.test(t.text) ? ctx.articles.get(t.text.toLowerCase()) : undefined;
      if (!hidden || hidden === t.text.toLowerCase()) break;
      lead.article = { at: lead.i, word: hidden };
      lead.i++;
      continue;
    }
    // A capitalized outlet word after another, or one that names outlets ("Radio", "TV"), opens the name: "laut dem
    // Sender Radio Bremen", "according to Radio Bremen".
    if (outlet === n && isNameToken(t) && isNameToken(tokens[lead.i + n]) && (lead.outletHint || ctx.orgWords.forward(tokens, lead.i) >= n)) break;
    const article = ctx.articles.get(t.text.toLowerCase().replace(/’/g, "'"));
    lead.article = article && n === 1 ? { at: lead.i, word: article } : undefined;
    if (outlet === n) {
      lead.outletHint = true;
      lead.outletStart = lead.i;
    } else if (role === n) lead.roleHint = true;
    lead.i += n;
  }
  return lead;
}

/**
 * A lowercase organization word heading a capitalized name, as Romance languages write institutions:
 * "el ministerio de Salud", "le ministère de l'Intérieur", "la procura di Milano". Returns the name's last
 * token, or -1.
 */
function headedName(ctx: ReadContext, tokens: readonly Token[], i: number): number {
  const head = ctx.orgWords.forward(tokens, i);
  if (!head || !lowerWord(tokens[i])) return -1;
  let j = i + head;
  for (let guard = 0; guard < 3; guard++) {
    const link = ctx.nameLinks.forward(tokens, j);
    if (link) j += link;
    else if (tokens[j] && isElision(tokens[j]!)) j++;
    else break;
  }
  if (j === i + head && !nameAt(ctx, tokens, j)) return -1;
  // "the police Chief John Smith": a title after the head starts a person, not the institution's name.
  if (ctx.personTitles.forward(tokens, j)) return -1;
  return nameEndFrom(ctx, tokens, j);
}

/**
 * "администрации Белгородской области": a name closing on a capitalized adjective (the language's
 * `adjectiveEndings`) goes on over the small-letter noun it qualifies; `end` otherwise.
 */
function qualifiedNoun(ctx: ReadContext, tokens: readonly Token[], end: number): number {
  const last = tokens[end];
  const next = tokens[end + 1];
  if (!last || !isCapitalized(last) || !lowerWord(next) || ctx.stopwords.has(next.text.toLowerCase())) return end;
  const word = last.text.toLowerCase();
  return ctx.langs[0]!.data.adjectiveEndings.some((e) => word.endsWith(e) && word.length > e.length + 2) ? end + 1 : end;
}

/** "L'opérateur Bouygues Telecom": an article elided into a small-letter head is no part of the name. */
function withoutElision<T extends { text: string; start: number }>(s: T): T {
  const m = /^(?:[lLdD]|[dD]ell|[aA]ll|[dD]all|[nN]ell|[sS]ull)['’](?=\p{Ll})/u.exec(s.text);
  return m ? { ...s, text: s.text.slice(m[0].length), start: s.start + m[0].length } : s;
}

/** How far past a name's last capital the registry may carry it. */
const KNOWN_REACH = 5;
/** The same, in a language written in syllables, each a token. */
const SYLLABLE_REACH = 12;

/** Tokens a known name may hold between its words: words, and the joiners names are written with. */
const insideName = (t: Token | undefined): boolean => !!t && (t.word || t.text === '&' || t.text === '-');

/**
 * The last token of the longest name the registry knows that starts at `a` and runs past `end` through
 * small words: "Ärzte ohne Grenzen", "Reporters sans frontières", whose lowercase words end a name read by
 * capitals alone.
 */
function knownEnd(text: string, tokens: readonly Token[], a: number, end: number, find: (name: string) => unknown): number {
  let reach = end;
  while (reach + 1 < tokens.length && reach - end < KNOWN_REACH && insideName(tokens[reach + 1])) reach++;
  for (let k = reach; k > end; k--) if (tokens[k]!.word && find(text.slice(tokens[a]!.start, tokens[k]!.end))) return k;
  return end;
}

// "l'armée": an elided article the tokenizer keeps on a word in small letters.
const ELIDED_LOWER = /^(?:[lLdD]|[dD]ell|[nN]ell|[aA]ll)['’](?=\p{Ll})/u;
/** How many words a known name closing on small letters may have ("Fuerzas de Defensa israelíes"). */
const ADJECTIVE_REACH = 4;

/**
 * A name the registry knows that closes on a word in small letters, as Romance languages put a people's
 * adjective after the body ("el Ejército israelí", "l'armée israélienne", "la Cancillería rusa"): the run of
 * words from token `a` to token `b`, an elided article left out, when the registry knows it.
 */
function knownRun(text: string, tokens: readonly Token[], a: number, b: number, find: (name: string) => unknown): NameSpan | null {
  if (a < 0 || b - a < 1 || b - a >= ADJECTIVE_REACH || !lowerWord(tokens[b])) return null;
  for (let k = a; k <= b; k++) if (!tokens[k]!.word || isElision(tokens[k]!)) return null;
  const start = tokens[a]!.start + (ELIDED_LOWER.exec(tokens[a]!.text)?.[0].length ?? 0);
  const name = text.slice(start, tokens[b]!.end);
  const hit = find(name);
  return hit && !wordLike(hit) ? { text: name, start, end: tokens[b]!.end, titled: false, outletHint: false, roleHint: false } : null;
}

/** The longest known name closing on small letters that ends at token `b` (read backwards). */
function knownRunEndingAt(text: string, tokens: readonly Token[], b: number, find: (name: string) => unknown): NameSpan | null {
  for (let a = b - ADJECTIVE_REACH + 1; a < b; a++) {
    const run = knownRun(text, tokens, a, b, find);
    if (run) return run;
  }
  return null;
}

/** The first token of the longest known name that ends at `end` and starts before `first` ("wie Ärzte ohne Grenzen mitteilte"). */
function knownStart(ctx: ReadContext, text: string, tokens: readonly Token[], first: number, end: number, find: (name: string) => unknown): number {
  let reach = first;
  while (reach > 0 && first - reach < KNOWN_REACH && insideName(tokens[reach - 1])) reach--;
  // Not from an article: "O jornal O Globo" is found as "Jornal O Globo", but the name printed is "O Globo".
  const opens = (k: number) => isNameToken(tokens[k]) && !ctx.stopwords.has(tokens[k]!.text.toLowerCase());
  for (let k = reach; k < first; k++) if (opens(k) && find(text.slice(tokens[k]!.start, tokens[end]!.end))) return k;
  return first;
}

/**
 * The first token of the longest name the registry knows that ends at `i` in small letters, as papers print
 * theirs ("Báo Dân trí đưa tin", "Người lao động cho biết"): read by capitals such a name has no end. -1 if none.
 */
function knownEndingLow(ctx: ReadContext, text: string, tokens: readonly Token[], i: number, find: (name: string) => unknown): number {
  if (!lowerWord(tokens[i])) return -1;
  // A syllable is a token: a Vietnamese body's name runs to a dozen ("Trung tâm Dự báo khí tượng thủy văn quốc gia").
  const reach = ctx.syllables ? SYLLABLE_REACH : KNOWN_REACH;
  for (let k = Math.max(0, i - reach); k < i; k++) {
    if (!isNameToken(tokens[k]) || ctx.stopwords.has(tokens[k]!.text.toLowerCase()) || !tokens.slice(k, i + 1).every(insideName)) continue;
    const hit = find(text.slice(tokens[k]!.start, tokens[i]!.end));
    if (hit && !wordLike(hit)) return k;
  }
  return -1;
}

/**
 * A kind of institution before a name the registry knows, when the whole is unknown: "die Organisation Ärzte
 * ohne Grenzen", "die Hilfsorganisation Caritas" credit the known name, not the description.
 */
function knownAfterHead(ctx: ReadContext, text: string, tokens: readonly Token[], a: number, end: number, find: (name: string) => unknown): { a: number; end: number } | null {
  if (find(text.slice(tokens[a]!.start, tokens[end]!.end))) return null;
  const head = Math.max(ctx.orgWords.forward(tokens, a), ctx.genericOrgs.forward(tokens, a), ctx.outletWords.forward(tokens, a));
  const s = a + head;
  if (!head || s > end || !isNameToken(tokens[s])) return null;
  const k = knownEnd(text, tokens, s, end, find);
  return k > end || find(text.slice(tokens[s]!.start, tokens[end]!.end)) ? { a: s, end: k } : null;
}

/**
 * "Eric Reeves of Smith College", "Jane Roe of the BBC": a person's name, then "of" and a body. Read by
 * capitals they are one name; a first part of two or more capitalized words with no kind of body in it (not
 * "Bank of America", "Friends of the Earth") is a person with an affiliation, and ends the name.
 */
function personBeforeLink(ctx: ReadContext, text: string, tokens: readonly Token[], a: number, end: number, find?: (name: string) => unknown): number {
  let k = a;
  while (k <= end && tokens[k]!.word && isCapitalized(tokens[k]!) && !isAcronym(tokens[k]!)) k++;
  if (k - a < 2 || k > end || !ctx.nameLinks.forward(tokens, k)) return end;
  for (let i = a; i < k; i++) {
    if (ctx.orgWords.forward(tokens, i) || ctx.outletWords.forward(tokens, i) || ctx.genericOrgs.forward(tokens, i) || ctx.stopwords.has(tokens[i]!.text.toLowerCase())) return end;
  }
  if (find && find(text.slice(tokens[a]!.start, tokens[end]!.end))) return end;
  return k - 1;
}

/**
 * The end of the first of two known names a list joiner links inside a run ("Reuters und AFP", "dpa und AFP"),
 * so the list reader takes the second as the next item; `end` when the run is no such pair.
 */
function knownBeforeJoiner(ctx: ReadContext, text: string, tokens: readonly Token[], a: number, end: number, find: (name: string) => unknown): number {
  if (find(text.slice(tokens[a]!.start, tokens[end]!.end))) return end;
  for (let k = a + 1; k < end; k++) {
    const n = ctx.listJoiners.forward(tokens, k);
    if (!n || k + n > end) continue;
    if (find(text.slice(tokens[a]!.start, tokens[k - 1]!.end)) && find(text.slice(tokens[k + n]!.start, tokens[end]!.end))) return k - 1;
  }
  return end;
}

// The number's abbreviation before its figure ("No. 3", "Nr. 5").
const NUMBER_SIGN = /^(?:No|Nos|Nr|Nº)$/u;

/** One name at `lead.i`, with the index of the token after it. */
function readItem(ctx: ReadContext, text: string, tokens: readonly Token[], lead: Lead, find?: (name: string) => unknown): { name: NameSpan; next: number } | null {
  // "according to the U.N. refugee agency": the agency the registry knows by its description.
  for (let k = Math.min(tokens.length - 1, lead.i + DESCRIBED_WORDS); find && k >= lead.i + 2; k--) {
    const agency = describedAgency(text, tokens, k, find);
    if (agency && agency.start === tokens[lead.i]!.start) return { name: { ...agency, outletHint: lead.outletHint, roleHint: lead.roleHint }, next: k + 1 };
  }
  const titleLen = ctx.personTitles.forward(tokens, lead.i);
  let at = lead.i + titleLen;
  if (titleLen && tokens[at]?.text === '.') at++;
  // "según el Ejército israelí", "selon l'armée israélienne": a known name closing on small letters.
  // (Not in syllable-written names, "Bộ Quốc phòng Anh", nor when a capitalized word goes on with the name.)
  if (find && !titleLen && !ctx.syllables) {
    for (let b = at + ADJECTIVE_REACH - 1; b > at; b--) {
      if (isNameToken(tokens[b + 1])) continue;
      const run = knownRun(text, tokens, at, b, find);
      if (run) return { name: { ...run, outletHint: lead.outletHint, roleHint: lead.roleHint }, next: b + 1 };
    }
  }
  // "the No. 3-ranked Alvarez", "world No. 1 Djokovic": the number's abbreviation, no name.
  if (NUMBER_SIGN.test(tokens[at]?.text ?? '') && tokens[at + 1]?.text === '.' && /^\p{N}/u.test(tokens[at + 2]?.text ?? '')) return null;
  let end = nameEndFrom(ctx, tokens, at);
  let headed = false;
  if (end < 0 && !titleLen) {
    end = headedName(ctx, tokens, at);
    headed = end >= 0;
  }
  if (end < 0) return null;
  end = qualifiedNoun(ctx, tokens, end);
  if (find && !titleLen && !headed) end = knownEnd(text, tokens, at, end, find);
  if (!headed) end = personBeforeLink(ctx, text, tokens, at, end, find);
  let a = titleLen || headed || (find && find(text.slice(tokens[at]!.start, tokens[end]!.end))) ? (titleLen || headed ? lead.i : at) : trimStart(ctx, tokens, at, end);
  // A stopword trimmed from the start may have hidden a known name: "die Organisation Ärzte ohne Grenzen".
  if (find && !titleLen && !headed && a !== at) end = knownEnd(text, tokens, a, end, find);
  // The outlet word may be part of the name the registry knows: "Agência Brasil", "Cadena SER".
  // "Selon Le Monde", "a confié au Parisien", "segundo O Globo": the article stays when the registry knows
  // the name with it (a contraction gives back the article it hides).
  const art = lead.article;
  if (find && art && art.at === a - 1 && !find(text.slice(tokens[a]!.start, tokens[end]!.end))) {
    const nameText = text.slice(tokens[a]!.start, tokens[end]!.end);
    const withArticle = `${art.word.charAt(0).toUpperCase()}${art.word.slice(1)} ${nameText}`;
    if (find(withArticle)) {
      const own = tokens[art.at]!.text.toLowerCase() === art.word;
      const name: NameSpan = own
        ? { ...span(text, tokens, art.at, end), titled: false, outletHint: true, roleHint: false }
        : { text: withArticle, start: tokens[a]!.start, end: tokens[end]!.end, titled: false, outletHint: true, roleHint: false };
      return { name, next: end + 1 };
    }
  }
  const inner = find && !titleLen ? knownAfterHead(ctx, text, tokens, a, end, find) : null;
  if (inner) {
    a = inner.a;
    end = inner.end;
  }
  // "menurut kantor berita Rusia TASS", "theo hãng tin Nga TASS": a country before a name the registry knows.
  if (find && lead.outletHint && !titleLen && a < end) a = pastLeadingPlace(text, tokens, a, end, find);
  // "Reuters und AFP": a link word that joins names also joins two names the registry knows, each whole.
  if (find) end = knownBeforeJoiner(ctx, text, tokens, a, end, find);
  // "Trao đổi với báo Giao thông, …": after an outlet word a paper's name may end in small syllables, up to
  // where the clause does (a comma, a stop, the cue after it).
  if (lead.outletHint && ctx.syllables && !titleLen) {
    const k = pastInner(ctx, tokens, end + 1, 1);
    if (k > end + 1 && (!tokens[k] || !tokens[k]!.word || ctx.cueWords.forward(tokens, k) > 0)) end = k - 1;
  }
  const outletAt = lead.outletStart;
  if (find && outletAt !== undefined && outletAt < a && isCapitalized(tokens[outletAt]!) && find(text.slice(tokens[outletAt]!.start, tokens[end]!.end))) a = outletAt;
  // A name right before a person's title is that person's affiliation ("DOH Secretary Teodoro Herbosa"):
  // the person speaks, as the seed's "Menteri Pertahanan Tiongkok" does.
  // So is one right before a person's kind in small letters ("a GOP insider", "a Goldman Sachs analyst").
  // After a speaker role the body comes first and its holder after it ("kata Kabid Humas Polda Metro Jaya
  // Kombes Ade"): the role speaks for the body.
  const affiliation = !lead.roleHint && ctx.personTitles.forward(tokens, end + 1) > 0 && (isNameToken(tokens[end + 1]) || (ctx.compoundTitles && lowerWord(tokens[end + 1])));
  const articled = !titleLen && art?.at === a - 1 && ctx.bodyArticles.has(tokens[art.at]!.text);
  // "der ukrainischen Regierung": a people's adjective in small letters before a kind of body is part of its name.
  const read: NameSpan = { ...span(text, tokens, a, end), titled: titleLen > 0 || affiliation, outletHint: lead.outletHint, roleHint: lead.roleHint, articled };
  const name = titleLen ? read : withNationality(ctx, text, read, find);
  const paren = parenthesizedAcronym(tokens, end + 1);
  if (paren) name.acronym = paren.acronym;
  return { name, next: paren ? paren.after : end + 1 };
}

/** The name(s) right after `from` in `text`. */
export function readForward(ctx: ReadContext, text: string, from: number, opts: ForwardOptions = {}): NameSpan[] {
  // "selon la police française", "según el ministerio español de Defensa": a state's body by its kind.
  const national = nationalBodyAfter(ctx, text, from, opts.find);
  if (national) return [national];
  const tokens = tokenize(text.slice(from, from + 400), from, 60);
  const names: NameSpan[] = [];
  const find = opts.find;
  const known = find && ((at: number) => knownEnd(text, tokens, at, at, find) > at);
  let i = 0;
  let joinedBy: 'comma' | 'joiner' | undefined;
  // The first item a comma led, and where the last item ended: a comma list must end its clause.
  let commaLed = -1;
  let lastNext = 0;
  while (i < tokens.length) {
    // "explica Marcelo Leppe, director del Instituto…": after a comma, a position opens an appositive to the
    // name before it, not another item of a list.
    if (joinedBy === 'comma' && names.length && ctx.positionWordsTable.forward(tokens, i) > 0) break;
    const item = readItem(ctx, text, tokens, skipLead(ctx, tokens, i, known), opts.find);
    if (!item) break;
    // A comma-led list item must end its clause ("Menurut Reuters, Jokowi mengatakan" is no list).
    const after = tokens[item.next];
    if (joinedBy === 'comma' && after?.word && !ctx.listJoiners.forward(tokens, item.next)) break;
    if (joinedBy === 'comma' && commaLed < 0) commaLed = names.length;
    names.push(item.name);
    lastNext = item.next;
    if (!opts.list) break;
    i = item.next;
    // "„Spiegel“ und „Zeit“": the quote that closes a quoted item stands before its joiner.
    if (QUOTES.has(tokens[i]?.text ?? '') && (tokens[i + 1]?.text === ',' || ctx.listJoiners.forward(tokens, i + 1))) i++;
    joinedBy = undefined;
    // A label's list may run on semicolons too ("Source: Aviation Safety Network; ICAO; World Bank").
    if (tokens[i]?.text === ',' || (opts.list && tokens[i]?.text === ';')) {
      joinedBy = 'comma';
      i++;
    }
    const joiner = ctx.listJoiners.forward(tokens, i);
    if (joiner) {
      joinedBy = 'joiner';
      i += joiner;
    }
    if (!joinedBy) break;
  }
  // "Theo Sở Y tế, Hà Nội và TP.HCM ghi nhận …": a list the comma opened and a joiner closed goes on into the
  // sentence, so the comma closed the cue's phrase and the places after it are the sentence's subject.
  if (commaLed > 0 && tokens[lastNext]?.word && !ctx.listJoiners.forward(tokens, lastNext)) names.length = commaLed;
  return opts.list ? spelledList(text, find ? names.flatMap((n) => splitKnown(ctx, text, n, find)) : names, find) : names;
}

/** A hit of the registry that is no ordinary word. */
const knownName = (find: (name: string) => unknown, name: string): boolean => {
  const hit = find(name);
  return !!hit && !wordLike(hit);
};

/**
 * "dikutip dari Reuters dan AFP": a joiner the language also writes inside names ("dan", "và", "&") joins two
 * names the registry knows, each whole, into one run of capitals; they are two items, unless the registry knows
 * the whole ("Standard & Poor's").
 */
function splitKnown(ctx: ReadContext, text: string, name: NameSpan, find: (name: string) => unknown): NameSpan[] {
  if (knownName(find, name.text)) return [name];
  const tokens = tokenize(name.text, name.start, MAX_NAME_TOKENS * 2);
  for (let i = 1; i < tokens.length - 1; i++) {
    const n = ctx.listJoiners.forward(tokens, i);
    if (!n || i + n >= tokens.length) continue;
    const left = text.slice(name.start, tokens[i - 1]!.end);
    const right = text.slice(tokens[i + n]!.start, name.end);
    if (!knownName(find, left) || !knownName(find, right)) continue;
    const head: NameSpan = { ...name, text: left, end: tokens[i - 1]!.end, acronym: undefined };
    return [head, ...splitKnown(ctx, text, { ...name, text: right, start: tokens[i + n]!.start }, find)];
  }
  return [name];
}

/**
 * "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": a list whose bracketed acronym spells the initials
 * of all its items' words, exactly, or that the registry knows whole, is one body's name, not a list of bodies.
 */
function spelledList(text: string, names: NameSpan[], find?: (name: string) => unknown): NameSpan[] {
  const first = names[0];
  const last = names[names.length - 1];
  if (names.length < 2 || !first || !last) return names;
  if (find && knownName(find, text.slice(first.start, last.end))) return [{ ...first, text: text.slice(first.start, last.end), end: last.end, acronym: last.acronym }];
  if (!last.acronym) return names;
  const whole = text.slice(first.start, last.end);
  const initials = tokenize(whole).filter((t) => t.word && isCapitalized(t)).map((t) => t.text[0]!.toUpperCase()).join('');
  return initials === last.acronym.toUpperCase() ? [{ ...first, text: whole, end: last.end, acronym: last.acronym }] : names;
}

function parenthesizedAcronym(tokens: readonly Token[], i: number): { acronym: string; after: number } | null {
  if (tokens[i]?.text !== '(' || tokens[i + 2]?.text !== ')' || !isAcronym(tokens[i + 1]!)) return null;
  return { acronym: tokens[i + 1]!.text, after: i + 3 };
}

/**
 * Where a name read backwards really starts, when a capitalized word inside the run [a, i] opens it (the last
 * such word, `opens`); unless the registry knows the whole run as it is.
 */
function innerStart(text: string, tokens: readonly Token[], a: number, i: number, find: ((name: string) => unknown) | undefined, opens: (k: number) => boolean): number {
  if (find && find(text.slice(tokens[a]!.start, tokens[i]!.end))) return a;
  for (let k = i - 1; k > a; k--) if (isCapitalized(tokens[k]!) && opens(k)) return k;
  return a;
}

/** How far back an opening quote may stand from the closing one: a title of a few words. */
const QUOTED_REACH = 8;

/** The known name wholly inside the quotes that close at token `i` (its last word), or null. */
function quotedKnown(text: string, tokens: readonly Token[], i: number, find: (name: string) => unknown): NameSpan | null {
  for (let k = i; k >= 0 && i - k < QUOTED_REACH; k--) {
    if (!QUOTES.has(tokens[k]!.text)) continue;
    if (k === i || !isNameToken(tokens[k + 1])) return null;
    const s = span(text, tokens, k + 1, i);
    return find(s.text) ? { ...s, titled: false, outletHint: false, roleHint: false } : null;
  }
  return null;
}

/** Words that may describe a document between its possessor and its name ("latest", "monthly jobs"). */
const DOC_ADJECTIVES = 2;
const POSSESSIVE = /\p{L}['’]s$/u;

/** Steps back over a document's describing words to a possessor's name ("X's"), or stays where it is. */
function possessorBefore(ctx: ReadContext, tokens: readonly Token[], i: number): number {
  for (let k = i, n = 0; k >= 0 && n <= DOC_ADJECTIVES; k--, n++) {
    const t = tokens[k]!;
    if (isNameToken(t)) return n > 0 && POSSESSIVE.test(t.text) ? k : i;
    if (!lowerWord(t) || ctx.stopwords.has(t.text)) return i;
  }
  return i;
}

/** How many small words may describe a body between its acronym and its kind ("U.N. refugee agency"). */
const DESCRIBED_WORDS = 3;

/**
 * "the U.N. refugee agency", "the UN nuclear watchdog": an acronym, a describing word or two and a kind of body in
 * small letters, the way the press names an agency it does not spell out; a name only when the registry knows it
 * (UNHCR, IAEA), dotted or not.
 */
function describedAgency(text: string, tokens: readonly Token[], i: number, find: (name: string) => unknown): NameSpan | null {
  if (!lowerWord(tokens[i])) return null;
  for (let k = i - 1; k >= 0 && i - k <= DESCRIBED_WORDS; k--) {
    const t = tokens[k]!;
    if (!isAcronym(t)) {
      if (!lowerWord(t)) return null;
      continue;
    }
    if (k === i - 1) return null;
    const s = span(text, tokens, k, i);
    const undotted = `${t.text.replace(/\./g, '')}${text.slice(t.end, s.end)}`;
    // Named as the registry knows it: "U.N. refugee agency" is its "UN refugee agency".
    const named = find(s.text) ? s.text : find(undotted) ? undotted : undefined;
    return named ? { ...s, text: named, titled: false, outletHint: false, roleHint: false } : null;
  }
  return null;
}

/** The longest place name stepped over between a body and its verb, in words. */
const PLACE_WORDS = 3;

/**
 * "The U.S. Embassy in Kyiv said", "the company's plant in Ohio said": a place set after the body by a place link
 * is where it is, not who speaks; the token index before the link, or `i` when there is none.
 */
function beforePlace(ctx: ReadContext, text: string, tokens: readonly Token[], i: number): number {
  for (let k = i; k >= 1 && i - k < PLACE_WORDS; k--) {
    const link = ctx.placeLinks.backward(tokens, k - 1);
    if (!link || !isNameToken(tokens[k])) continue;
    const place = placeIndex().exact(text.slice(tokens[k]!.start, tokens[i]!.end));
    // Only after a name, or a kind of local body the place names ("police in Riverton said").
    if (place?.country && (isNameToken(tokens[k - 1 - link]) || ctx.placedKinds.backward(tokens, k - 1 - link) > 0)) return k - 1 - link;
  }
  return i;
}

/**
 * "Police in Riverton said", "Die Polizei in Rostock teilte mit": a kind of local body alone before its place
 * (`placedKinds`) is named by the place, which stays in the name; the span from the kind to the place's end.
 */
function placedKind(ctx: ReadContext, text: string, tokens: readonly Token[], at: number, placeEnd: number): NameSpan | null {
  const n = ctx.placedKinds.backward(tokens, at);
  const before = tokens[at - n];
  // Alone: the sentence's start, a small word or an article before it ("Die Polizei in Rostock").
  const alone = !before || !before.word || !isNameToken(before) || ctx.stopwords.has(before.text.toLowerCase());
  if (!n || !alone) return null;
  return { ...span(text, tokens, at - n + 1, placeEnd), titled: false, outletHint: false, roleHint: false, placed: true };
}

/** The name right before `to` in `text` (the subject of `X mengatakan`). */
/** The most words a place set off by a comma after a body's name has ("Hà Nội", "Quảng Ninh", "TP.HCM"). */
const COMMA_PLACE_WORDS = 4;

/**
 * "Công an quận Cầu Giấy, Hà Nội cho biết", "Sở Y tế huyện Mê Linh, Hà Nội thông tin": Vietnamese sets a local
 * body's city or province after a comma, right before the verb. The body before the comma speaks, not the place:
 * the token where its name ends, when a body's word heads it; else `i`.
 */
function beforeCommaPlace(ctx: ReadContext, text: string, tokens: readonly Token[], i: number): number {
  if (!ctx.syllables || !isNameToken(tokens[i])) return i;
  for (let k = i; k >= 2 && i - k < COMMA_PLACE_WORDS; k--) {
    if (tokens[k - 1]?.text !== ',') continue;
    if (!isPlace(text.slice(tokens[k]!.start, tokens[i]!.end))) return i;
    const start = nameStartBefore(ctx, tokens, k - 2);
    return start >= 0 && ctx.orgWords.forward(tokens, start) > 0 ? k - 2 : i;
  }
  return i;
}

export function readBackward(ctx: ReadContext, text: string, to: number, find?: (name: string) => unknown): NameSpan | null {
  const tokens = tokenizeTail(text.slice(0, to));
  let i = tokens.length - 1;
  for (let guard = 0; guard < 3 && i >= 0; guard++) {
    // A day's name after a small word is when, not a surname ("Laporan Bank Dunia yang dirilis Selasa
    // menyebutkan"; "Theresa May said" keeps its May).
    const day = ctx.calendar.backward(tokens, i);
    const aux = ctx.auxiliaries.backward(tokens, i) || (day && lowerWord(tokens[i - day]) ? day : 0);
    // "Bộ Y tế ngày 12/3 cho biết", "BPS pada Senin (1/7) mengumumkan": the day of the statement.
    const dated = aux ? i : beforeDate(ctx, tokens, i);
    if (!aux && dated === i) break;
    i = aux ? i - aux : dated;
  }
  // "la Banque de France, qui table sur une hausse": the verb of a relative clause speaks for the name before it.
  const relative = ctx.relativePronouns.backward(tokens, i);
  if (relative && tokens[i - relative]?.text === ',') i -= relative + 1;
  const placeEnd = i;
  const atPlace = beforePlace(ctx, text, tokens, i);
  const placed = atPlace !== placeEnd;
  const local = placed ? placedKind(ctx, text, tokens, atPlace, placeEnd) : null;
  if (local) return local;
  i = beforeAside(text, tokens, beforeVenue(ctx, tokens, atPlace, isNameToken));
  i = beforeCommaPlace(ctx, text, tokens, i);
  const agency = find && describedAgency(text, tokens, i, find);
  if (agency) return agency;
  // "La police française a indiqué", "le ministère français de la Santé a annoncé": a state's body by its kind.
  const national = nationalBodyEndingAt(ctx, text, tokens, i, find);
  if (national) return national;
  let roleHint = false;
  let outletHint = false;
  const role = ctx.roleWords.backward(tokens, i);
  if (role) {
    roleHint = true;
    i -= role;
  } else if (lowerWord(tokens[i])) {
    // What a body issues: "an FBI affidavit said", "a Reuters tally showed". Unlike a role it says nothing of
    // the name ("Smith's report" is a person's): the name must be a body's on its own.
    const doc = ctx.documentWords.backward(tokens, i);
    i -= doc;
    // "the Labor Department's monthly jobs report showed": a body's own document, a word or two describing it.
    if (doc) i = possessorBefore(ctx, tokens, i);
  }
  const outlet = ctx.outletWords.backward(tokens, i);
  if (outlet && lowerWord(tokens[i])) {
    outletHint = true;
    i -= outlet;
  }
  // "Wie das Nachrichtenmagazin „Spiegel“ berichtet": step over the quotes around the name.
  const quoted = QUOTES.has(tokens[i]?.text ?? '');
  if (quoted) i--;
  // "Wie die „Welt am Sonntag“ berichtet": a name the registry knows, whole between the quotes, small words and all.
  const whole = quoted && find ? quotedKnown(text, tokens, i, find) : null;
  if (whole) return whole;
  const adjectived = !quoted && find && !ctx.syllables ? knownRunEndingAt(text, tokens, i, find) : null;
  if (adjectived) return { ...adjectived, roleHint, outletHint };
  let acronym: string | undefined;
  // "Das Statistische Bundesamt (Destatis) teilte mit": a short form the registry knows, in brackets, as an acronym is.
  const short = tokens[i - 1];
  // "PT PLN (Persero) menyatakan": so is a company's form in brackets.
  if (tokens[i]?.text === ')' && tokens[i - 2]?.text === '(' && short && (isAcronym(short) || (isCapitalized(short) && (!!find?.(short.text) || ctx.companyWords.forward(tokens, i - 1) > 0)))) {
    acronym = tokens[i - 1]!.text;
    i -= 3;
  }
  let first = nameStartBefore(ctx, tokens, i);
  if (first < 0 && find) first = knownEndingLow(ctx, text, tokens, i, find);
  if (first < 0) return null;
  if (find) first = knownStart(ctx, text, tokens, first, i, find);
  // "The Hill reported": the article stays when the registry knows the name with it.
  let a = find && find(text.slice(tokens[first]!.start, tokens[i]!.end)) ? first : trimStart(ctx, tokens, first, i);
  if (a < i && INDEFINITE.test(tokens[a]!.text)) a++;
  // "Research firm Kestrel Metrics estimates": a kind of body opening the sentence describes the name after it.
  const kind = sentenceKind(ctx, tokens, a, i);
  if (kind) {
    a += kind;
    roleHint = true;
  }
  // "Laporan Bank Dunia menyebutkan", "Báo cáo của IMF cho biết": a document heading the run is what the
  // body issued, no part of its name; in small letters it stands before the run ("số liệu của Tổng cục…").
  const docHead = find && find(text.slice(tokens[a]!.start, tokens[i]!.end)) ? 0 : ctx.documentHeads.forward(tokens, a);
  const document = docHead > 0 && a + docHead <= i && isNameToken(tokens[a + docHead]);
  if (document) a += docHead;
  const documentBefore = !document && lowerWord(tokens[a - 1]) && ctx.documentHeads.backward(tokens, a - 1) > 0;
  // An outlet word before an article that opens the name: "le quotidien Le Parisien", "die Zeitung Die Welt".
  if (a > first && ctx.outletWords.backward(tokens, first - 1) > 0) outletHint = true;
  // An outlet word inside the run starts the name after it ("Ảnh: Chosun Tờ Yonhap dẫn lời": Yonhap); not when an
  // outlet word opens the run and says what the whole rest is ("Der Sender Radio Bremen", "Der Sender Hit Radio FFH").
  const opening = ctx.outletWords.forward(tokens, a);
  if (!(opening && a + opening < i && isNameToken(tokens[a + opening]))) {
    a = innerStart(text, tokens, a, i, find, (k) => {
      const w = ctx.outletWords.forward(tokens, k);
      return w > 0 && k + w <= i;
    });
  }
  // A capitalized article inside the run opens the name: "Harian keuangan Israel The Marker" is The Marker.
  a = innerStart(text, tokens, a, i, find, (k) => ctx.articles.has(tokens[k]!.text.toLowerCase()));
  // A kind of body before a name the registry knows, the whole unknown: "die Ölallianz Opec+" is Opec+.
  const inner = find && a < i ? knownAfterHead(ctx, text, tokens, a, i, find) : null;
  if (inner && inner.end === i) a = inner.a;
  // A capitalized outlet word opening the sentence is no part of the name: "Tờ Yonhap", "Harian Kompas".
  // (Unless the registry knows the whole: "Thông tấn xã Việt Nam" is the agency's name.)
  const lead = ctx.outletWords.forward(tokens, a);
  const wholeKnown = !!find && !!find(text.slice(tokens[a]!.start, tokens[i]!.end));
  const restKnown = !!find && a + lead <= i && !!tokens[a + lead] && !!find(text.slice(tokens[a + lead]!.start, tokens[i]!.end));
  // Not when a link word follows it: "Radio und Fernsehen SRF" is one name, not "und Fernsehen SRF".
  if (lead && a + lead <= i && (!wholeKnown || restKnown) && isNameToken(tokens[a + lead])) {
    outletHint = true;
    a += lead;
  }
  // "Kantor berita Rusia TASS melaporkan": after an outlet word, a country before a name the registry knows
  // says where it is from ("Indonesia AirAsia", with no outlet word, stays whole).
  if (find && a < i && (outletHint || (a > 0 && ctx.outletWords.backward(tokens, a - 1) > 0))) a = pastLeadingPlace(text, tokens, a, i, find);
  // An office opening the run or standing right before it ("Kabid Humas Polda Metro Jaya Kombes Ade",
  // "người phát ngôn Bộ Ngoại giao Phạm Thu Hằng"): the name is the body after it, up to the holder.
  let office = false;
  for (let guard = 0; guard < 3 && !wholeKnown; guard++) {
    const n = officeAt(ctx, tokens, a);
    if (!n || a + n > i || !isNameToken(tokens[a + n])) break;
    a += n;
    office = true;
  }
  if (office || (lowerWord(tokens[a - 1]) && officeEndsAt(ctx, tokens, a - 1))) i = beforeHolder(ctx, tokens, a, i);
  let before = a - 1;
  if (quoted && QUOTES.has(tokens[before]?.text ?? '')) before--;
  const prefixOutlet = ctx.outletWords.backward(tokens, before);
  const known = !!find && !!find(text.slice(tokens[a]!.start, tokens[i]!.end));
  // A lowercase organization word before the name heads it ("phiến quân Houthi"); an outlet word
  // ("o jornal Folha") only says what the name is.
  const prefixOrg = lowerWord(tokens[before]) && !known && !prefixOutlet ? ctx.orgWords.backward(tokens, before) : 0;
  const startIdx = prefixOrg ? before - prefixOrg + 1 : a;
  // "Президент Датского футбольного союза Йеспер Меллер заявил": the run is the head's name, the body before it.
  // (An outlet's kind too: "Генеральный директор Европейского космического агентства Йозеф Ашбахер заявил".)
  const kindWords = prefixOrg || (lowerWord(tokens[before]) ? prefixOutlet : 0);
  const holder = kindWords > 0 && !quoted && !known ? genitiveHolder(ctx, text, tokens, before - kindWords + 1, a, i) : null;
  if (holder) {
    const body = holder === 'person' ? span(text, tokens, a, i) : span(text, tokens, holder.start, holder.end);
    return { ...body, titled: holder === 'person', outletHint: false, roleHint };
  }
  // "hasil survei lembaga Poltracking": a document before the kind of body that heads the name.
  const documentBeforeKind = prefixOrg > 0 && !document && lowerWord(tokens[startIdx - 1]) && ctx.documentHeads.backward(tokens, startIdx - 1) > 0;
  let titleAt = before;
  if (tokens[titleAt]?.text === '.') titleAt--;
  // A title before a small-letter head is the holder's office too: "Директор департамента Минэкономразвития Ольга Иванова".
  const titled = titledAt(ctx, tokens, a) || ctx.personTitles.backward(tokens, titleAt) > 0 || (prefixOrg > 0 && ctx.personTitles.backward(tokens, startIdx - 1) > 0) || titleInside(ctx, tokens, a, i) || officeThroughLink(ctx, tokens, startIdx) || (!known && titleEnding(ctx, tokens, startIdx, i));
  const read: NameSpan = {
    ...withoutElision(span(text, tokens, startIdx, i)),
    titled,
    outletHint: outletHint || prefixOutlet > 0,
    roleHint,
    acronym,
    articled: startIdx > 0 && ctx.bodyArticles.has(tokens[startIdx - 1]!.text),
    document: document || documentBefore || documentBeforeKind,
    placed,
  };
  // "Das russische Verteidigungsministerium erklärte": a people's adjective in small letters before a kind of body.
  return titled ? read : withNationality(ctx, text, read, find);
}

/**
 * "the US President said", "the Health Minister told": a run closing on a person's capitalized title, with no
 * body's word in it ("the Office of the President" has one), names the title's holder.
 */
function titleEnding(ctx: ReadContext, tokens: readonly Token[], a: number, i: number): boolean {
  const n = ctx.personTitles.backward(tokens, i);
  return n > 0 && i - n + 1 > a && isCapitalized(tokens[i - n + 1]!) && !ctx.orgWords.occursIn(tokens.slice(a, i + 1));
}

/**
 * "Minister in the Ministry of Finance Brian Manning said", "Acting U.S. Attorney for the District of Columbia
 * Jane Roe said": a person's title, a link word and the article just before the run; the run is the office's
 * body and its holder's name, and the holder speaks. (A spokesperson's role there credits the body: roleFindings.)
 */
function officeThroughLink(ctx: ReadContext, tokens: readonly Token[], a: number): boolean {
  let k = a - 1;
  if (k >= 0 && ctx.bodyArticles.has(tokens[k]!.text.toLowerCase())) k--;
  if (k < 0) return false;
  const link = ctx.affiliationLinks.backward(tokens, k) || ctx.placeLinks.backward(tokens, k) || (ctx.listJoiners.backward(tokens, k) ? 0 : ctx.nameLinks.backward(tokens, k));
  return link > 0 && ctx.personTitles.backward(tokens, k - link) > 0;
}

/**
 * "Indiana State Teachers Association President Keith Gambill told": a capitalized title inside the run read
 * backwards, a name after it, is a person with an affiliation before the title; the person speaks.
 */
function titleInside(ctx: ReadContext, tokens: readonly Token[], a: number, i: number): boolean {
  for (let k = a + 1; k < i; k++) {
    // An executive's title is left to the registry ("Bank of America Chief Executive Brian Moynihan said").
    const n = isCapitalized(tokens[k]!) && !ctx.executiveWords.forward(tokens, k) && !titleInOrgWord(ctx, tokens, k) ? ctx.personTitles.forward(tokens, k) : 0;
    if (n && k + n <= i && isCapitalized(tokens[i]!) && !ctx.orgWords.occursIn(tokens.slice(k + n, i + 1))) return true;
  }
  return false;
}

/** A rest joined to a known name by a link word, all in capitals: the same institution going on ("Corps of Engineers"). */
const INSTITUTION_REST = /^\s+\p{Lu}[\p{L}.'’-]*\s+(?:of|for|on|de|du|des|del|da|do|dos|das|di|von|van|für)(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u;

/** A registry name that is also an ordinary word or a first name ("Antara", "Kan"): see lib/outlets/schema.ts `words`. */
const wordLike = (hit: unknown): boolean => typeof hit === 'object' && hit !== null && (hit as { word?: boolean }).word === true;

/**
 * The longest start of an unknown name that the registry knows, when the rest runs on into other words
 * ("Yonhap Tàu USS Cheyenne" → Yonhap, "Reuters Selasa" → Reuters).
 */
export function shrinkToKnown(span: NameSpan, find: (name: string) => unknown, personAfter = false): NameSpan {
  if (find(span.text)) return span;
  const tokens = tokenize(span.text, span.start).filter((t) => t.word);
  for (let n = tokens.length - 1; n >= 1; n--) {
    const end = tokens[n - 1]!.end;
    const text = span.text.slice(0, end - span.start);
    // "US Army Corps of Engineers": a rest joined by a link word is the same institution's name going on.
    if (INSTITUTION_REST.test(span.text.slice(end - span.start))) return span;
    // "Stanford University's Center on Poverty": what a known name owns is named after it, and is meant.
    if (/['’]s$/u.test(text)) return span;
    // With `personAfter`, only a person's full name may be cut off ("Kremlin Dmitry Peskov"), not the
    // rest of an outlet's name ("CNN Türk").
    // A name that is also an ordinary word counts only as a whole name: "Antara Jakarta" is not Antara.
    const hit = find(text);
    if (hit && !wordLike(hit) && (!personAfter || tokens.length - n >= 2)) return { ...span, text, end };
  }
  return span;
}
