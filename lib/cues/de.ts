/**
 * German attribution cues.
 * Source: usage in German-language news from Germany, Austria and Switzerland (dpa, AFP, Reuters, APA and
 * Keystone-SDA wire copy, Spiegel, Zeit, FAZ, Süddeutsche, tagesschau.de, ORF, NZZ), checked against
 * ../shared/reference/cues.md and the de pages of ../shared/corpus.
 * How German credits: `laut X`, `nach Angaben der X`, `X zufolge` (a postposition), `unter Berufung auf X`;
 * `X sagte` / `wie X mitteilte` with the name first; and, since the verb comes second in a main clause,
 * very often the verb first with no quote at all: `Das teilte die Polizei mit`, `Am Montag sagte ein
 * Sprecher des Ministeriums`, `„…", sagte X`, `…, so X`. Told things: `sagte X gegenüber der Zeitung Y`,
 * `im Interview mit Y`, and in the dative, `sagte X der Zeitung Y`. Studies: `im Fachmagazin Nature`.
 * Labels: `Quelle: X`, `Foto: X`, `Bild: X`, `© dpa`; datelines `Berlin (dpa) -`.
 * German capitalizes every noun, so a capitalized run is not always a name: the nouns that open an
 * attribution (`Angaben`, `Bericht`, `Mitteilung`) sit inside the cue words (`nach Angaben`, `einem
 * Bericht`) and among the stopwords, which the engine drops from a name's start; generic nouns for a kind
 * of institution (`Unternehmen`, `Polizei`, `Behörde`) are `genericOrgs`, which name no one alone ("Die
 * Polizei teilte mit", as the corpus counts unnamed institutions) but make the name they head one ("die
 * Polizei Köln", "die Gewerkschaft Verdi"); speaker roles (`Sprecher`) are both roles and person titles (so "Ein
 * Sprecher der Polizei Köln sagte" credits the police, not a "Sprecher der Polizei"); organization words list
 * the compounds the press uses (`Innenministerium`, `Staatsanwaltschaft`), with their genitive forms
 * (`Innenministeriums`), since a word must match whole. Cue words that open a sentence with a noun are
 * listed capitalized too (`initials()`).
 * Edit: add a word to the table it belongs to and a sentence to test/cues/de.test.ts that fails without it.
 */
import type { CueFileInput } from './schema';

/**
 * Each cue as printed mid-sentence and opening one: the matcher adds a capitalized variant by lowering the
 * rest ("Einem bericht"), which misses German nouns ("Einem Bericht des Spiegel zufolge").
 */
const initials = (words: string[]) => [...new Set(words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]))];
/** Every head followed by every tail: `teilte am Montag mit`, `nach Angaben der`… */
const each = (heads: string[], tails: string[]) => heads.flatMap((h) => tails.map((t) => `${h} ${t}`));

const DAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
const DAYTIMES = ['morgen', 'früh', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'];
/** What stands between a split verb and its particle: `teilte am Montag mit`, `gab auf Anfrage bekannt`. */
const MIDDLES = [
  '', 'am Montag', 'am Dienstag', 'am Mittwoch', 'am Donnerstag', 'am Freitag', 'am Samstag', 'am Sonntag', 'heute', 'gestern', 'bereits',
  'auch', 'zudem', 'außerdem', 'nun', 'jetzt', 'weiter', 'ebenfalls', 'am Abend', 'am Morgen', 'am Wochenende', 'auf Anfrage', 'auf Nachfrage',
  'schriftlich', 'offiziell', 'in einer Mitteilung', 'in einer Erklärung', 'in einer Pressemitteilung', 'in einer Stellungnahme',
  // Austria's word for a press release: "teilte das Ministerium in einer Aussendung mit".
  'in einer Aussendung', 'in einer Presseaussendung', 'vorab',
].map((m) => m.trim());
/** A split verb with what may stand inside it: `teilte mit`, `teilte am Montag mit`. */
const split = (verbs: string[], particle: string) => verbs.flatMap((v) => MIDDLES.map((m) => (m ? `${v} ${m} ${particle}` : `${v} ${particle}`)));

/**
 * Kinds of institution that name none alone ("Das Unternehmen teilte mit", "laut Polizei", "ein Sprecher des
 * Ministeriums"), as the corpus counts unnamed institutions: no source. With a name they head one ("die
 * Polizei Köln", "der Konzern Siemens"), so they are organization words too. Genitives listed: words match whole.
 */
const GENERIC_ORGS = [
  'Unternehmen', 'Unternehmens', 'Konzern', 'Konzerns', 'Firma', 'Institut', 'Instituts', 'Stadt', 'Gemeinde', 'Initiative', 'Organisation', 'Verein', 'Vereins', 'Klub',
  'Klubs', 'Club', 'Clubs', 'Team', 'Teams', 'Gruppe', 'Klinik', 'Behörde', 'Behörden', 'Ministerium', 'Ministeriums', 'Regierung', 'Partei',
  'Verband', 'Verbands', 'Verbandes', 'Polizei', 'Feuerwehr', 'Staatsanwaltschaft', 'Gericht', 'Gerichts', 'Armee', 'Militär', 'Militärs',
  'Bank', 'Universität', 'Hochschule', 'Stiftung', 'Botschaft', 'Landesregierung',
  // A state of Austria or Germany as a body, by its name after the word ("das Land Tirol informierte", "laut Land Berlin").
  'Land', 'Stadtverwaltung', 'Verwaltung', 'Rathaus', 'Sparkasse', 'Hilfsorganisation', 'Menschenrechtsorganisation', 'Umweltorganisation',
  'Nichtregierungsorganisation', 'Denkfabrik', 'Thinktank',
  'Versicherung', 'Krankenkasse', 'Klinikum',
  // Kinds of firm and body the press names a company by after naming it ("Der Autobauer teilte mit").
  'Autobauer', 'Autohersteller', 'Hersteller', 'Fluggesellschaft', 'Airline', 'Rennstall', 'Reederei', 'Energiekonzern', 'Ölkonzern', 'Chemiekonzern',
  'Pharmakonzern', 'Technologiekonzern', 'Tech-Konzern', 'Softwarekonzern', 'Mutterkonzern', 'Fahrdienstvermittler', 'Gewerkschaft', 'Vereinigung',
  'Dachverband', 'Automobilclub', 'Händler', 'Einzelhändler', 'Discounter', 'Versandhändler', 'Onlinehändler', 'Zulieferer', 'Start-up', 'Startup',
  'Anbieter', 'Betreiber', 'Veranstalter', 'Bahn', 'Kette', 'Fahrdienst', 'Plattform',
  // Bodies every town, district or state has one of ("Der Gemeinderat kritisierte", "das Landgericht teilte mit"):
  // unnamed without their place ("das Landgericht Hamburg"), which the name after them gives.
  'Stadtrat', 'Gemeinderat', 'Kreistag', 'Landtag', 'Landgericht', 'Landgerichts', 'Amtsgericht', 'Amtsgerichts', 'Oberlandesgericht',
  'Verwaltungsgericht', 'Landratsamt', 'Bezirksamt', 'Ordnungsamt', 'Gesundheitsamt', 'Gesundheitsamts', 'Jugendamt', 'Finanzamt',
  'Polizeipräsidium', 'Polizeidirektion', 'Polizeiinspektion', 'Landeskriminalamt', 'Landeskriminalamts',
  // Utilities and transport firms, by their kind ("der Energieversorger Eon", "die Stadtwerke Leipzig").
  'Energieversorger', 'Versorger', 'Stromversorger', 'Stadtwerke', 'Verkehrsbetriebe', 'Verkehrsverbund', 'Verkehrsunternehmen', 'Netzbetreiber',
  'Mobilfunkanbieter', 'Flughafen', 'Flughafenbetreiber', 'Ölkartell', 'Kartell', 'Ölallianz',
  // A central bank by its kind, after its name ("Die Schweizerische Nationalbank … teilte die Notenbank mit").
  'Notenbank', 'Zentralbank', 'Währungshüter',
];

/** Reporting verbs, 3rd person, present and past, singular and plural. */
const SAY = [
  'sagte', 'sagten', 'sagt', 'sagen', 'erklärte', 'erklärten', 'erklärt', 'erklären', 'berichtete', 'berichteten', 'berichtet', 'berichten',
  'meldete', 'meldeten', 'meldet', 'melden', 'bestätigte', 'bestätigten', 'bestätigt', 'betonte', 'betonten', 'betont', 'schrieb', 'schrieben',
  'schreibt', 'warnte', 'warnten', 'warnt', 'mahnte', 'mahnten', 'mahnt', 'veröffentlichte', 'veröffentlichten', 'zitierte', 'zitiert',
  'verkündete', 'erläuterte', 'erläutert', 'ergänzte', 'twitterte', 'dementierte', 'bestritt', 'informierte', 'verlautete', 'bezifferte',
  'beziffert', 'schätzt', 'schätzte', 'prognostiziert', 'prognostizierte', 'unterstrich', 'räumte', 'kündigte', 'teilte', 'teilten', 'teilt',
  'rechnet', 'rechnen', 'rechnete', 'rechneten',
  // A body's comment on what it is asked about: "„…“, kommentiert Facebook den Entwurf".
  'kommentiert', 'kommentierte', 'kommentierten',
];
/**
 * Statements of a position, with the name before them only ("Die Gewerkschaft kritisierte die Pläne", "Der
 * Verband forderte Nachbesserungen"): after them stands their object, not their subject ("Die Opposition
 * kritisierte die Bundesregierung"), so they are no verb-first cue.
 */
const POSITION = [
  'kritisierte', 'kritisierten', 'kritisiert', 'forderte', 'forderten', 'fordert', 'verurteilte', 'verurteilten', 'verurteilt', 'begrüßte',
  'begrüßten', 'begrüßt', 'beklagte', 'beklagten', 'beklagt', 'versicherte', 'versicherten', 'appellierte', 'appellierten', 'prognostizieren',
  // Advice and expectations are positions too: "Das Auswärtige Amt rät von Reisen ab", "Das Ifo-Institut erwartet ein Plus".
  'rät', 'riet', 'rieten', 'empfiehlt', 'empfahl', 'empfehlen', 'erwartet', 'erwartete', 'erwarten', 'erwarteten',
  // Denials: "Die Justiz widersprach dem Bericht".
  'widersprach', 'widersprachen', 'widerspricht',
];

const german = {
  lang: 'de',
  name: 'German',
  script: 'latin',
  nameStyle: 'words',
  // Function words, distinctive against nl (der/und/ist/nicht/sich/auch/wird…). The engine also drops
  // stopwords from a name's start and rejects a name made only of them, so the nouns that open an
  // attribution sit here too ("Angaben der Polizei zufolge" is the police, not a name "Angaben der
  // Polizei"). Generic nouns for a kind of organization ("Unternehmen", "Konzern", "Gewerkschaft") are not
  // stopwords but organization words and `genericOrgs`: alone they point back at an organization named
  // earlier and name no one ("Das Unternehmen teilte mit", "ein Sprecher der Initiative"); before a name
  // they say it is one ("der Konzern Siemens", "die Gewerkschaft Verdi", "sein Team Ineos").
  stopwords: [
    'der', 'die', 'das', 'und', 'den', 'dem', 'des', 'ist', 'sich', 'auf', 'für', 'nicht', 'im', 'ein', 'eine', 'einer', 'einem', 'eines', 'auch', 'es',
    'wie', 'bei', 'nach', 'aus', 'wird', 'hat', 'sei', 'dass', 'noch', 'wurde', 'werden', 'sie', 'er', 'wir', 'ich', 'man', 'über', 'zum', 'zur', 'vom',
    'am', 'beim', 'oder', 'aber', 'nur', 'sein', 'seine', 'ihr', 'ihre', 'dies', 'diese', 'dieser', 'laut', 'zudem', 'doch', 'nun', 'heute', 'von', 'zu', 'mit',
    'sind', 'war', 'waren', 'haben', 'hatte', 'kann', 'muss', 'soll', 'sollen', 'wurden', 'worden', 'seit', 'bis', 'wenn', 'schon', 'sehr', 'gegen',
    // A site's own chart opens its credit line: "Quelle: Infografik WELT" is the paper itself.
    'infografik', 'grafik',
    'angaben', 'informationen', 'bericht', 'berichten', 'medienberichten', 'schätzungen', 'berechnungen', 'darstellung', 'auskunft', 'erkenntnissen',
    'recherchen', 'mitteilung', 'erklärung', 'daten', 'zahlen',
    // What a body publishes, opening the words after a cue ("laut einer Umfrage des Pew Research Center",
    // "einer Studie der Universität Oxford zufolge"): the body is the name, not "Umfrage des Pew Research Center".
    'umfrage', 'umfragen', 'studie', 'studien', 'analyse', 'erhebung', 'auswertung', 'prognose', 'schätzung', 'statistik', 'statistiken',
    'gutachten', 'untersuchung', 'befragung', 'einschätzung', 'ermittlungen', 'pressemitteilung', 'stellungnahme', 'meldung', 'berichts',
    // The items of a "Quellen:" list that name no one, or open a body's name ("Eigene Recherchen", "Stellungnahmen
    // zur Anhörung", "Pressemitteilungen der Polizei Essen", "Gespräche mit Anwohnern").
    'stellungnahmen', 'meldungen', 'mitteilungen', 'pressemitteilungen', 'interviews', 'gespräche', 'eigene', 'eigenen',
    // Dropped from a name's start, like those nouns: the names it heads often run on in small words ("die
    // Organisation Ärzte ohne Grenzen"), and English reads "Organisation" as an organization word.
    'organisation',
    // The kind of firm a pollster is, before its name: "eine Umfrage des Meinungsforschungsinstituts Forsa" is Forsa.
    'meinungsforschungsinstitut', 'meinungsforschungsinstituts', 'umfrageinstitut', 'umfrageinstituts', 'meinungsforscher',
    // A body's people in the plural opening a name read back or after a cue ("Meteorologen des Deutschen Wetterdienstes
    // erwarten", "laut Forschern der Universität Kiel"): the body is the name (lib/detect/staff.ts credits it).
    // Only forms no singular subject takes: "Der Forscher der Universität sagte" stays one expert, titled.
    'forschern', 'forscherinnen', 'wissenschaftlern', 'wissenschaftlerinnen', 'meteorologen',
    'epidemiologen', 'astronomen',
  ],
  cues: [
    {
      id: 'according',
      form: 'before',
      words: initials([
        'laut', 'gemäß', 'unter Berufung auf', 'mit Berufung auf', 'beruft sich auf', 'berief sich auf', 'berufen sich auf',
        'Angaben', 'Informationen', 'Darstellung', 'Auskunft', 'Schätzungen', 'Berechnungen', 'Recherchen', 'Erkenntnissen', 'Einschätzung',
        'Ermittlungen', 'Daten', 'Zahlen', 'Statistiken', 'Berichten', 'Medienberichten', 'übereinstimmenden Medienberichten',
        'einem Bericht', 'einem Medienbericht', 'einem Zeitungsbericht', 'einer Mitteilung', 'einer Pressemitteilung', 'einer Erklärung',
        'einer Stellungnahme', 'einer Aussendung', 'einer Presseaussendung', 'eine Studie', 'eine Umfrage', 'eine Analyse', 'eine Erhebung', 'eine Auswertung', 'eine Befragung', 'einer Befragung', 'eine Untersuchung', 'einer Untersuchung', 'Entwarnung', 'Warnung', 'einer Studie', 'einer Umfrage', 'einer Analyse', 'einer Erhebung', 'einer Prognose', 'einer Schätzung',
        'einer Statistik', 'einer Auswertung', 'einem Gutachten', 'einem Papier', 'einem Schreiben', 'einer Meldung', 'dem Bericht', 'dem Gutachten',
        'aus Kreisen', 'in Kreisen', 'hieß es', 'heißt es', 'hieß es in einer Mitteilung', 'heißt es in einer Mitteilung',
        'hieß es in einer Erklärung', 'heißt es in einer Erklärung', 'hieß es in einer Pressemitteilung', 'hieß es in einem Bericht',
        'in einer Mitteilung', 'in einer Pressemitteilung', 'in einer Erklärung', 'in einer Stellungnahme', 'in einem Statement',
        'in einer Aussendung', 'in einer Presseaussendung', 'hieß es in einer Aussendung', 'heißt es in einer Aussendung',
      ]),
      note: '"laut dem Bundesrechnungshof", "nach Angaben der Polizei", "einem Bericht des Spiegel zufolge", "hieß es aus Kreisen der Bundesregierung"; the name must look like an organization',
    },
    {
      id: 'told',
      form: 'before',
      words: initials([
        'gegenüber', 'im Gespräch mit', 'in einem Gespräch mit', 'im Interview mit', 'in einem Interview mit', 'im Interview der', 'im Interview des',
        'in einem Interview der', 'in einem Interview des', 'auf Anfrage der', 'auf Anfrage des', 'auf Anfrage von',
        'auf Nachfrage der', 'auf Nachfrage des', 'auf Nachfrage von', 'im Podcast', 'in der Sendung', 'in der Talkshow',
        'zitiert von', 'zitiert vom', 'veröffentlicht von', 'veröffentlicht vom', 'erhoben von', 'erhoben vom', 'erstellt von', 'im Auftrag der',
        'im Auftrag des', 'im Auftrag von',
      ]),
      note: '"sagte er gegenüber der Zeitung Welt", "im Interview mit dem Deutschlandfunk", "auf Anfrage der Deutschen Presse-Agentur"',
    },
    {
      id: 'told-dative',
      form: 'before',
      words: initials([
        ...each(['dem'], ['Sender', 'TV-Sender', 'Fernsehsender', 'Radiosender', 'Nachrichtensender', 'Magazin', 'Nachrichtenmagazin', 'Wochenmagazin', 'Nachrichtenportal', 'Onlineportal', 'Portal', 'Blatt', 'Branchendienst', 'Redaktionsnetzwerk']),
        ...each(['der'], ['Zeitung', 'Tageszeitung', 'Wochenzeitung', 'Sonntagszeitung', 'Boulevardzeitung', 'Nachrichtenagentur', 'Presseagentur']),
      ]),
      note: 'the dative of "told": "sagte der Minister der Zeitung Die Welt", "sagte sie dem Nachrichtenmagazin Spiegel"; the name must be one the registry knows or look like an organization',
    },
    {
      id: 'told-outlet',
      form: 'before',
      audience: true,
      words: ['dem', 'der', 'im', 'in der', 'beim', 'bei'],
      note: '"sagte Müller dem Spiegel", "sagte sie im ZDF", "sagte er bei RTL", "Der Bild sagte er": only an outlet the registry knows, beside a reporting verb',
    },
    {
      id: 'journal',
      form: 'before',
      strong: true,
      words: initials([
        ...each(['im', 'in dem', 'laut dem', 'im renommierten', 'im britischen', 'im US-amerikanischen'], ['Fachmagazin', 'Fachjournal', 'Fachblatt', 'Wissenschaftsmagazin', 'Wissenschaftsjournal', 'Medizinjournal']),
        ...each(['in der', 'laut der', 'in der renommierten', 'in der medizinischen', 'in der britischen'], ['Fachzeitschrift', 'Wissenschaftszeitschrift']),
      ]),
      note: '"berichten die Forscher im Fachmagazin Nature", "in der Fachzeitschrift The Lancet": a study is credited to the journal that published it, and these words are always followed by its name',
    },
    {
      id: 'said-inverted',
      form: 'before',
      words: [...SAY, ...each(['hieß es', 'heißt es', 'verlautete'], ['von', 'vom', 'bei', 'beim', 'aus', 'seitens', 'vonseiten'])],
      note: 'verb second: "Das teilte die Organisation X mit", "Am Montag sagte ein Sprecher des Ministeriums", "„…", sagte die Polizei"',
    },
    {
      id: 'said-framed',
      form: 'around',
      words: ['teilte', 'teilten', 'teilt', 'gab', 'gaben', 'gibt'],
      closers: ['mit', 'bekannt'],
      note: 'a split verb framing the subject: "Das teilte die Organisation Künstler helfen Künstlern mit", "gab der Verein Mehr Demokratie bekannt" — the name a kind of institution introduces runs to the particle',
    },
    {
      id: 'learned',
      form: 'after',
      outletsOnly: true,
      words: ['erfuhr,', 'erfuhren,', 'erfahren hat', 'erfahren haben', 'erfahren hatte', 'erfahren hatten', 'hat erfahren,', 'haben erfahren,', 'hatte erfahren,'],
      note: 'what a paper or an agency learned: "Wie der Spiegel erfahren hat", "wie die APA erfuhr, …", "Das Portal X hat erfahren, dass …"; only an outlet, since a body that learned something was told it ("Die Klinik hat erfahren, dass sie schließen muss"), and only with a clause after it: "Die Firma erfuhr einen Rückgang" is what it went through',
    },
    {
      id: 'learned-inverted',
      form: 'before',
      outletsOnly: true,
      words: ['erfuhr', 'erfuhren'],
      note: 'the same verb first: "Das erfuhr die APA aus informierten Kreisen"; only an outlet ("Einen Aufschwung erfuhr die Branche")',
    },
    {
      id: 'so',
      form: 'before',
      afterQuote: true,
      words: ['so'],
      note: '"…, so ein Sprecher der Bahn": only right after a comma or a quote, since `so` is also "thus"',
    },
    {
      id: 'said',
      form: 'after',
      words: [
        ...SAY.filter((w) => !['räumte', 'kündigte', 'teilte', 'teilten', 'teilt'].includes(w)), ...POSITION,
        'zufolge', 'mitteilte', 'mitteilten', 'mitteilt', 'bekanntgab', 'bekannt gab', 'bekanntgegeben',
        // With the perfect's auxiliary only: "wie die Polizei gemeldet hat"; in the passive the name before them
        // is whom it is told to ("Funde sollten dem Julius Kühn-Institut gemeldet werden").
        ...each(['mitgeteilt', 'gemeldet'], ['hat', 'hatte', 'haben', 'hatten', 'habe']),
        // And with it before them, in a main clause: "Das Robert Koch-Institut hatte am Montag mitgeteilt, …".
        ...['hat', 'hatte', 'haben', 'hatten'].flatMap((aux) => MIDDLES.flatMap((m) => ['mitgeteilt', 'gemeldet'].map((p) => (m ? `${aux} ${m} ${p}` : `${aux} ${p}`)))),
        // The body before "hieß es", after a preposition: "Aus dem Verteidigungsministerium hieß es", "Beim Bundesamt heißt es".
        'hieß es', 'heißt es',
        'ankündigte', 'angekündigt', 'hinzufügte', 'einräumte', 'verlauten ließ', 'wissen ließ', 'vorliegt', 'vorliegen', 'vorlag', 'vorlagen',
        ...split(['teilte', 'teilten', 'teilt'], 'mit'), ...split(['gab', 'gaben', 'gibt'], 'bekannt'), ...split(['kündigte', 'kündigten', 'kündigt'], 'an'),
        ...split(['räumte', 'räumten', 'räumt'], 'ein'), ...split(['fügte', 'fügten'], 'hinzu'), ...split(['ließ', 'ließen'], 'verlauten'),
        ...split(['wies', 'wiesen'], 'darauf hin'),
        // A claim, before what is claimed: "Die Reederei gab an, …", "wie die Reederei angab" (not "gab an die Kunden
        // … aus"); a body's word for what happened: "Der Verband sprach von einem Rückschlag".
        ...split(['gab', 'gaben', 'gibt'], 'an').map((v) => `${v},`), 'angab', 'angaben', 'sprach von einem', 'sprach von einer', 'sprachen von einem', 'sprachen von einer', 'spricht von einem', 'spricht von einer',
      ],
      note: '"Die Polizei teilte am Montag mit", "wie die Staatsanwaltschaft mitteilte", "Der Polizei zufolge", "Der Deutsche Wetterdienst warnte"',
    },
    {
      id: 'origin',
      form: 'before',
      strong: true,
      words: initials(['basiert auf Material von', 'basiert auf Material der', 'beruht auf Material von', 'beruht auf Material der', 'unter Verwendung von Material der', 'unter Verwendung von Material von',
        'mit Material von', 'mit Material der', 'mit Material des', 'mit Agenturmaterial von', 'zuerst erschienen bei', 'zuerst erschienen in', 'zuerst erschienen auf', 'erschien zuerst bei', 'erschien zuerst in', 'erschien zuerst auf', 'zuerst veröffentlicht bei', 'zuerst veröffentlicht in', 'übersetzt aus']),
      note: '"(mit Material von AFP)", "Dieser Artikel erschien zuerst bei The Conversation"',
    },
    {
      id: 'source-line',
      form: 'label',
      strong: true,
      words: ['Quelle', 'Quellen', 'Mit Material von', 'Mit Material der', 'Originalartikel', 'Zuerst erschienen bei', 'Zuerst erschienen in'],
      note: '"Quelle: Statistisches Bundesamt", "Quellen: dpa, AFP"',
    },
    {
      id: 'photo',
      form: 'label',
      role: 'photo',
      strong: true,
      words: ['Foto', 'Fotos', 'Bild', 'Bilder', 'Bildquelle', 'Bildquellen', 'Fotoquelle', 'Quelle Foto', 'Bildnachweis', 'Fotonachweis', 'Bildrechte', 'Copyright', 'Grafik', 'Illustration', 'Titelbild', 'Titelfoto', 'Fotocredit', 'Fotocredits', 'Bildcredit', 'Bildcredits', 'Video', 'Fotograf', 'Fotografin', 'Foto/Video', '© Foto', '© Bild'],
      note: '"Foto: Anna Schmidt/dpa/Archivbild", "(Bild: Hersteller)", "Bild: dpa"',
    },
  ],
  auxiliaries: [
    'hat', 'habe', 'hatte', 'haben', 'hatten', 'hätte', 'hätten', 'wird', 'werde', 'auch', 'bereits', 'schon', 'zudem', 'außerdem', 'nun', 'jetzt',
    'inzwischen', 'mittlerweile', 'zuvor', 'später', 'dazu', 'weiter', 'ebenfalls', 'selbst', 'offiziell', 'noch', 'erneut', 'heute', 'gestern',
    ...DAYS.map((d) => `am ${d}`), ...DAYS, ...DAYS.flatMap((d) => DAYTIMES.map((t) => `am ${d}${t}`)), ...DAYS.flatMap((d) => DAYTIMES.map((t) => `${d}${t}`)),
    'am Abend', 'am Morgen', 'am Wochenende', 'auf Anfrage', 'auf Nachfrage', 'in einer Mitteilung', 'in einer Erklärung', 'in einer Stellungnahme',
    'in einer Aussendung', 'in einer Presseaussendung', 'vorab', 'zunächst', 'kürzlich', 'jüngst',
    'auf Twitter', 'bei Twitter', 'auf X', 'auf Facebook', 'auf Instagram', 'auf seiner Website', 'auf ihrer Website', 'am Rande',
  ],
  fillers: [
    'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'von', 'vom', 'er', 'sie', 'es', 'man', 'auch', 'noch',
    'neuen', 'neuesten', 'jüngsten', 'aktuellen', 'ersten', 'vorläufigen', 'offiziellen', 'amtlichen', 'veröffentlichten', 'eigenen', 'internen', 'am Montag', 'am Dienstag', 'am Mittwoch', 'am Donnerstag', 'am Freitag', 'am Samstag', 'am Sonntag',
    'britische', 'britischen', 'britischer', 'amerikanische', 'amerikanischen', 'amerikanischer', 'französische', 'französischen', 'französischer',
    'russische', 'russischen', 'russischer', 'chinesische', 'chinesischen', 'chinesischer', 'staatliche', 'staatlichen', 'staatlicher', 'amtliche',
    'regierungsnahe', 'regierungsnahen', 'italienische', 'italienischen', 'italienischer', 'spanische', 'spanischen', 'spanischer', 'türkische',
    'türkischen', 'türkischer', 'israelische', 'israelischen', 'israelischer', 'ukrainische', 'ukrainischen', 'ukrainischer', 'japanische',
    'japanischen', 'japanischer', 'österreichische', 'österreichischen', 'österreichischer', 'schweizerische', 'schweizerischen', 'schweizerischer',
    'deutsche', 'deutschen', 'iranische', 'iranischen', 'iranischer', 'polnische', 'polnischen', 'polnischer', 'niederländische', 'niederländischen',
    'arabische', 'arabischen', 'kolumbianische', 'kolumbianischen', 'örtliche', 'örtlichen', 'regionale', 'regionalen', 'lokale', 'lokalen',
    'öffentlich-rechtliche', 'öffentlich-rechtlichen', 'private', 'privaten', 'renommierte', 'renommierten',
  ],
  outletWords: [
    'Zeitung', 'Tageszeitung', 'Wochenzeitung', 'Sonntagszeitung', 'Zeitschrift', 'Magazin', 'Nachrichtenmagazin', 'Wochenmagazin', 'Boulevardzeitung',
    'Boulevardblatt', 'Blatt', 'Nachrichtenagentur', 'Presseagentur', 'Sender', 'Fernsehsender', 'TV-Sender', 'Radiosender', 'Nachrichtensender',
    'Rundfunksender', 'Nachrichtenportal', 'Onlineportal', 'Online-Portal', 'Internetportal', 'Newsportal', 'Nachrichtenseite', 'Onlinemagazin',
    'Online-Magazin', 'Fachmagazin', 'Fachzeitschrift', 'Fachblatt', 'Branchendienst', 'Branchenblatt', 'Wirtschaftszeitung', 'Wirtschaftsmagazin',
    'Regionalzeitung', 'Lokalzeitung', 'Staatsmedien', 'Staatsfernsehen', 'Staatssender', 'Staatsagentur', 'US-Zeitung', 'US-Sender', 'US-Magazin',
    'US-Nachrichtensender', 'US-Fernsehsender', 'US-Nachrichtenagentur', 'US-Medien', 'Medien', 'Zeitungen', 'Portal', 'Website', 'Webseite', 'Blog',
    // Plurals before a list: "mit Material der Nachrichtenagenturen dpa und AFP".
    'Nachrichtenagenturen', 'Presseagenturen', 'Agenturen', 'Sender', 'Fernsehsender', 'Nachrichtenportale', 'Magazine',
  ],
  // Compounds are words of their own in German ("Innenministerium"), so the table lists them, with genitive
  // forms ("des Innenministeriums"). The generic nouns of `genericOrgs` are here too: before a name they
  // make it an organization ("die Gewerkschaft Verdi", "die Fahrervereinigung CPA", "die Polizei Köln"),
  // and `genericOrgs` keeps them from crediting anyone alone ("Das Ministerium teilte mit").
  orgWords: [
    // Not "Organisation" or "Initiative": the names they head often run on in small words ("die Initiative
    // Musiker für faire Bezahlung"), and a name cut short is worse than none.
    ...GENERIC_ORGS.filter((w) => !['Organisation', 'Initiative'].includes(w)),
    // Foreign institutions keep their own names in German copy ("der Clinica Universidad de La Sabana").
    'Universidad', 'Universidade', 'Università', 'Université', 'University', 'Clínica', 'Clinica', 'Hospital', 'Ministerio', 'Ministère',
    'Gewerkschaft', 'Gewerkschaften', 'Lokführergewerkschaft', 'Spielergewerkschaft', 'Vereinigung', 'Fahrervereinigung', 'Spielervereinigung',
    'Dachverband', 'Fachverband', 'Arbeitgeberverband', 'Wirtschaftsverband', 'Industrieverband', 'Sozialverband', 'Berufsverband', 'Interessenverband',
    'Automobilclub', 'Fluggesellschaft', 'Airline', 'Autobauer', 'Autohersteller', 'Rennstall', 'Reederei', 'Energiekonzern', 'Ölkonzern',
    'Chemiekonzern', 'Pharmakonzern', 'Technologiekonzern', 'Tech-Konzern', 'Softwarekonzern', 'Mutterkonzern', 'Fahrdienstvermittler',
    'Bundesministerium', 'Bundesministeriums', 'Innenministerium', 'Innenministeriums', 'Außenministerium', 'Außenministeriums',
    'Verteidigungsministerium', 'Verteidigungsministeriums', 'Finanzministerium', 'Finanzministeriums', 'Gesundheitsministerium',
    'Gesundheitsministeriums', 'Wirtschaftsministerium', 'Wirtschaftsministeriums', 'Justizministerium', 'Justizministeriums', 'Umweltministerium',
    'Verkehrsministerium', 'Verkehrsministeriums', 'Bildungsministerium', 'Kultusministerium', 'Sozialministerium', 'Arbeitsministerium',
    'Landwirtschaftsministerium', 'Familienministerium', 'Wissenschaftsministerium', 'Bundesregierung', 'Landesregierung', 'Staatsregierung', 'Senat',
    'Senats', 'Senatsverwaltung', 'Stadtverwaltung', 'Polizei', 'Bundespolizei', 'Landespolizei', 'Kriminalpolizei', 'Wasserschutzpolizei',
    'Autobahnpolizei', 'Bereitschaftspolizei', 'Kantonspolizei', 'Stadtpolizei', 'Landespolizeidirektion', 'Bundesgrenzschutz', 'Polizeipräsidium',
    'Polizeidirektion', 'Polizeiinspektion', 'Landeskriminalamt', 'Landeskriminalamts', 'Bundeskriminalamt', 'Bundeskriminalamts',
    'Staatsanwaltschaft', 'Generalstaatsanwaltschaft', 'Bundesanwaltschaft', 'Amtsgericht', 'Landgericht', 'Oberlandesgericht', 'Verwaltungsgericht',
    'Oberverwaltungsgericht', 'Bundesgerichtshof', 'Bundesgerichtshofs', 'Bundesverfassungsgericht', 'Bundesverfassungsgerichts',
    'Verfassungsgericht', 'Bundesverwaltungsgericht', 'Bundesarbeitsgericht', 'Bundessozialgericht', 'Bundesfinanzhof', 'Gerichtshof', 'Gerichtshofs',
    'Rechnungshof', 'Rechnungshofs', 'Bundesrechnungshof', 'Landesrechnungshof', 'Bundesamt', 'Bundesamts', 'Bundesamtes', 'Landesamt', 'Landesamts',
    'Auswärtige Amt', 'Auswärtigen Amts', 'Auswärtiges Amt', 'Bundeskanzleramt', 'Kanzleramt', 'Staatskanzlei', 'Senatskanzlei', 'Bundespräsidialamt', 'Bundesagentur',
    'Bundesnetzagentur', 'Bundesbank', 'Zentralbank', 'Notenbank', 'Bundesbehörde', 'Landesbehörde', 'Gesundheitsbehörde', 'Gesundheitsbehörden',
    'Wissenschaftsbehörde', 'Umweltbehörde', 'Innenbehörde', 'Sozialbehörde', 'Schulbehörde', 'Verkehrsbehörde', 'Luftfahrtbehörde',
    'Aufsichtsbehörde', 'Finanzaufsicht', 'Gesundheitsamt', 'Gesundheitsamts', 'Umweltbundesamt', 'Wetterdienst', 'Feuerwehr', 'Berufsfeuerwehr',
    'Rettungsdienst', 'Bundeswehr', 'Armee', 'Militär', 'Streitkräfte', 'Deutsche Marine', 'Luftwaffe', 'Bundesverband', 'Landesverband', 'Branchenverband',
    'Verbraucherzentrale', 'Stiftung', 'Forschungsinstitut', 'Rundfunk', 'Rundfunks', 'Fernsehen', 'Fernsehens', 'Universität', 'Hochschule',
    'Klinikum', 'Universitätsklinikum', 'Charité', 'GmbH', 'AG', 'SE', 'KG', 'e.V.', 'EU-Kommission', 'Parlament', 'Bundestag', 'Bundesrat',
    'Landtag', 'Bürgerschaft', 'Stadtrat', 'Gemeinderat', 'Kreistag', 'Magistrat', 'Rathaus', 'Landratsamt', 'Bezirksamt', 'Ordnungsamt', 'Kreml',
    'Weiße Haus', 'Weißen Haus', 'Weißes Haus', 'Pentagon', 'Élysée', 'Élysée-Palast', 'Vatikan', 'Botschaft', 'Konsulat', 'Handelskammer',
    'Handwerkskammer', 'Ärztekammer', 'IHK', 'Zoll', 'Bistum', 'Erzbistum', 'Diözese', 'Landeskirche', 'Zentralrat', 'Sicherheitsrat',
    'Beobachtungsstelle', 'Menschenrechtsorganisation', 'Hilfsorganisation', 'Umweltorganisation', 'Vereinte Nationen', 'Vereinten Nationen', 'AStA',
    'Studierendenausschuss', 'Studentenwerk', 'Bank', 'Sparkasse', 'Börse', 'Deutsche Bahn', 'Versicherung', 'Krankenkasse',
    'Kassenärztliche Vereinigung', 'Robert Koch-Institut', 'Robert-Koch-Institut', 'Landesamt für Statistik', 'Statistische Bundesamt',
    'Statistischen Bundesamts', 'Statistisches Bundesamt', 'Destatis', 'Eurostat', 'Bundesliga', 'DFB', 'DFL', 'UEFA', 'FIFA', 'IOC', 'Weltverband',
    'FC', 'SC', 'SV', 'VfB', 'VfL', 'TSV', 'BVB',
  ],
  genericOrgs: GENERIC_ORGS,
  roleWords: [
    'Sprecher', 'Sprecherin', 'Sprechers', 'Sprecherinnen', 'Pressesprecher', 'Pressesprecherin', 'Vertreter', 'Vertreterin', 'Vertreters', 'Vertreterinnen',
    'Repräsentant', 'Repräsentantin', 'Korrespondent', 'Korrespondentin', 'Reporter', 'Reporterin', 'Kreisen', 'Kreise', 'Pressestelle', 'Pressestelle der',
    'Pressestelle des', 'Mitarbeiter', 'Mitarbeiterin', 'Mitarbeiter der', 'Mitarbeiter des',
  ],
  // Case endings back to the nominative, for finding a name the registry knows in the case a cue puts it in:
  // adjectives ("des Statistischen Bundesamts", "laut Statistischem Bundesamt", "dem Deutschen Wetterdienst")
  // and the genitive -s/-es of nouns ("des Robert Koch-Instituts", "des Kraftfahrt-Bundesamtes").
  caseEndings: ['en>e', 'en>es', 'en>er', 'em>es', 'em>er', 'em>e', 'e>es', 'e>er', 'es>', 's>'],
  // A body the registry doesn't know, named in the nominative: adjectives take their noun's gender's ending
  // ("des Statistischen Landesamts Sachsen" → Statistisches Landesamt Sachsen, "des Hessischen Rundfunks" →
  // Hessischer Rundfunk), masculine and neuter nouns drop the genitive -s/-es. Stems: the shapes German
  // adjectives end in, and the short ones that open names; genders: the last parts of the compounds bodies
  // are named by (masculine and neuter only: a feminine noun or a plural takes -e, as an unknown one does).
  declension: {
    cases: ['en', 'em', 'e'],
    stems: [
      'isch', 'sch', 'lich', 'ig', 'al', 'ar', 'är', 'iv', 'ell', 'bar', 'sam', 'haft', 'ial', 'ent', 'ant', 'oniert', 'iert',
      'frei', 'neu', 'weiß', 'rot', 'grün', 'groß', 'hoh', 'erst', 'zweit', 'oberst', 'höchst', 'vereint', 'vereinigt', 'allgemein', 'geheim', 'kommunal',
    ],
    endings: ['m>er', 'n>es', 'f>e', '*>e'],
    genders: [
      'dienst>m', 'hof>m', 'rat>m', 'verband>m', 'bund>m', 'fonds>m', 'konzern>m', 'senat>m', 'ausschuss>m', 'verein>m', 'rundfunk>m',
      'kreis>m', 'verlag>m', 'hafen>m', 'sender>m', 'klub>m', 'club>m', 'staat>m', 'kongress>m', 'stab>m', 'vorstand>m', 'tag>m', 'zoll>m',
      'versorger>m', 'betrieb>m', 'orden>m', 'kanton>m', 'bezirk>m', 'landkreis>m', 'dom>m', 'markt>m', 'gerichtshof>m', 'zweckverband>m',
      'amt>n', 'institut>n', 'ministerium>n', 'gericht>n', 'zentrum>n', 'büro>n', 'komitee>n', 'haus>n', 'werk>n', 'kommando>n',
      'präsidium>n', 'museum>n', 'parlament>n', 'kabinett>n', 'kollegium>n', 'kuratorium>n', 'sekretariat>n', 'kommissariat>n', 'gremium>n',
      'observatorium>n', 'labor>n', 'forum>n', 'kreuz>n', 'fernsehen>n', 'unternehmen>n', 'blatt>n', 'magazin>n', 'portal>n', 'archiv>n',
      'klinikum>n', 'theater>n', 'orchester>n', 'bündnis>n', 'konsortium>n', 'team>n', 'netz>n', 'kontor>n', 'direktorat>n', 'dezernat>n',
    ],
    genitives: ['es', 's'],
  },
  // "Wie die Nachrichtenagentur AFP unter Berufung auf die Polizei meldete": the reporter's name before the citing phrase.
  citing: ['unter Berufung auf', 'mit Berufung auf', 'unter Verweis auf', 'mit Verweis auf'],
  // What a body publishes, glued to its name ("laut einer Forsa-Umfrage", "nach Destatis-Angaben", "Einer Ifo-Prognose zufolge").
  documentWords: [
    'Umfrage', 'Umfragen', 'Studie', 'Studien', 'Analyse', 'Bericht', 'Berichts', 'Angaben', 'Daten', 'Zahlen', 'Prognose', 'Prognosen', 'Schätzung',
    'Schätzungen', 'Erhebung', 'Berechnung', 'Berechnungen', 'Statistik', 'Auswertung', 'Mitteilung', 'Erklärung', 'Gutachten', 'Stellungnahme',
    'Recherche', 'Recherchen', 'Informationen', 'Hochrechnung', 'Index', 'Konjunkturprognose', 'Geschäftsklimaindex', 'Politbarometer', 'Deutschlandtrend',
  ],
  // The verb stands second: a phrase these open may stand before it ("Vor dem Landgericht sagte der Angeklagte",
  // "Im Kinderzentrum sagte eine Erzieherin"); its noun is no subject. Not "von" and "laut": "ein Sprecher von
  // Siemens sagte", "Laut Polizei sagte" read their names otherwise.
  frontedLinks: [
    'vor', 'nach', 'am', 'im', 'beim', 'bei', 'in', 'auf', 'an', 'mit', 'zu', 'zum', 'zur', 'aus', 'gegenüber', 'unter', 'über', 'seit',
    'während', 'wegen', 'trotz', 'hinter', 'neben', 'zwischen', 'durch', 'gegen', 'ohne', 'um', 'ins', 'ans', 'aufs', 'vorm', 'unterm',
  ],
  subjectless: ['hieß es', 'heißt es', 'verlautete', 'verlautet'],
  // The last parts of the compounds bodies and outlets are named by, for the compounds the tables don't list
  // ("das Sächsische Staatsministerium", "die Hans-Böckler-Stiftung", "des Vergleichsportals Verivox").
  orgTails: [
    'ministerium', 'institut', 'stiftung', 'verband', 'behörde', 'gericht', 'agentur', 'kammer', 'gesellschaft', 'vereinigung',
    'gewerkschaft', 'konzern', 'zentrum', 'kommission', 'anstalt', 'akademie', 'universität', 'hochschule', 'klinik', 'klinikum', 'polizei',
    'feuerwehr', 'staatsanwaltschaft', 'verwaltung', 'direktion', 'präsidium', 'komitee', 'bank', 'kasse', 'amt', 'büro', 'rundfunk',
    'dienst', 'verein', 'regierung', 'bundesamt', 'landesamt', 'kommando', 'kommandos',
    // "Laut dem Marktforschungsunternehmen Kantar", "das Familienunternehmen Haribo": a kind of firm before its name.
    'unternehmen',
  ],
  // Not "blatt", "zeitung": outlets are named so ("Handelsblatt", "Abendzeitung"). A news site by its subject
  // ("die Samsung-News-Seite X"); not any "Seite": "auf der Internetseite des Unternehmens" is the firm's own.
  outletTails: ['portal', 'news-seite', 'newsseite', 'nachrichtenseite'],
  capitalizedNouns: true,
  // Glued with no hyphen: "Kremlsprecher", "Regierungssprecherin", "Polizeisprecher", "Ministeriumsvertreter",
  // "aus Regierungskreisen"; "Konzernchef", "Bahnchefin". Not "Korrespondent" or "Reporter": they report on a body.
  closedRoles: ['sprecher', 'sprecherin', 'sprechers', 'sprecherinnen', 'vertreter', 'vertreterin', 'vertreters', 'kreise', 'kreisen'],
  closedExecutives: ['chef', 'chefin', 'chefs'],
  companyWords: ['AG', 'GmbH', 'SE', 'KG', 'KGaA', 'Holding', 'Unternehmen', 'Konzern', 'Firma', 'Autobauer', 'Autohersteller', 'Hersteller', 'Fluggesellschaft', 'Airline', 'Reederei', 'Energiekonzern', 'Ölkonzern', 'Chemiekonzern', 'Pharmakonzern', 'Technologiekonzern', 'Softwarekonzern', 'Händler', 'Einzelhändler', 'Discounter', 'Versandhändler', 'Onlinehändler', 'Zulieferer', 'Anbieter', 'Betreiber', 'Kette', 'Fahrdienstvermittler'],
  executiveWords: ['Chef', 'Chefin', 'Vorstandschef', 'Vorstandschefin', 'Konzernchef', 'Konzernchefin', 'Firmenchef', 'Firmenchefin', 'Geschäftsführer', 'Geschäftsführerin', 'Vorstandsvorsitzender', 'Vorstandsvorsitzende', 'Präsident', 'Präsidentin'],
  // Prefixes of a compound position that name no body: a region of a firm ("Deutschland-Chef"), a rank ("Vize-Präsident"),
  // parties by their short names ("Grünen-Chefin").
  notBodies: ['Co', 'Vize', 'Interims', 'Deutschland', 'Europa', 'Asien', 'Amerika', 'Afrika', 'Nordamerika', 'Lateinamerika', 'Österreich', 'Schweiz', 'China', 'Japan', 'Indien', 'Russland', 'Frankreich', 'Italien', 'Spanien', 'Großbritannien', 'USA', 'Welt', 'Landes', 'Bundes', 'Grünen', 'Linken', 'Union', 'Liberalen', 'Partei'],
  affiliationWords: ['Universität', 'Hochschule', 'Akademie', 'Institut', 'Instituts', 'Klinik', 'Klinikum', 'Krankenhaus', 'Labor', 'Zentrum', 'Stiftung', 'Verein', 'Unternehmen', 'Konzern', 'Gruppe', 'Bank', 'GmbH', 'AG'],
  positionWords: ['Chef', 'Chefin', 'Präsident', 'Präsidentin', 'Direktor', 'Direktorin', 'Leiter', 'Leiterin', 'Vorsitzende', 'Vorsitzender', 'Geschäftsführer', 'Geschäftsführerin',
    // "sagte der Vorstandsvorsitzende der Deutschen Bank, X": the firm, not a name opening with the position.
    'Vorstandsvorsitzende', 'Vorstandsvorsitzender', 'Vorstandsvorsitzenden'],
  articles: ['der', 'die', 'das', 'dem>der', 'den>der', 'des>der'],
  formerWords: ['ehemalige', 'ehemaliger', 'ehemaligen', 'früherer', 'frühere', 'früheren', 'verstorbene', 'verstorbenen', 'Ex'],
  personTitles: [
    'Herr', 'Frau', 'Dr.', 'Prof.', 'Professor', 'Professorin', 'Bundeskanzler', 'Bundeskanzlerin', 'Kanzler', 'Kanzlerin', 'Bundespräsident',
    'Bundespräsidentin', 'Präsident', 'Präsidentin', 'Ministerpräsident', 'Ministerpräsidentin', 'Minister', 'Ministerin', 'Bundesminister',
    'Bundesministerin', 'Innenminister', 'Innenministerin', 'Außenminister', 'Außenministerin', 'Finanzminister', 'Finanzministerin', 'Gesundheitsminister',
    'Gesundheitsministerin', 'Verteidigungsminister', 'Verteidigungsministerin', 'Wirtschaftsminister', 'Wirtschaftsministerin', 'Justizminister',
    'Justizministerin', 'Verkehrsminister', 'Verkehrsministerin', 'Bundesverkehrsminister', 'Umweltminister', 'Umweltministerin', 'Arbeitsminister',
    'Familienministerin', 'Kultusminister', 'Staatssekretär',
    // The other portfolios, in both genders, and the federal ones ("sagt Hessens Arbeitsministerin Heike Hofmann (SPD)").
    'Arbeitsministerin', 'Familienminister', 'Kultusministerin', 'Sozialminister', 'Sozialministerin', 'Bildungsminister', 'Bildungsministerin',
    'Wissenschaftsminister', 'Wissenschaftsministerin', 'Landwirtschaftsminister', 'Landwirtschaftsministerin', 'Agrarminister', 'Agrarministerin',
    'Bauminister', 'Bauministerin', 'Digitalminister', 'Digitalministerin', 'Entwicklungsminister', 'Entwicklungsministerin', 'Klimaschutzminister',
    'Klimaschutzministerin', 'Integrationsminister', 'Integrationsministerin', 'Europaminister', 'Europaministerin', 'Kulturminister', 'Kulturministerin',
    'Energieminister', 'Energieministerin', 'Verkehrsministerin', 'Bundesverkehrsministerin', 'Landesminister', 'Landesministerin',
    'Bundesinnenminister', 'Bundesinnenministerin', 'Bundesfinanzminister', 'Bundesfinanzministerin', 'Bundesaußenminister', 'Bundesaußenministerin',
    'Bundesgesundheitsminister', 'Bundesgesundheitsministerin', 'Bundeswirtschaftsminister', 'Bundeswirtschaftsministerin', 'Bundesjustizminister',
    'Bundesjustizministerin', 'Bundesarbeitsminister', 'Bundesarbeitsministerin', 'Bundesbildungsministerin', 'Bundesfamilienministerin',
    'Bundesumweltminister', 'Bundesumweltministerin', 'Bundesagrarminister', 'Bundeslandwirtschaftsminister', 'Bundesverteidigungsminister',
    'Bundesentwicklungsministerin', 'Bundesbauministerin', 'Umweltsenator', 'Umweltsenatorin', 'Innensenator', 'Innensenatorin', 'Finanzsenator',
    'Finanzsenatorin', 'Bildungssenatorin', 'Gesundheitssenatorin', 'Landtagsabgeordnete', 'Landtagsabgeordneter', 'Europaabgeordnete', 'Europaabgeordneter', 'Staatssekretärin', 'Bürgermeister', 'Bürgermeisterin', 'Oberbürgermeister',
    'Oberbürgermeisterin', 'Landrat', 'Landrätin', 'Senator', 'Senatorin', 'Abgeordnete', 'Abgeordneter', 'Bundestagsabgeordnete',
    'Bundestagsabgeordneter', 'Parteichef', 'Parteichefin', 'Vorsitzende', 'Vorsitzender', 'Chef', 'Chefin', 'Direktor', 'Direktorin', 'Geschäftsführer',
    'Geschäftsführerin', 'Vorstandschef', 'Vorstandschefin', 'Konzernchef', 'Konzernchefin', 'Trainer', 'Trainerin', 'Richter', 'Richterin',
    'Staatsanwalt', 'Staatsanwältin', 'Oberstaatsanwalt', 'Oberstaatsanwältin', 'Anwalt', 'Anwältin', 'Rechtsanwalt', 'Rechtsanwältin', 'General',
    'Oberst', 'Papst', 'König', 'Königin', 'Prinz', 'Prinzessin', 'Bischof', 'Kardinal', 'Pfarrer', 'Experte', 'Expertin', 'Ökonom', 'Ökonomin',
    'Analyst', 'Analystin', 'Analysten', 'Analystinnen', 'Experten', 'Expertinnen', 'Ökonomen', 'Ökonominnen', 'Volkswirt', 'Volkswirtin', 'Volkswirte',
    'Chefvolkswirt', 'Chefvolkswirtin', 'Stratege', 'Strategin', 'Strategen', 'Forscher', 'Forscherin', 'Forscherinnen', 'Wissenschaftler', 'Wissenschaftlerin', 'Virologe', 'Virologin', 'Arzt', 'Ärztin', 'Zeuge',
    'Zeugin', 'Augenzeuge', 'Anwohner', 'Anwohnerin', 'Politiker', 'Politikerin', 'Sprecher', 'Sprecherin', 'Pressesprecher', 'Pressesprecherin', 'Regierungssprecher',
    'Regierungssprecherin', 'Polizeisprecher', 'Polizeisprecherin', 'Mitarbeiter', 'Mitarbeiterin', 'Insider', 'Insidern',
  ],
  // A person's workplace after the name: "X of the Brookings Institution said" credits no one.
  // A body's people in the plural stating what it found or expects: "Forscher der Universität Kiel fanden heraus",
  // "Meteorologen des Deutschen Wetterdienstes warnen"; "Der Forscher der
  // Universität Kiel sagte" is one expert (a singular's article before the word), and credits no one.
  // Not Analysten, Ökonomen, Volkswirte: a bank's people speak as experts ("Analysten der Deutschen Bank rechnen").
  staffWords: ['Forscher', 'Forscherinnen', 'Forschende', 'Forschenden', 'Wissenschaftler', 'Wissenschaftlerinnen', 'Wissenschaftlern', 'Meteorologen', 'Meteorologinnen', 'Epidemiologen', 'Statistiker', 'Astronomen'],
  staffLinks: ['der', 'des', 'vom', 'von der', 'von', 'am', 'an der', 'an dem', 'beim', 'bei der', 'bei'],
  staffVerbs: ['fanden', 'fanden heraus', 'haben herausgefunden', 'herausgefunden', 'stellten fest', 'festgestellt', 'ermittelten', 'ermittelt', 'berechneten', 'berechnet', 'kamen', 'kommen', 'erwarten', 'erwarteten', 'schätzen', 'schätzten', 'gehen davon aus', 'gingen davon aus', 'rechnen', 'rechneten', 'prognostizieren', 'prognostizierten', 'warnen', 'warnten', 'beobachteten', 'entdeckten', 'entdeckt', 'zeigen', 'zeigten', 'berichten', 'berichteten', 'schreiben', 'schrieben'],
  staffSingulars: ['der', 'ein', 'einem', 'eines', 'dem', 'jener', 'dieser'],
  // "Die chinesische Botschaft in Berlin erklärte", "Bayer in Leverkusen teilte mit": the place is the body's seat;
  // "Die Polizei in Rostock teilte mit": a local force is named by its place, which stays.
  placeLinks: ['in'],
  // "laut Angaben des von der Hamas kontrollierten Gesundheitsministeriums": the ministry speaks, not the agent.
  agentLinks: ['von', 'vom'],
  placedKinds: ['Polizei', 'Feuerwehr', 'Berufsfeuerwehr', 'Staatsanwaltschaft', 'Polizeipräsidium', 'Polizeidirektion', 'Polizeiinspektion', 'Stadtverwaltung'],
  nationalKinds: ['Botschaft', 'Konsulat', 'Generalkonsulat', 'Vertretung'],
  // "Das Kraftfahrt-Bundesamt … Die Behörde teilte mit": what an authority's name ends in.
  kindHeads: ['Behörde>amt', 'Behörde>ministerium', 'Behörde>agentur', 'Behörde>anstalt', 'Behörde>aufsicht', 'Behörde>direktion', 'Behörde>präsidium',
    'Ministerium>ministerium', 'Gericht>gericht', 'Gericht>gerichtshof', 'Konzern>AG', 'Unternehmen>AG'],
  affiliationLinks: ['von', 'vom', 'von der', 'von den', 'bei', 'beim', 'bei der', 'an der', 'am', 'aus', 'aus dem', 'aus der'],
  nameLinks: ['für', 'und', 'der', 'des', 'von', 'zur', 'zum', 'in', '&'],
  calendar: [
    ...DAYS, ...DAYS.flatMap((d) => DAYTIMES.map((t) => `${d}${t}`)), 'Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni', 'Juli',
    'August', 'September', 'Oktober', 'November', 'Dezember', 'Jan.', 'Feb.', 'Apr.', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.', 'Heute', 'Gestern',
    'Morgen', 'Wochenende', 'Vormittag', 'Nachmittag', 'Abend',
  ],
  listJoiners: ['und', 'sowie', 'oder', '&'],
  excludedLabels: [
    'Mehr zum Thema', 'Lesen Sie auch', 'Lesen Sie mehr', 'Lesen Sie hier', 'Auch interessant', 'Das könnte Sie auch interessieren', 'Weitere Artikel',
    'Verwandte Themen', 'Themen', 'Schlagworte', 'Schlagwörter', 'Autor', 'Autorin', 'Autoren', 'Redaktion', 'Kommentare', 'Anzeige', 'Werbung',
    'Teilen', 'Mehr', 'Jetzt lesen', 'Zum Artikel', 'Weiterlesen', 'Hinweis', 'Korrektur', 'Transparenzhinweis', 'Newsletter', 'Hören Sie auch',
    'Sehen Sie auch', 'Video zum Thema', 'Zum Thema', 'Empfehlungen', 'Aktualisiert', 'Stand',
  ],
  notCredits: ['Symbolbild', 'Symbolfoto', 'Symbolbild/Archiv', 'Archiv', 'Archivbild', 'Archivfoto', 'Illustration', 'Montage', 'Fotomontage', 'Screenshot', 'Bildschirmfoto', 'KI-generiert', 'generiert mit KI'],
  // The text comes from elsewhere: "Dieser Artikel erschien zuerst bei …", "übersetzte Fassung des Artikels »…« aus …", "zum Originalartikel".
  originPhrases: ['Originalartikel', 'zum Originalartikel', 'Originalbeitrag', 'zum Originalbeitrag', 'Fassung des Artikels', 'Fassung des Beitrags', 'erschien zuerst', 'zuerst erschienen', 'ursprünglich erschienen', 'erschien ursprünglich', 'zuerst veröffentlicht', 'übersetzt aus dem Englischen', 'Dieser Artikel erschien'],
} satisfies CueFileInput;

/**
 * Swiss German prints no ß ("gemäss", "hiess es", "Aussenministerium", "das Weisse Haus"): every word of the
 * tables that has one is listed in both spellings.
 */
function withSwissSpelling<T>(value: T): T {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const items = value.map((v) => withSwissSpelling(v));
    const swiss = items.filter((v): v is string & T => typeof v === 'string' && v.includes('ß')).map((v) => v.replace(/ß/g, 'ss'));
    return [...new Set([...items, ...swiss])] as T;
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withSwissSpelling(v)])) as T;
  return value;
}

export default withSwissSpelling(german);
