/**
 * Polish attribution cues.
 * Source: usage in Polish news (PAP wire copy, Rzeczpospolita, Gazeta Wyborcza, Onet, Wirtualna Polska,
 * Interia, TVN24, Polsat News, RMF FM, Polskie Radio, money.pl, Business Insider Polska, wPolityce, regional
 * dailies), checked against the Polish page of the corpus (../shared/reference/cues.md has no Polish row).
 * How Polish credits: `według X` and `jak podaje X` before the name, the name in the genitive ("według
 * agencji Reuters", "według danych GUS", "według Ministerstwa Zdrowia"); `X podał(a/o)`, `X poinformował`
 * after it; after a quote or a dash the verb comes first ("– podała PAP", "– poinformowało MSZ"), and so
 * it does in "Poinformowała o tym agencja Reuters" / "Podaje to portal Onet"; "z danych GUS wynika";
 * told: "powiedział PAP", "w rozmowie z RMF FM", "w wywiadzie dla „Rzeczpospolitej”"; citing: "powołując
 * się na", "cytowany przez", "podaje za agencją Reuters". Labels: "Źródło: PAP", "Fot. PAP/Leszek
 * Szymański", "fot. Shutterstock", "Foto: TVN24"; PAP copy ends with "(PAP)" or the editor's initials
 * "aja/PAP" (an end-credit line the engine reads).
 * Past verbs agree in gender and number (podał, podała, podało, podali, podały: `past`). Polish capitalizes
 * every word of an institution's name ("Główny Urząd Statystyczny", "Komenda Główna Policji"), so its
 * head nouns are listed in the cases the cues ask for (Ministerstwo, Ministerstwa, Ministerstwie…).
 * Edit: one word in the table it belongs to, and a sentence in test/cues/pl.test.ts that fails without it.
 */
import { forms, nounTable } from './inflection';
import type { CueFileInput } from './schema';

/** A past tense in every gender and number, from the stem before -ł: poda → podał, podała, podało, podali, podały. */
const past = (...stems: string[]) => stems.flatMap((s) => ['ł', 'ła', 'ło', 'li', 'ły'].map((e) => s + e));
/** Case forms back to the nominative, for every noun listed with `noun` (read as the file's `lemmas`). */
const { noun, lemmas: LEMMAS } = nounTable();
/** Every head followed by every tail. */
const each = (heads: string[], tails: string[]) => heads.flatMap((h) => tails.map((t) => `${h} ${t}`));

