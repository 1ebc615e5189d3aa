/**
 * Is this name an organization or publication (a source), or a person? Names credited by a strong cue
 * ("Sumber: X") count as they are; names beside a weak cue ("X said") count only with evidence of being
 * an organization: a registry entry, an organization word, an acronym, a web address, an outlet word
 * or a speaker role pointing at it.
 */
import type { ReadContext } from './context';
import type { NameSpan } from './names';
import { placeIndex, wordsOf } from '../places/index';
import { isAcronym, isDomainLike, tokenize, type Token } from './tokens';

export type SourceKind = 'outlet' | 'government' | 'organization' | 'unknown';

/** What the registry knows of a name (lib/outlets); the detector needs no more than this. */
export interface KnownName {
  /** The entry's id; for a name several bodies go by, `?` and the name's key until the story picks one. */
  id: string;
  name: string;
  kind: string;
  /** The entries a shared name may stand for (lib/outlets/story.ts picks one from the story, or none). */
  candidates?: string[];
  /** Found only through a name that is also an ordinary word or a first name ("Antara", "العربية"). */
  word?: boolean;
}

export interface NameIndex {
  /** The entry a name (any case, "the", possessive) or a web address stands for. */
  find(name: string): KnownName | undefined;
  /** Whether the story prints this name inside a sentence, where its capital says a name (lib/detect/printed-names.ts). */
  printedAsName?(name: string): boolean;
}

export interface Verdict {
  accept: boolean;
  /** Organization-like on its own (not only because a strong cue credits it). */
  orgLike: boolean;
  kind: SourceKind;
  why: string;
  known?: KnownName;
}

const OUTLET_KINDS = new Set(['wire', 'newspaper', 'broadcaster', 'magazine', 'online', 'aggregator']);
const GOV_KINDS = new Set(['government', 'international']);

/** The kind a registry entry suggests. */
export function kindOf(known: KnownName): SourceKind {
  if (OUTLET_KINDS.has(known.kind)) return 'outlet';
  if (GOV_KINDS.has(known.kind)) return 'government';
  return 'organization';
}

// "American officials said", "Israeli spokesman": a nationality, not an organization.
const DEMONYM = /^\p{Lu}[a-z]+(?:an|ian|ean|ese|ish|ic|i|ch)$/u;

const isNameToken = (t: { text: string }) => /^[\p{Lu}\p{Lt}\p{N}]/u.test(t.text) || /\.[a-z]{2,}$/i.test(t.text);

/**
 * Does the bracketed acronym spell the name (KPK: Komisi Pemberantasan Korupsi)? A person's name with a
 * party after it (Jan Hamáček (ČSSD)) doesn't.
 */
function expands(words: { text: string }[], acronym: string): boolean {
  const initials = words.map((w) => w.text[0]!.toUpperCase()).join('');
  let i = 0;
  for (const ch of acronym.toUpperCase().replace(/[^\p{L}]/gu, '')) {
    i = initials.indexOf(ch, i) + 1;
    if (i === 0) return false;
  }
  return true;
}

/**
 * "the Chicago Bulls", "the Toronto Maple Leafs": a city's or country's name, then a plural, is a team (or a
 * club) speaking, not a plural of people ("the Democrats") nor a place ("the Philippines", "the Cayman Islands"
 * end in `notBodies`).
 */
function placeTeam(words: Token[]): boolean {
  if (words.length < 2) return false;
  const places = placeIndex();
  const text = words.map((w) => w.text).join(' ');
  const hit = places.scan(text)[0];
  return !!hit && hit.from === 0 && hit.kind !== 'people' && !!hit.country && hit.to < wordsOf(text).length;
}

/** Is the one word a people's adjective or name ("Russian", "Syrian")? */
function people(w: string): boolean {
  const hit = placeIndex().at(wordsOf(w), w, 0);
  return hit?.kind === 'people' && hit.to === 1;
}

// A rank, an age or a size in front of a name ("14th-ranked", "20-year-old", "6-foot-5"); "7-Eleven" has a capital.
const DESCRIBED = /^\p{N}+(?:st|nd|rd|th)?-\p{Ll}/u;

/**
 * After "the", a capitalized name is a body's ("the Star-Telegram"), unless it is a plural of people or
 * places ("the Democrats", "the Philippines"), a nationality ("the American"), a person described by a
 * number ("the 14th-ranked Schwartzman"), or a document, law, event or index (`notBodies`: "the Paris Agreement").
 */
