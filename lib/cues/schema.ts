/**
 * The shape of a language's cue data (lib/cues/<lang>.ts). A language is data, not a code path: the
 * detector reads these tables the same way for every language.
 */
import { z } from 'zod';

const words = z.array(z.string().min(1).max(60)).default([]);

export const CueForm = z.enum([
  /** cue, then the source: `Menurut X`, `according to X`, `Theo X`. */
  'before',
  /** the source, then the cue: `X mengatakan`, `X reported`, `X cho biết`. */
  'after',
  /** opening cue, the source, closing cue: `据X报道`. */
  'around',
  /** a line label: `Sumber: X`, `Foto: X`; the rest of the line (or of its brackets) is the slot. */
  'label',
  /**
   * a clause-final reporting verb whose subject is the sentence's topic (`気象庁は13日、…と発表した`):
   * the name is what precedes the first of the language's `topicMarkers`.
   */
  'topic',
]);
export type CueForm = z.infer<typeof CueForm>;

export const CueRole = z.enum(['source', 'photo']);

export const Cue = z.object({
  /** Unique within the language; the finding carries `<lang>.<id>`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  form: CueForm,
  role: CueRole.default('source'),
  /** The cue words as the press prints them; matched case-insensitively, longest first. */
  words: words.refine((w) => w.length > 0, 'a cue needs words'),
  /** With `around`: the words that close the slot (`报道`, `称`). */
  closers: words,
  /**
   * Strong cues credit whatever name they point at (`Sumber: X`); weak ones (`X said`) credit it only when
   * the name looks like an organization, since people say things too.
   */
  strong: z.boolean().default(false),
  /**
   * The verb of an inversion after a quote (`"…," said X`, `"…," kata X`): it counts only right after a
   * quote or a comma, since elsewhere the same word starts a clause (`Clinton said the FBI director…`).
   */
  afterQuote: z.boolean().default(false),
  /**
   * The cue credits only in running text: in a caption the same word names who distributed the picture
   * ("Jane Roe/Boston Herald, via Associated Press"), a photo credit the caption readers take.
   */
  bodyOnly: z.boolean().default(false),
  /**
   * The name is who was told (`told X`, `in an interview with X`): only an outlet is a source there; a body
   * told something (`told the U.N. General Assembly`, `told the committee`) is an audience. With an `after`
   * verb (de `erfahren hat`: what a paper learned), likewise only an outlet: a body that learned something was told it.
   */
  outletsOnly: z.boolean().default(false),
  /**
   * An article or preposition naming who heard a statement ("sagte er dem Spiegel", "sagte sie im ZDF", "said
   * Smith to Sky News"): such small words are everywhere, so the cue counts only beside a reporting verb of
   * the same clause (lib/detect/audience.ts), and only for an outlet the registry knows.
   */
  audience: z.boolean().default(false),
  /**
   * A verb that credits only what a document shows (`cho thấy`, `menunjukkan`: "shows"): "Số liệu của Tổng
   * cục Hải quan cho thấy" credits the office, "Việt Nam cho thấy sự tiến bộ" no one. The name read back
   * from it must be headed by one of the language's `documentHeads`.
   */
  documentOnly: z.boolean().default(false),
  /**
   * A speaker role the press writes after its holder's name (ja `ホワイトハウスのレビット報道官`, ko `국방부 전하규
   * 대변인은`): when the name before the role is a person's, the body before that name (after a possessive
   * auxiliary or a space) is whom the holder speaks for.
   */
  holderBetween: z.boolean().default(false),
  /**
   * An executive's title (社長, 董事长, 대표): its holder speaks for a firm or an organization, never for a state
   * body or a party, so the name before it counts only when it is one (the registry's company or
   * organization, a `companyWords` ending, a kind of firm before it). In scripts without capitals the cue's
   * `objects` are then the reporting verbs one of which must follow in the sentence (a chairman who only
   * attends credits no one).
   */
  firmsOnly: z.boolean().default(false),
  /**
   * For `after` verbs that name an act as often as a statement ("released", "showed"): what the body issues, one
   * of which must follow the verb within a few words ("the ministry released figures", "the agency published a
   * report", "X showed that"), unless a document of the body's stands before it ("a Reuters tally showed"). So
   * "Hamas released two hostages", "Netflix shows are popular", "Google released a new phone" credit no one.
   * For a `topic` cue whose word holds the object's particle (ja `を発表`): what was announced, one of which must
   * end right before it (a quoted title's brackets aside), so "…の人口推計を発表した" credits and "新型車を発表した",
   * "「Apple TV+」を発表した" (a product) credit no one.
   */
  objects: words,
  /**
   * For `before` cues: subjects that make the cue no credit when they stand right before it (auxiliaries
   * between): "he reported for the Pasadena Star", "she previously wrote for Wired" is the author's biography,
   * a past employer; "As Jane Roe reports for the BBC" credits the outlet.
   */
  notAfter: words,
  /**
   * For a `topic` cue with `objects` in a language that marks the object apart from the verb (ko `을`, `를`):
   * the objects are checked only where one of these particles stands right before the verb ("…결과를
   * 발표했다"); without one the verb reports a statement ("…했다고 발표했다") and counts as it stands.
   */
  objectMarks: words,
  /**
   * For `after` cues whose word opens a quoted title (zh `发布的《`, `发布了《`): the title must end in one of these
   * words, the kind of document it is (…报告, …公报, …白皮书), so that "国家统计局发布了《…统计公报》" credits the
   * bureau and "网易发布了《逆水寒》新版本" (a game), "…发布了《哪吒》的海报" (a film) credit no one.
   */
  titleEnds: words,
  /** Why this cue is here and where its usage was checked. */
  note: z.string().optional(),
});
export type Cue = z.infer<typeof Cue>;

