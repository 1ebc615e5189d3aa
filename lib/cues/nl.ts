/**
 * Dutch attribution cues.
 * Source: usage in Dutch-language news from the Netherlands and Flanders (ANP and Belga wire copy, NOS, NU.nl,
 * de Volkskrant, NRC, De Telegraaf, AD, RTL Nieuws, VRT NWS, De Standaard, HLN), checked against
 * ../shared/reference/cues.md (which has no Dutch row) and Dutch news pages found with the search tool.
 * How Dutch credits: `volgens X` before the name; `X meldt` / `X zegt` / `X laat weten` after it; and, since
 * the verb comes second in a main clause, very often the verb first: `Dat meldt de NOS`, `Dat zegt een
 * woordvoerder van de politie`, `Dat blijkt uit cijfers van het CBS`, `…, aldus het OM`, `…, zo meldt
 * persbureau ANP`. Labels: `Bron: X`, `Foto: X`, and in captions without a colon `Beeld ANP` / `Foto ANP`.
 * Datelines: `DEN HAAG (ANP) -`, `BRUSSEL (Belga) -`.
 * Dutch writes institutions in lower case (`het ministerie van Buitenlandse Zaken`, `de politie`, `de
 * gemeente Amsterdam`): the name read is the capitalized run, so the lowercase heads are in `orgWords`
 * (`ministerie van`, `gemeente`), which lets a name read backwards keep them ("de gemeente Utrecht laat
 * weten"). Nationality adjectives are capitalized (`de Britse krant The Guardian`), so they are written into
 * the outlet words (`Britse krant`).
 * Edit: add a word to the table it belongs to and a sentence to test/cues/nl.test.ts that fails without it.
 */
import type { CueFileInput } from './schema';

/** Every head followed by every tail: `Britse krant`, `laat maandag weten`… */
const each = (heads: string[], tails: string[]) => heads.flatMap((h) => tails.map((t) => `${h} ${t}`));

const DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
/** What stands inside a split verb: `laat maandag weten`, `maakte het ministerie vrijdag bekend`. */
const MIDDLES = ['', ...DAYS, ...DAYS.flatMap((d) => [`${d}avond`, `${d}ochtend`, `${d}middag`]), 'vandaag', 'gisteren', 'ook', 'nu', 'al', 'eerder', 'inmiddels', 'desgevraagd', 'op Twitter', 'op X', 'in een verklaring', 'in een persbericht'];
/** A split verb with what may stand inside it: `liet weten`, `liet dinsdag weten`. */
const split = (verbs: string[], particle: string) => verbs.flatMap((v) => MIDDLES.map((m) => (m ? `${v} ${m} ${particle}` : `${v} ${particle}`)));

/** Reporting verbs, 3rd person, present and past, singular and plural. */
const SAY = [
  'meldt', 'meldde', 'meldden', 'melden', 'zegt', 'zei', 'zeiden', 'zeggen', 'schrijft', 'schreef', 'schreven', 'schrijven', 'bericht', 'berichtte',
  'berichtten', 'berichten', 'bevestigt', 'bevestigde', 'bevestigden', 'verklaarde', 'verklaart', 'verklaarden', 'waarschuwt', 'waarschuwde',
  'twitterde', 'tweette', 'rapporteert', 'rapporteerde', 'benadrukt', 'benadrukte', 'onthult', 'onthulde', 'citeert', 'citeerde',
];
const NATIONALITIES = [
  'Nederlandse', 'Belgische', 'Vlaamse', 'Waalse', 'Britse', 'Engelse', 'Amerikaanse', 'Duitse', 'Franse', 'Spaanse', 'Italiaanse', 'Russische',
  'Oekraïense', 'Chinese', 'Japanse', 'Zuid-Koreaanse', 'Noord-Koreaanse', 'Israëlische', 'Palestijnse', 'Iraanse', 'Turkse', 'Poolse',
  'Zweedse', 'Noorse', 'Deense', 'Oostenrijkse', 'Zwitserse', 'Griekse', 'Indiase', 'Braziliaanse', 'Australische', 'Canadese', 'Arabische',
  'Saoedische', 'Qatarese', 'Egyptische', 'Marokkaanse', 'Surinaamse', 'Europese', 'Internationale',
];
const OUTLETS = [
  'persbureau', 'nieuwsagentschap', 'persagentschap', 'krant', 'dagblad', 'ochtendkrant', 'avondkrant', 'zakenkrant', 'zondagskrant', 'weekblad',
  'opinieweekblad', 'tijdschrift', 'magazine', 'blad', 'vakblad', 'omroep', 'zender', 'tv-zender', 'televisiezender', 'nieuwszender', 'radiozender',
  'website', 'nieuwssite', 'nieuwswebsite', 'staatsmedia', 'staatstelevisie', 'staatspersbureau', 'nieuwsdienst', 'tabloid', 'roddelblad',
];