function bodyShaped(ctx: ReadContext, words: Token[]): boolean {
  const last = words[words.length - 1]!;
  if (!isNameToken(last) || (/s$/.test(last.text) && !isAcronym(last) && !placeTeam(words))) return false;
  if (words.length === 1 && DEMONYM.test(last.text)) return false;
  // "the 14th-ranked Schwartzman", "the 20-year-old Novak": a number-led description before a surname.
  if (DESCRIBED.test(words[0]!.text)) return false;
  return ctx.notBodies.backward(words, words.length - 1) === 0;
}

/**
 * "TxDOT said", "PennDOT crews": an agency's short form in mixed case, at least three capitals and no fewer
 * capitals than small letters (names with inner capitals have two: "McDonald", "DeSantis", "YouTube").
 */
function mixedAcronym(t: Token): boolean {
  const upper = t.text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = t.text.match(/\p{Ll}/gu)?.length ?? 0;
  // Letters only, closing on capitals ("TÜİK'in" is an acronym with a suffix; "McCARTHY" a surname in capitals).
  return /^\p{Lu}\p{L}*\p{Lu}\p{Lu}$/u.test(t.text) && !/^Ma?c/u.test(t.text) && upper >= 3 && upper >= lower;
}

/**
 * "Harrow & Finch said", "Kessler & Partner teilte mit": two capitalized words joined by an ampersand are a
 * firm's name (a partnership, a law or consulting firm); people are joined by "and", never by "&".
 */
function ampersand(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => t.text === '&' && k > 0 && isNameToken(tokens[k - 1]!) && !!tokens[k + 1] && isNameToken(tokens[k + 1]!));
}

/**
 * May the bracketed acronym after a name stand for it ("Komisi Pemberantasan Korupsi (KPK)", "La Organización de
 * las Naciones Unidas para la Alimentación y la Agricultura (FAO)")? Not after a name shaped like a person's, two or
 * three capitalized words with no organization word, that it doesn't spell: there it is where the person works
 * ("Theo Minh Châu (AFP)").
 */
function acronymOfName(span: NameSpan, ctx: ReadContext): boolean {
  const tokens = tokenize(span.text);
  const words = tokens.filter((t) => t.word);
  const personShaped = words.length >= 2 && words.length <= 3 && words.every((t) => isNameToken(t) && !isAcronym(t) && !ctx.stopwords.has(t.text.toLowerCase()));
  return !personShaped || expands(words, span.acronym!) || !!ctx.orgWords.occursIn(tokens);
}

/**
 * A known name printed with its own acronym after it, no brackets, as German copy names a body at first mention
 * ("die Weltgesundheitsorganisation WHO betonte", "das Bundeskriminalamt BKA teilte mit"): the entry both parts
 * name, when they name the same one.
 */
function withOwnAcronym(text: string, index: NameIndex): KnownName | undefined {
  const cut = text.lastIndexOf(' ');
  const acronym = text.slice(cut + 1);
  if (cut < 2 || !ACRONYM.test(acronym)) return undefined;
  const name = index.find(text.slice(0, cut).trim());
  const short = name && index.find(acronym);
  return name && short && name.id === short.id && !name.word ? name : undefined;
}
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * A compound whose last part is itself a body's name of the table, not a kind ("Bundesjustizministerium",
 * "Landesinnenministerium" end in "Justizministerium", "Innenministerium"): named as that word is. "Hausbank"
 * ends only in the kind "Bank", and stays a kind.
 */
function namedByTail(ctx: ReadContext, t: Token): boolean {
  const tail = ctx.orgWords.entryEnding(t);
  return !!tail && ctx.genericOrgs.forward([{ ...t, text: tail, key: undefined }], 0) === 0;
}

