/**
 * Photo credits printed without a label: a credit element of its own in a figure ("Evan Vucci/AP Photo",
 * "Credit...Chang W. Lee/The New York Times"), a "Name/Agency" tail or bracket closing a caption
 * ("(Ellen M. Banner / The Seattle Times)", "REUTERS/Brendan McDermid"), and `©` notices.
 * Labelled credits ("Foto: X") are found by the language's label cues.
 */
import { clip, type Finding } from './finding';
import type { NameIndex } from './org';
import { isLowercaseName } from './lowercase';
import { placeIndex } from '../places/index';

// "Name/Agency", "AGENCY/Name", "Name / Agency via X": capitalized parts joined by slashes (bounded).
// After a slash a name starts with a capital, or is a stock site's address ("ChrWeiss / stock.adobe.com").
const SLASH_CREDIT = /^[\p{Lu}@][\p{L}\p{M}\p{N}.'’&@ -]{1,50}\s?\/\s?(?:[\p{Lu}\p{N}\u200b]|(?=[\p{Ll}\p{N}-]{2,30}\.\p{Ll}{2,6}(?:[\s/,.]|$)))[\p{L}\p{M}\p{N}.'’&,\u200b —-]{0,60}(?:\s?\/\s?[\p{L}\p{M}\p{N}.'’&,\u200b —-]{1,40}){0,2}$/u;
const COPYRIGHT = /©\s*([^©\n]{2,80})$/u;
// The sign as East Asian captions print it: "（Ｃ）共同通信社", "(C)時事", "ⓒ 뉴스1" (a capital C only: "(c)" marks lists).
const OTHER_SIGNS = /[（(]\s*[CＣ]\s*[)）]|ⓒ/gu;
const copyrightSign = (line: string) => line.replace(OTHER_SIGNS, '©');
// A notice's year is no part of its credit: "© 2026 The Canadian Press", "© 2019–2024 Jane Doe", "© X 2020".
const LEAD_YEAR = /^(?:19|20)\d{2}(?:\s?[–-]\s?(?:19|20)?\d{2})?[\s,]+(?=\p{L})/u;
const TRAIL_YEAR = /(?<=\p{L})[\s,]+(?:19|20)\d{2}$/u;
const LEAD_COPYRIGHT = /^\s*©\s*([^©,;\n]{2,80})[,;]/u;
// "© RIPRODUZIONE RISERVATA", "© All rights reserved", "Copyrights ⓒ X. 무단전재 및 재배포 금지": a notice, not a credit.
export const RESERVED = /riproduzione|rights reserved|droits r[ée]serv|rechte vorbehalten|derechos reservados|direitos reservados|hak cipta|bản quyền|版权所有|版權所有|無断転載|無断複製|禁止转载|禁止轉載|무단\s?전재|재배포\s?금지/iu;
// "Dok." and "Dokumentasi" (Indonesian: from the files of) label a credit as "Foto" does: "(Dok. Pemkot Bogor)".
const CREDIT_PREFIX = /^\s*(?:(?:credit|credits|photo|photograph|foto|fotografía|bild|ảnh|image|crédit photo|crédit|source|picture|courtesy(?:\s+of)?|фото|снимок|dok|dokumentasi)\b[\s.:…/]*|(?:사진|写真|图片|圖片|صورة|الصورة|तस्वीर|फोटो|ภาพ)[\s.:：…/=]*)+/iu;
// A credit label glued to the name after it, as text joined from spans reads ("CreditCreditChang W.
// Lee/…"): the label, then a capital. Only "Credit": "PhotoDisc" and "FotoKita" are names.
// (No `i` flag: under it \p{Lu} would match any letter.)
const GLUED_LABEL = /^\s*(?:Credits?|CREDITS?)(?=\p{Lu})/u;
// Fullwidth brackets too, as Chinese and Japanese captions print them ("…晨练的老年人。（视觉中国）"), and square
// ones, as Al Jazeera's do ("…on Monday [Jane Roe/Al Jazeera]").
const TAIL_BRACKET = /(?:\(([^()]{3,80})\)|（([^（）]{2,80})）|\[([^[\]]{3,80})\])\s*$/u;
// "(AP)": two capitals in a bracket closing a caption; a credit when the registry knows them as a wire
// (the bracket above takes three letters or more, so that "(L)" or "(UK)" stay notes).
const WIRE_PAIR = /\((\p{Lu}{2})\)\s*$/u;
const PHOTO_SUFFIX = /(?<=\p{L}) (?:file )?(?:photo|photos|photograph|pic)$/u;
// A caption's closing bracket that holds only a name (capitalized words or an acronym): "(Biro Pers
// Sekretariat Presiden)", "(Dok.IGI )". Lowercase words ("(kiri)", "(file)") are notes, not credits.
const NAME_LIKE = /^(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’&-]*)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’&-]*|of|de|dan|và|y|und|for)){0,6}$/u;