export default {
  lang: 'nl',
  name: 'Dutch',
  script: 'latin',
  nameStyle: 'words',
  // Distinctive against de (het/een/van/zijn/niet/ook/bij/wordt…) and fr/en.
  stopwords: ['de', 'het', 'een', 'van', 'en', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'aan', 'er', 'om', 'ook', 'als', 'bij', 'maar', 'door', 'naar', 'worden', 'wordt', 'werd', 'heeft', 'hebben', 'nog', 'wel', 'dan', 'uit', 'over', 'tot', 'ze', 'hij', 'zij', 'deze', 'dit', 'volgens', 'wat', 'haar', 'hun', 'geen', 'zich', 'omdat', 'tijdens', 'ter', 'na', 'zo', 'was', 'waren', 'zal', 'kan', 'moet', 'zou', 'meer', 'onder', 'tegen', 'mijn', 'ons', 'onze'],
  // "Volgens Nielsen …": one capitalized word no person's name in the article ends in (lib/detect/lone-name.ts).
  loneNameCues: ['volgens'],
  cues: [
    {
      id: 'according',
      form: 'before',
      words: [
        'volgens', 'blijkens', 'aldus', 'zo meldt', 'zo meldde', 'zo melden', 'zo zegt', 'zo zei', 'zo schrijft', 'zo schreef', 'zo bericht',
        'zo berichtte', 'zo laat', 'zo liet', 'zo blijkt uit', 'blijkt uit', 'bleek uit', 'uit cijfers van', 'uit gegevens van', 'uit onderzoek van',
        'uit een onderzoek van', 'uit een rapport van', 'uit een peiling van', 'uit een analyse van', 'uit een enquête van', 'uit berekeningen van',
        'op basis van cijfers van', 'op basis van gegevens van', 'cijfers van', 'gegevens van', 'onder verwijzing naar', 'met een beroep op',
        'zich baserend op', 'baseert zich op', 'baseerde zich op', 'baseren zich op', 'geciteerd door', 'aangehaald door', 'gepubliceerd door',
        'bekendgemaakt door', 'verspreid door', 'vrijgegeven door', 'naar eigen zeggen van', 'bij monde van',
      ],
      note: '"Volgens de krant Het Laatste Nieuws", "…, aldus het Openbaar Ministerie", "Dat blijkt uit cijfers van het CBS", "…, zo meldt persbureau ANP"',
    },
    {
      id: 'told',
      form: 'before',
      words: [
        ...each(
          [...each(['zei', 'zegt', 'zeiden', 'zeggen', 'vertelde', 'vertelt', 'verklaarde', 'bevestigt', 'bevestigde'], ['', 'hij', 'zij', 'ze']).map((w) => w.trim()), 'liet weten', 'laat weten'],
          ['tegen', 'tegenover', 'aan'],
        ),
        'vertelde', 'vertelt', 'vertelden', 'in gesprek met', 'in een gesprek met', 'in een interview met', 'in een vraaggesprek met',
        'in een interview in', 'in de uitzending van', 'in het programma', 'desgevraagd aan', 'op vragen van', 'aan de telefoon bij',
      ],
      note: '"zei hij tegen persbureau ANP", "bevestigt tegenover RTL Nieuws", "in een interview met de Volkskrant"',
    },
    {
      id: 'said-inverted',
      form: 'before',
      words: [
        ...SAY, 'dat laat', 'dat liet', 'dat lieten', 'dat laten', 'dat maakte', 'dat maakt', 'dat maakten', 'dat heeft', 'dat stelt', 'dat stelde',
        'dit laat', 'dit liet', 'dit maakte', 'dit meldt', 'dat kondigde', 'dat stellen',
      ],
      note: 'verb second: "Dat meldt de NOS", "Dat laat de politie weten", "Maandag meldde het ANP"',
    },
    {
      id: 'said-after-quote',
      form: 'before',
      afterQuote: true,
      words: ['laat', 'liet', 'lieten', 'maakt', 'maakte', 'stelt', 'stelde', 'voegt', 'voegde', 'reageert', 'reageerde', 'concludeert', 'concludeerde', 'schat', 'schatte', 'vindt', 'vond'],
      note: '"…, laat de gemeente weten", "…, stelt het RIVM": verbs too common to read elsewhere',
    },
    {
      id: 'said',
      form: 'after',
      words: [
        ...SAY, 'gemeld', 'bekendgemaakt', 'laten weten', 'bevestigd', 'verklaard', 'gepubliceerd', 'stelt', 'stelde', 'schat', 'schatte', 'verwacht',
        'voorspelt', 'voorspelde', 'concludeert', 'concludeerde', ...split(['laat', 'liet', 'lieten', 'laten'], 'weten'),
        ...split(['maakt', 'maakte', 'maakten', 'maken'], 'bekend'), ...split(['kondigt', 'kondigde', 'kondigden'], 'aan'),
        ...split(['voegt', 'voegde'], 'toe'), ...split(['deelt', 'deelde'], 'mee'),
      ],
      note: '"De NOS meldt", "Het Openbaar Ministerie laat weten", "de gemeente Utrecht maakte dinsdag bekend"',
    },
    {
      id: 'origin',
      form: 'before',
      strong: true,
      words: ['dit artikel verscheen eerder in', 'dit artikel verscheen eerder op', 'dit artikel verscheen eerder bij', 'eerder verschenen in', 'eerder verschenen op', 'eerder verschenen bij', 'oorspronkelijk gepubliceerd in', 'oorspronkelijk gepubliceerd op', 'oorspronkelijk gepubliceerd door', 'vertaald uit'],
      note: '"Dit artikel verscheen eerder in Trouw"',
    },
    {
      id: 'source-line',
      form: 'label',
      strong: true,
      words: ['bron', 'bronnen', 'met dank aan', 'oorspronkelijk artikel'],
      note: '"Bron: ANP", "Bronnen: NOS, Belga"',
    },
    {
      id: 'photo',
      form: 'label',
      role: 'photo',
      strong: true,
      words: ['foto', "foto's", 'beeld', 'beelden', 'afbeelding', 'fotografie', 'fotograaf', 'illustratie', 'video', 'bron foto', 'fotobron', 'beeldbron', 'bron afbeelding', 'bron beeld', 'copyright'],
      note: '"Foto: ANP", "Beeld ANP / Remko de Waal" (in a caption the colon may be missing)',
    },
  ],
  auxiliaries: [
    'heeft', 'hebben', 'had', 'hadden', 'zal', 'ook', 'al', 'nu', 'eerder', 'inmiddels', 'vandaag', 'gisteren', 'zelf', 'desgevraagd', 'officieel', 'nog',
    ...DAYS, ...DAYS.flatMap((d) => [`${d}avond`, `${d}ochtend`, `${d}middag`]), 'in een verklaring', 'in een persbericht', 'op Twitter', 'op X',
    'op zijn website', 'op haar website',
  ],
  fillers: [
    'de', 'het', 'een', "'t", 'van', 'cijfers', 'gegevens', 'onderzoek', 'rapport', 'peiling', 'verklaring', 'nieuwe', 'recente', 'laatste',
    'voorlopige', 'officiële', 'eigen', 'hij', 'zij', 'ze', 'ook', 'nu', 'vandaag', 'gisteren', ...DAYS, 'onderzoekers', 'wetenschappers', 'deskundigen',
    'experts',
  ],
  outletWords: [...OUTLETS, ...each(NATIONALITIES, OUTLETS), 'publieke omroep', 'regionale omroep', 'lokale omroep', 'regionale krant', 'financiële krant'],
  // Capitalized heads; lowercase heads a name read backwards may keep ("de gemeente Utrecht", "het
  // ministerie van Buitenlandse Zaken"); a lowercase head read forwards is no name, an engine limit.
  orgWords: [
    'Ministerie', 'Openbaar Ministerie', 'OM', 'Politie', 'Nationale Politie', 'Federale Politie', 'Gemeente', 'Provincie', 'Rijkswaterstaat',
    'Belastingdienst', 'Inspectie', 'Autoriteit', 'Raad', 'Rechtbank', 'Hof', 'Gerechtshof', 'Hoge Raad', 'Raad van State', 'Tweede Kamer',
    'Eerste Kamer', 'Kabinet', 'Regering', 'Vlaamse Regering', 'Rijksoverheid', 'Brandweer', 'Veiligheidsregio', 'Marechaussee', 'Koninklijke Marechaussee',
    'Defensie', 'Leger', 'Universiteit', 'Hogeschool', 'Ziekenhuis', 'UMC', 'Instituut', 'Bureau', 'Planbureau', 'Centraal Planbureau', 'Stichting',
    'Vereniging', 'Bond', 'Federatie', 'Partij', 'Bank', 'Nederlandsche Bank', 'Kamer van Koophandel', 'NV', 'BV', 'N.V.', 'B.V.', 'Groep', 'Commissie',
    'Europese Commissie', 'Agentschap', 'Dienst', 'KNMI', 'RIVM', 'GGD', 'CBS', 'Kremlin', 'Witte Huis', 'Pentagon', 'Vaticaan', 'Ambassade',
    'Consulaat', 'Rode Kruis', 'Staatsbosbeheer', 'Museum', 'Omroep', 'Parket', 'Federaal Parket', 'Parlement', 'Europees Parlement', 'Senaat',
    'NAVO', 'VN', 'Verenigde Naties', 'Nieuws', 'Kamer', 'Centraal Bureau voor de Statistiek', 'Nederlandse Voedsel- en Warenautoriteit',
    'Consumentenbond', 'Vakbond', 'vakbond', 'Kinderbescherming', 'Onderwijsinspectie', 'Kiesraad', 'Rekenkamer', 'Algemene Rekenkamer',
    'Ombudsman', 'Nationale Ombudsman', 'Dierenbescherming', 'Verkeersinformatiedienst', 'Kustwacht', 'Rijksrecherche',
    'ministerie van', 'ministerie voor', 'gemeente', 'provincie', 'politie', 'rechtbank', 'rechtbank in', 'parket', 'parket van', 'hof van', 'hof in',
    'ambassade in', 'ambassade van', 'brandweer', 'veiligheidsregio', 'GGD', 'stad', 'stadsbestuur van', 'regering van', 'waterschap', 'omroep',
  ],
  roleWords: [
    'woordvoerder', 'woordvoerster', 'woordvoerders', 'zegsman', 'zegsvrouw', 'vertegenwoordiger', 'vertegenwoordigers', 'persvoorlichter',
    'voorlichter', 'voorlichters', 'correspondent', 'verslaggever', 'verslaggeefster', 'een woordvoerder',
  ],
  positionWords: ['voorzitter', 'directeur', 'topman', 'topvrouw', 'hoofd', 'woordvoerder'],
  articles: ['de', 'het'],
  formerWords: ['voormalig', 'voormalige', 'oud', 'ex'],
  personTitles: [
    'minister', 'premier', 'staatssecretaris', 'burgemeester', 'wethouder', 'president', 'koning', 'koningin', 'prins', 'prinses', 'dhr.', 'mevrouw',
    'meneer', 'mr.', 'dr.', 'prof.', 'ir.', 'drs.', 'Kamerlid', 'fractievoorzitter', 'partijleider', 'commissaris', 'directeur', 'topman', 'topvrouw',
    'bestuurder', 'advocaat', 'hoogleraar', 'deskundige', 'expert', 'officier van justitie', 'rechter', 'agent', 'generaal', 'trainer', 'bondscoach',
    'ooggetuige', 'buurtbewoner', 'onderzoeker', 'econoom', 'analist', 'woordvoerder', 'woordvoerster', 'minister-president', 'oud-premier',
  ],
  nameLinks: ['van', 'voor', 'van de', 'van het', 'voor de', 'voor het', 'der', 'in', "'t", '&'],
  calendar: [...DAYS, 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'jan.', 'feb.', 'mrt.', 'apr.', 'aug.', 'sept.', 'okt.', 'nov.', 'dec.', 'Vandaag', 'Gisteren', 'Morgen'],
  listJoiners: ['en', 'of', 'alsook', 'evenals', '&'],
  excludedLabels: ['lees ook', 'lees meer', 'lees verder', 'bekijk ook', 'zie ook', 'kijk ook', 'luister ook', 'meer over', 'gerelateerd', 'door', 'auteur', 'redactie', 'tekst', 'bewerkt door', 'tags', 'trefwoorden', 'onderwerpen', 'delen', 'deel dit artikel', 'reacties', 'advertentie', 'abonneer', 'nieuwsbrief', 'ook interessant', 'meest gelezen', 'bijgewerkt', 'laatste update'],
  notCredits: ['illustratie', 'ter illustratie', 'archief', 'archieffoto', 'archiefbeeld', 'stockfoto', 'screenshot', 'schermafbeelding', 'montage', 'fotomontage', 'privéfoto', 'eigen foto'],
  // The text comes from elsewhere: "Dit artikel verscheen eerder op …".
  originPhrases: ['origineel artikel', 'oorspronkelijk gepubliceerd', 'verscheen eerder', 'verscheen eerst', 'eerder verschenen'],
} satisfies CueFileInput;
