/**
 * Line labels: `Sumber: X`, `Nguồn: X`, `Source: X`, `(Foto: X)`, `Ảnh: X`. A label counts where a line,
 * a sentence or a bracket starts, and must be followed by a colon (inside brackets the colon may be
 * missing: "(Ảnh Báo giao thông)"). The slot runs to the end of the line or of the bracket. A URL in a
 * source label is the page's origin (basedOn); names in it are sources; a photo label's slot is the credit.
 */
import type { CompiledLang } from '../cues/compile';
import type { ReadContext } from './context';
import { creditLineFindings } from './credits';
import { clip, type Finding } from './finding';
import { knownStart, splitSlot } from './caseless';
import { addressedCredit, COUNTER, signedLead, slashCredit } from './photo';
import { readForward, shrinkToKnown } from './names';
import { judge, kindOf, type NameIndex } from './org';
import { isAcronym, tokenize } from './tokens';
import { placeIndex } from '../places/index';

/** The photo label that is also a rights notice's word (German and Dutch captions print "Copyright: X"). */
const RIGHTS_LABEL = /^\W*copyright\W*$/i;
const OPENERS = '([［【（';
const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '［': '］', '【': '】', '（': '）' };
const MAX_SLOT = 300;
const SHORT_LINE = 100;
/** How long a line holding only a photo label and its credit may be. */
const STANDALONE_LINE = 60;
/** Words after a photo credit that make the rest of the line another sentence, glued on by scraping. */
const RUN_ON_SENTENCE = 6;
/** Words after a source label's names that make its slot a sentence rather than a credit. */
const RUN_ON_WORDS = 3;
/** The longest source label's slot read as a caption's credit; a longer one is a sentence. */
const CAPTION_SOURCE_CHARS = 80;
const CREDIT_TAIL = /^\s?[:：]\s?\p{Lu}[\p{L}\p{M}.'’ -]{1,40}\/[\p{L}\p{M}.'’ -]{2,40}(?:\/[\p{L}\p{M}.'’ -]{2,40}){0,3}$/u;
const URL = /https?:\/\/[^\s<>"'）)\]]+|www\.[^\s<>"'）)\]]+/i;

interface LabelHit {
  label: string;
  labelStart: number;
  slot: string;
  slotStart: number;
  bracketed: boolean;
  afterComma: boolean;
}

/** Where a label may start: line start, after a sentence end, a bracket, a dash or a bar. */
interface LabelStart {
  ok: boolean;
  opener?: string;
  /** Right after a comma: "Roman Prymula, photo: …", a caption's subject then its credit. */
  comma?: boolean;
}

function atLabelStart(line: string, index: number, afterComma: boolean): LabelStart {
  let i = index - 1;
  while (i >= 0 && /[\s"“'‘]/.test(line[i]!)) i--;
  if (i < 0) return { ok: true };
  const ch = line[i]!;
  if (OPENERS.includes(ch)) return { ok: true, opener: ch };
  if (afterComma && ch === ',') return { ok: true, comma: true };
  // A picture's note in brackets closes before its credit: "… öffnen. (Symbolfoto) Bildrechte: IMAGO".
  if (afterComma && ch === ')') return { ok: true };
  // A spaced slash parts a caption from its credit as a bar does ("…, zdjęcie ilustracyjne / Źródło: X").
  return { ok: /[.!?。！？|–—\-:;•·।]/.test(ch) || (ch === '/' && /\s/.test(line[i - 1] ?? '')) };
}

/** A label of several words opening a short line on its own, a name after it: "Tangkapan Layar TVRI". */
function standaloneLabel(line: string, at: number, label: string): boolean {
  return line.length <= STANDALONE_LINE && !line.slice(0, at).trim() && /\s/.test(label.trim()) && /^\s+[\p{Lu}\p{N}@]/u.test(line.slice(at + label.length, at + label.length + 3));
}

/** Is `word` one of the language's labels, as a whole ("Bildquelle", "Fotoquelle")? */
function labelWord(lang: CompiledLang, word: string): boolean {
  const folded = word.trim().toLowerCase();
  return lang.cues.some((c) => c.cue.form === 'label' && c.cue.words.some((w) => w.toLowerCase() === folded));
}

/** The word a glued label hangs on: the letters right before it ("Republika" in "Republikasumber"). */
function gluedTo(line: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}\p{M}\p{N}.]/u.test(line[i - 1]!)) i--;
  return line.slice(i, at);
}

/** A clock time and a space right before a label: a meta line's date, then its source ("08:49 来源:"). */
const AFTER_TIME = /(?:^|\s)\d{1,2}:\d{2}(?::\d{2})?\s+$/;

function labelHits(line: string, regex: RegExp, allowBare: boolean, photo: boolean, glued = false): LabelHit[] {
  const hits: LabelHit[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(line); m; m = regex.exec(line)) {
    // A caption's credit often follows its subject after a comma ("Roman Prymula, photo: Archives…"); a
    // source label there would be a sentence going on. A label glued to the word before it starts where
    // the glue is (its colon is certain).
    const start = glued ? { ok: true } : atLabelStart(line, m.index, photo);
    let i = m.index + m[0].length;
    // "Label: https://…" is unambiguous wherever it stands (scraped text runs lines together), and so is a
    // label with a full-width colon after a space in a meta line ("08:42:00 来源：人民日报").
    // So is one with any colon right after the line's time ("2024-05-13 08:49 来源: 新华网").
    const unambiguous =
      /^\s*[:：=]\s*https?:\/\//i.test(line.slice(i, i + 16)) ||
      (/^\s*：/.test(line.slice(i, i + 3)) && /\s$/.test(line.slice(Math.max(0, m.index - 1), m.index))) ||
      (/^\s*[:：]/.test(line.slice(i, i + 3)) && AFTER_TIME.test(line.slice(Math.max(0, m.index - 12), m.index)));
    // "… eine radikale Alternative Foto: Tibor Boz/Redux/laif": a photo label and a "Name/Agency" credit
    // closing the line, where scraping glued the caption to the standfirst.
    const creditTail = photo && CREDIT_TAIL.test(line.slice(i, i + MAX_SLOT + 2));
    if (!start.ok && !unambiguous && !creditTail) continue;
    // "Nguồn (Source): X", "Source (Nguồn): X": a label glossed in another language in brackets before its colon.
    const colon = /[:：=＝]\s*$/.test(m[0]) ? [''] : /^\s*(?:\(\p{L}[\p{L}\p{M} ]{0,18}\)\s*)?[:：=＝]/u.exec(line.slice(i, i + 26));
    if (colon) i += colon[0]!.length;
    // "Originally published at https://…": an address right after a label of several words needs no colon.
    else if (/\s/.test(m[0].trim()) && /^\s+https?:\/\//i.test(line.slice(i, i + 12))) i += 0;
    // A label ending in "by" says enough without a colon ("| Illustration by POLITICO / AP Photo"), and so
    // does a photo label of several words opening a short line of its own, as credits laid over a picture
    // print it ("Tangkapan Layar TVRI"): the name after it must then start with a capital.
    else if (!start.opener && !allowBare && !/(?:^|\s)(?:by|oleh|bởi|par|por|von|door)$/iu.test(m[0]) && !(photo && standaloneLabel(line, m.index, m[0]))) continue;
    // Without a colon a one-word label's slot must start like a name: "(Foto Ansa)", not "Foto de familia de
    // los líderes"; a longer label says enough ("Photo non datée fournie par l'armée"), and so does an abbreviated
    // one, as Polish prints stock sites in small letters ("fot. shutterstock").
    else if (!/\s/.test(m[0].trim()) && !m[0].trim().endsWith('.') && !/^\s+(?:[\p{Lu}\p{N}@]|\p{Lo})/u.test(line.slice(i, i + 3))) continue;
    // A slot is a credit, not a paragraph: look no further than MAX_SLOT (bounded work per label).
    const window = line.slice(i, i + MAX_SLOT);
    const close = start.opener ? window.indexOf(CLOSERS[start.opener]!) : -1;
    const raw = close >= 0 ? window.slice(0, close) : window;
    const slot = raw.trim().replace(/[\s.,;]+$/u, '');
    if (slot) hits.push({ label: m[0], labelStart: m.index, slot, slotStart: i + raw.indexOf(slot.charAt(0)), bracketed: !!start.opener, afterComma: !!start.comma });
  }
  return hits;
}

/** Does another label of the same cue open the slot, with a credit after it ("Dok. X", "Dokumentasi X")? */
function labelledAgain(regex: RegExp, slot: string): boolean {
  regex.lastIndex = 0;
  const m = regex.exec(slot);
  return !!m && m.index === 0 && /^[\s.:：]*[\p{Lu}\p{N}@]/u.test(slot.slice(m[0].length));
}

/** True when the slot is only an illustrative note (`ilustrasi`, `minh họa`), no party. */
export function notACredit(ctx: ReadContext, slot: string): boolean {
  const tokens = tokenize(slot);
  const n = ctx.notCredits.forward(tokens, 0);
  return n > 0 && n >= tokens.filter((t) => t.word).length;
}

/** A photo label's slot ends where the next label starts ("Fotos: A; B; Bearbeitung: Redaktion"). */
function ownSlot(slot: string): string {
  const next = /;\s*\p{L}[\p{L} ]{0,30}:/u.exec(slot);
  return next ? slot.slice(0, next.index) : slot;
}

// Another label after a space: "来源：1905电影网 分享到：", "來源：中央社 作者：王小明" (the page's furniture or byline).
const NEXT_LABEL = /\s+[^\s:：]{1,12}[:：]/u;

/** A source label's slot in a script without capitals ends where the meta line's next label starts. */
function untilNextLabel(slot: string): string {
  const next = NEXT_LABEL.exec(slot);
  return next ? slot.slice(0, next.index) : slot;
}

/** A name closing on a staff member's title (ko `기자`, `특파원`): the paper's own reporter or photographer. */
function staffTitled(ctx: ReadContext, name: string): boolean {
  return ctx.langs.some((l) => l.data.placedStaffRoles.some((r) => name.endsWith(` ${r}`) || (name.endsWith(r) && name.length > r.length + 1)));
}

const SERVICE_WORDS = 4;

// "(أبوظبي - البيان)", "(القاهرة - رويترز)": Arabic papers credit a text as "(place - outlet)", a dateline in brackets.
const BRACKET_DATELINE = /^[(（]\s*([^()（）\-–—]{2,30}?)\s+[-–—]\s+([^()（）]{2,60}?)\s*[)）]$/u;

/** The outlet of a slot printed as a dateline in brackets, when what stands before the dash is a place. */
function datelinedSlot(slot: string): string {
  const m = BRACKET_DATELINE.exec(slot.trim());
  return m && placeIndex().scan(m[1]!).length ? m[2]! : slot;
}

/** A short name with a one-word photo label among its words ("Antara Foto", "AP Photo", "Foto Humas Polri"). */
function namesPictureService(lang: CompiledLang, slot: string): boolean {
  if (!slot.split(/\s+/u).every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return false;
  const words = slot.toLowerCase().split(/\s+/u);
  if (words.length < 2 || words.length > SERVICE_WORDS) return false;
  return lang.cues.some((c) => c.cue.role === 'photo' && c.cue.words.some((w) => !/\s/.test(w) && words.includes(w.toLowerCase())));
}

/** True when the slot is only a word for whoever gave the picture (`ist`, `Supplied`): a credit as it stands. */
export function isCourtesy(ctx: ReadContext, slot: string): boolean {
  const tokens = tokenize(slot);
  const n = ctx.courtesyCredits.forward(tokens, 0);
  return n > 0 && n >= tokens.filter((t) => t.word).length;
}

/** Capitalized words that open a headline in Title Case; a credit's name is shorter (and has a slash if longer). */
const HEADLINE_WORDS = 6;

/** Does the slot open with a headline's run of capitalized words (numbers may stand among them)? */
function titleCaseRun(slot: string): boolean {
  const head = slot.slice(0, 80);
  if (head.includes('/')) return false;
  const words = tokenize(head).filter((t) => t.word).slice(0, HEADLINE_WORDS);
  return words.length === HEADLINE_WORDS && words.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text)) && words.some((t) => /\p{Ll}/u.test(t.text));
}

/** A credit read as a name (or a Name/Agency pair) from where the label's slot starts. */
function creditName(ctx: ReadContext, index: NameIndex, line: string, from: number): string | undefined {
  const slash = /^[^\s/]{1,40}(?:\s[^\s/]{1,40}){0,3}(?:\s?\/\s?[^\s/]{1,40}(?:\s[\p{Lu}][^\s/]{0,40}){0,3}){1,3}/u.exec(line.slice(from, from + 120));
  if (slash) return slash[0].trim();
  const first = readForward(ctx, line, from)[0];
  if (!first) return undefined;
  const name = shrinkToKnown(first, (t) => index.find(t));
  return ctx.syllables ? gluedSentenceCut(line, name.text, name.start) : name.text;
}

/**
 * Scraped Vietnamese text glues a caption's credit to the next paragraph ("Ảnh: VFF Trận này, Việt Nam…"):
 * when a sentence runs on after the name, its last capitalized word opens that sentence, not the credit.
 */
function gluedSentenceCut(line: string, name: string, start: number): string {
  const rest = line.slice(start + name.length);
  const words = name.split(/\s+/);
  if (words.length < 2 || !/^\s+\p{Ll}/u.test(rest) || rest.split(/\s+/).filter(Boolean).length < RUN_ON_SENTENCE) return name;
  return words.slice(0, -1).join(' ');
}

/**
 * A label's slot as the stretches its semicolons part ("Sources: Eurostat; World Bank; IMF"): each is read
 * as a list of its own, since a semicolon ends one and a comma-led reading stops at it. Offsets in the line.
 */
function listSegments(slot: string, slotStart: number): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let k = slot.indexOf(';'); k >= 0 && out.length < 8; k = slot.indexOf(';', k + 1)) {
    out.push([slotStart + from, slotStart + k]);
    from = k + 1;
    while (from < slot.length && /\s/.test(slot[from]!)) from++;
  }
  out.push([slotStart + from, slotStart + slot.length]);
  return out.filter(([a, b]) => b > a);
}