const SAID_STEMS = [
  'poda', 'poinformowa', 'przekaza', 'oświadczy', 'ogłosi', 'napisa', 'podkreśli', 'zapowiedzia', 'potwierdzi', 'doda', 'zaznaczy', 'wyjaśni',
  'przypomnia', 'stwierdzi', 'ujawni', 'opublikowa', 'zakomunikowa', 'ostrzega', 'wskaza', 'oszacowa', 'zdementowa', 'poinformowa', 'przyzna', 'zapewni', 'uściśli', 'sprecyzowa',
];
const SAID_PAST = past(...SAID_STEMS);
const SAID_NOW = [
  'podaje', 'podają', 'informuje', 'informują', 'pisze', 'piszą', 'donosi', 'donoszą', 'przekazuje', 'przekazują', 'twierdzi', 'twierdzą', 'ostrzega', 'ostrzegają',
  'zapowiada', 'zapowiadają', 'szacuje', 'szacują', 'prognozuje', 'prognozują', 'alarmuje', 'alarmują', 'ujawnia', 'relacjonuje', 'wskazuje', 'wskazują', 'podkreśla', 'podkreślają', 'zaznacza', 'zaznaczają', 'wyjaśnia', 'ogłasza', 'ogłaszają', 'cytuje', 'cytują', 'przypomina', 'zapewnia',
  // Closing a quoted passage: "– konkluduje portal X", "– komentuje agencja Y", "– dodaje PAP".
  'konkluduje', 'konkludują', 'komentuje', 'komentują', 'podsumowuje', 'dodaje', 'dodają',
];
/** The outlet nouns in the cases cues put them in (nominative, genitive after według, dative after powiedział, instrumental after za/z). */
const OUTLETS = [
  ...noun('agencj', 'a', 'i', 'ę', 'ą'), 'agencja prasowa', 'agencji prasowej', 'agencja informacyjna', 'agencji informacyjnej', 'agencją prasową',
  ...noun('dziennik', '', 'a', 'owi', 'iem', 'u'), ...noun('gazet', 'a', 'y', 'cie', 'ę', 'ą'), ...noun('tygodnik', '', 'a', 'owi', 'iem', 'u'), ...noun('miesięcznik', '', 'a', 'owi', 'iem'),
  ...noun('portal', '', 'u', 'owi', 'em'), 'portal informacyjny', 'portalu informacyjnego', ...noun('serwis', '', 'u', 'owi', 'em'), 'serwis informacyjny', 'serwisu informacyjnego',
  ...noun('stacj', 'a', 'i', 'ę', 'ą'), 'stacja telewizyjna', 'stacji telewizyjnej', ...noun('telewizj', 'a', 'i', 'ę', 'ą'), ...noun('rozgłośni', 'a', 'ę', 'ą'), 'radio', 'radia', 'radiu', 'radiem',
  ...noun('magazyn', '', 'u', 'owi', 'em'), ...noun('tabloid', '', 'u', 'owi', 'em'), 'pismo', 'pisma', 'pismu', ...noun('czasopism', 'o', 'a', 'u'), ...noun('nadawc', 'a', 'y', 'y', 'ą'),
  'brytyjski dziennik', 'brytyjskiego dziennika', 'amerykański dziennik', 'amerykańskiego dziennika', 'niemiecki dziennik', 'niemieckiego dziennika', 'francuski dziennik', 'francuskiego dziennika',
  'brytyjska gazeta', 'brytyjskiej gazety', 'amerykańska gazeta', 'amerykańskiej gazety', 'niemiecka gazeta', 'niemieckiej gazety', 'rosyjska agencja', 'rosyjskiej agencji', 'państwowa agencja', 'państwowej agencji',
  'brytyjski nadawca', 'brytyjskiego nadawcy', 'amerykańska stacja', 'amerykańskiej stacji', 'niemiecki tygodnik', 'niemieckiego tygodnika',
];

