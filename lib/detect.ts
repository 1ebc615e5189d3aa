/**
 * Stage 2: the article's blocks × the languages' cue tables → findings (sources, photo credits, origins),
 * each with its cue and its evidence. Each block is read in its own language, with the page's language
 * and English as fallbacks. A block that throws is skipped, never the page.
 */
import type { PageBlock } from './page';
import { languages } from './cues/index';
import type { CompiledLang } from './cues/compile';
import { ANTECEDENT_REACH, antecedentFindings } from './detect/antecedent';
import { ArticleBodies } from './detect/bodies';
import { contextFor, type ReadContext } from './detect/context';
import { citationFindings } from './detect/citations';
import { bracketDatelineFindings, bracketEndCreditFindings } from './detect/bracket-wires';
import { listItem, listLabel, LIST_ITEMS } from './detect/label-list';
import { bylineFindings, closesOnWires, closingWireFindings, creditLineFindings, datelineFindings, houseStyleFindings, tailCreditFindings } from './detect/credits';
import { clip, type Finding } from './detect/finding';
import { placedStaffCredits } from './detect/placed-staff';
import { galleryLinkCredit } from './detect/gallery-link';
import { isCourtesy, labelFindings, notACredit } from './detect/labels';
import type { NameIndex } from './detect/org';
import { linkedCreditFindings, originStatementFindings } from './detect/origins';
import { signedCreditFindings } from './detect/signed-credit';
import { bareCreditFindings } from './detect/bare-credit';
import { creditListFindings } from './detect/credit-list';
import { captionCredits, closingSlashCredit, heroCaptionAgency, RESERVED } from './detect/photo';
import { foldName } from './fold';
import { sentences } from './detect/sentences';
import { asStateGovernment, listOfStates, stateFindings, statePress } from './detect/states';
import { roleFindings, verbFindings } from './detect/verbs';
import { ministerSpeaks } from './detect/minister';
import { staffFindings } from './detect/staff';
import { inflectedIndex } from './detect/inflect';
import { withPrintedNames } from './detect/printed-names';
import { lemmatize } from './detect/lemma';
import { nominative } from './detect/nominative';
import { sentenceCandidates } from './detect/candidates';
import { ScoredLayer, type Scorer, type ScoredCandidate } from './detect/scorer';
import { guessLang, scriptOf } from './lang';

/** For the scored layer's fitting (scripts/fit-scorer.ts): another model, and every candidate as scored. */
export interface DetectOptions {
  scorer?: Scorer;
  onCandidates?: (scored: ScoredCandidate[]) => void;
}

export interface Detection {
  findings: Finding[];
  /** The language of the article's text: the language most of its body is in. */
  lang: string;
}

const READ: ReadonlySet<PageBlock['kind']> = new Set(['body', 'caption', 'byline', 'fringe', 'tail', 'meta']);
// A dateline opens the body, but pages put links, dates and teasers first.
const DATELINE_BLOCKS = 6;
/** Work stays bounded on a 10 MB page: no article needs more than this read. */
export const READ_BUDGET = { blocks: 3000, chars: 1_500_000 };

function langsFor(code: string, pageLang: string, all: Map<string, CompiledLang>): CompiledLang[] {
  return [...new Set([code, pageLang, 'en'])].map((c) => all.get(c)).filter((l): l is CompiledLang => !!l);
}

/** A script's usual language, for pages in a language we have no cue file for yet. */
const SCRIPT_LANG: Record<string, string> = { han: 'zh', kana: 'ja', hangul: 'ko', arabic: 'ar', cyrillic: 'ru', thai: 'th', devanagari: 'hi', hebrew: 'he', greek: 'el' };