// A piece that is only a credit label: "Credit", "Credit...", "Photo:", "Foto", "Bild:".
const CREDIT_LABEL = /^\s*(?:credit|credits|photo|photograph|foto|bild|image|ảnh)\s*(?:[.:…]+)?\s*$/iu;
// "Michael Appleton for The New York Times", "Nicolaus Czarnecki/Boston Herald, via Associated Press".
const FOR_CREDIT = /^[\p{Lu}][\p{L}\p{M}.'’ -]{1,40}\s(?:for|via)\s(?:The\s)?[\p{Lu}][\p{L}\p{M}.'’& -]{1,50}$/u;
// "NASA via AP, File", "(Ministerio de Defensa de Rusia vía AP)": who made the picture, then the agency
// that handed it on (with the wires' "File" for an archive picture). Both sides are read as names below.
const VIA = /^(.{1,60}?)\s[Vv][ií]a\s(.{1,40}?)(?:,\s?(?:File|file|FILE|Archivo|archivo|Archiv))?$/u;
// Gallery counters and the like: "1 of 8", "2/10".
// "…/ AFP" or, in Japanese captions, "…＝ＡＰ": an agency after the last slash or equals sign.
// A bracket closing the caption is not the agency's: "[사진 출처 = 연합뉴스]".
const AGENCY_TAIL = /(?:\s\/\s?|[＝=]\s?)([^/＝=\n\])）】]{2,40})[\])）】]?$/u;
export const COUNTER = /^\d+\s*(?:of|\/|von|de|dari)\s*\d+$/iu;

// An author's byline ("Von Markus Balser", "By Ana Lima") is no photo credit; nor a timestamp.
const BYLINE = /^(?:by|von|oleh|por|par|door|di)\s/iu;
const mostlyDigits = (s: string) => (s.match(/\p{N}/gu)?.length ?? 0) >= (s.match(/\p{L}/gu)?.length ?? 0);

/** An editor's initials, not a photographer: every slash part one short word ("Rdk/Yus", "ant/fer"). */
const INITIALS_ONLY = /^\s*\p{L}{2,4}(?:\s?\/\s?\p{L}{2,4}){1,3}\s*$/u;
/**
 * A bracket closing a caption in a script without capitals holds a credit when the registry knows the name
 * ("…晨练的老年人。（视觉中国）", "(رويترز)"): there no capital tells a name from a note ("（视频截图）").
 */
const caselessKnown = (s: string, index: NameIndex) => !/[\p{Lu}\p{Ll}]/u.test(s) && !!index.find(s);

/**
 * A bracket that only names a place ("(Jerusalén)", "(Kyiv)") says where the picture was taken, unless the
 * registry knows the name as a credit's ("(Reuters)").
 */
const placeOnly = (s: string, index: NameIndex) => !!placeIndex().exact(s) && !index.find(s);

/** A colon before the bracket: the line is a label's ("Fotos: A (Striga); B (Cuscuta)"), its brackets notes. */
const labelled = (line: string, end: number) => /[:：]/.test(line.slice(0, end));

/** "Rdk/Yus", not "STR/AFP": initials, unless one part is an agency the registry knows, in capitals. */
const editorsInitials = (s: string, index: NameIndex) =>
  INITIALS_ONLY.test(s) && !s.split('/').some((p) => p.trim() === p.trim().toUpperCase() && !!index.find(p.trim()));

// A web address in small letters: "afp.com", "ap.org".
const ADDRESS = /^[\p{Ll}\p{N}-]{2,30}\.\p{Ll}{2,6}$/u;

/** Words before a credit's first slash: a photographer or an agency, never a headline's six. */
const SLASH_LEAD_WORDS = 5;

/**
 * "Name/Agency" as credits print it, not a title or a figure that holds a slash ("Harga Emas Naik Rp
 * 5.000/Gram Hari Ini", "Senin (12/5)"), nor an editor's initials unless the registry knows them ("AFP/AP").
 */
