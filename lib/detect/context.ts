/**
 * The word tables in force for one paragraph: its language's, then the page's, then English (wire copy
 * and credits travel in English). Merged once per combination of languages.
 */
import type { CompiledLang } from '../cues/compile';
import type { CueFile } from '../cues/schema';
import { foldWords } from '../fold';
import { Phrases, type Tails } from './phrases';

export interface ReadContext {
  langs: CompiledLang[];
  /** Read names as capitalized syllables (Vietnamese). */
  syllables: boolean;
  /** Names show themselves by capital letters. */
  cased: boolean;
  /** A name before a small-letter title is the person's affiliation ("a Goldman Sachs analyst"). */
  compoundTitles: boolean;
  fillers: Phrases;
  auxiliaries: Phrases;
  outletWords: Phrases;
  orgWords: Phrases;
  roleWords: Phrases;
  personTitles: Phrases;
  familyNames: Phrases;
  nameLinks: Phrases;
  listJoiners: Phrases;
  calendar: Phrases;
  notCredits: Phrases;
  courtesyCredits: Phrases;
  /** Origin phrases, folded, longest first. */
  originPhrases: string[];
  cueWords: Phrases;
  /** Source cues the name follows (`according to`, `según`, `teilte`) and precedes (`said`, `explicó`). */
  beforeCueWords: Phrases;
  afterCueWords: Phrases;
  stopwords: Set<string>;
  genericOrgs: Phrases;
  /** Kinds of public body a people's adjective after them names ("la police française"): the paragraph's own language. */
  nationalHeads: Phrases;
  /** Kinds of government a people's adjective before them names ("rosyjskie władze"): the paragraph's own language. */
  peopleFirstHeads: Phrases;
  /** "la Banque de France, qui table sur …": the paragraph's own language's relative pronouns. */
  relativePronouns: Phrases;
  /** Articles that may open an outlet's name, and the article each contraction hides (au → le). */
  articles: Map<string, string>;
  formerWords: Phrases;
  /** How a ministry's name opens, lower case: a head before it is the minister (lib/detect/minister.ts). */
  ministryNames: readonly string[];
  /** Words tying a person to a workplace ("of", "vom"): "Jane Roe of the Brookings Institution said". */
  affiliationLinks: Phrases;
  /** "in" of "The U.S. Embassy in Kyiv said": the paragraph's own language only. */
  placeLinks: Phrases;
  venueLinks: Phrases;
  /** Kinds of local body a place after them names ("Police in Riverton said"): the paragraph's own language only. */
  placedKinds: Phrases;
  /** Kinds of body a people's adjective names, in languages that write it small ("die chinesische Botschaft"). */
  nationalKinds: Phrases;
  /** Prepositions fronting a phrase before a verb-second verb ("Vor dem Landgericht sagte …"): no subject after them. */
  frontedLinks: Phrases;
  /** Prepositions of place before a body and the name of the person who spoke there ("W Sejmie Donald Tusk …"). */
  locativeLinks: Phrases;
  /** "des von der Hamas kontrollierten Ministeriums": the agent's preposition in an attribute before a noun. */
  agentLinks: Phrases;
  /** Verbs with no subject of their own ("hieß es"): the body before them may follow a preposition. */
  subjectless: Phrases;
  positionWordsTable: Phrases;
  affiliationWords: Phrases;
  bodyArticles: Phrases;
  notBodies: Phrases;
  companyWords: Phrases;
  documentWords: Phrases;
  documentHeads: Phrases;
  fieldWords: Phrases;
  executiveWords: Phrases;
  scholarlyWords: Phrases;
  firmHeads: Phrases;
  /** The paragraph's language capitalizes every noun (German). */
  capitalizedNouns: boolean;
}

const cache = new Map<string, ReadContext>();

/** The compound tails of the paragraph's own language (another's would read its words as compounds). */
function tailsOf(langs: CompiledLang[], table: 'orgTails' | 'outletTails'): Tails {
  const primary = langs[0]!.data;
  return { ends: primary[table], genitives: primary.declension?.genitives ?? [] };
}

type Table = 'fillers' | 'auxiliaries' | 'outletWords' | 'orgWords' | 'roleWords' | 'personTitles' | 'familyNames' | 'nameLinks' | 'listJoiners' | 'notCredits' | 'courtesyCredits' | 'calendar' | 'bodyArticles' | 'notBodies' | 'companyWords' | 'documentWords' | 'documentHeads' | 'executiveWords';