export const Script = z.enum(['latin', 'cyrillic', 'greek', 'han', 'kana', 'hangul', 'arabic', 'thai', 'devanagari', 'hebrew']);
export type Script = z.infer<typeof Script>;

export const CueFile = z.object({
  lang: z.string().regex(/^[a-z]{2,3}$/),
  name: z.string(),
  script: Script,
  /**
   * `syllables` for languages that capitalize only a name's first syllable per word and write words as
   * spaced syllables (Vietnamese: "Bộ Quốc phòng Nga"); `words` otherwise.
   */
  nameStyle: z.enum(['words', 'syllables']).default('words'),
  /** Frequent function words, for telling which language a paragraph is in. */
  stopwords: words.refine((w) => w.length >= 10, 'at least 10 stopwords'),
  /**
   * Letters no other language of the script writes (vi `ộ`, `ư`, `đ`): a line too short for its function words
   * to tell its language ("Nguồn: Reuters", "Bộ Y tế cho biết") is in this one when it holds one of them.
   */
  ownLetters: z.string().max(200).default(''),
  cues: z.array(Cue).min(1),
  /** Words that may stand between a name and its verb (`juga`, `also`, `đã`): `KPK juga mengatakan`. */
  auxiliaries: words,
  /** Words allowed between a cue and the name (`pernyataan`, `data from`, `a statement by`). */
  fillers: words,
  /** Words that introduce an outlet and mark the name as one (`kantor berita`, `tờ`, `the newspaper`). */
  outletWords: words,
  /** Words that make a name an organization (`Kementerian`, `Ministry`, `Bộ`, `省`). */
  orgWords: words,
  /**
   * Speaker roles: a person who speaks for an organization, so the organization is credited
   * (`juru bicara X`, `X spokesman`, `người phát ngôn của X`). Positions (head, chairman) are fillers.
   */
  roleWords: words,
  /**
   * Articles that may open an outlet's name, and contractions that hide one (`le`, `au>le`, `del>el`,
   * `no>o`): "selon Le Monde", "a confié au Parisien", "segundo O Globo" keep the article the registry
   * knows the name with.
   */
  articles: words,
  /** Words that make a position a former one (`former`, `ex`, `ancien`, `mantan`, `cựu`): no one speaks. */
  formerWords: words,
  /**
   * How a ministry's name opens (ru `Мин`, `МИД`; es `Ministerio`, `Secretaría de`): the head right before it
   * (`глава`, `titular del`) is its minister, a person, so no one is credited (corpus Conventions).
   */
  ministryNames: words,
  /**
   * Kinds of institution that, standing alone, name none (`Police said…`, `the Government`, `Perusahaan`):
   * never a source by themselves, though they head names (`Police Department of Linden`).
   */
  genericOrgs: words,
  /**
   * Kinds of public body that a people's adjective after them in small letters names, as Romance languages
   * write it ("la police française", "el ministerio español de Defensa", "le autorità italiane"): that state's
   * body (lib/detect/national-body.ts). In small letters, elided forms included.
   */
  nationalHeads: words,
  /**
   * The same where the adjective stands before the head, as Slavic languages write it ("rosyjskie władze",
   * "według polskiego rządu", "американские власти"): only the heads that name a state's government, in their
   * case forms. The adjective (back to the countries table's form by `peopleEndings`) and the head must make
   * one of the language's `peopleWrappers` (lib/states/speech.ts); else nothing is read.
   */
  peopleFirstHeads: words,
  /**
   * Endings of a capitalized adjective that qualifies the small-letter noun after it inside a name (ru `ской`,
   * `ского`: "администрации Белгородской области", "правительства Краснодарского края"): read forward, the noun
   * belongs to the name, which is no adjective alone.
   */
  adjectiveEndings: words,
  /**
   * Case endings of any adjective, for languages that put a body's kind in small letters after its adjectives and
   * its head's name after it in the same case (ru `ого`, `ой`, `ых`: "Президент Датского футбольного союза Йеспер
   * Меллер заявил"): read back from a holder's name, these words and the kind are the body's name.
   */
  adjectiveCases: words,
  /**
   * Bodies printed with only their first word capitalized ("Confédération africaine de football", "Comitato tecnico
   * scientifico"): a capitalized organization word takes up to three small words after it (lib/detect/lower-tail.ts).
   */
  lowercaseTails: z.boolean().default(false),
  /**
   * Relative pronouns that open a clause about the name before them, after a comma (fr `qui`: "la Banque de
   * France, qui table sur une hausse"; es `que`): the clause's reporting verb speaks for that name.
   */
  relativePronouns: words,
  /**
   * How a people's adjective of this language goes back to a form the countries table prints: `ending>replacement`
   * (fr `es>e`: "françaises" → "française"; es `os>o`: "mexicanos" → "mexicano").
   */
  peopleEndings: words,
  /**
   * Positions (`president of`, `presidente de`, `kepala`, `giám đốc`): in a sentence that reports speech,
   * the person holding one speaks for the organization named after the link word, when that name is an
   * organization on its own (`el presidente de la Confederación Nacional…, Sergio Pérez, dijo`).
   */
  positionWords: words,
  /**
   * What a body issues, between its name and the verb (`statement`, `affidavit`, `filing`, `tally`): "an FBI
   * affidavit said", "a Pentagon statement said", "a Reuters tally showed" credit the body. Read backwards only.
   */
  documentWords: words,
  /**
   * Prepositions that credit (`selon`, `según`, `according to`) after which one capitalized word the registry
   * doesn't know is a body's name unless the article printed it as the last word of a person's name before
   * ("Selon Médiamétrie, …"; lib/detect/lone-name.ts). Not in languages that capitalize every noun.
   */
  loneNameCues: words,
  /**
   * What a body issues, named before the body, with the link word if any (`laporan`, `data dari`, `số liệu
   * của`, `khảo sát của`): "Laporan Bank Dunia menyebutkan", "Số liệu của Tổng cục Thống kê cho thấy" credit
   * the body. Stepped over when a name is read back from its verb; like `documentWords`, no evidence that
   * the name is a body's.
   */
  documentHeads: words,
  /**
   * Words that make a name a company's (`Inc`, `Corp`, `Airlines`, `AG`, `GmbH`), and the kinds the press
   * calls a company by once it has named it (`company`, `retailer`, `Konzern`): "Whole Foods Market Inc …
   * the company said" credits the company named nearest before.
   */
  companyWords: words,
  /**
   * The language capitalizes every noun (German): a capitalized run is not always a name, so names the
   * article mentions without a cue are not remembered as bodies by their capitals.
   */
  capitalizedNouns: z.boolean().default(false),
  /**
   * An executive's positions that, glued to a firm's or organization's name, make the holder speak for it:
   * `CEO`, `chief executive` ("Waymo CEO John Krafcik said"), `Chef`, `Vorstandschef` ("Siemens-Chef Joe
   * Kaeser kündigte an"). Not heads of state or government ("Zimbabwe president" is a person's title).
   */
  executiveWords: words,
  /**
   * Positions that only a firm's or an association's head holds (`chief executive`, `CEO`, `chairman`; not
   * `president` nor `director`, which states, parties and universities have): in an appositive with the body's
   * name after a link word ("X, chief executive of Y, said"), the holder speaks for that body, whatever its
   * name looks like (lib/detect/verbs.ts positionFindings). Each must also be a `positionWords` entry.
   */
  firmHeads: words,
  /**
   * Positions only a firm has below its head (en `vice president`, `senior vp`, `general manager`): in an
   * appositive, a description between, the firm after `officerLinks` ("at", "of"), the holder speaks for
   * the firm (lib/detect/firm-officer.ts). `officerNotFirm`: words of a description that make the holder an
   * analyst (`research`, `economics`), whose firm is an affiliation.
   */
  firmOfficers: words,
  /**
   * Words pointing back at the firm named before, right before a `firmHeads` position (en `the company's`,
   * `its`): "Marco Roe, the company's chief operating officer, said" speaks for it (lib/detect/firm-head.ts).
   */
  firmBackRefs: words,
  officerLinks: words,
  officerNotFirm: words,
  /** Kinds of body whose head still speaks as a scholar after a `firmHeads` position (`University`, `Institute`). */
  scholarlyWords: words,
  /**
   * Speaker roles the language glues to the body's name in one word, no hyphen, as word ends in small letters
   * (de `sprecher`: "Kremlsprecher X", "Regierungssprecherin X"): the first part is the body when it names one
   * (lib/detect/closed-compound.ts). Only roles that speak for the body: a "Kremlkorrespondent" reports on it.
   */
  closedRoles: words,
  /**
   * People of a body named in the plural whose joint work is the body's finding, not one expert's view
   * (`researchers`, `forecasters`; de `Forscher`, `Meteorologen`): "NOAA forecasters said", "researchers at the
   * Halvorsen Institute found", "Forscher der Universität Kiel fanden heraus" credit the body
   * (lib/detect/staff.ts). A single expert with an affiliation still credits no one.
   */
  staffWords: words,
  /** Words tying such staff to the body after them (`at`, `from`; de `der`, `vom`, `an der`). */
  staffLinks: words,
  /**
   * A staff member's title after the place of a picture and the name (ko `기자`: "잠실=최문영 기자" under a
   * sports picture): in a caption, the paper's own photographer is its credit (lib/detect/placed-staff.ts).
   */
  placedStaffRoles: words,
  /**
   * A reporter's title the press writes between an outlet and the reporter's name in a dateline, in scripts
   * without spaces (zh `記者`: "（中央社記者王小明台北21日電）"): the outlet opening it is credited, the reporter
   * named after the title is its staff (lib/detect/caseless.ts).
   */
  reporterWords: words,
  /** Verbs stating what staff found or expect, besides the reporting verbs (`found`, `estimate`, `fanden heraus`). */
  staffVerbs: words,
  /** Words before a staff word that make it one person (de `der`, `ein`: "Der Forscher der Universität sagte"). */
  staffSingulars: words,
  /**
   * Phrases naming whom a report cites, which may stand between the reporter's name and its verb ("Wie das
   * Wall Street Journal unter Berufung auf Insider berichtete"): the name is read back from the phrase.
   */
  citing: words,
  /**
   * Languages that put the verb second (German): prepositions that open a phrase fronted before the verb, whose
   * noun is a place, a time or an occasion, not the verb's subject ("Vor dem Landgericht sagte der Angeklagte",
   * "Nach dem Gottesdienst sagte der Pfarrer"): a name read back from the verb after one of them is no speaker.
   */
  frontedLinks: words,
  /**
   * Prepositions of place or occasion in a language of free word order (pl `w`, `na`; ru `в`, `на`): a body the
   * registry knows right after one, a person's name between it and the verb, is where the person spoke ("W
   * Sejmie Donald Tusk zapowiedział", "В Кремле Дмитрий Песков заявил"), not whom for.
   */
  locativeLinks: words,
  /**
   * Prepositions naming the agent of a participle set between an article and its noun, in languages that put
   * such an attribute before the noun (de `von`, `vom`): "laut Angaben des von der Hamas kontrollierten
   * Gesundheitsministeriums" is the ministry's statement; the agent inside the attribute is no source
   * (lib/detect/attribute.ts).
   */
  agentLinks: words,
  /**
   * Verbs with no subject of their own (de `hieß es`, `verlautete`): the body before them stands after a
   * preposition ("Aus dem Ministerium hieß es", "Beim Bundesamt heißt es"), and is the source all the same.
   */
  subjectless: words,
  /**
   * Where the language writes compounds as one word (German), the last parts that make one an organization
   * word (`ministerium`, `stiftung`, `verband`: "Staatsministerium", "Hans-Böckler-Stiftung", "Jagdverbands")
   * or an outlet word (`portal`, `zeitung`: "Vergleichsportal", "Lokalzeitung"), in small letters; the
   * `declension`'s genitive endings are stepped over. A table lists the whole words it knows; these cover the rest.
   * In scripts without capitals (zh `局`, ja `部`, ko `연구원`) the same: a name's last characters that make it a
   * body's (禹州市教体局, 東京地検特捜部, 한국개발연구원), counted only at its end and after two characters of its own,
   * unless it ends in one of `notBodies` (西南部 is a region, 格局 a situation).
   */
  orgTails: words,
  outletTails: words,
  /** The same for an executive's positions (de `chef`: "Konzernchef X kündigte an"): a firm's or organization's. */
  closedExecutives: words,
  /**
   * Kinds of body whose people speak as experts, not for it (`University`, `Institute`, `Hospital`,
   * `Company`, `Foundation`, `Yayasan`, `Bệnh viện`): a position there is an affiliation, so "said X,
   * director of the Brookings Institution" credits no one, as an analyst's firm doesn't.
   */
  affiliationWords: words,
  /**
   * Words that tie a person to where they work, between the person's name and the body's ("Jane Roe of the
   * Brookings Institution said", "Klaus Weber von der Universität Hamburg sagte"): the person speaks, with an
   * affiliation; the body read back from the verb is no source (lib/detect/affiliated.ts).
   */
  affiliationLinks: words,
  /** Titles that make a name a person (`Presiden`, `Menteri`, `ông`, `Mr.`). */
  personTitles: words,
  /**
   * Articles the press never writes before a person's name, so a capitalized name after one is a body's
   * (`the`: "according to the Star-Telegram", "the Harare Herald claims"). Only for languages that capitalize
   * names alone (not German nouns) and write no article before people.
   */
  bodyArticles: words,
  /**
   * Last words of capitalized names that are documents, laws, events or indices, never bodies ("according to
   * the Paris Agreement", "the Consumer Price Index"): a `bodyArticles` article before them proves nothing.
   * In scripts without capitals, the words ending in an `orgTails` tail that name no body (全部, 部署, 客厅).
   */
  notBodies: words,
  /**
   * Kinds of firm or body written right before a name they describe (zh `调研机构`, ja `調査会社`, ko `시장조사업체`):
   * "据调研机构群智咨询统计", "米調査会社ガートナーによると", "調査会社のカウンターポイントによると", "시장조사업체
   * 카운터포인트리서치에 따르면": the name after the kind (glued, after a possessive auxiliary or a space) is that
   * body's, and the kind is no part of it.
   */
  kindWords: words,
  /**
   * Family names that open a person's full name (vi `Nguyễn`, `Trần`): after an office and its body's name,
   * the holder's name follows with no title or comma ("Giám đốc Sở Y tế Hà Nội Nguyễn Văn Hùng"), and the
   * body's name ends before it. Only names no place or body name starts with.
   */
  familyNames: words,
  /**
   * Words that set a body in a place between its name and its verb ("The U.S. Embassy in Kyiv said", "the
   * ministry's office in Lagos said"): the place is stepped over, the body before it speaks.
   */
  placeLinks: words,
  /**
   * Words that set a platform after a body between its name and its verb ("Tài khoản của Bộ Ngoại giao Nga
   * trên mạng xã hội X cho biết"): the platform is where it spoke, the body before it speaks (detect/venue.ts).
   */
  venueLinks: words,
  /**
   * Kinds of local body that a place after a place link names ("Police in Riverton said", "Die Polizei in Rostock
   * teilte mit"): the place stays in the name, which is the local force's, not an unnamed "police".
   */
  placedKinds: words,
  /**
   * Kinds of body a state keeps abroad, named by the state's adjective in small letters where the language writes
   * it so ("die chinesische Botschaft in Berlin erklärte"): the adjective and the kind are the name.
   */
  nationalKinds: words,
  /**
   * Kinds of body and the words such bodies are named by, `kind>word` (`agency>Administration`: "The Federal Aviation
   * Administration … The agency said"; de `Behörde>amt`: "Das Kraftfahrt-Bundesamt … Die Behörde teilte mit"): the kind
   * alone points back at the nearest such name (lib/detect/antecedent.ts), as it does at a name it heads.
   */
  kindHeads: words,
  /**
   * Kinds of body the language names without an article ("Police said the driver …", "…, police said"): such a
   * kind points back at the nearest name it heads, as "the ministry" does (lib/detect/antecedent.ts); alone it
   * stays unnamed.
   */
  barekinds: words,
  /** Lowercase words that may sit inside a name (`of`, `de`, `dan`, `für`). */
  nameLinks: words,
  /**
   * The fields a public body's name lists with commas, the last after `và` (vi `Văn hóa`, `Thể thao`, `Du lịch`:
   * "Bộ Văn hóa, Thể thao và Du lịch", "Sở Lao động, Thương binh và Xã hội"): a comma between two of them, in a
   * name an organization word heads, is inside the name, not a break between phrases (lib/detect/field-comma.ts).
   */
  fieldWords: words,
  /** Names of days and months (capitalized in many languages): never a source's name nor part of one. */
  calendar: words,
  /** Words that join the items of a list (`dan`, `and`, `và`, `y`). */
  listJoiners: words,
  /** Line labels whose line is authorship or navigation, never a source (`Baca juga`, `Editor`). */
  excludedLabels: words,
  /** Words that, right after a photo label, mean the photo is only illustrative (`minh họa`). */
  notCredits: words,
  /**
   * Words that stand for whoever gave the picture (`ist` for istimewa, `Supplied`): a credit on their own,
   * even in small letters, when they close a caption in brackets ("Petugas di posko. (ist)").
   */
  courtesyCredits: words,
  /**
   * Phrases that say the whole text comes from another page ("first appeared on", "Artikel ini telah tayang
   * di", "Link bài gốc"): a link to an article in the same short block is the page's origin (basedOn).
   */
  originPhrases: words,
  /**
   * In scripts without capitals, the particles and function words that end a name (zh `的` `在`,
   * ja `は` `が` `の`, ko `은` `는` `에`, ar `في` `من`): a name never runs across one.
   */
  particles: words,
  /**
   * In scripts without spaces, a preposition glued to the name of whoever reported or confirmed (zh 经 in
   * 经湖北广播电视台报道, "as reported by"): no part of a name the registry doesn't know, so it is cut off.
   * `words`: the words its character begins (经济, 经营, 经贸), where it is no preposition and stays.
   */
  gluedPrepositions: z.array(z.object({ preposition: z.string().min(1).max(4), words })).default([]),
  /**
   * Prefixes the script attaches to a name (Arabic و، ل، ب; `لل>ال` replaces: للمرصد → المرصد), stripped
   * when the name is looked up.
   */
  clitics: words,
  /** Markers of a sentence's topic or subject (ja `は` `が`, ko `은` `는` `이` `가`), for `topic` cues. */
  topicMarkers: words,
  /**
   * Whether a name right before a person's kind in small letters is that person's affiliation, as languages
   * that stack nouns write it ("a Goldman Sachs analyst"). Languages that put the body after the title in
   * the genitive ("rzecznik spółki", "глава ведомства") say no: there the title starts the next phrase
   * ("– powiedział PAP prezes spółki", "сообщил ТАСС глава ведомства": PAP and ТАСС were told).
   */
  compoundTitles: z.boolean().default(true),
  /**
   * Languages that decline names: `ending>nominative ending` rewrites (ru `у>` Интерфаксу → Интерфакс, `ы>а`
   * газеты → газета; pl `ej>a` Rzeczpospolitej → Rzeczpospolita), tried on a name's first and last word when
   * the registry does not know it as printed. Only a name the registry then knows is taken (lib/detect/inflect.ts).
   */
  caseEndings: words,
  /**
   * Case forms of the nouns that make up names, each with its nominative (`form>nominative`: Кремле>Кремль,
   * Ministerstwa>Ministerstwo, Başsavcılıktan>Başsavcılık): a credited name is reported in the nominative, as a
   * reader (and the registry) names the body. Usually generated by the file's noun helpers.
   */
  lemmas: z.array(z.string().regex(/^[^>]+>[^>]+$/)).default([]),
  /**
   * Languages whose names decline their adjectives and nouns (German: "des Statistischen Landesamts Sachsen"):
   * how a name the registry does not know is put back in the nominative, word by word (lib/detect/nominative.ts).
   * `cases`: an adjective's endings in other cases, replaced (`en`, `em`); `stems`: how an adjective's stem
   * ends (`isch`, `lich`), or a whole short stem (`frei`); `endings`: the nominative ending an adjective takes
   * before a noun of each gender (`m>er`, `n>es`, `f>e`, `*>e` when the gender is unknown); `genders`: nouns
   * (or a compound's last part) and their gender (`amt>n`, `dienst>m`); `genitives`: the endings a masculine
   * or neuter noun takes in the genitive (`es`, `s`), dropped when the rest is a noun of `genders`.
   */
  declension: z
    .object({
      cases: words,
      stems: words,
      endings: z.array(z.string().regex(/^[mnf*]>\p{L}*$/u)).default([]),
      genders: z.array(z.string().regex(/^\p{Ll}+>[mnf]$/u)).default([]),
      genitives: words,
    })
    .optional(),
});
export type CueFile = z.infer<typeof CueFile>;
export type CueFileInput = z.input<typeof CueFile>;
