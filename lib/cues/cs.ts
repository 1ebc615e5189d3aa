/**
 * Czech attribution cues.
 * Source: usage in Czech news (ČTK wire copy, iDNES.cz, Novinky.cz, Seznam Zprávy, Aktuálně.cz, iROZHLAS,
 * ČT24, Deník N, Hospodářské noviny, Lidové noviny), checked against ../shared/reference/cues.md (which has
 * no Czech row) and the Czech page of the corpus.
 * How Czech credits: `podle X` (genitive: "podle agentury Reuters", "podle ČTK") before the name; `X uvedl`
 * after it; the verb first after a quote (`"…," uvedl mluvčí policie`, `"…," píše server X`) and in
 * `Informuje o tom agentura ČTK` / `Uvedl to server Novinky.cz`; told: `řekl pro ČTK`, `v rozhovoru pro
 * deník N`, `řekla agentuře Reuters`. Labels: `Zdroj: ČTK`, `Foto: ČTK`, `Foto: Jan Novák, ČTK`.
 * Past verbs agree in gender and number (uvedl, uvedla, uvedlo, uvedli, uvedly: `past`); the outlet noun
 * before a name takes the case the cue asks for (agentura, agentury, agentuře), so each is listed in the cases
 * the press prints. Czech capitalizes only the first word of an institution's name ("Ministerstvo
 * zdravotnictví", "Český statistický úřad"): the lowercase words that close such names are in orgWords.
 * Edit: one word in the table it belongs to, and a sentence in test/cues/cs.test.ts that fails without it.
 */
import type { CueFileInput } from './schema';

/** A past participle in every gender and number: uvedl, uvedla, uvedlo, uvedli, uvedly. */
const past = (...stems: string[]) => stems.flatMap((s) => ['', 'a', 'o', 'i', 'y'].map((e) => s + e));
/** Every head followed by every tail. */
const each = (heads: string[], tails: string[]) => heads.flatMap((h) => tails.map((t) => `${h} ${t}`));

const SAID_PAST = past('uvedl', 'řekl', 'napsal', 'sdělil', 'oznámil', 'informoval', 'potvrdil', 'dodal', 'prohlásil', 'upozornil', 'zdůraznil', 'vysvětlil', 'poznamenal', 'konstatoval', 'varoval', 'odhadl', 'zveřejnil', 'citoval', 'připomněl', 'popsal');
const SAID_NOW = ['uvádí', 'uvádějí', 'píše', 'píší', 'informuje', 'informují', 'tvrdí', 'hlásí', 'oznamuje', 'oznamují', 'sděluje', 'sdělují', 'cituje', 'citují', 'upozorňuje', 'dodává', 'varuje', 'odhaduje', 'hodnotí', 'konstatuje', 'míní', 'říká', 'říkají', 'zdůrazňuje', 'vysvětluje'];
/** Outlet nouns in the cases a cue asks for: nominative, genitive (podle), dative (řekl), accusative, instrumental. */
const OUTLETS = [
  'agentura', 'agentury', 'agentuře', 'agenturu', 'agenturou', 'tisková agentura', 'tiskové agentury', 'tiskové agentuře', 'zpravodajská agentura', 'zpravodajské agentury', 'zpravodajské agentuře',
  'deník', 'deníku', 'deníkem', 'list', 'listu', 'listem', 'server', 'serveru', 'serverem', 'zpravodajský server', 'zpravodajského serveru', 'zpravodajskému serveru',
  'týdeník', 'týdeníku', 'časopis', 'časopisu', 'magazín', 'magazínu', 'večerník', 'večerníku', 'bulvární deník', 'bulvárního deníku', 'bulvárnímu deníku',
  'televize', 'televizi', 'televizí', 'televizní stanice', 'televizní stanici', 'stanice', 'stanici', 'rozhlas', 'rozhlasu', 'rádio', 'rádia', 'rádiu', 'web', 'webu', 'webem', 'portál', 'portálu', 'zpravodajský web', 'zpravodajského webu',
];
/** Adjectives the press puts between the outlet noun's cue and the name: "podle britského deníku The Guardian". */
const ADJECTIVES = [
  ...['britsk', 'americk', 'německ', 'francouzsk', 'rusk', 'slovensk', 'polsk', 'rakousk', 'ukrajinsk', 'čínsk', 'izraelsk', 'londýnsk', 'newyorsk', 'ekonomick', 'zpravodajsk', 'internetov', 'prestižní', 'vlivn', 'renomovan', 'sportovní', 'bulvární', 'státní', 'veřejnoprávní']
    .flatMap((s) => (s.endsWith('í') ? [s, `${s}ho`, `${s}mu`] : [`${s}ý`, `${s}ého`, `${s}ému`, `${s}á`, `${s}é`, `${s}ou`])),
];