export function contextFor(langs: CompiledLang[]): ReadContext {
  const id = langs.map((l) => l.code).join('|');
  const hit = cache.get(id);
  if (hit) return hit;
  const merged = (table: Table) => new Phrases(langs.flatMap((l) => (l.data as CueFile)[table]));
  const primary = langs[0]!.data;
  const ctx: ReadContext = {
    langs,
    syllables: primary.nameStyle === 'syllables',
    cased: ['latin', 'cyrillic', 'greek'].includes(primary.script),
    compoundTitles: primary.compoundTitles,
    fillers: merged('fillers'),
    auxiliaries: merged('auxiliaries'),
    outletWords: new Phrases(langs.flatMap((l) => l.data.outletWords), tailsOf(langs, 'outletTails')),
    orgWords: new Phrases(langs.flatMap((l) => l.data.orgWords), tailsOf(langs, 'orgTails')),
    roleWords: merged('roleWords'),
    personTitles: merged('personTitles'),
    familyNames: merged('familyNames'),
    nameLinks: merged('nameLinks'),
    listJoiners: merged('listJoiners'),
    calendar: merged('calendar'),
    notCredits: merged('notCredits'),
    courtesyCredits: merged('courtesyCredits'),
    originPhrases: [...new Set(langs.flatMap((l) => l.data.originPhrases).map((p) => foldWords(p, false)))].filter(Boolean).sort((a, b) => b.length - a.length),
    cueWords: new Phrases(langs.flatMap((l) => l.data.cues.filter((c) => c.form !== 'label').flatMap((c) => c.words))),
    beforeCueWords: new Phrases(langs.flatMap((l) => l.data.cues.filter((c) => c.form === 'before' && c.role === 'source' && !c.afterQuote).flatMap((c) => c.words))),
    afterCueWords: new Phrases(langs.flatMap((l) => l.data.cues.filter((c) => c.form === 'after' && c.role === 'source').flatMap((c) => c.words))),
    stopwords: new Set(langs.flatMap((l) => [...l.stopwords])),
    genericOrgs: new Phrases(langs.flatMap((l) => l.data.genericOrgs)),
    nationalHeads: new Phrases(primary.nationalHeads),
    peopleFirstHeads: new Phrases(primary.peopleFirstHeads),
    relativePronouns: new Phrases(primary.relativePronouns),
    articles: new Map(
      langs.flatMap((l) => l.data.articles).map((a) => {
        const [form, article = form] = a.toLowerCase().split('>');
        return [form!, article] as [string, string];
      }),
    ),
    formerWords: new Phrases(langs.flatMap((l) => l.data.formerWords)),
    ministryNames: langs.flatMap((l) => l.data.ministryNames.map((w) => w.toLowerCase())),
    // Only the paragraph's own language: French "de" and Spanish "en" link other things in English text.
    affiliationLinks: new Phrases(primary.affiliationLinks),
    placeLinks: new Phrases(primary.placeLinks),
    venueLinks: new Phrases(primary.venueLinks),
    placedKinds: new Phrases(primary.placedKinds),
    nationalKinds: new Phrases(primary.nationalKinds),
    // Only the paragraph's own language: word order is a language's own.
    frontedLinks: new Phrases(primary.frontedLinks),
    locativeLinks: new Phrases(primary.locativeLinks),
    agentLinks: new Phrases(primary.agentLinks),
    subjectless: new Phrases(langs.flatMap((l) => l.data.subjectless)),
    positionWordsTable: new Phrases(langs.flatMap((l) => l.data.positionWords)),
    affiliationWords: new Phrases(langs.flatMap((l) => l.data.affiliationWords)),
    // Only the paragraph's own language: German writes "die Schülerin", so its nouns after English's "the" prove nothing.
    bodyArticles: new Phrases(primary.bodyArticles),
    notBodies: merged('notBodies'),
    companyWords: merged('companyWords'),
    documentWords: merged('documentWords'),
    documentHeads: merged('documentHeads'),
    // Only the paragraph's own language: how a body's name lists its fields is the language's own.
    fieldWords: new Phrases(primary.fieldWords),
    executiveWords: merged('executiveWords'),
    scholarlyWords: new Phrases(langs.flatMap((l) => l.data.scholarlyWords)),
    firmHeads: new Phrases(primary.firmHeads),
    capitalizedNouns: primary.capitalizedNouns,
  };
  cache.set(id, ctx);
  return ctx;
}
