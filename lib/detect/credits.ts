/**
 * Credits that need no verb: wire datelines (`WASHINGTON (Reuters) -`, `Hà Nội (TTXVN) -`,
 * `JAKARTA, KOMPAS.com -`), bylines that name an outlet (`By Reuters`, `Von: det/dpa`), and end credits
 * on a line of their own (`(Reuters)`, `— AP`, `© Thomson Reuters 2020`). A bare name is only believed
 * when the registry knows it, or (in a dateline) when it is an acronym or a web address.
 */
import { clip, type Finding } from './finding';
import { kindOf, type NameIndex } from './org';
import { isAcronym, isDomainLike, tokenize } from './tokens';
import { placeIndex } from '../places/index';

// Bounded repetitions only: each pattern reads at most ~120 characters from a line's start.
// A place may hold a slash: "Frankfurt/Main (dpa) -", "Halle/Saale (dpa) -".
const DATELINE_PAREN = /^[\s•*]*(?:(?:[\p{Lu}]|\p{Lo})[\p{L}\p{M}.'’ /-]{0,40}(?:[,،][\p{L}\p{M}\p{N}. ]{1,30})?\s*)?\(([^()\n]{2,40})\)\s*(?:[-–—]{1,2}|\.-)/u;
const DATELINE_SITE_AFTER = /^[\s•*]*[\p{Lu}][\p{L}\p{M} .'’-]{1,30},\s*([\p{L}\p{N}][\p{L}\p{N} .-]{1,30}?)\s*(?:[-–—]{1,2})\s/u;
// "FORWARD via JTA —", "KVELLER via JTA —": a member paper's story carried by a wire; both are credited.
const DATELINE_VIA = /^[\s•*]*([\p{Lu}][\p{L}\p{N}.&'’ -]{1,40}?)\s+via\s+([\p{Lu}][\p{L}\p{N}.&'’ -]{1,30}?)\s*[-–—]{1,2}\s/u;
// Russian-language wires: "МОСКВА, 15 марта. /ТАСС/." (the agency between slashes) and "МОСКВА, 15 мар —
// РИА Новости." (the agency after the date's dash, closed by a full stop). Only a known wire counts there.
const DATELINE_SLASH = /^[\s•*]*\p{Lu}[\p{L}\p{M} .'’-]{1,30},\s*\p{N}[\p{L}\p{N} .]{1,20}?\s*\/([^/\n]{2,30})\//u;
const DATELINE_DASH_WIRE = /^[\s•*]*\p{Lu}[\p{L}\p{M} .'’-]{1,30},\s*\p{N}[\p{L}\p{N} .]{1,20}?\s*[-–—]\s*([\p{L}][\p{L}\p{N} -]{1,30}?)\.(?:\s|$)/u;
const DATELINE_SITE_FIRST = /^[\s•*]*([\p{L}\p{N}-]{2,30}\.[\p{L}]{2,6}(?:\.[A-Za-z]{2})?),\s*[\p{Lu}][\p{L}\p{M} .'’-]{1,30}?\s*[-–—]{1,2}\s/u;

const OUTLETISH = new Set(['wire', 'newspaper', 'broadcaster', 'magazine', 'online', 'aggregator']);

function parts(text: string): string[] {
  return text
    .split(/\s*(?:\/|,|;|&|\+|\||·|•|\(|\)|\band\b|\bwith\b|\bmit\b|\bdan\b|\bvà\b|\bund\b|\bet\b|\by\b|\be\b)\s*/iu)
    .map((p) => p.trim())
    .filter((p) => p.length >= 2 && p.length <= 40);
}

function believable(name: string, index: NameIndex, wireOnly: boolean) {
  const known = index.find(name);
  if (known) return wireOnly && !OUTLETISH.has(known.kind) ? undefined : known;
  return undefined;
}

/**
 * A dateline's second part that is where, not who: "TEGUCIGALPA, HONDURAS.-", "BOGOTÁ, COLOMBIA —", "ALBANY, N.Y. —",
 * "WASHINGTON, D.C. —", "LOS ANGELES, CA —". A place, an abbreviation closed by a full stop (the ".-" that closes
 * Latin American datelines included) or a two-letter state code; a site there ("JAKARTA, KOMPAS.com -") is none of these.
 */
function placePart(name: string): boolean {
  return /\.$/u.test(name) || /^\p{Lu}{2}$/u.test(name) || !!placeIndex().exact(name);
}

/** Dateline credits in the first lines of the body. */
export function datelineFindings(line: string, block: number, index: NameIndex): Finding[] {
  const out: Finding[] = [];
  const push = (name: string, cue: string) => {
    const known = believable(name, index, false);
    const tokens = tokenize(name).filter((t) => t.word);
    const shaped = tokens.length === 1 && (isAcronym(tokens[0]!) || isDomainLike(tokens[0]!));
    if (!known && !shaped) return;
    out.push({ role: 'source', name, evidence: clip(line), block, cue, cueText: name, kind: known ? kindOf(known) : 'outlet', known });
  };
  const paren = DATELINE_PAREN.exec(line);
  if (paren) {
    // Without a place before the brackets, "(X) -" is often the page's own tag: only known outlets count.
    const hasPlace = line.trimStart()[0] !== '(';
    for (const p of parts(paren[1]!)) {
      // "Zürich (sda)", "Berlin (afp)": after a place, a wire's acronym in small letters is the wire.
      const wire = hasPlace && /^\p{Ll}{3,5}$/u.test(p) && !believable(p, index, true) ? believable(p.toUpperCase(), index, true) : undefined;
      if (wire?.kind === 'wire') push(p.toUpperCase(), 'dateline');
      else if (hasPlace) push(p, 'dateline');
      // "(BVPL) -", "(Dân trí) -": a paper's own tag opening its copy; only a wire's tag credits the wire.
      else if (believable(p, index, true)?.kind === 'wire') push(p, 'dateline');
    }
    return out;
  }
  const wire = DATELINE_SLASH.exec(line) ?? DATELINE_DASH_WIRE.exec(line);
  if (wire) {
    for (const p of parts(wire[1]!)) if (believable(p, index, true)?.kind === 'wire') push(p, 'dateline');
    if (out.length) return out;
  }
  const via = DATELINE_VIA.exec(line);
  if (via) {
    push(via[1]!.trim(), 'dateline');
    push(via[2]!.trim(), 'dateline');
    return out;
  }
  const siteFirst0 = DATELINE_SITE_FIRST.exec(line);
  // "REPUBLIKA.CO.ID, LEBAK --": the site comes first; the place after it is no source.
  const siteAfter = siteFirst0 ? null : DATELINE_SITE_AFTER.exec(line);
  if (siteAfter && (believable(siteAfter[1]!, index, false) || !placePart(siteAfter[1]!))) push(siteAfter[1]!, 'dateline');
  const siteFirst = DATELINE_SITE_FIRST.exec(line);
  if (siteFirst) push(siteFirst[1]!, 'dateline');
  return out;
}

const BYLINE_PREFIX = /^\s*(?:by|von|oleh|bởi|par|por|di|door|av|af|przez|автор|от)\s*:?\s+/iu;

/**
 * A wire's name at either end of a byline's part, with no separator: "By JANE ROE Associated Press" (AP's own
 * style), "Reuters Staff". Only a wire: a reporter's surname may be an outlet's name ("David Sun").
 */
function wireAtEdge(part: string, index: NameIndex): { name: string; known: NonNullable<ReturnType<typeof believable>> } | undefined {
  const words = part.split(/\s+/).filter(Boolean);
  for (let n = words.length - 1; n >= 1; n--) {
    for (const name of [words.slice(words.length - n).join(' '), words.slice(0, n).join(' ')]) {
      const known = believable(name, index, true);
      if (known?.kind === 'wire' && !known.word) return { name, known };
    }
  }
  return undefined;
}

/** Outlets named in a byline ("By Reuters", "AFP", "Von: det/dpa"); people in it are not sources. */
export function bylineFindings(byline: string, block: number, index: NameIndex): Finding[] {
  if (byline.length > 120) return [];
  const out: Finding[] = [];
  for (const p of parts(byline.replace(BYLINE_PREFIX, ''))) {
    const known = believable(p, index, true);
    const found = known ? { name: p, known } : wireAtEdge(p, index);
    if (found) out.push({ role: 'source', name: found.name, evidence: byline, block, cue: 'byline', cueText: byline.slice(0, 40), kind: kindOf(found.known), known: found.known });
  }
  return out;
}

/** An editor's initials in an end credit: two to four small letters. */
const INITIALS = /^\p{Ll}{2,4}$/u;

/**
 * A part of a credit line: a known outlet, or, beside one named as printed, a wire's acronym printed in small
 * letters among the editor's initials ("dpa/afp/jk"). Alone, small letters are initials ("vyp/kna" is two
 * editors, not KNA); so are two letters ("dpa/ap" is an editor, not AP).
 */
function creditPart(p: string, index: NameIndex, besideWire: boolean) {
  const known = believable(p, index, true);
  if (known || !besideWire || !/^\p{Ll}{3,5}$/u.test(p)) return known;
  const upper = believable(p.toUpperCase(), index, true);
  return upper?.kind === 'wire' ? upper : undefined;
}

// What opens an end credit that names the agencies a text draws on: "(mit AP)", "Mit Material von dpa und AFP",
// "With files from The Canadian Press", "With inputs from PTI" (India's press), "avec AFP", "Con información de EFE", "Com informações da Reuters".
const CREDIT_PREFIX = /^[\s(\[—–-]*(?:(?:mit\s+(?:Agentur)?material\s+(?:von|der|des)|mit|with\s+inputs?\s+from|inputs?\s+from|with\s+files\s+from|with\s+reporting\s+from|with\s+reports\s+from|with|avec|con\s+informaci[oó]n\s+de(?:\s+las\s+agencias)?|com\s+informa[cç][oõ]es\s+d[aoe]s?|con)\s*:?\s+)/iu;

// "© Reuters 2020", "© 2020 Al-Monitor", "Copyright 2021 X. All rights reserved.", "Copyright © 2019 X.", "— AP", "(PAP)".
const CREDIT_LINE = /^[\s(\[—–-]*(?:(?:copyright(?:\s*(?:©|\(c\)))?|©|\(c\))\s*(?:\d{4}\b)?)?\s*(.{2,50}?)\s*(?:\d{4})?[\s)\].]*(?:all rights reserved\.?)?$/iu;

// What marks a short line as a credit by itself: a rights sign or word, brackets, a dash before the name.
const CREDIT_MARK = /[©()\[\]—–]|^\s*-|copyright|\(c\)/iu;

const SLASH_FIRST = /^\s*[/／]\s*(?=[^/／\n]{2,40}$)/u;

/** A short line that is only an outlet's name: an end credit. */
// "Copyright 2024 The Associated Press. All rights reserved. This material may not be published…": the
// notice's first sentence is the credit line, however long the legal text after it.
const NOTICE = /^[\s(]*(?:copyright(?:\s*(?:©|\(c\)))?|©|\(c\))[^\n]{2,70}?all rights reserved\.?/iu;

/** A part that is a web address ("ntv.de", "zeitung.example"). */
const ownAddress = (p: string) => {
  const tokens = tokenize(p).filter((t) => t.word);
  return tokens.length === 1 && isDomainLike(tokens[0]!);
};

export function creditLineFindings(line: string, block: number, index: NameIndex): Finding[] {
  // "/연합뉴스" alone under a picture: a caption's credit as Korean papers print it, slash first ("/ТАСС/" is a wire's).
  if (SLASH_FIRST.test(line)) return creditLineFindings(line.replace(SLASH_FIRST, ''), block, index).map((f) => ({ ...f, role: 'photo', cue: 'photo.slash-line', evidence: line }));
  if (line.length > 60) {
    const notice = NOTICE.exec(line);
    return notice && notice[0].length < line.length ? creditLineFindings(notice[0], block, index).map((f) => ({ ...f, evidence: clip(line) })) : [];
  }
  // A byline printed as a line of the body ("By Reuters", "Von dpa") is a credit line too.
  const bare = line.replace(BYLINE_PREFIX, '').replace(CREDIT_PREFIX, '');
  const m = CREDIT_LINE.exec(bare);
  if (!m) return [];
  // Every part must be a known outlet: a line with other words in it is a sentence, not a credit. Only the
  // editor's initials may stand beside the agencies ("aja/PAP", "red/dpa", "mp/ČTK").
  const all = parts(m[1]!);
  const besideWire = all.some((p) => believable(p, index, true)?.kind === 'wire');
  // The site's own address may stand first beside the wire ("Quelle: ntv.de, ino/dpa"): the wire is the credit.
  const found = all
    .filter((p) => !INITIALS.test(p) || creditPart(p, index, besideWire))
    // Two capitals many bodies go by, beside a wire, are an editor's or the site's initials ("(KNA, DR)").
    .filter((p) => !(besideWire && /^\p{Lu}{2}$/u.test(p) && creditPart(p, index, besideWire)?.id.startsWith('?')))
    .filter((p) => !(besideWire && ownAddress(p) && !creditPart(p, index, besideWire)))
    .map((p) => ({ p, known: creditPart(p, index, besideWire) }));
  if (found.length === 0 || found.some((f) => !f.known)) return [];
  // A name that is also a word ("العربية" is "Arabic", "Antara" "between") alone on a line, with no mark of a
  // credit (a byline's or a credit's opening words, ©, brackets, a dash), is an item of a language menu or a
  // word: nothing reads it as a name there.
  if (bare === line && !CREDIT_MARK.test(line) && found.every((f) => f.known!.word)) return [];
  return found.map(({ p, known }) => ({ role: 'source', name: p, evidence: line, block, cue: 'credit-line', cueText: line, kind: kindOf(known!), known }));
}

// "… the police said. (PTI)", "… would resume.” (AP)": a wire's name in brackets closing a paragraph's last sentence;
// Italian and Iberian wire copy closes on it with the stop after the bracket ("… la manovra. (ANSA).", "… il voto (ANSA).").
const CLOSING_WIRE = /(?:[.!?"”’]\s*\(([^()\n]{2,40})\)\s*\.?|\s\(([^()\n]{2,40})\)\.)\s*$/u;

/**
 * A paragraph that ends on a wire's name in brackets after its last sentence: the wire's end credit, as Indian
 * and agency-fed pages print it. Only wires the registry knows; a caption's "(Jane Roe/Reuters)" has a person.
 */
export function closingWireFindings(line: string, block: number, index: NameIndex): Finding[] {
  const m = line.length <= 3000 ? CLOSING_WIRE.exec(line) : null;
  if (!m) return [];
  // The editors' initials may stand beside the wires ("… am Montag. (AFP/dpa/fho)"), as on a credit line.
  const found = creditLineFindings((m[1] ?? m[2])!, block, index);
  if (!found.length || found.some((f) => f.known?.kind !== 'wire')) return [];
  return found.map((f) => ({ ...f, evidence: clip(line, m.index), cueText: m[0].trim() }));
}

// After the last sentence's stop, or alone on the line: "Người dân … Hà Nội (Reuters/AFP)" is a caption's credit.
const CLOSING_BRACKET = /(?:^\s*|[.!?"”»“]\s*)\(([^()\n]{2,80})\)\s*$/u;

/**
 * "… am Montag. (dpa/AFP)", "(AFP/dpa/fho)": a bracket closing a paragraph that holds only wires and the
 * editors' initials is the text's end credit, not a picture's "(Name/Agency)".
 */
export function closesOnWires(line: string, index: NameIndex): boolean {
  const m = CLOSING_BRACKET.exec(line);
  const found = m ? creditLineFindings(m[1]!, 0, index) : [];
  return found.length > 0 && found.every((f) => f.known?.kind === 'wire');
}

// "… a-t-il conclu. (Avec AFP)", "(mit dpa)", "(con información de EFE)": the end credit in brackets closing
// the last paragraph instead of standing on a line of its own (a bare wire's name is closingWireFindings').
const TAIL_CREDIT = /\(\s*((?:avec|with|mit|con|com)\s[^()]{2,60})\)\s*$/iu;

/** An end credit in brackets at the end of a longer line; each name in it must be a known outlet. */
export function tailCreditFindings(line: string, block: number, index: NameIndex): Finding[] {
  if (line.length <= 60) return [];
  const m = TAIL_CREDIT.exec(line);
  return m ? creditLineFindings(m[1]!, block, index).map((f) => ({ ...f, evidence: clip(line, m.index) })) : [];
}

/**
 * Reuters' end credit, printed under its copy wherever it runs: "Reporting by Jane Roe in Lagos; Editing by
 * John Doe", "(Writing by X; Editing by Y)". The agency's name is not in it, but the shape is its house
 * style (the other wires sign otherwise), and a page carrying it credits Reuters' copy.
 */
const REUTERS_CREDIT = /^[\s(]*(?:additional\s+)?(?:reporting|writing)\s+by\s[^;\n]{2,200};\s*(?:[^;\n]{2,200};\s*){0,3}editing\s+by\s/iu;

export function houseStyleFindings(line: string, block: number, index: NameIndex): Finding[] {
  if (line.length > 400 || !REUTERS_CREDIT.test(line)) return [];
  const known = index.find('Reuters');
  return known ? [{ role: 'source', name: 'Reuters', evidence: clip(line), block, cue: 'credit-line.reuters', cueText: line.slice(0, 40), kind: kindOf(known), known }] : [];
}