export default {
  lang: 'cs',
  name: 'Czech',
  script: 'latin',
  nameStyle: 'words',
  // Distinctive against the other Latin-script languages: že, jsou, který, také, však, single-letter v…
  stopwords: ['je', 'že', 'v', 've', 'ze', 'jsou', 'byl', 'byla', 'bylo', 'byli', 'jeho', 'její', 'jejich', 'který', 'která', 'které', 'kteří', 'také', 'však', 'jen', 'už', 'již', 'při', 'podle', 'než', 'nebo', 'když', 'jak', 'jako', 'jsem', 'mají', 'není', 'bude', 'proto', 'tedy', 'ještě', 'mezi', 'této', 'tento', 'tato', 'toto', 'kde', 'pouze', 'přitom', 'aby'],
  cues: [
    {
      id: 'according',
      form: 'before',
      words: [
        'podle', 'dle', 'podle údajů', 'podle dat', 'podle informací', 'podle zprávy', 'podle odhadu', 'podle odhadů', 'podle průzkumu', 'podle statistik', 'podle vyjádření', 'podle prohlášení',
        'jak uvádí', 'jak uvádějí', 'jak píše', 'jak píší', 'jak informuje', 'jak informují', 'jak hlásí', 'jak upozorňuje',
        ...['uvedl', 'informoval', 'napsal', 'oznámil', 'sdělil', 'upozornil', 'zjistil', 'potvrdil'].flatMap((v) => past(`jak ${v}`)),
      ],
      note: '"podle agentury Reuters", "podle údajů Českého statistického úřadu", "jak uvedl server Novinky.cz"; podle + a person ("podle premiéra") is refused',
    },
    {
      id: 'reported-inverted',
      form: 'before',
      words: [
        ...each(['uvedl', 'uvedla', 'uvedlo', 'uvedli', 'uvedly', 'napsal', 'napsala', 'napsalo', 'napsali', 'oznámil', 'oznámila', 'oznámilo', 'oznámili', 'sdělil', 'sdělila', 'sdělilo', 'sdělili', 'potvrdil', 'potvrdila', 'potvrdilo', 'potvrdili', 'uvádí', 'uvádějí', 'píše', 'píší', 'hlásí', 'oznamuje'], ['to']),
        ...each(['informuje', 'informují', 'informoval', 'informovala', 'informovalo', 'informovali', 'informovaly', 'píše', 'píší', 'napsal', 'napsala', 'napsalo', 'referuje', 'referoval', 'referovala'], ['o tom']),
        'cituje', 'citují', 'citoval', 'citovala', 'citovalo',
      ],
      note: 'verb second with no quote: "Informuje o tom agentura ČTK", "Uvedl to server Seznam Zprávy", "cituje agentura Reuters mluvčího"',
    },
    {
      id: 'told',
      form: 'before',
      words: [
        ...past('řekl', 'uvedl', 'sdělil', 'potvrdil', 'prozradil', 'napsal', 'popsal', 'vysvětlil', 'dodal').map((v) => `${v} pro`),
        'v rozhovoru pro', 'v rozhovoru s', 'v rozhovoru se', 'v interview pro', 'v interview s', 'pro server', 'pro agenturu', 'pro deník', 'pro list', 'pro televizi', 'pro stanici', 'pro rozhlas', 'pro časopis', 'pro týdeník',
        ...past('řekl', 'sdělil', 'potvrdil', 'prozradil'),
      ],
      note: '"řekl pro ČTK", "v rozhovoru pro deník N", "řekla agentuře Reuters" (dative outlet noun; a dative person, "řekl Babišovi", is refused)',
    },
    {
      id: 'said-inverted',
      form: 'before',
      afterQuote: true,
      words: [...SAID_PAST, ...SAID_NOW],
      note: '"…," uvedl mluvčí ministerstva; "…," píše ve svém hodnocení server X: after a quote or comma the verb comes first',
    },
    {
      id: 'said',
      form: 'after',
      words: [...SAID_PAST, ...SAID_NOW, ...past('v prohlášení uvedl', 've zprávě uvedl', 'na svém webu uvedl', 'na twitteru napsal', 'na síti X napsal')],
      note: '"ČTK uvedla", "Ministerstvo zdravotnictví oznámilo", "Reuters napsal"',
    },
    {
      id: 'origin',
      form: 'before',
      strong: true,
      words: ['článek původně vyšel na', 'článek původně vyšel v', 'původně publikováno na', 'původně publikováno v', 'převzato z', 'převzato ze', 'text převzat z'],
      note: '"Článek původně vyšel v Deníku N", "Převzato z iROZHLAS.cz"',
    },
    { id: 'source-line', form: 'label', strong: true, words: ['zdroj', 'zdroje', 'zdroj informací', 'zdroj dat', 'převzato', 'originální článek', 'původní článek'] },
    {
      id: 'photo',
      form: 'label',
      role: 'photo',
      strong: true,
      words: ['foto', 'fotografie', 'snímek', 'autor fotografie', 'autor fotografií', 'autor snímku', 'zdroj fotografie', 'zdroj foto', 'zdroj snímku', 'foto a video', 'video', 'ilustrace', 'obrázek', 'repro', 'fotogalerie'],
      note: '"Foto: ČTK", "Foto: Michal Kamaryt, ČTK", "(foto: Reuters)", "Repro: Twitter"',
    },
  ],
  auxiliaries: ['také', 'též', 'rovněž', 'už', 'již', 'dnes', 'včera', 'dříve', 'později', 'poté', 'nyní', 'ještě', 'zároveň', 'navíc', 'v pondělí', 'v úterý', 've středu', 've čtvrtek', 'v pátek', 'v sobotu', 'v neděli', 've svém prohlášení', 'v prohlášení', 've zprávě', 'v tiskové zprávě'],
  fillers: [
    'údajů', 'dat', 'informací', 'zprávy', 'odhadu', 'odhadů', 'průzkumu', 'statistik', 'vyjádření', 'prohlášení', 'analýzy', 'studie', 'propočtů', 'výpočtů', 'posledních', 'nejnovějších', 'aktuálních', 'oficiálních', 'předběžných',
    've svém', 've svém hodnocení', 've svém článku', 've svém komentáři', 've svém prohlášení', 've své zprávě', 'na svém webu', 'na svém twitterovém účtu', 'na svém účtu', 'na sociální síti', 'na síti',
    ...ADJECTIVES,
  ],
  outletWords: OUTLETS,
  orgWords: [
    // Single nouns that often open the next clause (vláda, policie, úřad, ministerstvo, strana) are left out: a
    // lowercase organization word after a name is read as closing it ("Podle ČTK vláda…" must not read "ČTK vláda").
    // Those listed close a capitalized adjective's name: "Nejvyšší soud", "Evropská komise", "Česká národní banka".
    'soud', 'soudu', 'soudem', 'banka', 'banky', 'bance', 'komise', 'rada', 'rady', 'radě', 'sněmovna', 'sněmovny', 'inspekce', 'služba', 'služby',
    'Univerzita', 'Univerzity', 'Univerzitě', 'Ústav', 'Ústavu', 'Institut', 'Institutu', 'Sdružení', 'Nadace', 'Asociace', 'Velvyslanectví', 'Magistrát', 'Magistrátu', 'Inspektorát', 'Prezidium', 'Kreml', 'Kremlu', 'Pentagon', 'Pentagonu', 'Bílý dům', 'Bílého domu',
    'a.s.', 'a. s.', 's.r.o.', 's. r. o.', 'ČTK', 'ČSÚ', 'ČNB', 'ČHMÚ', 'NKÚ', 'ÚOHS', 'SÚJB', 'SÚKL', 'ČOI', 'NATO', 'OSN', 'EU', 'WHO', 'MMF',
    // Lowercase words that close a name headed by a capital: "Ministerstvo zdravotnictví", "Český statistický úřad".
    'zdravotnictví', 'zahraničních věcí', 'vnitra', 'obrany', 'financí', 'spravedlnosti', 'průmyslu a obchodu', 'zemědělství', 'dopravy', 'školství', 'práce a sociálních věcí', 'životního prostředí', 'pro místní rozvoj', 'kultury',
    'statistický úřad', 'statistického úřadu', 'statistickému úřadu', 'národní banka', 'národní banky', 'hydrometeorologický ústav', 'hydrometeorologického ústavu', 'záchranný sbor', 'záchranného sboru', 'hygienická stanice', 'hygienické stanice',
  ],
  roleWords: ['mluvčí', 'tiskový mluvčí', 'tisková mluvčí', 'mluvčího', 'mluvčímu', 'zástupce', 'zástupci', 'zástupkyně', 'představitel', 'představitelé', 'tiskové oddělení', 'tiskového oddělení', 'zpravodaj', 'zpravodajka', 'zpravodaje'],
  positionWords: ['ředitel', 'ředitelka', 'předseda', 'předsedkyně', 'šéf', 'šéfka', 'generální ředitel', 'generální ředitelka'],
  genericOrgs: ['policie', 'vláda', 'ministerstvo', 'firma', 'společnost', 'úřad', 'soud', 'armáda', 'nemocnice', 'radnice', 'hasiči', 'záchranáři', 'média', 'agentura', 'banka'],
  personTitles: [
    'pan', 'paní', 'premiér', 'premiéra', 'premiérka', 'prezident', 'prezidenta', 'prezidentka', 'ministr', 'ministra', 'ministryně', 'místopředseda', 'poslanec', 'poslankyně', 'senátor', 'senátorka',
    'starosta', 'starostka', 'primátor', 'primátorka', 'hejtman', 'hejtmanka', 'velvyslanec', 'generál', 'generála', 'plukovník', 'soudce', 'soudkyně', 'státní zástupce', 'státní zástupkyně',
    'profesor', 'profesorka', 'prof.', 'doc.', 'doktor', 'MUDr.', 'JUDr.', 'Ing.', 'Mgr.', 'PhDr.', 'RNDr.', 'expert', 'expertka', 'analytik', 'analytička', 'ekonom', 'ekonomka', 'politolog', 'politoložka',
    'trenér', 'trenéra', 'kouč', 'manažer', 'manažera', 'útočník', 'záložník', 'obránce', 'brankář', 'kapitán', 'svědek', 'papež', 'král', 'královna', 'princ', 'princezna',
  ],
  nameLinks: ['pro'],
  calendar: [
    'pondělí', 'úterý', 'středa', 'středu', 'čtvrtek', 'pátek', 'sobota', 'sobotu', 'neděle', 'neděli',
    'leden', 'ledna', 'únor', 'února', 'březen', 'března', 'duben', 'dubna', 'květen', 'května', 'červen', 'června', 'červenec', 'července', 'srpen', 'srpna', 'září', 'říjen', 'října', 'listopad', 'listopadu', 'prosinec', 'prosince',
  ],
  listJoiners: ['a', 'i', 'nebo'],
  excludedLabels: ['čtěte také', 'čtěte též', 'čtěte', 'přečtěte si také', 'přečtěte si', 'související', 'související články', 'související zprávy', 'autor', 'autorka', 'autoři', 'redakce', 'text', 'témata', 'štítky', 'sdílet', 'diskuse', 'reklama', 'aktualizováno'],
  notCredits: ['ilustrační', 'ilustrační foto', 'ilustrační snímek', 'ilustrační obrázek', 'ilustrační fotografie', 'archiv', 'archivní', 'archivní foto', 'archivní snímek', 'internet', 'sociální sítě', 'sociální síť'],
} satisfies CueFileInput;