/** The language most of the body is written in (by characters), else the declared one, else English. */
export function bodyLanguage(blocks: PageBlock[], declared: string | undefined, all: Map<string, CompiledLang>): string {
  const declaredCode = declared?.slice(0, 2);
  const fallback = declaredCode && all.has(declaredCode) ? declaredCode : 'en';
  const weight = new Map<string, number>();
  let sampled = 0;
  for (const b of blocks) {
    if (b.kind !== 'body' || b.text.length < 40) continue;
    if (++sampled > 200) break;
    const lang = guessLang(b.text, all.values(), fallback);
    weight.set(lang, (weight.get(lang) ?? 0) + b.text.length);
  }
  let best = fallback;
  let max = 0;
  for (const [lang, w] of weight) if (w > max) [best, max] = [lang, w];
  // Text in a script none of our languages write: say which language it is, even without its cues.
  const sample = blocks.find((b) => b.kind === 'body' && b.text.length >= 40)?.text ?? '';
  const script = scriptOf(sample);
  if (sample && ![...all.values()].some((l) => l.script === script)) return declaredCode ?? SCRIPT_LANG[script] ?? best;
  return best;
}

// The paths CMSs give tag, topic, section and search pages: /tag/tvri, /tags/, /topic/, /topik/, /chu-de/, /tu-khoa/,
// /themen/…, a section's "/sezioni/217/newsweek", "/rubrique/", "/categoria/", a keyword search's "/search/national-news".
const TAG_PATH = /^(?:https?:\/\/[^/?#]+)?(?:\/[^?#]*)?\/(?:tags?|topics?|topik|topic-tag|keywords?|kata-kunci|chu-de|tu-khoa|themen?|thema|temas?|sujets?|etiquetas?|sezion[ei]|sections?|secciones|seccion|secao|rubri(?:que|ca|c|k)s?|categor(?:y|ies|ia|ie|ias)|search|suche|busca|recherche|cerca)(?:[/?#.]|$)/i;
// What a tag list prints before each link ("# National News", "• Politik").
const LIST_MARK = /^[\s#•·|»›>-]+/u;
// "© Agency / Name" at a line's end: the slash makes it a photo's credit, not a site's copyright ("© 2019 X"), nor
// a wire story's number between digits ("© dpa-infocom, dpa:240516-99-53606/3 (dpa)" signs the text).
const COPYRIGHT_CREDIT = /©\s*[^©/\n]{2,40}(?<!\d)\/(?!\d)[^©/\n]{2,40}$/u;
// "Charlotte Church © istimewa": a short line of a picture's subject, then "©" and whom it is from, is the picture's
// caption printed as a paragraph (a site's own notice opens on "©" or "Copyright", or holds a year).
const CAPTION_COPYRIGHT = /(?<=^[^©\n\d]{3,80}\s)©\s*[^©\n\d]{2,40}$/u;

/** "Charlotte Church © istimewa", not "Hak cipta © Tempo Media" nor "Copyright © X": a caption's credit. */
function captionCopyright(line: string): RegExpExecArray | null {
  return /copyright/i.test(line) || RESERVED.test(line) ? null : CAPTION_COPYRIGHT.exec(line);
}

/**
 * A block that is one link to a tag, topic, section or search page ("Tags: … TVRI", a teaser list's "Newsweek"
 * section, "# National News"): navigation around the body, not an end credit. A linked name elsewhere stays one
 * (Libération links its "AFP" end credit to the agency's author page).
 */
function linkOnly(block: PageBlock): boolean {
  const link = block.links.length === 1 ? block.links[0]! : undefined;
  return !!link && link.text.trim() === block.text.replace(LIST_MARK, '').trim() && TAG_PATH.test(link.href);
}

/**
 * A line that is wholly one link, as long as a headline: a teaser for another article ("El Reino Unido
 * advirtió que …" linking to the site's own story). Its sentences are that story's, not this one's; a
 * credit line or label in it still counts.
 */
function teaser(block: PageBlock): boolean {
  const link = block.links.length === 1 ? block.links[0]! : undefined;
  const text = block.text.trim();
  return !!link && text.length >= 30 && link.text.trim() === text;
}

/** An acronym in brackets with the name going on after it (lib/detect/names.ts innerShortForm). */
const INNER_SHORT_FORM = /\s\(\p{Lu}[\p{Lu}\p{N}&-]{1,11}\)\s(?=\S)/u;

/** The text just before a sentence, within the antecedent reach; bounded, since one line may hold a whole page. */
function textBefore(recent: string, line: string, at: number): string {
  const prefix = line.slice(Math.max(0, at - ANTECEDENT_REACH), at);
  return prefix.length >= ANTECEDENT_REACH ? prefix : `${recent.slice(prefix.length - ANTECEDENT_REACH)}\n${prefix}`;
}

function readLine(line: string, block: PageBlock, ctx: ReadContext, index: NameIndex, firstBody: boolean, recent: string, bodies: ArticleBodies, layer: ScoredLayer): Finding[] {
  const out: Finding[] = [];
  const caption = block.kind === 'caption';
  // A label before a link to the site's gallery introduces more pictures, not a credit (lib/detect/gallery-link.ts).
  for (const lang of ctx.langs) out.push(...labelFindings(line, block.index, lang, ctx, index, caption).filter((f) => !galleryLinkCredit(f, block.links)));
  // A "© Agency / Name" closing a line is a photo's credit wherever it stands: captions printed as
  // paragraphs, a hero picture's caption above the body ("A cyclist rides … © Reuters / David Mercado").
  const copyright = block.kind !== 'caption' && line.length <= 300 ? (COPYRIGHT_CREDIT.exec(line) ?? captionCopyright(line)) : null;
  if (copyright) out.push(...captionCredits(copyright[0], block.index, false, index));
  // Above the body, a meta line (date, source, section) credits only through a label, or is a hero
  // picture's caption closing on its agency in brackets ("… near Tehran (Reuters)").
  if (block.kind === 'meta') return [...out, ...heroCaptionAgency(line, block.index, index)];
  if (firstBody) out.push(...datelineFindings(line, block.index, index), ...bracketDatelineFindings(line, block.index, index));
  if (block.kind !== 'caption' && !((block.kind === 'tail' || block.kind === 'fringe') && linkOnly(block))) out.push(...creditLineFindings(line, block.index, index), ...houseStyleFindings(line, block.index, index), ...closingWireFindings(line, block.index, index), ...bracketEndCreditFindings(line, block.index, index), ...tailCreditFindings(line, block.index, index));
  // A reference list's entries credit their journals.
  if (block.kind !== 'caption') out.push(...citationFindings(line, block.index, index));
  // "Theo Sầm Hoa (Vietnamnet/Reuters)": a signed end credit names the outlets the text comes from.
  const signed = block.kind !== 'caption' ? signedCreditFindings(line, block.index, ctx, index) : [];
  // "Theo Xzone/Kenh14", "Thu Hà (theo Mirror)": an end credit listing its sites after a cue (lib/detect/credit-list.ts).
  if (block.kind !== 'caption' && !signed.length) signed.push(...creditListFindings(line, block.index, ctx, index));
  out.push(...signed);
  // "Theo Allkpop": a one-word end credit naming a site the registry doesn't know.
  if (block.kind !== 'caption') out.push(...bareCreditFindings(line, block.index, ctx));
  // A short paragraph closing on "(Name/Agency/Getty Images)", unless it signs the text (its wires and the
  // editors' initials: "(dpa/AFP)"), is a caption printed as body text.
  if (!signed.length && block.kind !== 'caption' && line.length <= 240 && /\([^()]{3,80}\/[^()]{2,80}\)\s*$/u.test(line) && !closesOnWires(line, index)) {
    out.push(...captionCredits(line, block.index, false, index).filter((f) => f.cue === 'photo.bracket'));
  }
  // "… noch so viele Punkte wie möglich sammeln. IMAGO/Jane Roe": a short paragraph closing on an agency's credit.
  const slashed = !signed.length && block.kind === 'body' ? closingSlashCredit(line, index) : undefined;
  if (slashed && !closesOnWires(line, index)) out.push({ role: 'photo', name: slashed, evidence: clip(line), block: block.index, cue: 'photo.slash', cueText: slashed, kind: 'unknown' });
  // After the body's container only end credits count: labels and credit lines, no sentences.
  if (block.kind === 'tail' || teaser(block)) return out;
  for (const s of sentences(line)) {
    const input = { text: s.text, block: block.index, caption, before: textBefore(recent, line, s.start), bodies };
    const verbs = ctx.langs.flatMap((lang) => verbFindings(input, lang, ctx, index));
    const reports = ctx.langs.some((l) => l.cues.some((c) => c.cue.form === 'after' && (c.regex.lastIndex = 0, c.regex.test(s.text))));
    const credited = [...verbs, ...antecedentFindings(input, ctx, index), ...roleFindings(input, ctx, index, reports), ...staffFindings(input, ctx, index)].filter((f) => !listOfStates(ctx, f.name) && !statePress(f) && !ministerSpeaks(ctx, s.text, f));
    out.push(...credited.map((f) => asStateGovernment(f, index)), ...stateFindings(input, ctx, index));
    // Every name beside a reporting frame, for the scored layer to weigh once the article is read.
    if (block.kind === 'body' && layer.on) layer.add(sentenceCandidates(input, ctx, index, { credited: credited.length > 0, firstBody }));
    // What this sentence named and credited, for the short forms of later ones.
    for (const f of credited) bodies.credited(ctx, f.name, f.known?.kind === 'company');
    bodies.scan(ctx, index, s.text);
  }
  return out;
}

function readBlock(block: PageBlock, pageLang: string, registry: NameIndex, all: Map<string, CompiledLang>, firstBody: boolean, recent: string, bodies: ArticleBodies, layer: ScoredLayer): Finding[] {
  const ctx = contextFor(langsFor(guessLang(block.text, all.values(), pageLang), pageLang, all));
  // Names in languages that decline them are found in the registry by their nominative too.
  const index = inflectedIndex(registry, ctx);
  const out: Finding[] = [];
  if (block.kind === 'caption') {
    // "Supplied", "Istimewa", "minh họa": a note that names no one.
    const notCredit = (c: string) => notACredit(ctx, c);
    const courtesy = (c: string) => isCourtesy(ctx, c);
    // An author's or editor's line a page prints among its captions ("Penulis: X | Editor: Y") credits no picture.
    const text = block.text.split('\n').filter((l) => !ctx.langs.some((lang) => lang.excluded.test(l))).join('\n');
    if (text.trim()) out.push(...captionCredits(text, block.index, block.creditElement, index, { parts: block.creditParts, pieces: block.pieces, notCredit, courtesy }), ...placedStaffCredits(text, block.index, ctx));
  }
  for (const line of block.text.split('\n')) {
    if (ctx.langs.some((l) => l.excluded.test(line))) continue;
    out.push(...readLine(line, block, ctx, index, firstBody, recent, bodies, layer));
  }
  // "Courtesy of Harbour Works": in a caption, a cue that is also a photo label credits the picture, not the
  // story. (The same name credited by another cue — "an image the Herald claims …" — stays a source.)
  if (block.kind === 'caption') {
    // Only a photo label's own words ("Courtesy of", and its end inside a longer label: "Photo courtesy of",
    // "Photo provided by"): a source label under a picture ("Source: X") keeps its source.
    const cue = (f: Finding) => f.cueText.trim().toLowerCase();
    const pictured = out.filter((f) => f.role === 'photo' && f.cue.endsWith('.photo'));
    const inLabel = (f: Finding) => pictured.some((p) => foldName(p.name) === foldName(f.name) && (cue(p) === cue(f) || cue(p).endsWith(` ${cue(f)}`)));
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.role === 'source' && inLabel(out[i]!)) out.splice(i, 1);
  }
  // A byline names an outlet only where no cue in it already did ("Minh Duc (Menurut TASS, …)").
  if (block.kind === 'byline' && out.length === 0) out.push(...bylineFindings(block.text, block.index, index));
  // The page this one copies, where a link says so: under an origin statement, or on a credit line's name.
  out.push(...originStatementFindings(block, ctx));
  if (block.kind !== 'caption' && block.kind !== 'meta') out.push(...linkedCreditFindings(block, out));
  // A body the registry doesn't know is named in the nominative ("сообщали в Минздраве" credits Минздрав,
  // "des Hessischen Rundfunks" the Hessischer Rundfunk);
  // a known one is named by the registry, and its printed form still finds the link on it.
  return out.map((f) => (f.role === 'source' && !f.known ? { ...f, name: nominative(ctx, lemmatize(ctx, f.name)) } : f));
}

/**
 * Finds every credit in the article. Workflow:
 * 1. the body's language (a block's own language may differ);
 * 2. each readable block: bylines, caption credits, then line by line labels, datelines (first body
 *    blocks), end-credit lines, and sentence by sentence the verb cues and speaker roles.
 */
export function detect(article: { blocks: PageBlock[] }, declaredLang: string | undefined, index: NameIndex, byline?: string, opts: DetectOptions = {}): Detection {
  const all = languages();
  const lang = bodyLanguage(article.blocks, declaredLang, all);
  const findings: Finding[] = [];
  // Word-like registry names the story prints as names mid-sentence, so they count opening one too.
  index = withPrintedNames(index, () => article.blocks.filter((b) => b.kind === 'body').map((b) => b.text));
  let bodySeen = 0;
  let blocks = 0;
  let chars = 0;
  // The body read so far, where an institution later credited by its kind alone was named.
  let recent = '';
  // The bodies named so far, whose short forms later sentences credit.
  const bodies = new ArticleBodies();
  // Names beside reporting frames the rules did not credit, weighed by the fitted scorer (lib/detect/scorer.ts).
  const layer = new ScoredLayer(opts.scorer, !!opts.onCandidates);
  // A source label standing alone ("Quellen:") and how many of the blocks after it were read as its items.
  const pageLangs = all.has(lang) ? [all.get(lang)!] : [];
  let label: string | undefined;
  let items = 0;
  for (const block of article.blocks) {
    if (!READ.has(block.kind)) continue;
    if (++blocks > READ_BUDGET.blocks || (chars += block.text.length) > READ_BUDGET.chars) break;
    const firstBody = block.kind === 'body' && bodySeen++ < DATELINE_BLOCKS;
    const item = !!label && block.kind !== 'caption' && items++ < LIST_ITEMS && listItem(block.text);
    const read = item ? { ...block, text: block.text.split('\n').map((l) => `${label} ${l}`).join('\n') } : block;
    if (!item) label = undefined;
    const opens = listLabel(block.text, pageLangs);
    if (opens) {
      label = opens;
      items = 0;
    }
    try {
      findings.push(...readBlock(read, lang, index, all, firstBody, recent, bodies, layer));
    } catch {
      // One strange block must not cost the page its report.
    }
    if (block.kind === 'body') recent = `${recent}\n${block.text}`.slice(-ANTECEDENT_REACH);
  }
  if (byline && !article.blocks.some((b) => b.kind === 'byline')) findings.push(...bylineFindings(byline, 0, index));
  // "Ủy ban nhân dân (UBND) tỉnh Nghệ An": the short form read through inside a name is no part of how it is printed.
  for (const f of findings) if (f.role === 'source' && INNER_SHORT_FORM.test(f.name)) f.name = f.name.replace(INNER_SHORT_FORM, ' ');
  const scored = layer.score(findings, bodies);
  opts.onCandidates?.(scored);
  findings.push(...layer.findings(findings, bodies, scored));
  return { findings, lang };
}