/** Judges a name found beside a cue. */
export function judge(span: NameSpan, ctx: ReadContext, index: NameIndex, strong: boolean): Verdict {
  if (span.titled) return { accept: false, orgLike: false, kind: 'unknown', why: 'person title' };
  // "la police française": a kind of public body its state's adjective names (lib/detect/national-body.ts).
  if (span.national) return { accept: true, orgLike: true, kind: span.national.known ? kindOf(span.national.known) : 'government', why: 'national body', known: span.national.known };
  const found = index.find(span.text) ?? (span.acronym && acronymOfName(span, ctx) ? index.find(span.acronym) : undefined) ?? withOwnAcronym(span.text, index);
  // A name that is also an ordinary word opening the sentence ("Antara lain…", "Die Welt schaut…") is the
  // word, unless a strong cue credits it: there its capital says nothing. Set in its seat ("Bayer in Leverkusen
  // teilte mit") or glued to its spokesperson ("Bahn-Sprecher X sagte"), it is the body.
  // Printed as a name inside another sentence of the story, it is the name here too ("Amazon says that …").
  const known = found?.word && span.start === 0 && !strong && !span.placed && !span.roleHint && !index.printedAsName?.(span.text) ? undefined : found;
  if (known) return { accept: true, orgLike: true, kind: kindOf(known), why: 'registry', known };
  const tokens = tokenize(span.text);
  const words = tokens.filter((t) => t.word);
  if (words.length === 0) return { accept: false, orgLike: false, kind: 'unknown', why: 'no words' };
  if (words.every((t) => ctx.stopwords.has(t.text.toLowerCase()))) return { accept: false, orgLike: false, kind: 'unknown', why: 'function words' };
  // A cue word opening the sentence is capitalized only by its place ("Citant des sources diplomatiques, …",
  // "Según fuentes policiales, …"): read back from a role after it, it is no name.
  if (span.start === 0 && words.length === 1 && ctx.cueWords.has(words[0]!.text)) return { accept: false, orgLike: false, kind: 'unknown', why: 'function words' };
  // "A spokesman for…" read backwards from the role: an article opening the sentence, no name.
  if (tokens.length === 1 && !isAcronym(words[0]!) && ctx.fillers.has(words[0]!.text)) return { accept: false, orgLike: false, kind: 'unknown', why: 'function words' };
  const orgWord = ctx.orgWords.occursIn(tokens);
  // An institution named only by its kind ("Police said", "the Government", "Perusahaan") is unnamed.
  const named = words.filter((t) => !ctx.stopwords.has(t.text.toLowerCase()));
  if (named.length && ctx.genericOrgs.forward(named, 0) === named.length) return { accept: false, orgLike: false, kind: 'unknown', why: 'generic' };
  // "the Russian and Syrian claims are false": peoples' adjectives in a list before a noun name no body.
  if (named.length >= 2 && !strong && named.every((t) => people(t.text))) return { accept: false, orgLike: false, kind: 'unknown', why: 'peoples' };
  // So is an outlet named only by its kind ("Die US-Nachrichtenagentur berichtete", "Das Blatt schreibt").
  if (named.length && ctx.outletWords.forward(named, 0) === named.length && !strong) return { accept: false, orgLike: false, kind: 'unknown', why: 'generic' };
  // "Die Hausbank teilte mit", "das Finanzamt": a compound in one word that is a body only by its last part is
  // a kind of body, as "die Bank" is. Hyphenated, its first parts name one ("Hans-Böckler-Stiftung").
  // (A strong cue credits it all the same: "Quelle: Postbank".)
  const only = named.length === 1 && !strong ? named[0]! : undefined;
  if (only && !only.text.includes('-') && !ctx.orgWords.has(only.text) && ctx.orgWords.compound(only) && !namedByTail(ctx, only)) return { accept: false, orgLike: false, kind: 'unknown', why: 'generic' };
  // In scripts with capitals a name has a capital beyond its article: "The company", "the police" are no names.
  if (ctx.cased && !words.some((t) => isNameToken(t) && !ctx.stopwords.has(t.text.toLowerCase()))) {
    return { accept: false, orgLike: false, kind: 'unknown', why: 'no name' };
  }
  const evidence =
    (span.outletHint && { kind: 'outlet' as const, why: 'outlet word' }) ||
    (words.some(isDomainLike) && { kind: 'outlet' as const, why: 'web address' }) ||
    (orgWord && { kind: 'organization' as const, why: 'organization word' }) ||
    // "Halden Pharmaceuticals said", "Dick Clark Productions denied": a firm's kind closing a longer name.
    (words.length >= 2 && ctx.companyWords.backward(words, words.length - 1) > 0 && { kind: 'organization' as const, why: 'company word' }) ||
    (words.length === 1 && (isAcronym(words[0]!) || mixedAcronym(words[0]!)) && { kind: 'organization' as const, why: 'acronym' }) ||
    (ampersand(tokens) && { kind: 'organization' as const, why: 'ampersand' }) ||
    (span.acronym && (orgWord || expands(words, span.acronym)) && { kind: 'organization' as const, why: 'bracketed acronym' }) ||
    (span.roleHint && !(words.length === 1 && DEMONYM.test(words[0]!.text)) && { kind: 'organization' as const, why: 'speaker role' }) ||
    (span.articled && bodyShaped(ctx, words) && { kind: 'organization' as const, why: 'definite article' });
  if (evidence) return { accept: true, orgLike: true, ...evidence };
  if (strong) return { accept: true, orgLike: false, kind: 'unknown', why: 'strong cue' };
  return { accept: false, orgLike: false, kind: 'unknown', why: 'looks like a person' };
}
