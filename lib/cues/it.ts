/**
 * Italian attribution cues.
 * Source: usage in Italian news (ANSA, Adnkronos and AGI wire copy, Corriere della Sera, la Repubblica,
 * La Stampa, Il Sole 24 Ore, Il Post, regional dailies), checked against ../shared/reference/cues.md and
 * the it pages of ../shared/corpus. Italian credits with `secondo X` and `stando a X`, `X ha detto` after
 * the name, the verb first after a quote or a dash (`«…», ha spiegato l'Istat`, `- ha detto il ministro -`)
 * and in `Lo riporta l'Ansa` / `scrive il Corriere`, statements `in una nota`, and photos `(Foto Ansa)`.
 * Articles elide into the name (`l'Istat`, `dell'Interno`, `all'Ansa`): the elided forms are listed with
 * both apostrophes (' and ’) where a cue ends in one.
 * Edit: add a word to the table it belongs to and a sentence to test/cues/it.test.ts that fails without it.
 */
import type { CueFileInput } from './schema';

/** Every verb followed by every tail: `ha detto al`, `citato dal`… */
const each = (verbs: string[], tails: string[]) => verbs.flatMap((v) => tails.map((t) => `${v} ${t}`));
/** A word ending in an elision, with both apostrophes the press prints. */
const apos = (words: string[]) => words.flatMap((w) => (w.includes("'") ? [w, w.replace(/'/g, '’')] : [w]));

/** `a`, `da` and the article joined to them. */
const TO = ['a', 'al', 'allo', 'alla', "all'", 'ai', 'agli', 'alle'];
const BY = ['da', 'dal', 'dallo', 'dalla', "dall'", 'dai', 'dagli', 'dalle'];
const ARTICLES = ['il', 'lo', 'la', "l'", 'i', 'gli', 'le'];

/** Reporting verbs as the press conjugates them: passato prossimo, present, passato remoto, plural. */
const SAY = [
  'ha detto', 'ha dichiarato', 'ha affermato', 'ha spiegato', 'ha riferito', 'ha aggiunto', 'ha sottolineato', 'ha precisato', 'ha confermato',
  'ha annunciato', 'ha comunicato', 'ha reso noto', 'ha fatto sapere', 'ha ricordato', 'ha osservato', 'ha evidenziato', 'ha ribadito', 'ha avvertito',
  'ha denunciato', 'ha rivelato', 'ha scritto', 'ha assicurato', 'ha chiarito', 'ha commentato', 'ha concluso', 'ha ammesso', 'ha replicato', 'ha segnalato', 'ha stimato',
  'hanno detto', 'hanno dichiarato', 'hanno spiegato', 'hanno riferito', 'hanno fatto sapere', 'hanno reso noto', 'hanno comunicato', 'hanno annunciato', 'hanno confermato',
  'dice', 'dichiara', 'afferma', 'spiega', 'riferisce', 'aggiunge', 'sottolinea', 'precisa', 'conferma', 'annuncia', 'comunica', 'rende noto', 'fa sapere',
  'ricorda', 'osserva', 'evidenzia', 'ribadisce', 'avverte', 'denuncia', 'rivela', 'scrive', 'assicura', 'chiarisce', 'commenta', 'conclude', 'segnala', 'stima', 'calcola',
  'disse', 'dichiarò', 'affermò', 'spiegò', 'riferì', 'annunciò', 'comunicò', 'confermò', 'rese noto', 'fece sapere',
  // The present plural with no subject of its own, the body after "da" ("Dalla Farnesina fanno sapere che…").
  'fanno sapere', 'rendono noto', 'dicono', 'spiegano', 'riferiscono', 'precisano', 'sottolineano', 'assicurano', 'confermano', 'ribadiscono', 'chiariscono', 'ammettono',
  // Calls and demands are positions a body takes: "Greenpeace ha chiesto la chiusura", "il Comitato invita i cittadini".
  'ha chiesto', 'hanno chiesto', 'ha invitato', 'hanno invitato', 'ha esortato', 'hanno esortato', 'ha sollecitato', 'hanno sollecitato', 'chiede', 'chiedono', 'invita', 'invitano', 'esorta',
];

export default {
  lang: 'it',
  name: 'Italian',
  script: 'latin',
  nameStyle: 'words',
  // Distinctive against es (el/los/y) and pt (não/do/da/em): il, di, che, gli, è, della, sono, anche, più, nel…
  stopwords: ['il', 'lo', 'la', 'gli', 'le', 'di', 'del', 'della', 'dei', 'degli', 'delle', 'dell', 'che', 'e', 'è', 'per', 'un', 'una', 'in', 'non', 'sono', 'con', 'si', 'da', 'dal', 'dalla', 'al', 'alla', 'nel', 'nella', 'ha', 'hanno', 'anche', 'come', 'più', 'ma', 'questo', 'questa', 'perché', 'già',
    // Italian alone among the Latin-script files: a short paragraph ("Secondo l'agenzia Reuters, i colloqui…")
    // must not read as Polish for its "i" and "a".
    'i', 'ai', 'tra', 'sul', 'sulla', 'nei', 'agli', 'dopo', 'stato', 'stata', 'loro', 'cui', 'secondo'],
  // "Secondo Nomisma, …": one capitalized word no person's name in the article ends in (lib/detect/lone-name.ts).
  loneNameCues: ['secondo', 'stando a'],
  cues: [
    {
      id: 'according',
      form: 'before',
      words: apos([
        'secondo', 'a quanto apprende', 'a quanto risulta a', 'a quanto risulta al', 'a quanto risulta alla', "a quanto risulta all'", 'stando a', 'stando al', 'stando alla', "stando all'", 'stando ai', 'stando alle', 'a detta di', 'a detta del', 'a detta della', "a detta dell'",
        'in base ai dati di', 'in base ai dati del', "in base ai dati dell'", 'sulla base dei dati di', 'sulla base dei dati del', "sulla base dei dati dell'",
      ]),
      note: '"secondo quanto riferito dal Viminale"; "stando ai dati dell\'Istat"; the name must look like an organization',
    },
    {
      id: 'reported-by',
      form: 'before',
      words: apos([
        ...each(['come riportato', 'come riferito', 'come rivelato', 'come annunciato', 'come confermato', 'come reso noto', 'come anticipato', 'come scritto', 'riportato', 'riportata', 'riportati', 'riportate', 'riferito', 'riferita', 'citato', 'citata', 'citati', 'pubblicato', 'pubblicata', 'pubblicati', 'pubblicate', 'diffuso', 'diffusa', 'diffusi', 'diffuse', 'reso noto', 'resi noti', 'rese note', 'elaborati', 'elaborate', 'forniti', 'fornite', 'rilanciato', 'rilanciata', 'ripreso', 'ripresa', 'intervistato', 'intervistata', 'interpellato', 'interpellata', 'contattato', 'contattata'], BY),
        'come riporta', 'come riferisce', 'come scrive', 'come rivela', 'come spiega', 'come fa sapere', 'come rende noto', 'come si legge', 'citando',
      ]),
      note: '"come riportato dal Corriere della Sera"; "dati diffusi dall\'Istat"; "interpellato dall\'Ansa"',
    },
    {
      id: 'told-outlet',
      form: 'before',
      audience: true,
      // "sul", "sulla", "su": printed in it ('ha scritto il ministro sul Corriere della Sera').
      words: ['a', 'al', 'alla', 'su', 'sul', 'sulla'],
      note: '"ha detto il ministro al Corriere della Sera", "ha scritto sulla Stampa": only an outlet the registry knows, beside a reporting verb',
    },
    {
      id: 'told',
      form: 'before',
      words: apos([
        ...each(['ha detto', 'ha dichiarato', 'ha spiegato', 'ha confermato', 'ha rivelato', 'ha riferito', 'ha assicurato', 'ha confidato', 'ha affermato', 'hanno detto', 'hanno dichiarato', 'hanno spiegato', 'hanno confermato', 'hanno riferito', 'dice', 'dichiara', 'spiega', 'conferma', 'rivela', 'confida'], TO),
        "in un'intervista a", "in un'intervista al", "in un'intervista alla", "in un'intervista all'", "in un'intervista con", 'in una intervista al', 'in una intervista alla', 'in un colloquio con',
        'ai microfoni di', 'ai microfoni del', 'ai microfoni della', "ai microfoni dell'", 'parlando con', 'parlando al', 'parlando alla', "parlando all'",
      ]),
      note: '"ha detto all\'Ansa"; "in un\'intervista al Corriere della Sera"; "ai microfoni di Rai News"',
    },
    {
      id: 'data-of',
      form: 'before',
      words: apos(each(['i dati', 'gli ultimi dati', 'i nuovi dati', 'i dati diffusi', 'i dati pubblicati', 'le stime', 'le ultime stime', 'le previsioni', 'il bollettino', "l'ultimo bollettino", 'il rapporto', "l'ultimo rapporto", 'il report'], ['di', 'del', 'dello', 'della', "dell'", 'dei', 'degli', 'delle'])),
      note: '"I dati dell’Istat indicano…", "secondo il bollettino della Protezione civile": a body’s own figures; the name must look like an organization',
    },
    {
      id: 'website',
      form: 'before',
      // Only with a word saying something is published there: navigation is no credit.
      words: apos(each(['pubblicato', 'pubblicata', 'pubblicati', 'pubblicate', 'disponibile', 'disponibili', 'diffuso', 'diffusa', 'diffusi', 'si legge', 'come si legge', 'riportato', 'riportata', 'riportati'].flatMap((w) => [`${w} sul sito`, `${w} sul sito web`, `${w} sul sito internet`, `${w} sul sito ufficiale`, `${w} sul portale`]), ['di', 'del', 'dello', 'della', "dell'", 'dei', 'degli', 'delle'])),
      note: '"i dati pubblicati sul sito dell’Istat", "si legge sul sito della Protezione civile": what a body publishes; the name must look like an organization',
    },
    {
      id: 'reported-inverted',
      form: 'before',
      words: apos([
        'riporta', 'riportano', 'riferisce', 'riferiscono', 'scrive', 'scrivono', 'rivela', 'fa sapere', 'fanno sapere', 'rende noto', 'rendono noto',
        'lo riporta', 'lo riportano', 'lo riferisce', 'lo scrive', 'lo scrivono', 'lo rivela', 'lo rende noto', 'lo fa sapere', 'lo annuncia', 'lo comunica', 'lo conferma', 'lo dice',
        'lo ha reso noto', 'lo ha annunciato', 'lo ha comunicato', 'lo ha riferito', 'lo ha scritto', 'lo ha riportato', 'lo ha confermato', 'lo ha rivelato', 'lo ha detto', 'lo ha fatto sapere',
        'a darne notizia è', 'a darne notizia è stato', 'a darne notizia è stata', 'a darne notizia sono', 'a riportarlo è', 'a riportarla è', 'a riferirlo è', 'a rivelarlo è', 'a scriverlo è', 'a renderlo noto è', 'a renderlo noto sono',
        'apprende', 'ha appreso', 'lo apprende', 'ha potuto apprendere', 'ne dà notizia', 'ne ha dato notizia', 'dà notizia', 'ha dato notizia',
        ...each(['annuncia', 'comunica', 'conferma', 'informa', 'ha annunciato', 'ha comunicato', 'ha reso noto', 'ha fatto sapere', 'ha riferito', 'ha riportato', 'ha scritto', 'ha rivelato'], ARTICLES),
      ]),
      note: 'verb before the name with no quote: "Lo riporta l\'Ansa", "scrive il Corriere della Sera", "fa sapere la Farnesina"',
    },
    {
      id: 'said-inverted',
      form: 'before',
      afterQuote: true,
      words: [...SAY, 'riporta', 'si legge'],
      note: '"«…», ha spiegato l\'Istat" and "- ha detto il portavoce del Viminale -": the name follows the verb',
    },
    {
      id: 'said',
      form: 'after',
      words: [...SAY, 'riporta', 'ha riportato', 'pubblica', 'ha pubblicato', 'ha diffuso', 'diffonde', 'in una nota', 'in un comunicato', 'con una nota', 'attraverso una nota', 'in una dichiarazione'],
    },
    {
      id: 'origin',
      form: 'before',
      strong: true,
      words: ['pubblicato originariamente su', 'pubblicato originariamente da', 'pubblicato originariamente in', 'originariamente pubblicato su', 'articolo tratto da', 'questo articolo è tratto da'],
      note: '"Questo articolo è stato pubblicato originariamente su The Conversation"',
    },
    {
      id: 'source-line',
      form: 'label',
      strong: true,
      words: ['fonte', 'fonti', 'fonte dati', 'fonte dei dati', 'fonte originale', 'articolo originale', 'tratto da', 'pubblicato originariamente su'],
    },
    {
      id: 'journal',
      form: 'before',
      strong: true,
      words: ['pubblicato sulla rivista', 'pubblicata sulla rivista', 'pubblicati sulla rivista', 'pubblicate sulla rivista', 'sulla rivista scientifica', 'uno studio pubblicato su', 'una ricerca pubblicata su', 'un articolo pubblicato su', 'pubblicato sulla prestigiosa rivista', 'pubblicata sulla prestigiosa rivista'],
      note: '"lo studio è stato pubblicato sulla rivista Nature Medicine": the journal that published the study',
    },
    {
      id: 'photo',
      form: 'label',
      role: 'photo',
      strong: true,
      words: apos(['foto', 'fotografia', 'immagine', 'immagini', 'credit', 'crediti', 'credits', 'photo credit', 'credito fotografico', 'ph', 'ph.', "foto d'archivio", 'fotografo', 'fonte foto', 'fonte immagine']),
    },
  ],
  auxiliaries: [
    'anche', 'già', 'poi', 'inoltre', 'oggi', 'ieri', 'invece', 'intanto', 'infine', 'ora', 'stamani', 'stamattina', 'stasera', 'in serata', 'in mattinata', 'nel pomeriggio', 'lo', 'ci', 'ne',
    'in una nota', 'in un comunicato', 'con una nota', 'attraverso una nota', 'in un post', 'sui social', 'su Twitter', 'su Facebook',
    ', in una nota ,', ', in un comunicato ,', ', con una nota ,', ', dal canto suo ,', ', da parte sua ,', ', invece ,', ', intanto ,',
  ],
  fillers: apos([
    'il', 'lo', 'la', "l'", 'i', 'gli', 'le', 'un', 'uno', 'una', "un'", 'di', 'del', 'dello', 'della', "dell'", 'dei', 'degli', 'delle', 'da', 'dal', 'dallo', 'dalla', "dall'", 'dai', 'dagli', 'dalle',
    'quanto', 'quanto riferito', 'quanto riportato', 'quanto riporta', 'quanto riferisce', 'quanto scrive', 'quanto rivela', 'quanto reso noto', 'quanto comunicato', 'quanto annunciato', 'quanto emerge', 'quanto emerso', 'quanto appreso', 'quanto apprende', 'quanto si apprende da', 'quanto risulta a', 'quanto risulta al', 'quanto risulta alla', "quanto risulta all'", 'quanto spiegato', 'quanto dichiarato', 'quanto si legge in', 'quanto si legge nel', 'quanto si legge nella', 'quanto si apprende',
    'dati', 'stime', 'nota', 'comunicato', 'rapporto', 'report', 'studio', 'indagine', 'sondaggio', 'bollettino', 'rilevazione', 'rilevazioni', 'analisi', 'ricerca', 'documento', 'fonti', 'sito',
    'ultimo', 'ultima', 'ultimi', 'ultime', 'recente', 'recenti', 'nuovo', 'nuova', 'nuovi', 'nuove', 'ufficiali', 'provvisori', 'diffusi', 'diffuse', 'pubblicati', 'pubblicate', 'resi noti', 'forniti', 'fornite', 'elaborati', 'elaborazione', 'elaborazioni', 'elaborazione su dati', 'elaborazioni su dati', 'su dati',
    'oggi', 'ieri',
    // The press puts an adjective between the outlet word and the name: "il quotidiano britannico The Guardian".
    'statunitense', 'americano', 'americana', 'britannico', 'britannica', 'francese', 'tedesco', 'tedesca', 'russo', 'russa', 'cinese', 'giapponese', 'spagnolo', 'spagnola',
    'israeliano', 'israeliana', 'iraniano', 'iraniana', 'turco', 'turca', 'ucraino', 'ucraina', 'qatariota', 'arabo', 'araba', 'svizzero', 'svizzera',
    'statale', 'locale', 'regionale', 'nazionale', 'internazionale', 'indipendente', 'economico', 'economica', 'finanziario', 'finanziaria', 'specializzato', 'specializzata', 'online', 'pubblico', 'pubblica',
  ]),
  outletWords: apos([
    'quotidiano', 'quotidiano online', 'giornale', 'settimanale', 'mensile', 'periodico', 'rivista', 'tabloid', 'testata', 'agenzia', 'agenzia di stampa', 'agenzia stampa', 'agenzia di stampa ufficiale',
    'tv', 'televisione', 'tv di Stato', 'tv pubblica', 'tv statale', 'emittente', 'emittente televisiva', 'radio', 'canale', 'rete', 'network', 'tg', 'telegiornale',
    'sito', 'sito web', 'sito di informazione', 'portale', 'blog', 'media statali',
    "l'agenzia", "all'agenzia", "dall'agenzia", "dell'agenzia", "l'agenzia di stampa", "all'agenzia di stampa", "dall'agenzia di stampa", "dell'agenzia di stampa", "l'emittente", "all'emittente", "dall'emittente", "dell'emittente",
    'quotidiano il', 'quotidiano la', 'giornale il', 'settimanale il',
  ]),
  orgWords: apos([
    'Ministero', 'Dipartimento', 'Agenzia', 'Ufficio', 'Istituto', 'Servizio', 'Commissione', 'Comitato', 'Consiglio', 'Autorità', 'Authority', 'Garante', 'Corte', 'Tribunale', 'Procura', 'Procura Generale', 'Ragioneria Generale', 'Avvocatura Generale', 'Segretariato Generale', 'Direzione Generale', 'Comando Generale', 'Questura', 'Prefettura',
    'Polizia', 'Polizia di Stato', 'Carabinieri', 'Guardia di Finanza', 'Guardia Costiera', 'Vigili del Fuoco', 'Protezione Civile', 'Esercito', 'Marina Militare', 'Aeronautica', 'Forze Armate', 'Croce Rossa',
    'Governo', 'Regione', 'Provincia', 'Comune', 'Municipio', 'Camera', 'Senato', 'Parlamento', 'Assemblea', 'Presidenza', 'Ambasciata', 'Consolato', 'Ente',
    'Palazzo Chigi', 'Farnesina', 'Viminale', 'Quirinale', 'Vaticano', 'Santa Sede', 'Casa Bianca', 'Cremlino', 'Pentagono', 'Eliseo', 'Bankitalia', 'Eurostat',
    'Banca', 'Cassa', 'Borsa', 'Fondo', 'Fondazione', 'Università', 'Ateneo', 'Politecnico', 'Associazione', 'Federazione', 'Confederazione', 'Unione', 'Sindacato', 'Organizzazione', 'Osservatorio', 'Centro', 'Ospedale', 'Policlinico', 'Asl', 'Partito', 'Movimento', 'Lega', 'Consorzio', 'Camera di Commercio',
    // Institutions the press writes as title-case words, like Kremlin in en: "secondo l'Istat", "l'Ingv ha registrato".
    'Istat', 'Inps', 'Inail', 'Ingv', 'Aifa', 'Cnr', 'Enac', 'Enea', 'Ispra', 'Arpa', 'Anas', 'Consob', 'Agcom', 'Censis', 'Svimez', 'Coldiretti', 'Confindustria', 'Confcommercio', 'Confesercenti', 'Codacons', 'Cgil', 'Cisl', 'Uil',
    'Onu', 'Ue', 'Bce', 'Fmi', 'Oms', 'Ocse', 'Nato', 'Fao', 'Unhcr', 'Unicef',
    'Spa', 'S.p.A.', 'Srl', 'Quotidiano', 'Giornale', 'Gazzetta', 'Corriere', 'Radio', 'Tg', 'Rai', 'Notizie',
    // A firm named by its kind: "la società Leonardo", "il gruppo Stellantis", "la compagnia aerea Ita Airways".
    'società', 'azienda', 'gruppo', 'compagnia', 'compagnia aerea', 'casa automobilistica', 'colosso', 'operatore', 'produttore', 'costruttore', 'multinazionale', 'piattaforma',
    // Lowercase heads that reach back over `della`/`di` to a capitalized name: "il ministero della Salute ha detto".
    'ministero della', "ministero dell'", 'ministero del', 'ministero degli', 'ministero delle', 'procura di', 'procura della', 'questura di', 'prefettura di', 'tribunale di', 'comune di', 'ambasciata di', "ambasciata d'",
    // Lowercase tails that continue a capitalized head: "Protezione civile", "Commissione europea", "Banca centrale europea".
    'civile', 'europea', 'europeo', 'centrale', 'centrale europea', 'nazionale', 'mondiale', 'internazionale', 'unite', 'costituzionale', 'militare', 'federale',
  ]),
  // The members of a group speak for it together: "gli attivisti di Greenpeace hanno chiesto", "i volontari della Croce Rossa".
  roleWords: ['portavoce', 'fonti', 'fonte', 'rappresentante', 'rappresentanti', 'funzionario', 'funzionari', 'ufficio stampa', 'addetto stampa', 'corrispondente', 'attivisti', 'militanti', 'volontari', 'organizzatori', 'promotori'],
  positionWords: ['direttore', 'direttrice', 'capo', 'segretario generale', 'amministratore delegato'],
  // "il capo del ministero dell'Interno": a minister.
  ministryNames: ['ministero', 'Farnesina', 'Viminale'],
  // "…, qui table sur une hausse": a relative clause's reporting verb speaks for the name before the comma.
  // Bodies whose name is capitalized on its first word only: "Il Comitato tecnico scientifico ha comunicato", "secondo la Federazione italiana nuoto".
  lowercaseTails: true,
  relativePronouns: ['che', 'il quale', 'la quale', 'i quali', 'le quali'],
  // "la polizia francese", "il ministero italiano degli Esteri": a state's body named by its kind and its people.
  nationalHeads: apos([
    'governo', 'esecutivo', 'autorità', 'polizia', 'esercito', 'marina', 'aeronautica', 'giustizia', 'diplomazia', 'ministero', 'procura',
    'dogana', 'presidenza', 'ambasciata', 'consolato', 'intelligence', 'servizi segreti', 'servizi di sicurezza', 'guardia costiera', 'agenzia spaziale',
    'banca centrale', 'parlamento', 'congresso', 'forze armate',
  ]),
  peopleEndings: ['i>o', 'e>a', 'i>e', 'he>a', 'hi>o'],
  genericOrgs: ['governo', 'polizia', 'azienda', 'ministero', 'autorità', 'commissione', 'esercito', 'procura', 'tribunale', 'banca', 'società', 'partito'],
  articles: ['il', 'lo', 'la', "l'", 'i', 'gli', 'le', 'al>il', 'del>il', 'nel>il', 'dal>il', 'alla>la', 'della>la', 'nella>la', 'dalla>la', 'sulla>la'],
  formerWords: ['ex', 'ex-', 'già', 'defunto', 'compianto'],
  personTitles: apos([
    // Officials are people: "il presidente del Consiglio" is the prime minister, not the Council.
    'presidente del', 'presidente della', "presidente dell'", 'ministro del', 'ministro della', "ministro dell'", 'ministro degli', 'ministro delle', 'sindaco di',
    'presidente', 'premier', 'vicepremier', 'ministro', 'ministra', 'viceministro', 'sottosegretario', 'segretario', 'senatore', 'senatrice', 'deputato', 'deputata', 'onorevole', 'on.',
    'sindaco', 'sindaca', 'governatore', 'assessore', 'consigliere', 'prefetto', 'questore', 'procuratore', 'pm', 'giudice', 'magistrato', 'ambasciatore', 'cancelliere',
    'generale', 'colonnello', 'capitano', 'tenente', 'maresciallo', 'comandante', 'ammiraglio', 'papa', 'pontefice', 'cardinale', 'monsignor', 'mons.', 'don', 'padre', 'suor', 're', 'regina', 'principe', 'principessa',
    'dottor', 'dottore', 'dottoressa', 'dott.', 'prof.', 'professor', 'professore', 'professoressa', 'avvocato', 'avv.', 'ing.', 'signor', 'signora', 'sig.',
    'esperto', 'esperta', 'analista', 'economista', 'ricercatore', 'ricercatrice', 'scienziato', 'scienziata', 'medico', 'giornalista', 'allenatore', 'tecnico', 'mister', 'attaccante', 'portiere', 'testimone', 'leader',
  ]),
  // No `e`: it would glue the items of a list into one name ("secondo Ansa e Reuters").
  // A person's workplace after the name: "X of the Brookings Institution said" credits no one.
  affiliationLinks: ['di', 'del', 'della', 'dell\'', 'presso'],
  nameLinks: apos(['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', "dell'", "d'", 'per la', 'per il', "per l'", 'per i', 'per gli', 'per le']),
  calendar: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  listJoiners: ['e', 'ed', 'o', 'oppure', 'nonché'],
  excludedLabels: ['leggi anche', 'leggi', 'vedi anche', 'guarda anche', 'guarda', 'potrebbe interessarti', 'ti potrebbe interessare', 'articoli correlati', 'correlati', 'notizie correlate', 'approfondisci', 'approfondimenti', 'per saperne di più', 'a cura di', 'autore', 'autrice', 'redazione', 'testo', 'testi', 'tag', 'argomenti', 'pubblicità', 'iscriviti', 'seguici', 'condividi', 'commenti', 'ultimo aggiornamento', 'pubblicato il', 'tempo di lettura'],
  notCredits: apos(['archivio', "d'archivio", "foto d'archivio", 'repertorio', 'di repertorio', 'immagine di repertorio', 'foto di repertorio', 'illustrativa', 'immagine illustrativa', 'foto illustrativa', 'generica', 'immagine generica', 'web', 'dal web', 'internet', 'da internet', 'social', 'ufficio stampa', 'concessa', 'gentile concessione', 'per gentile concessione', 'riproduzione riservata', 'tutti i diritti riservati']),
  // The text comes from elsewhere: "Questo articolo è stato pubblicato originariamente su …".
  originPhrases: ['articolo originale', "leggi l'articolo originale", 'pubblicato originariamente', 'originariamente pubblicato', 'pubblicato per la prima volta'],
} satisfies CueFileInput;