export function slashCredit(s: string, index: NameIndex): boolean {
  // "detikcom/Rina Wulandari", "kumparan/Aditia": an outlet the registry prints in small letters leads as a capital would.
  const first = s.slice(0, s.indexOf('/')).trim();
  // "afp.com/Michael Regan": an agency's address, as its feed prints credits, leads as its name would.
  const lower = isLowercaseName(first) || (ADDRESS.test(first) && !!index.find(first));
  const led = lower ? `${first.charAt(0).toUpperCase()}${s.trimStart().slice(1)}` : s;
  // "Friso Gentsch/dpa": a name the registry prints in small letters after a slash is a name too.
  const shaped = led.replace(/(\/\s?)(\p{Ll}[\p{L}\p{N}-]{2,20})(?=\s?(?:\/|$))/gu, (all, slash: string, part: string) => (isLowercaseName(part) ? `${slash}${part.charAt(0).toUpperCase()}${part.slice(1)}` : all));
  if (!SLASH_CREDIT.test(shaped) || /\p{N}\s?\//u.test(s)) return false;
  const lead = s.slice(0, s.indexOf('/')).trim().split(/\s+/);
  if (lead.length > SLASH_LEAD_WORDS) return false;
  return !editorsInitials(s, index);
}

/**
 * "X via Agency": both sides names (capitalized words, "de"/"of" between them), or, for a caption's
 * unbracketed last words, the agency one the registry knows ("NASA via AP, File"). What it credits: the
 * whole as printed, or the agency alone after a bare label ("Photo via Twitter").
 */
export function viaCredit(s: string, index: NameIndex, bracketed: boolean): string | undefined {
  const m = VIA.exec(s.trim());
  if (!m) return undefined;
  const [, maker, agency] = m as unknown as [string, string, string];
  if (!NAME_LIKE.test(agency) || (!bracketed && !index.find(agency))) return undefined;
  if (CREDIT_LABEL.test(maker)) return agency;
  return NAME_LIKE.test(maker) ? s.trim() : undefined;
}

/** A credit printed as an address ("Foto: https://www.instagram.com/p/Cx12/") names the site it is on. */
export function addressedCredit(credit: string): string {
  const url = /^https?:\/\/(?:www\.)?([^/\s?#]+)\S*$/i.exec(credit.trim());
  return url ? url[1]! : credit;
}

// A label inside a credit element's line, after what the box prints first ("03:08 - Source: CNN").
const INNER_LABEL = /(?:^|[\s\-–—|(])(?:credits?|photo(?:graph)?s?|foto|image|picture|source|video|ảnh|nguồn|sumber)\s?[:：]\s*/giu;

/** What follows the last label inside a line, or the line. */
function afterInnerLabel(line: string): string {
  let end = -1;
  for (const m of line.matchAll(INNER_LABEL)) end = m.index + m[0].length;
  return end > 0 && end < line.length ? line.slice(end) : line;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/[.;,]+$/u, '');

// A label with its colon opening a bracketed credit: "(Image: Jane Roe via Getty Images)", "(Photo: AP)".
const BRACKET_LABEL = /^(?:credits?|photo(?:graph)?s?|pictures?|pic|images?|foto|bild|video)\s?[:：]\s*/iu;

/**
 * A credit printed in brackets, without them: "(Reuters)" is Reuters, and a label inside the brackets goes too
 * ("(Image: Jane Roe via Getty Images)", as many British papers' credit spans print it), which the label
 * rules, reading from the line's start, left before the bracket.
 */
function unbracket(s: string): string {
  const inner = /^\((.*)\)$/u.exec(s);
  return inner ? inner[1]!.trim().replace(BRACKET_LABEL, '') : s;
}

/** A credit without the labels before it, glued or spaced ("CreditCredit…", "Credit... ", "Foto: "). */
function unlabel(s: string): string {
  let out = s;
  for (let guard = 0; guard < 4; guard++) {
    const next = out.replace(GLUED_LABEL, '').replace(CREDIT_PREFIX, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

const HERO_CAPTION_WORDS = 5;
const HERO_CAPTION_CHARS = 240;
const CLOSING_AGENCY = /[(（]([^()（）]{2,30})[)）]\s*$/u;

/**
 * A line above the body that describes a picture in words and closes on a wire's name in brackets
 * ("Police at the site of the attack near Tehran (Reuters)"): the hero picture's caption and its credit.
 * A byline ("John Smith (Reuters)") is too short to be one.
 */
export function heroCaptionAgency(line: string, block: number, index: NameIndex): Finding[] {
  const m = line.length <= HERO_CAPTION_CHARS ? CLOSING_AGENCY.exec(line) : null;
  const before = m ? line.slice(0, m.index) : '';
  // "Updated 3 hours ago by the news desk (AFP)", "14:05 (AFP)": a meta line, no picture's caption.
  if (!m || before.trim().split(/\s+/).length < HERO_CAPTION_WORDS || /\d:\d\d|\b(?:by|von|oleh|bởi|par|por)\b/iu.test(before)) return [];
  const name = m[1]!.trim();
  if (index.find(name)?.kind !== 'wire') return [];
  return [{ role: 'photo', name, evidence: clip(line), block, cue: 'photo.hero-agency', cueText: name, kind: 'unknown' }];
}

/** How a caption is read beyond its text: its DOM's credit elements and pieces, and the language's words. */
export interface CaptionReading {
  /** Its credit elements. */
  parts?: string[];
  /** Its innermost elements' texts. */
  pieces?: string[];
  /** A note that names no one ("ilustrasi"). */
  notCredit?: (credit: string) => boolean;
  /** A word that is a credit on its own ("ist", "Supplied"). */
  courtesy?: (credit: string) => boolean;
}

/** Credits in one caption block (or a credit element in a figure). */
export function captionCredits(text: string, block: number, isCreditElement: boolean, index: NameIndex, reading: CaptionReading = {}): Finding[] {
  const { parts = [], pieces = [], notCredit = () => false, courtesy = () => false } = reading;
  const out: Finding[] = [];
  const add = (credit: string, cue: string) => {
    const c = addressedCredit(unbracket(clean(credit)).replace(LEAD_YEAR, ''));
    if (c.length >= 2 && c.length <= 100 && !COUNTER.test(c) && !notCredit(c) && !BYLINE.test(c) && !mostlyDigits(c) && !editorsInitials(c, index)) out.push({ role: 'photo', name: c, evidence: clip(text), block, cue, cueText: cue, kind: 'unknown' });
  };
  for (const part of parts) {
    const bare = unlabel(part.replace(/^\s*©\s*/, ''));
    // A site's rights notice in an element classed as a credit ("news_copyrights") credits no picture.
    if (bare.length >= 2 && !/[.!?]\s+\p{Ll}/u.test(bare) && !RESERVED.test(bare)) add(bare.split(/\s[|｜]\s/).pop()!, 'photo.credit-element');
  }
  if (parts.length) return out;
  // An element classed as a credit that holds a rights notice ("中国日报版权所有\nContent@…") is the site's notice.
  if (isCreditElement && RESERVED.test(text)) return out;
  // Pieces standing apart: a credit shows itself by its shape, or by the credit label just before it.
  pieces.forEach((piece, i) => {
    const afterLabel = i > 0 && CREDIT_LABEL.test(pieces[i - 1]!);
    const bare = unlabel(piece.replace(/^\s*©\s*/, ''));
    if (bare.length < 2 || bare.length > 100 || /[.!?]\s+\p{Ll}/u.test(bare)) return;
    if (afterLabel || slashCredit(bare, index) || FOR_CREDIT.test(bare) || piece.trim().startsWith('©')) add(bare, 'photo.piece');
  });
  if (out.length) return out;
  for (const line of text.split('\n').map(copyrightSign)) {
    const copyright = COPYRIGHT.exec(line);
    if (copyright) {
      if (!RESERVED.test(copyright[1]!)) add(copyright[1]!.trim().replace(TRAIL_YEAR, ''), 'photo.copyright');
      continue;
    }
    // "© Name / Agency, after Cai et al.: …": a graphic's credit, then what it was drawn from.
    const lead = LEAD_COPYRIGHT.exec(line);
    if (lead && slashCredit(lead[1]!.trim(), index)) add(lead[1]!, 'photo.copyright');
    const bare = unlabel(isCreditElement ? afterInnerLabel(line) : line);
    if (isCreditElement && bare.length <= 80 && !/[.!?]\s+\p{Ll}/u.test(bare)) {
      if (!RESERVED.test(bare)) add(bare, 'photo.credit-element');
      continue;
    }
    const bracket = TAIL_BRACKET.exec(line);
    // "(Jane Roe photo)", "(Hamilton Police file photo)": the name before the word for a picture is the credit.
    const inBracket = (bracket?.[1] ?? bracket?.[2] ?? bracket?.[3] ?? '').trim().replace(PHOTO_SUFFIX, '');
    const via = bracket ? viaCredit(inBracket, index, true) : undefined;
    if (via) {
      add(via, 'photo.via');
      continue;
    }
    if (bracket && (slashCredit(inBracket, index) || (NAME_LIKE.test(inBracket) && !INITIALS_ONLY.test(inBracket) && !labelled(line, bracket.index) && !placeOnly(inBracket, index)) || courtesy(inBracket) || caselessKnown(inBracket, index))) {
      // A bracket that is only a word for the files ("(Dok)") keeps it as its credit.
      const bare = inBracket.replace(CREDIT_PREFIX, '');
      add(/\p{L}{2}/u.test(bare) ? bare : inBracket, 'photo.bracket');
      continue;
    }
    const pair = bracket ? null : WIRE_PAIR.exec(line);
    if (pair && index.find(pair[1]!)?.kind === 'wire') {
      add(pair[1]!, 'photo.bracket');
      continue;
    }
    // The caption's last sentence, or the whole line when it is short, may be the credit itself.
    const tail = lastSentence(line);
    const agency = AGENCY_TAIL.exec(line);
    const viaTail = viaCredit(tail, index, false);
    if (slashCredit(tail, index)) add(tail, 'photo.slash');
    else if (viaTail) add(viaTail, 'photo.via');
    // "Presidente de EEUU, Joe Biden / AFP": an agency after a closing slash credits the photo.
    // (A labelled line — "Foto: Juan Pérez / La Nación" — is the label's to read.)
    else if (agency && !/[:：]/.test(line) && index.find(agency[1]!.trim())) add(agency[1]!, 'photo.agency');
    else if (closingAgency(tail, index) || namesWithWire(tail, index)) add(tail, 'photo.agency');
    else if (forOutlet(tail, index)) add(tail, 'photo.for');
    else if (dashedAgency(tail, index)) add(dashedAgency(tail, index)!, 'photo.agency');
    else if (outletSigned(tail, index)) add(tail, 'photo.signed');
  }
  return out;
}

/** The longest paragraph read as a caption printed as body text. */
const BODY_CAPTION_CHARS = 240;

/**
 * A short paragraph whose last sentence is a "Name/Agency" credit naming a wire or picture agency the registry
 * knows ("… noch so viele Punkte wie möglich sammeln. IMAGO/Jane Roe"): a caption printed as body text, its credit.
 * Not a paragraph that is only the credit (a byline's line), nor a figure ("24/7").
 */
export function closingSlashCredit(line: string, index: NameIndex): string | undefined {
  if (line.length > BODY_CAPTION_CHARS) return undefined;
  const tail = lastSentence(line);
  if (!tail || tail.length === line.trim().replace(/\.$/, '').length || !slashCredit(tail, index)) return undefined;
  return tail.split('/').some((p) => PICTURE_KINDS.has(index.find(p.trim())?.kind ?? '')) ? tail : undefined;
}

/** Registry kinds that sign pictures: wires, picture agencies and stock sites (companies), the press. */
const PICTURE_KINDS: ReadonlySet<string> = new Set(['wire', 'company', 'newspaper', 'broadcaster', 'magazine', 'online']);

/**
 * A caption's last sentence that is only a name the registry knows as a wire, a picture agency or a paper:
 * its credit, printed without a slash or a label ("… in the city centre. Getty Images", "… Reuters").
 * Not a name that is also an ordinary word, nor a public body (its name closes captions as their subject).
 */
function closingAgency(tail: string, index: NameIndex): boolean {
  if (tail.length > 40) return false;
  const known = index.find(tail);
  if (!known || known.word) return false;
  // In a script without capitals ("…자리하고 있다. 뉴시스") nothing tells a credit from a caption that is a
  // company's or a paper's name ("华为"): only a wire closes a caption as its credit there.
  if (!/[\p{Lu}\p{Ll}]/u.test(tail)) return known.kind === 'wire';
  // A brand printed from a small letter ("iStock") is a name as the registry prints it.
  return (NAME_LIKE.test(tail) || isLowercaseName(tail)) && PICTURE_KINDS.has(known.kind);
}

// "Jane Roe for The Herald" closing a caption: a person's two to four capitalized words, "for", then a paper.
const FOR_TAIL = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){1,3}) for ((?:The |the )?\p{Lu}[\p{L}\p{M}.'’&-]*(?: \p{Lu}[\p{L}\p{M}.'’&-]*){0,4})$/u;

/**
 * A caption's last sentence that is a photographer working for a paper ("Kirsten Luce for The New York
 * Times", "Adrian Malloch for the Guardian"): the paper the registry knows as press, or one printed after "The".
 */
function forOutlet(tail: string, index: NameIndex): boolean {
  const m = tail.length <= 80 ? FOR_TAIL.exec(tail) : null;
  if (!m) return false;
  const paper = m[2]!;
  return /^the /iu.test(paper) || PRESS.has(index.find(paper)?.kind ?? '');
}

// "— Reuters pic", "– AFP": a dash, then the agency, with the word for a picture the Malaysian press adds.
const DASHED = /^(?:[—–-]\s?)?(.{2,40}?)(?:\s(?:pic|pics|picture|photo|file pic|file photo))?$/u;

/** A caption closing on a dash and a known agency or paper: that agency (its "pic" dropped). */
function dashedAgency(tail: string, index: NameIndex): string | undefined {
  const m = DASHED.exec(tail);
  return m && closingAgency(m[1]!, index) ? m[1] : undefined;
}

/** Names in a caption's credit line: "ITV, ASSOCIATED PRESS" (who issued it, then the wire). */
const CREDIT_NAMES = 3;

/**
 * A caption line that is only a few names between commas, one of them a wire the registry knows: the
 * credit line a gallery prints under its picture ("ITV, ASSOCIATED PRESS", "Hau Dinh, AP").
 */
function namesWithWire(line: string, index: NameIndex): boolean {
  const parts = line.split(/\s*,\s*/);
  if (parts.length < 2 || parts.length > CREDIT_NAMES || line.length > 80) return false;
  if (!parts.every((p) => NAME_LIKE.test(p))) return false;
  // "Lena Marsh, The Detroit News", "Lena Marsh, USA TODAY": a photographer's name, then the paper that employs them.
  const paper = parts.length === 2 && PRESS.has(index.find(parts[1]!)?.kind ?? '') && /^\p{Lu}\S* \p{Lu}/u.test(parts[0]!);
  return paper || parts.some((p) => index.find(p)?.kind === 'wire');
}

const SIGNED_WORDS = 6;
const PRESS: ReadonlySet<string> = new Set(['newspaper', 'wire', 'broadcaster', 'magazine', 'online']);

const SIGNED_LEAD = 8;

/**
 * The credit at the start of a run-on slot, up to a known paper's name within its first words ("Adil
 * Boukind Archives Le Devoir Les entreprises …" → "Adil Boukind Archives Le Devoir").
 */
export function signedLead(slot: string, index: NameIndex): string | undefined {
  const words = slot.split(/\s+/).slice(0, SIGNED_LEAD);
  for (let end = words.length; end > 0; end--) {
    for (let start = 0; start < end; start++) {
      const known = index.find(words.slice(start, end).join(' '));
      if (known && PRESS.has(known.kind)) return words.slice(0, end).join(' ');
    }
  }
  return undefined;
}

/**
 * A caption's last words, capitalized, ending in a known paper's name: a photographer or the paper's
 * archive signing without a slash ("Jacques Nadeau Le Devoir", "Archives Le Devoir").
 */
function outletSigned(tail: string, index: NameIndex): boolean {
  const words = tail.split(/\s+/);
  if (words.length < 2 || words.length > SIGNED_WORDS || !words.every((w) => /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’-]*$/u.test(w))) return false;
  for (let i = 1; i < words.length; i++) {
    const known = index.find(words.slice(i).join(' '));
    if (known && PRESS.has(known.kind)) return true;
  }
  return false;
}

// The last sentence end of a line: a stop after a word of two letters or more ("M. Akbar" is an initial),
// or after a bracket glued to the next capital ("Senin (12/5).ANTARA FOTO/Budi", as captions scraped together print it).
// A bar ends the caption's text too: "Foto de archivo | EFE", "| Efe"; so does a spaced dash ("… port — Getty Images").
// A stop glued to a "Name/Agency" credit ends the caption too ("…di Jakarta.Republika/Putra M. Akbar", "…the
// harbour.Jane Roe/Getty Images": up to four capitalized words before the slash).
const SENTENCE_END = /[\p{L}\p{N})\]]{2}\.\s|\)\.(?=\p{Lu})|(?<=\p{Ll}{2})\.(?=\p{Lu}[\p{L}\p{N}.'’-]{1,30}(?: \p{Lu}[\p{L}\p{N}.'’-]{0,30}){0,3}\s?\/)|。|(?:^|\s)[|｜—–]\s/gu;

function lastSentence(line: string): string {
  const trimmed = line.trim();
  let cut = 0;
  for (const m of trimmed.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
  return trimmed.slice(cut).trim().replace(/\.$/, '');
}