export default {
  lang: 'pl',
  name: 'Polish',
  script: 'latin',
  nameStyle: 'words',
  // Distinctive against Czech and Slovak: się, że, jest, oraz, przez, także, również, który…
  stopwords: ['i', 'w', 'we', 'z', 'ze', 'na', 'do', 'nie', 'się', 'że', 'jest', 'są', 'to', 'o', 'od', 'po', 'za', 'przez', 'dla', 'oraz', 'ale', 'jak', 'jego', 'jej', 'ich', 'który', 'która', 'które', 'którzy', 'także', 'również', 'jednak', 'tylko', 'czy', 'już', 'może', 'był', 'była', 'było', 'były', 'będzie', 'tym', 'tego', 'tej', 'gdy', 'kiedy', 'bardzo', 'jeszcze', 'przy', 'między', 'też', 'więc', 'został', 'została', 'zostało', 'zostały', 'a'],
  cues: [
    {
      id: 'according',
      form: 'before',
      words: [
        'według', 'wg', 'według danych', 'według informacji', 'według szacunków', 'według raportu', 'według prognoz', 'według prognozy', 'według sondażu', 'według badania', 'według wyliczeń', 'według ustaleń', 'według komunikatu', 'według oficjalnych danych', 'według najnowszych danych', 'według wstępnych danych', 'według nieoficjalnych informacji',
        'jak wynika z danych', 'jak wynika z raportu', 'jak wynika z informacji', 'jak wynika z ustaleń', 'jak wynika z komunikatu', 'jak wynika z badania', 'jak wynika z sondażu', 'jak wynika z szacunków',
        'wynika z danych', 'wynika z raportu', 'wynika z informacji', 'wynika z ustaleń', 'wynika z komunikatu', 'wynika z badania', 'wynika z sondażu',
        'z danych', 'z najnowszych danych', 'z informacji', 'z ustaleń', 'z raportu', 'z szacunków', 'z sondażu', 'z badania',
        'na podstawie danych', 'na podstawie informacji', 'na podstawie raportu',
      ],
      note: '"według agencji Reuters", "według danych GUS", "z danych NBP wynika", "z ustaleń RMF FM wynika": the genitive; według + a person ("według premiera", "według Kowalskiego") is refused',
    },
    {
      id: 'reported-by',
      form: 'before',
      words: [
        ...['podaje', 'podają', 'informuje', 'informują', 'pisze', 'piszą', 'donosi', 'donoszą', 'przekazuje', 'przekazują', 'relacjonuje', 'zauważa', 'wskazuje', 'przypomina', 'czytamy w', 'czytamy na'].map((v) => `jak ${v}`),
        ...past('jak poda', 'jak poinformowa', 'jak napisa', 'jak przekaza', 'jak ustali', 'jak ogłosi', 'jak zauważy', 'jak przypomnia', 'jak wyliczy', 'jak oszacowa', 'jak zaznaczy', 'jak podkreśli', 'jak dowiedzia'),
        'jak dowiedział się', 'jak dowiedziała się', 'jak dowiedziało się', 'jak dowiedzieli się', 'jak nieoficjalnie dowiedział się', 'jak nieoficjalnie dowiedziała się', 'jak nieoficjalnie ustalił', 'jak nieoficjalnie ustaliła',
        // The verb first, with "o tym" or "to" after it: "Poinformowała o tym agencja Reuters", "Podaje to portal Onet".
        ...each([...SAID_PAST, ...SAID_NOW], ['o tym', 'to']),
        'cytuje', 'cytują', ...past('zacytowa', 'cytowa'),
      ],
      note: '"jak podaje PAP", "jak ustaliła Wirtualna Polska", "Poinformowało o tym Ministerstwo Zdrowia", "Podaje to serwis money.pl"',
    },
    {
      id: 'said-in',
      form: 'before',
      words: [
        ...each(['poinformowano', 'przekazano', 'podano', 'napisano', 'podkreślono', 'zaznaczono', 'wskazano', 'ogłoszono', 'czytamy', 'oświadczono', 'wyjaśniono', 'dodano'], ['w', 'we', 'na']),
        'poinformowano w komunikacie', 'czytamy w komunikacie', 'czytamy w oświadczeniu', 'czytamy w raporcie', 'czytamy na stronie', 'czytamy na stronie internetowej', 'czytamy we wpisie', 'napisano we wpisie',
      ],
      note: '"– czytamy w komunikacie Ministerstwa Zdrowia", "poinformowano na stronie internetowej NFZ": impersonal, the body after the document',
    },
    {
      id: 'citing',
      form: 'before',
      words: [
        'powołując się na', 'powołując się na dane', 'powołując się na informacje', 'powołując się na źródła w', 'powołuje się na', 'powołują się na', ...past('powoła').map((v) => `${v} się na`),
        'cytowany przez', 'cytowana przez', 'cytowane przez', 'cytowani przez', 'cytowanego przez', 'cytowanej przez', 'cytowanych przez', 'cytowana w', 'cytowany w',
        'za agencją', 'za portalem', 'za serwisem', 'za dziennikiem', 'za gazetą', 'za stacją', 'za telewizją', 'za tygodnikiem', 'za radiem', 'za rozgłośnią', 'na podstawie materiałów', 'na podst.',
      ],
      note: '"powołując się na agencję Reuters", "cytowany przez PAP", "podaje za agencją Interfax"',
    },
    {
      id: 'told',
      form: 'before',
      outletsOnly: true,
      words: [
        ...past('powiedzia', 'zdradzi'),
        // Other verbs name an outlet told only with its noun ("przekazała agencji Reuters"): bare, the dative is as
        // often a body informed ("poinformowało Komisję Europejską").
        ...each(past('przekaza', 'poinformowa', 'potwierdzi', 'wyjaśni', 'oświadczy'), ['agencji', 'portalowi', 'serwisowi', 'dziennikowi', 'gazecie', 'tygodnikowi', 'stacji', 'telewizji', 'radiu', 'rozgłośni']),
        'w rozmowie z', 'w rozmowie dla', 'w wywiadzie dla', 'w wywiadzie udzielonym', 'w wywiadzie z', 'w wypowiedzi dla', 'w komentarzu dla', 'w programie', 'na antenie', 'w audycji', 'w studiu',
      ],
      note: '"powiedział PAP", "przekazała Polskiej Agencji Prasowej", "w rozmowie z RMF FM", "w wywiadzie dla „Rzeczpospolitej”": the outlet that got the words; a person or a body told is refused',
    },
    {
      id: 'said-inverted',
      form: 'before',
      afterQuote: true,
      words: [...SAID_PAST, ...SAID_NOW, ...past('powiedzia', 'mówi', 'relacjonowa', 'zauważy', 'oceni', 'dodawa')],
      note: '"– podała PAP", "– poinformowało MSZ", "…, pisze „Gazeta Wyborcza”": after a quote, dash or comma the verb comes first; a person is refused',
    },
    {
      id: 'said',
      form: 'after',
      words: [...SAID_PAST, ...SAID_NOW, ...past('wyda').map((v) => `${v} komunikat`), ...past('wyda').map((v) => `${v} oświadczenie`), ...past('poinformowa').map((v) => `${v} w komunikacie`), ...past('przekaza').map((v) => `${v} w komunikacie`), ...past('poda').map((v) => `${v} w komunikacie`)],
      note: '"GUS podał", "Ministerstwo Obrony Narodowej poinformowało", "Reuters pisze", "MSZ wydało komunikat"',
    },
    {
      id: 'origin',
      form: 'before',
      strong: true,
      words: ['artykuł pierwotnie ukazał się na', 'artykuł pierwotnie ukazał się w', 'tekst pierwotnie ukazał się na', 'tekst pierwotnie ukazał się w', 'artykuł ukazał się pierwotnie w', 'pierwotnie opublikowano w', 'pierwotnie opublikowano na', 'tekst opublikowano pierwotnie w', 'przedruk za', 'przedruk z'],
      note: '"Artykuł pierwotnie ukazał się na łamach …", "Przedruk za zgodą redakcji X"',
    },
    { id: 'source-line', form: 'label', strong: true, words: ['źródło', 'źródła', 'źródło informacji', 'źródło danych', 'źródła danych', 'dane', 'za', 'oprac. na podst.', 'na podst.', 'na podstawie', 'artykuł oryginalny', 'oryginał'] },
    {
      id: 'journal',
      form: 'before',
      strong: true,
      words: ['opublikowano w czasopiśmie', 'opublikowane w czasopiśmie', 'opublikowany w czasopiśmie', 'opublikowana w czasopiśmie', 'opublikowanych w czasopiśmie', 'na łamach czasopisma', 'w czasopiśmie naukowym', 'opublikowane na łamach', 'opublikowano na łamach'],
      note: '"badanie opublikowano w czasopiśmie Nature Medicine": the journal that published the study',
    },
    {
      id: 'photo',
      form: 'label',
      role: 'photo',
      strong: true,
      words: ['fot.', 'fot', 'foto', 'fotografia', 'zdjęcie', 'zdjęcia', 'zdj.', 'autor zdjęcia', 'autor zdjęć', 'autorka zdjęcia', 'autorka zdjęć', 'źródło zdjęcia', 'źródło zdjęć', 'źródło fot.', 'ilustracja', 'il.', 'grafika', 'infografika', 'wideo', 'film', 'materiał wideo', 'screen', 'zrzut ekranu', 'kadr'],
      note: '"Fot. PAP/Leszek Szymański", "fot. Shutterstock", "(fot. KGP)", "Zdjęcie: Policja", "Wideo: TVN24"',
    },
  ],
  auxiliaries: ['także', 'również', 'też', 'już', 'wcześniej', 'później', 'następnie', 'dziś', 'dzisiaj', 'wczoraj', 'w poniedziałek', 'we wtorek', 'w środę', 'w czwartek', 'w piątek', 'w sobotę', 'w niedzielę', 'oficjalnie', 'nieoficjalnie', 'w komunikacie', 'w oświadczeniu', 'w czwartkowym komunikacie', 'w swoim komunikacie', 'w mediach społecznościowych', 'na platformie X', 'na Twitterze', 'na portalu X', 'we wpisie', 'w piśmie', 'w odpowiedzi'],
  fillers: [
    'danych', 'informacji', 'szacunków', 'raportu', 'prognoz', 'prognozy', 'sondażu', 'badania', 'badań', 'wyliczeń', 'ustaleń', 'komunikatu', 'komunikacie', 'oświadczenia', 'oświadczeniu', 'raporcie', 'wpisie', 'stronie', 'stronie internetowej', 'stronach', 'analizy', 'analizie', 'statystyk', 'dokumentu', 'dokumencie', 'odpowiedzi', 'piśmie', 'serwisie', 'profilu', 'koncie',
    'najnowszych', 'najnowszego', 'oficjalnych', 'wstępnych', 'opublikowanych', 'opublikowanego', 'najnowszym', 'opublikowanym', 'oficjalnym', 'wydanym', 'czwartkowym', 'piątkowym', 'poniedziałkowym', 'wtorkowym', 'środowym', 'sobotnim', 'niedzielnym', 'rocznym', 'miesięcznym', 'kwartalnym',
    '„', '"', '«',
  ],
  outletWords: OUTLETS,
  orgWords: [
    ...noun('Ministerstw', 'o', 'a', 'u', 'em', 'ie'), ...noun('Urz', 'ąd', 'ędu', 'ędowi', 'ędem', 'ędzie'), ...noun('Komend', 'a', 'y', 'zie', 'ę', 'ą'), ...noun('S', 'ąd', 'ądu', 'ądowi', 'ądem', 'ądzie'),
    ...noun('Trybunał', '', 'u', 'owi', 'em'), ...noun('Prokuratur', 'a', 'y', 'ze', 'ę', 'ą'), ...noun('Agencj', 'a', 'i', 'ę', 'ą'), ...noun('Inspekcj', 'a', 'i', 'ę', 'ą'), ...noun('Inspektorat', '', 'u', 'owi', 'em', 'ie'),
    ...noun('Kancelari', 'a', 'i', 'ę', 'ą'), ...noun('Komisj', 'a', 'i', 'ę', 'ą'), ...noun('Izb', 'a', 'y', 'ie', 'ę', 'ą'), ...noun('Rad', 'a', 'y', 'zie', 'ę', 'ą'), ...noun('Biur', 'o', 'a', 'u', 'em', 'ze'),
    ...noun('Straż', '', 'y', 'ą'), ...noun('Polic', 'ja', 'ji', 'ję', 'ją'), ...noun('Zarząd', '', 'u', 'owi', 'em', 'zie'), ...noun('Departament', '', 'u', 'owi', 'em', 'cie'), ...noun('Instytut', '', 'u', 'owi', 'em', 'cie'),
    ...noun('Bank', '', 'u', 'owi', 'iem'), ...noun('Fundusz', '', 'u', 'owi', 'em'), ...noun('Fundacj', 'a', 'i', 'ę', 'ą'), ...noun('Stowarzyszeni', 'e', 'a', 'u', 'em'), ...noun('Związ', 'ek', 'ku', 'kowi', 'kiem'),
    ...noun('Centrum', ''), ...noun('Ośrod', 'ek', 'ka', 'kowi', 'kiem', 'ku'), ...noun('Służb', 'a', 'y', 'ie', 'ę', 'ą'), ...noun('Sztab', '', 'u', 'owi', 'em', 'ie'), ...noun('Dowództw', 'o', 'a', 'u', 'em', 'ie'),
    ...noun('Żandarmeri', 'a', 'i', 'ę', 'ą'), ...noun('Ambasad', 'a', 'y', 'zie', 'ę', 'ą'), ...noun('Konsulat', '', 'u', 'em', 'cie'), ...noun('Partii', ''), ...noun('Parti', 'a', 'ę', 'ą'),
    ...noun('Sejm', '', 'u', 'owi', 'em', 'ie'), ...noun('Senat', '', 'u', 'owi', 'em', 'cie'), ...noun('Parlament', '', 'u', 'owi', 'em', 'cie'), ...noun('Rz', 'ąd', 'ądu', 'ądowi', 'ądem', 'ądzie'),
    ...noun('Kreml', '', 'a', 'owi', 'em', 'u'), ...noun('Pentagon', '', 'u', 'owi', 'em', 'ie'), 'Biały Dom', 'Białego Domu', 'Białemu Domowi', 'Białym Domu', ...noun('Ratusz', '', 'a', 'owi', 'em', 'u'),
    ...noun('Spółk', 'a', 'i', 'ę', 'ą'), ...noun('Grup', 'a', 'y', 'ie', 'ę', 'ą'), ...noun('Koncern', '', 'u', 'owi', 'em', 'ie'), ...noun('Giełd', 'a', 'y', 'zie', 'ę', 'ą'), ...noun('Urz', 'ędu Miasta', 'ąd Miasta'),
    'S.A.', 'SA', 'sp. z o.o.', 'Sp. z o.o.', 'PAP', 'GUS', 'NBP', 'NIK', 'MSZ', 'MON', 'MSWiA', 'MF', 'KGP', 'KWP', 'KMP', 'KPP', 'ABW', 'CBA', 'CBŚP', 'SG', 'UOKiK', 'KNF', 'IMGW', 'ZUS', 'NFZ', 'GIS', 'PKW', 'KRRiT', 'UKE', 'URE', 'IPN', 'SN', 'TK', 'NSA', 'WSA', 'PSP', 'KE', 'UE', 'ONZ', 'NATO', 'WHO', 'MFW', 'EBC', 'PE',
  ],
  roleWords: [
    ...noun('rzeczni', 'k', 'ka', 'kowi', 'kiem', 'czka', 'czki', 'czce', 'czką', 'cy'), 'rzecznik prasowy', 'rzecznika prasowego', 'rzeczniczka prasowa', 'rzeczniczki prasowej', 'rzecznik prasowa',
    'biuro prasowe', 'biura prasowego', 'biurze prasowym', 'biuro prasowe', 'zespół prasowy', 'zespołu prasowego', 'służby prasowe', 'służb prasowych', 'centrum prasowe', 'centrum prasowego', 'wydział prasowy', 'wydziału prasowego',
    ...noun('przedstawiciel', '', 'a', 'owi', 'em', 'ka', 'ki', 'e', 'i'), ...noun('korespondent', '', 'a', 'ka', 'ki'),
  ],
  // Polish puts a position's body right after it in the genitive, with the holder's name glued on ("Przewodniczący
  // Rady Europejskiej Charles Michel napisał"): read as a name it would carry the person, so positions credit no one.
  positionWords: [],
  affiliationWords: [
    ...noun('Uniwersytet', '', 'u', 'cie'), ...noun('Politechnik', 'a', 'i'), ...noun('Akademi', 'a', 'i'), ...noun('Instytut', '', 'u', 'cie'), ...noun('Szpital', '', 'a', 'u'), ...noun('Klinik', 'a', 'i'),
    ...noun('Fundacj', 'a', 'i'), ...noun('Szkoł', 'a', 'y'), 'Szkole', ...noun('Uczelni', 'a', ''), 'Centrum', 'SGH', 'UW', 'UJ', 'PAN', 'S.A.', 'SA', 'Bank', 'Banku', ...noun('Spółk', 'a', 'i'), ...noun('Grup', 'a', 'y'),
  ],
  genericOrgs: ['policja', 'policji', 'policjanci', 'prokuratura', 'prokuratury', 'prokuratorzy', 'rząd', 'rządu', 'ministerstwo', 'ministerstwa', 'resort', 'resortu', 'sąd', 'sądu', 'firma', 'spółka', 'urząd', 'urzędu', 'straż', 'strażacy', 'wojsko', 'armia', 'służby', 'ratownicy', 'władze', 'urzędnicy', 'media', 'agencja', 'bank', 'szpital', 'miasto', 'gmina', 'komisja', 'instytut', 'uczelnia', 'inspekcja', 'sanepid', 'ratusz', 'magistrat', 'eksperci', 'naukowcy', 'badacze', 'lekarze', 'analitycy', 'ekonomiści'],
  articles: [],
  formerWords: ['były', 'była', 'byłego', 'byłej', 'byłemu', 'b.', 'eks', 'ex', 'ówczesny', 'ówczesna', 'ówczesnego', 'zmarły', 'zmarła', 'śp.'],
  personTitles: [
    'pan', 'pani', 'pana', 'panią', 'premier', 'premiera', 'premierowi', 'prezydent', 'prezydenta', 'prezydentowi', 'wicepremier', 'wicepremiera', 'minister', 'ministra', 'ministrowi', 'ministerka', 'wiceminister', 'wiceministra', 'szef MSZ', 'szefowa MSZ',
    'poseł', 'posła', 'posłanka', 'posłanki', 'europoseł', 'europosła', 'europosłanka', 'senator', 'senatora', 'senatorka', 'marszałek', 'marszałka', 'wojewoda', 'wojewody', 'burmistrz', 'burmistrza', 'starosta', 'wójt', 'radny', 'radna',
    'sędzia', 'sędziego', 'prokurator', 'prokuratora', 'adwokat', 'adwokata', 'mecenas', 'prof.', 'profesor', 'profesora', 'dr', 'dr.', 'hab.', 'inż.', 'mgr', 'lek.', 'gen.', 'generał', 'generała', 'płk', 'ppłk', 'mjr', 'kpt.', 'por.', 'insp.', 'nadinsp.', 'podinsp.', 'mł. insp.', 'asp.', 'sierż.', 'st. sierż.', 'kom.', 'nadkom.', 'podkom.', 'st. kpt.', 'bryg.', 'st. bryg.', 'mł. bryg.',
    'ekspert', 'eksperta', 'ekspertka', 'analityk', 'analityka', 'analityczka', 'ekonomista', 'ekonomisty', 'ekonomistka', 'politolog', 'politologa', 'socjolog', 'trener', 'trenera', 'kapitan', 'papież', 'papieża', 'król', 'króla', 'królowa', 'książę', 'księcia', 'ks.', 'ksiądz', 'biskup', 'abp', 'kard.', 'świadek',
    'prezes', 'prezesa', 'szef', 'szefa', 'szefowa', 'dyrektor', 'dyrektora', 'dyrektorka', 'przewodniczący', 'przewodniczącego', 'przewodnicząca', 'rzecznik', 'rzecznika', 'rzeczniczka', 'rzeczniczki', 'kanclerz', 'kanclerza',
    // A title with an unnamed body in the genitive ("rzecznik rządu Piotr Nowak") is the person's title, not a name.
    ...each(['rzecznik', 'rzecznika', 'rzeczniczka', 'rzeczniczki', 'rzecznik prasowy', 'rzeczniczka prasowa', 'szef', 'szefa', 'szefowa', 'prezes', 'prezesa', 'dyrektor', 'dyrektora', 'dyrektorka', 'minister', 'ministra', 'komendant', 'komendanta', 'przedstawiciel', 'przedstawicielka'],
      ['rządu', 'policji', 'prokuratury', 'sądu', 'ministerstwa', 'resortu', 'komendy', 'spółki', 'firmy', 'banku', 'urzędu', 'straży', 'szpitala', 'miasta', 'gminy', 'uczelni', 'instytutu', 'klubu', 'partii', 'związku', 'fundacji']),
  ],
  compoundTitles: false,
  // "W Sejmie Donald Tusk zapowiedział", "Po porażce w Bundestagu Friedrich Merz zapowiedział": the place he spoke at.
  locativeLinks: ['w', 'we', 'na', 'po', 'przed', 'podczas', 'u'],
  // "rosyjskie władze poinformowały", "według polskiego rządu": the adjective before the government it names,
  // back to the countries table's masculine form (polskie, polska, polskiego, polskich, polscy → polski).
  peopleFirstHeads: ['rząd', 'rządu', 'rządowi', 'rządem', 'rządzie', 'władze', 'władz', 'władzom', 'władzami', 'władzach'],
  peopleEndings: ['iego>i', 'iemu>i', 'iej>i', 'ich>i', 'imi>i', 'im>i', 'ie>i', 'a>i', 'ą>i', 'cy>ki'],
  lemmas: LEMMAS,
  // Case endings back to the nominative, for finding a declined name in the registry: nouns (Reutersa, Faktu,
  // Onecie, Sejmie, Rzeczpospolitej, Interii, agencji, Polsce) and adjectives (Gazety Wyborczej, Dziennika Gazety Prawnej).
  caseEndings: [
    'a>', 'u>', 'owi>', 'em>', 'ie>', 'cie>t', 'dzie>d', 'rze>r', 'le>l',
    'y>a', 'i>a', 'ę>a', 'ą>a', 'ej>a', 'ce>ka', 'dze>ga', 'ii>ia', 'ji>ja', 'ję>ja', 'ją>ja', 'ie>a', 'cie>ta', 'dzie>da',
    'a>o', 'u>o', 'em>o', 'ie>o',
    // Soft stems, whose i the short rules would keep: "Komisji Europejskiej" → Komisja Europejska,
    // "Parlamentu Europejskiego" → Parlament Europejski.
    'iej>a', 'iego>i', 'iemu>i',
    'ego>y', 'ego>i', 'emu>y', 'emu>i', 'ym>y', 'im>i', 'iej>ia', 'ej>a',
  ],
  nameLinks: ['im.', 'imienia', 'ds.', 'do spraw', 'dla', 'de', 'von', 'van'],
  calendar: [
    'poniedziałek', 'wtorek', 'środa', 'środę', 'czwartek', 'piątek', 'sobota', 'sobotę', 'niedziela', 'niedzielę',
    'styczeń', 'stycznia', 'luty', 'lutego', 'marzec', 'marca', 'kwiecień', 'kwietnia', 'maj', 'maja', 'czerwiec', 'czerwca', 'lipiec', 'lipca', 'sierpień', 'sierpnia', 'wrzesień', 'września', 'październik', 'października', 'listopad', 'listopada', 'grudzień', 'grudnia',
  ],
  listJoiners: ['i', 'oraz', 'a także', 'lub', 'albo'],
  excludedLabels: ['czytaj też', 'czytaj także', 'czytaj więcej', 'czytaj', 'zobacz też', 'zobacz także', 'zobacz', 'przeczytaj też', 'przeczytaj także', 'przeczytaj', 'polecamy', 'sprawdź', 'sprawdź też', 'autor', 'autorka', 'autorzy', 'redakcja', 'oprac.', 'opracowanie', 'tekst', 'tagi', 'tematy', 'udostępnij', 'reklama', 'komentarze', 'aktualizacja', 'publikacja dostępna na stronie'],
  notCredits: ['zdjęcie ilustracyjne', 'ilustracyjne', 'ilustracyjna', 'ilustracja', 'archiwum', 'archiwum prywatne', 'arch.', 'materiały prasowe', 'mat. prasowe', 'materiały promocyjne', 'domena publiczna', 'internet', 'media społecznościowe', 'screen', 'zrzut ekranu', 'printscreen'],
  // The text comes from elsewhere: "Tekst pierwotnie ukazał się na …".
  originPhrases: ['artykuł oryginalny', 'oryginalny artykuł', 'pierwotnie opublikowany', 'tekst pierwotnie ukazał się', 'pierwotnie ukazał się'],
} satisfies CueFileInput;