/** Label findings of one language in one line. `caption` allows photo labels without a colon. */
export function labelFindings(
  line: string,
  block: number,
  lang: CompiledLang,
  ctx: ReadContext,
  index: NameIndex,
  caption: boolean,
): Finding[] {
  const out: Finding[] = [];
  for (const c of lang.cues) {
    if (c.cue.form !== 'label') continue;
    const photo = c.cue.role === 'photo';
    const hits = labelHits(line, c.regex, photo && caption, photo);
    // Glue happens where a link ended, most often the site's own name: the word the label is glued to must
    // be one the registry knows ("Republikasumber :"), never a word that ends so ("resource:", "narasumber:").
    // Nor a compound the language writes as one label ("Bildquelle:" is the picture's source, not "Bild" + "quelle").
    if (c.gluedLabel) hits.push(...labelHits(line, c.gluedLabel, false, photo, true).filter((h) => !!index.find(gluedTo(line, h.labelStart)) && !labelWord(lang, gluedTo(line, h.labelStart) + h.label)));
    for (const hit of hits) {
      const evidence = clip(line, hit.slotStart);
      const base = { evidence, block, cue: c.tag, cueText: hit.label };
      if (photo) {
        // "Copyright: Project Syndicate, 2025" under the text is the text's rights notice; in a caption, the picture's.
        if (!caption && RIGHTS_LABEL.test(hit.label)) continue;
        hit.slot = ownSlot(hit.slot);
        if (COUNTER.test(hit.slot) || !/\p{L}/u.test(hit.slot)) continue;
        // "Foto: Dok. Humas Polda Jabar": a second label opens the slot; its own hit reads the credit once.
        if (labelledAgain(c.regex, hit.slot)) continue;
        if (notACredit(ctx, hit.slot) || Math.max(...hit.slot.split(/;\s+/).map((p) => p.length)) > 120) {
          // A caption's credit glued to its text ("Photo: Adil Boukind Archives Le Devoir Les entreprises…").
          const signed = !notACredit(ctx, hit.slot) ? signedLead(hit.slot, index) : undefined;
          if (caption && signed) {
            out.push({ ...base, role: 'photo', name: signed, kind: 'unknown' });
            continue;
          }
          // Outside a caption the line runs on ("Ảnh: REUTERS Theo ông Abella…"): the credit is the name.
          if (caption || !ctx.cased || notACredit(ctx, hit.slot)) continue;
        }
        // "FOTO: Dian Sastro Saat Berusia 13 Tahun", "VIDEO: Penampakan Tank Lapis Baja …": outside a caption, a label
        // before a run of Title Case words marks a gallery's or a video's headline (a teaser), not a credit.
        if (!caption && !hit.bracketed && ctx.cased && titleCaseRun(hit.slot)) continue;
        // "Subject, photo: Credit" in a short line is a caption printed as a paragraph: its slot is all credit.
        const captionLike = hit.afterComma && line.length <= SHORT_LINE && hit.slot.length <= 60;
        // "ANTARA FOTO/Budi Santoso": a label followed by a slash is the agency's name, the first part of the credit.
        const named = hit.slot.startsWith('/');
        const slot = named ? `${hit.label.trim()}${hit.slot}` : hit.slot;
        const credit = caption || captionLike || hit.bracketed || !ctx.cased ? slot : creditName(ctx, index, line, named ? hit.labelStart : hit.slotStart);
        // "Fotos: A / stock.adobe.com (Striga); B / stock.adobe.com (Cuscuta)": one credit per picture.
        for (const one of credit?.split(/\s*;\s+/) ?? []) if (/\p{L}/u.test(one)) out.push({ ...base, role: 'photo', name: addressedCredit(one.replace(/;$/, '')), kind: 'unknown' });
        continue;
      }
      const url = URL.exec(hit.slot);
      if (url && url.index < 3) {
        const href = url[0].startsWith('www.') ? `https://${url[0]}` : url[0];
        out.push({ ...base, role: 'basedOn', name: href.replace(/[.,;]+$/, ''), kind: 'unknown' });
        continue;
      }
      // In scripts without capitals the outlet of a bracketed dateline is the slot ("المصدر: (القاهرة - وكالات)" names no one).
      const dated = ctx.cased ? hit.slot : datelinedSlot(hit.slot);
      if (dated !== hit.slot) {
        hit.slotStart += hit.slot.indexOf(dated);
        hit.slot = dated;
      }
      if (notACredit(ctx, hit.slot)) continue;
      // "Source: Supplied" under a picture: whoever gave the picture is its credit, never a source.
      if (isCourtesy(ctx, hit.slot)) {
        if (caption) out.push({ ...base, role: 'photo', name: hit.slot, kind: 'unknown' });
        continue;
      }
      // "Source: CNN" under a video, "Source: Harbour Works" under a picture or a chart: in a caption the source
      // is the picture's credit too (and stays a source: a chart's data come from it). Not in scripts without
      // capitals, where a caption-classed box is as often the page's "来源：" line.
      if (caption && ctx.cased && hit.slot.length <= CAPTION_SOURCE_CHARS) {
        out.push({ ...base, role: 'photo', name: ownSlot(hit.slot), kind: 'unknown' });
        // "(Quelle: IMAGO/U.S. Navy / X/imago)": a picture agency and its photographer credit the picture only.
        if (slashCredit(hit.slot, index)) continue;
      }
      // "Sumber: Antara Foto", "Source: AP Photo": a picture service named as the source credits a picture.
      if (namesPictureService(lang, hit.slot)) {
        out.push({ ...base, role: 'photo', name: hit.slot, kind: 'unknown' });
        continue;
      }
      // "Quelle: ntv.de, ino/dpa": a slot that is a credit line (known outlets, the editors' initials beside a
      // wire) names each outlet in it, as the line would on its own.
      const creditLine = creditLineFindings(hit.slot, block, index);
      if (creditLine.length) {
        out.push(...creditLine.map((f) => ({ ...f, ...base })));
        continue;
      }
      if (!ctx.cased) {
        for (const part of splitSlot(untilNextLabel(hit.slot), hit.slotStart)) {
          // "[부산=홍길동 기자]": the paper's own reporter where a wire's name would stand, no source.
          if (staffTitled(ctx, part.text)) continue;
          // "人民日报海外版 中国青年网": the registry may know the start of what follows the label.
          const known = index.find(part.text) ? null : knownStart(ctx, index, part.text, part.start);
          const name = known?.text ?? part.text;
          const entry = known?.known ?? index.find(name);
          out.push({ ...base, role: 'source', name, kind: entry ? kindOf(entry) : 'unknown', known: entry });
        }
        continue;
      }
      for (const [from, to] of listSegments(hit.slot, hit.slotStart)) {
        const reads = readForward(ctx, line.slice(0, to), from, { list: true, find: (t) => index.find(t) });
        // A slot that runs on past its names is a sentence, a headline ("Source: Trump ‘irritated’ by Conway
        // attacks"): there the label credits only what is an organization on its own.
        const last = reads[reads.length - 1];
        const runsOn = !!last && tokenize(line.slice(last.end, to)).filter((t) => t.word).length >= RUN_ON_WORDS;
        reads.forEach((read, i) => {
          const span = shrinkToKnown(read, (t) => index.find(t));
          // ", LLC" after a company's name is its legal form, not a second name.
          const words = tokenize(span.text).filter((t) => t.word);
          if (words.length === 1 && ctx.orgWords.forward(words, 0) === 1 && !index.find(span.text)) return;
          const v = judge(span, ctx, index, true);
          // Where every noun is capitalized, a later item that is one word of no body's shape is a noun the list
          // goes on with ("Quellen: Landtag NRW, Stellungnahmen zum Gesetzentwurf" credits no "Gesetzentwurf").
          if (i > 0 && ctx.capitalizedNouns && words.length === 1 && !v.orgLike && !isAcronym(words[0]!)) return;
          // After a semicolon only what is an organization on its own: "Source: Reuters; Editing by X" names one.
          if (v.accept && ((!runsOn && from === hit.slotStart) || v.orgLike)) out.push({ ...base, role: 'source', name: span.text, kind: v.kind, known: v.known });
        });
      }
    }
  }
  return out;
}
