/**
 * French attribution cues.
 * Source: usage in French-language news from France, Belgium, Switzerland and Quebec (AFP wire copy, Le Monde,
 * Libération, Le Figaro, Ouest-France, Le Soir, RTS, Radio-Canada, Le Devoir, RFI), checked against
 * ../shared/reference/cues.md and the fr pages of ../shared/corpus.
 * How French credits: `selon X` / `d'après X` before the name; `X a indiqué` / `X rapporte` after it (the
 * compound past puts an auxiliary between: `X a également précisé`); after a quote or a comma the verb
 * comes first (`«…», a indiqué l'Élysée`, `…, rapporte l'AFP`, `c'est ce qu'a annoncé X`); outlets are
 * told things (`a déclaré à l'AFP`, `dans un entretien au Figaro`) and quoted (`cité par`, `interrogé par`).
 * Labels take a space before the colon (`Source : X`, `Photo : X`, `Crédit photo : X`).
 * French writes most institution names in lower case (`le ministère de l'Intérieur`, `la préfecture de
 * police`, `le parquet de Paris`) or capitalizes only their first word (`Conseil canadien de la magistrature`):
 * the name read is the capitalized run, so the lowercase heads are in `orgWords` (`ministère de l'`,
 * `parquet de`), which lets a name read backwards keep them.
 * Elided articles (`l'`, `d'`) come in both apostrophes (' and ’); cue words list both (`apostrophes()`).
 * Edit: add a word to the table it belongs to and a sentence to test/cues/fr.test.ts that fails without it.
 */
import type { CueFileInput } from './schema';

/** Each word as printed with a straight and with a typographic apostrophe. */
const apostrophes = (words: string[]) => [...new Set(words.flatMap((w) => [w, w.replace(/'/g, '’')]))];
/**
 * Lowercase words that take an elided article (`l'hebdomadaire`, `l'armée`), as the tokenizer keeps them:
 * one token, since it splits `l'` off a capitalized word only. Both forms are listed.
 */
const elided = (words: string[]) => [...new Set(words.flatMap((w) => (/^[aeiouyhéèêâîôûœ]/.test(w) ? [w, `l'${w}`] : [w])))];
/** Every head followed by every tail: `a déclaré à`, `a déclaré au`… */
const each = (heads: string[], tails: string[]) => heads.flatMap((h) => tails.map((t) => `${h} ${t}`));

/** Past participles of the verbs the press reports with (`a indiqué`, `avait précisé`, `ont annoncé`). */
const SAID = [
  'indiqué', 'déclaré', 'réagi', 'affirmé', 'précisé', 'expliqué', 'ajouté', 'souligné', 'assuré', 'annoncé', 'confirmé',
  'estimé', 'rapporté', 'révélé', 'écrit', 'dit', 'fait savoir', 'fait valoir', 'mentionné', 'relevé', 'prévenu',
  'averti', 'démenti', 'reconnu', 'admis', 'confié', 'raconté', 'signalé', 'communiqué', 'déploré', 'dénoncé',
  'martelé', 'insisté', 'rappelé', 'détaillé', 'tweeté', 'répondu', 'commenté', 'observé', 'conclu', 'jugé',
  'constaté', 'recensé', 'chiffré', 'calculé', 'publié', 'diffusé', 'relayé', 'assuré', 'noté', 'avancé', 'évoqué',
  'soulevé', 'alerté', 'mis en garde', 'pointé', 'recommandé', 'préconisé',
];
/** Present, plural and imperfect forms (`rapporte`, `indiquent`, `précisait`). */
const SAYS = [
  'indique', 'indiquent', 'indiquait', 'réagit', 'déclare', 'déclarent', 'affirme', 'affirment', 'affirmait', 'précise', 'précisent',
  'précisait', 'explique', 'expliquent', 'expliquait', 'ajoute', 'ajoutent', 'souligne', 'soulignent', 'assure', 'assurent',
  'assurait', 'annonce', 'annoncent', 'confirme', 'confirment', 'estime', 'estiment', 'estimait', 'rapporte', 'rapportent',
  'rapportait', 'révèle', 'révèlent', 'révélait', 'écrit', 'écrivent', 'écrivait', 'dit', 'disent', 'fait savoir',
  'font savoir', 'mentionne', 'relève', 'prévient', 'avertit', 'dément', 'reconnaît', 'admet', 'confie', 'raconte',
  'signale', 'signalent', 'communique', 'déplore', 'dénonce', 'martèle', 'insiste', 'rappelle', 'détaille', 'répond',
  'commente', 'observe', 'conclut', 'constate', 'recense', 'publie', 'publient', 'diffuse', 'relaie', 'note', 'avance',
  'évoque', 'poursuit', 'résume', 'tranche', 'prévoit', 'prévoient', 'table sur', 'soulève', 'soulèvent', 'alerte', 'alertent', 'met en garde',
  'mettent en garde', 'recommande', 'recommandent', 'préconise', 'préconisent',
];
/** The compound forms as printed after a quote: `a indiqué`, `ont précisé`, `avait annoncé`, `a également souligné`. */
const COMPOUND = each(['a', 'ont', 'avait', 'avaient', 'aurait', 'a également', 'a aussi', 'a encore', 'a par ailleurs', 'ont également', 'a enfin', 'a de son côté'], SAID);

export default {
  lang: 'fr',
  name: 'French',
  script: 'latin',
  nameStyle: 'words',
  // Distinctive against es/it/pt (les, des, est, une, qui, dans, pas, avec, cette…) and nl (de/en shared).
  // The elided qu' counts as `qu` (words split at apostrophes). Single letters (l', d', n', a) are left out:
  // English text is full of "a", "U.S.", "D.C.", "N.J.".
  stopwords: [
    'le', 'la', 'les', 'de', 'des', 'du', 'et', 'est', 'un', 'une', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'avec', 'par', 'ce', 'cette',
    'ces', 'il', 'elle', 'ils', 'elles', 'sont', 'ont', 'été', 'mais', 'ou', 'plus', 'leur', 'leurs', 'son', 'sa', 'ses', 'selon', 'ne', 'se', 'qu', 'aussi',
    'lors', 'après', 'depuis', 'être', 'avait', 'cela', 'nous', 'vous', 'était', 'à', 'très', 'sans', 'sous', 'fait', 'déjà', 'cet', 'celui',
  ],
  // "Selon Médiamétrie, …": one capitalized word no person's name in the article ends in (lib/detect/lone-name.ts).
  loneNameCues: ['selon', "d'après", 'd’après'],
  cues: [
    {
      id: 'according',
      form: 'before',
      words: apostrophes([
        'selon', "d'après", 'aux dires de', 'aux dires du', 'de source', 'de sources',
        // Not '… du': the name reads the article du hides ("selon des informations du Monde" → Le Monde).
        'selon les informations de', 'selon des informations de',
        "d'après les informations de", 'selon les chiffres de',
        'selon les données de', 'selon un communiqué de',
        'à en croire', 'de l’aveu même de', 'comme le rapporte', 'comme le révèle', 'comme le précise', 'comme l’indique',
        'comme le souligne', 'comme l’a révélé', 'comme l’a rapporté', 'comme l’a annoncé', 'comme le rappelle',
        ...each(['comme l’a', 'comme l’ont', 'comme l’avait', 'comme l’avaient'], ['souligné', 'indiqué', 'expliqué', 'précisé', 'confirmé', 'relevé', 'noté', 'rappelé', 'déclaré', 'affirmé', 'signalé']),
        'comme l’explique', 'comme l’affirme', 'comme l’indique', 'comme le note', 'comme le relève', 'comme le confirme', 'comme le signale', 'comme le soulignent', 'comme le notent',
      ]),
      note: '"Selon l’Agence internationale de l’énergie, …", "selon une source proche de l’Élysée", "d’après les chiffres de l’Insee"; the name must look like an organization',
    },
    {
      id: 'cited-by',
      form: 'before',
      words: apostrophes([
        'cité par', 'citée par', 'cités par', 'citées par', 'citant', 'rapporté par', 'rapportée par', 'rapportés par', 'rapportées par',
        'relayé par', 'relayée par', 'relayés par', 'relayées par', 'repris par', 'reprise par', 'révélé par', 'révélée par', 'révélées par',
        'publié par', 'publiée par', 'publiés par', 'publiées par', 'diffusé par', 'diffusée par', 'diffusés par', 'diffusées par',
        'communiqué par', 'communiqués par', 'communiquées par', 'fourni par', 'fournie par', 'fournis par', 'fournies par',
        'compilés par', 'compilées par', 'réalisé par', 'réalisée par', 'mené par', 'menée par', 'commandé par', 'commandée par',
        'interrogé par', 'interrogée par', 'interrogés par', 'interrogées par', 'contacté par', 'contactée par', 'contactés par', 'contactées par',
        'joint par', 'jointe par', 'joints par', 'sollicité par', 'sollicitée par', 'sollicités par', 'questionné par', 'questionnée par',
        'consulté par', 'consultée par', 'consultés par', 'consultées par', 'obtenu par', 'obtenue par', 'obtenus par', 'obtenues par',
        'confirmé par', 'confirmée par', 'dont a eu connaissance', 'que s’est procuré', 'que s’est procurée', 'dévoilé par', 'dévoilée par',
      ]),
      note: '"Interrogé par l’AFP, le ministère…", "un document consulté par Reuters", "cité par le quotidien Le Monde"',
    },
    {
      id: 'told-outlet',
      form: 'before',
      audience: true,
      // "dans": printed in it ('a écrit le ministre dans Le Figaro', 'a-t-il expliqué dans Libération').
      words: ['à', 'au', 'à la', 'dans'],
      note: '"a déclaré le ministre à France Inter", "a confié Jean Dupont à BFMTV", "a écrit le ministre dans Le Figaro": only an outlet the registry knows, beside a reporting verb',
    },
    {
      id: 'told',
      form: 'before',
      words: apostrophes([
        ...each(
          [...each(['a', 'ont', 'avait'], ['déclaré', 'indiqué', 'affirmé', 'précisé', 'expliqué', 'assuré', 'confié', 'raconté', 'dit', 'confirmé', 'annoncé', 'souligné', 'répondu', 'fait savoir']),
            'a-t-il déclaré', 'a-t-elle déclaré', 'a-t-il indiqué', 'a-t-elle indiqué', 'a-t-il expliqué', 'a-t-elle expliqué', 'a-t-il précisé', 'a-t-elle précisé',
            'a-t-il affirmé', 'a-t-elle affirmé', 'a-t-il confié', 'a-t-elle confié', 'a-t-il dit', 'a-t-elle dit', 'a-t-il assuré', 'a-t-elle assuré', 'a-t-il réagi', 'a-t-elle réagi',
            'déclare', 'indique', 'affirme', 'précise', 'explique', 'assure', 'confie', 'raconte', 'dit', 'confirme', 'réagit'],
          ['à', 'au', 'aux', 'pour'],
        ),
        'dans un entretien à', 'dans un entretien au', 'dans un entretien aux', 'dans un entretien accordé à', 'dans un entretien accordé au',
        'dans un entretien accordé aux', 'dans un entretien avec', 'dans un entretien pour', 'dans une interview à', 'dans une interview au',
        'dans une interview accordée à', 'dans une interview accordée au', 'dans une interview donnée à', 'dans une interview donnée au',
        'dans une interview pour', 'dans une interview avec', 'dans les colonnes de', 'dans les colonnes du', 'au micro de', 'au micro du',
        "sur l'antenne de", "sur l'antenne du", "à l'antenne de", "à l'antenne du", 'sur le plateau de', 'sur le plateau du',
        'invité de', 'invitée de', 'invité du', 'invitée du', 'dans une tribune publiée par', 'dans une tribune au', 'dans une tribune publiée dans',
        'appris auprès de', 'appris auprès du', 'appris auprès des', 'apprend-on auprès de', 'apprend-on auprès du', 'a-t-on appris auprès de',
        'a-t-on appris auprès du', 'obtenues auprès de', 'obtenues auprès du', 'recueillies auprès de', 'recueillies auprès du',
        'confirmé auprès de', 'confirmé auprès du',
        // On air: "a dénoncé sur BFMTV", "a estimé sur France Inter" (a platform, "sur Twitter", names no outlet).
        ...each(['a déclaré', 'a affirmé', 'a estimé', 'a dénoncé', 'a annoncé', 'a indiqué', 'a assuré', 'a expliqué', 'a réagi', 'a confié', 'a jugé', 'a martelé',
          'a-t-il déclaré', 'a-t-elle déclaré', 'a-t-il affirmé', 'a-t-elle affirmé', 'a-t-il estimé', 'a-t-elle estimé', 'a-t-il expliqué', 'a-t-elle expliqué'], ['sur']),
      ]),
      note: '"a déclaré à l’AFP", "a-t-il confié au Figaro", "dans un entretien accordé à l’hebdomadaire Der Spiegel", "a-t-on appris auprès de la SNCF"',
    },
    {
      id: 'website',
      form: 'before',
      // Only with a word saying something is published there: navigation ("Aller sur le site de ce journal") is no credit.
      words: apostrophes(each(['disponible', 'disponibles', 'consultable', 'consultables', 'publié', 'publiée', 'publiés', 'publiées', 'mis en ligne', 'mise en ligne', 'mises en ligne', 'peut-on lire', 'lit-on'].flatMap((w) => [`${w} sur le site`, `${w} sur le site internet`, `${w} sur le site officiel`]), ['de', 'du', 'des'])),
      note: '"Le détail est disponible sur le site de l’Assemblée nationale", "publiés sur le site de la Banque de France": what a body publishes; the name must look like an organization',
    },
    {
      id: 'learned',
      form: 'before',
      words: apostrophes(['a appris', 'ont appris', 'avait appris', 'a pu constater', 'a constaté', 'selon ce qu’a appris']),
      note: '"selon ce qu’a appris l’AFP", "a appris l’AFP de source policière": the outlet that learned it',
    },
    {
      id: 'said-inverted',
      form: 'before',
      afterQuote: true,
      words: apostrophes([...COMPOUND, ...SAYS]),
      note: '"«…», a indiqué l’Élysée", "…, rapporte l’AFP", "c’est ce qu’a annoncé X" (the apostrophe of qu’ counts as the break)',
    },
    {
      id: 'said',
      form: 'after',
      words: apostrophes([...SAID, ...SAYS, 'a fait état', 'fait état', 'a rendu public', 'rend public']),
      note: '"Le Quai d’Orsay a indiqué", "Reuters rapporte", "le quotidien Sud Ouest révèle": the auxiliaries (a, ont, avait, également…) may stand between',
    },
    {
      id: 'origin',
      form: 'before',
      strong: true,
      words: apostrophes(['publié initialement dans', 'publié initialement sur', 'publié initialement par', 'initialement publié dans', 'initialement publié sur', 'initialement publié par', 'article paru initialement dans', 'article initialement paru dans', 'cet article a été publié initialement dans', 'republié avec l’autorisation de', 'reproduit avec l’autorisation de', 'traduit de']),
      note: '"Cet article a été publié initialement dans The Conversation"',
    },
    {
      id: 'source-line',
      form: 'label',
      strong: true,
      words: apostrophes(['source', 'sources', 'source originale', "source de l'article", 'publié initialement sur', 'article original']),
      note: '"Source : Insee", "Sources : AFP, Reuters". Not `(Avec AFP)`: a bracketed label needs no colon, and "(avec Catherine Deneuve)" is a cast list',
    },
    {
      id: 'journal',
      form: 'before',
      strong: true,
      words: ['publiée dans la revue', 'publié dans la revue', 'publiés dans la revue', 'publiées dans la revue', 'parue dans la revue', 'paru dans la revue', 'parus dans la revue', 'dans la revue scientifique', 'selon la revue scientifique', 'une étude publiée dans', 'une étude parue dans', 'un article publié dans', 'une étude publiée par'],
      note: '"une étude publiée dans la revue Science", "selon une étude parue dans The Lancet": the journal that published the study',
    },
    {
      id: 'photo',
      form: 'label',
      role: 'photo',
      strong: true,
      words: apostrophes(['photo', 'photos', 'crédit photo', 'crédits photo', 'crédit photos', 'crédits photos', 'crédit', 'crédits', 'photographie', 'photographies', 'photographe', 'image', 'images', 'illustration', 'infographie', 'vidéo', 'capture d’écran', 'photo d’archives', 'photo archives', 'photo de une', 'visuel', 'dessin',
        ...each(['photo', 'image', 'images', 'vidéo', 'photo non datée', 'image non datée'], ['fournie par', 'fournies par', 'diffusée par', 'diffusées par', 'publiée par', 'publiées par', 'transmise par', 'prise par', 'obtenue par', 'mise en ligne par'])]),
      note: '"Photo : Radio-Canada", "(Photo Jean Martin. AFP)", "Crédit photo : X", "Photo non datée fournie par X"',
    },
  ],
  auxiliaries: apostrophes([
    'a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'a déjà', 'également', 'aussi', 'encore', 'déjà', 'enfin', 'ensuite', 'alors', 'toutefois',
    'par ailleurs', "d'ailleurs", 'pour sa part', 'pour leur part', 'de son côté', 'de leur côté', 'quant à lui', 'quant à elle', 'lui-même', 'elle-même',
    'eux-mêmes', 'lui aussi', 'elle aussi', 'notamment', 'officiellement', 'récemment', 'ne', "n'", 'pas', "l'", 'le', 'lui', 'leur', 'y', 'en', 'se', "s'",
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui", 'ce lundi', 'ce mardi', 'ce mercredi', 'ce jeudi',
    'ce vendredi', 'ce samedi', 'ce dimanche', 'dans un communiqué', 'dans un communiqué ,', ', dans un communiqué ,', ', pour sa part ,', ', de son côté ,',
    ', quant à lui ,', ', quant à elle ,', ', lui ,', ', elle ,',
  ]),
  fillers: apostrophes(elided([
    'agence', 'journal', 'radio', 'télévision', 'site', 'média', 'revue', 'blog', 'titre', 'émission', 'compte',
    'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'de la', "de l'", 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces', 'par', 'auprès de', 'auprès du',
    'communiqué', 'un communiqué', 'rapport', 'bilan', 'chiffres', 'données', 'statistiques', 'estimations', 'prévisions', 'étude', 'enquête', 'sondage', 'note', 'document',
    'décompte', 'comptage', 'informations', 'révélations', 'déclaration', 'déclarations', 'proche', 'proches', 'au sein de', 'au sein du', 'interne', 'internes',
    'publié', 'publiée', 'publiés', 'publiées', 'dernier', 'dernière', 'derniers', 'dernières', 'nouveau', 'nouvelle', 'nouveaux', 'nouvelles', 'récent', 'récente',
    'officiel', 'officielle', 'officiels', 'officielles', 'provisoire', 'provisoires', 'annuel', 'annuelle', 'mensuelle',
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui", 'ce lundi', 'ce mardi', 'ce mercredi', 'ce jeudi', 'ce vendredi', 'ce samedi', 'ce dimanche',
    'directeur', 'directrice', 'directeur général', 'directrice générale', 'président', 'présidente', 'patron', 'patronne', 'chef', 'secrétaire général', 'secrétaire générale', 'PDG',
    'chercheurs', 'chercheuses', 'scientifiques', 'experts', 'spécialistes', 'équipe de chercheurs',
    'public', 'publique', 'privé', 'privée', "d' État", 'étatique', 'gouvernemental', 'gouvernementale', 'local', 'locale', 'régional', 'régionale', 'national', 'nationale',
    'international', 'internationale', 'spécialisé', 'spécialisée', 'économique', 'financier', 'financière', 'satirique', 'indépendant', 'indépendante', 'en ligne',
    "d'information", "d'informations", "d'investigation", 'généraliste',
    'français', 'française', 'britannique', 'américain', 'américaine', 'allemand', 'allemande', 'russe', 'chinois', 'chinoise', 'japonais', 'japonaise', 'italien',
    'italienne', 'espagnol', 'espagnole', 'portugais', 'portugaise', 'belge', 'suisse', 'canadien', 'canadienne', 'québécois', 'québécoise', 'israélien', 'israélienne',
    'palestinien', 'palestinienne', 'iranien', 'iranienne', 'turc', 'turque', 'ukrainien', 'ukrainienne', 'polonais', 'polonaise', 'néerlandais', 'néerlandaise',
    'tchèque', 'grec', 'grecque', 'indien', 'indienne', 'brésilien', 'brésilienne', 'mexicain', 'mexicaine', 'australien', 'australienne', 'sud-coréen', 'sud-coréenne',
    'nord-coréen', 'nord-coréenne', 'algérien', 'algérienne', 'marocain', 'marocaine', 'tunisien', 'tunisienne', 'libanais', 'libanaise', 'syrien', 'syrienne',
    'égyptien', 'égyptienne', 'saoudien', 'saoudienne', 'qatari', 'qatarie', 'européen', 'européenne', 'africain', 'africaine', 'luxembourgeois', 'luxembourgeoise',
  ])),
  // Outlet words are skipped before a name whatever its case, so words that often head a name of their own
  // (`Radio France`, `Journal du dimanche`, `Agence France-Presse`, `Télévision suisse`) are fillers instead:
  // a capitalized filler is never skipped.
  outletWords: apostrophes(elided([
    'quotidien', 'hebdomadaire', 'mensuel', 'bimensuel', 'magazine', 'tabloïd', 'tabloïde', 'gratuit', 'chaîne', 'chaîne de télévision',
    "chaîne d'information", "chaîne d'information en continu", 'chaîne publique', 'télévision publique', "télévision d' État", 'radio publique',
    'station de radio', "site d'information", "site d'informations", 'site internet', 'site web', 'agence de presse', 'agence officielle',
    'agence de presse officielle', 'média en ligne', 'médias officiels', "médias d' État", 'pure player', 'confrère', 'notre confrère',
    'nos confrères', 'journal télévisé', 'quotidien régional', 'quotidien économique', 'quotidien sportif', 'hebdomadaire satirique',
  ])),
  // Three kinds: capitalized heads (`Agence`, `Conseil`); lowercase heads a name read backwards may keep
  // (`ministère de l'`, `parquet de`: "le parquet de Paris a indiqué"); lowercase tails that continue a
  // capitalized head (`centrale européenne`, `mondiale de la santé`, `de la statistique`: "Banque centrale
  // européenne", "Organisation mondiale de la santé"). A word before an elided capital is written apart
  // (`Quai d' Orsay`), as the tokenizer splits it.
  orgWords: apostrophes(elided([
    'Ministère', 'Agence', 'Office', 'Institut', 'Observatoire', 'Commission', 'Comité', 'Conseil', 'Cour', 'Tribunal', 'Parquet', 'Préfecture',
    'Gendarmerie', 'Police', 'Direction', 'Autorité', 'Haute Autorité', 'Banque', 'Caisse', 'Fonds', 'Fondation', 'Association', 'Fédération',
    'Confédération', 'Syndicat', 'Union', 'Organisation', 'Université', 'École', 'Centre', 'Hôpital', 'CHU', 'Clinique', 'Parti', 'Assemblée',
    'Sénat', 'Parlement', 'Gouvernement', 'Mairie', 'Région', 'Département', 'Élysée', 'Matignon', "Quai d' Orsay", 'Bercy', 'Beauvau', 'Kremlin',
    'Maison Blanche', 'Maison-Blanche', 'Pentagone', 'Vatican', 'Saint-Siège', 'Downing Street', 'Ambassade', 'Consulat', 'Armée', 'Forces',
    'État-major', 'Marine nationale', 'Cie', 'SA', 'SAS', 'SARL', 'Mutuelle', 'Chambre', 'Académie', 'Collectif',
    'Coalition', 'Mouvement', 'Ligue', 'Forum', 'Secours', 'Croix-Rouge', 'Services', 'Laboratoire', 'Musée', 'ONG', 'Sûreté', 'Brigade', 'Inspection',
    'Défenseur des droits', "Conseil d' État", 'Haut-Commissariat', 'Commissariat', 'Secrétariat', 'Bureau', 'Météo-France', 'Santé publique France',
    'Insee', 'International', "L'Agence", "L'Office", "L'Institut", "L'Observatoire", "L'Organisation", "L'Union", "L'Association", "L'Autorité",
    "L'Assemblée", "L'Élysée", "L'Armée", "L'Université", "L'École", "L'Hôpital", "L'Ambassade", "L'Inspection", "L'Académie",
    // lowercase heads, before the capitalized rest of the name
    // A firm named by its kind: "le groupe Renault", "l'opérateur Free", "la société Dassault Aviation".
    'groupe', 'société', 'entreprise', 'compagnie', 'compagnie aérienne', 'constructeur', 'constructeur automobile', 'opérateur', 'fabricant', 'assureur',
    'distributeur', 'transporteur', 'équipementier', 'firme', 'enseigne', 'plateforme', 'réseau social', 'syndicat', 'association', 'ONG',
    'ministère de', "ministère de l'", 'ministère de la', 'ministère des', 'ministère du', 'parquet de', 'parquet du', 'parquet national',
    'préfecture de', 'préfecture du', 'préfecture de la', 'préfecture des', 'gendarmerie de', 'police de', 'gouvernement de', 'gouvernement du',
    'mairie de', 'ville de', 'commune de', 'région', 'département de', 'département du', 'conseil départemental de', 'conseil départemental du',
    'conseil régional de', 'conseil régional du', 'ambassade de', 'ambassade du', 'ambassade des', "ambassade d'", 'armée de', 'tribunal de',
    'tribunal du', 'tribunal administratif de', "cour d' appel de", 'hôpital de', 'université de',
    // lowercase tails, after a capitalized head
    'centrale', 'centrale européenne', 'européenne', 'européen', 'mondiale', 'internationale', 'nationale', 'national', 'constitutionnel',
    'constitutionnelle', 'fédéral', 'fédérale', 'suprême', 'supérieur', 'supérieure', 'générale', 'régionale', 'départemental', 'départementale',
    'municipal', 'municipale', 'pénale internationale', 'unies', 'administratif', 'administrative', 'publique', 'de sécurité', 'de santé',
    'de la santé', 'mondiale de la santé', 'mondiale du commerce', 'internationale du travail', "internationale de l'énergie", 'du commerce',
    'du travail', 'des comptes', 'de cassation', "d'appel", "de l'énergie", "de l'environnement", 'de la statistique',
    'de la magistrature', 'supérieur de la magistrature', 'des droits de l’homme', 'européenne des droits de l’homme',
    'du renseignement', 'de la concurrence', 'régionale de santé', 'de police', 'des marchés financiers', 'de sûreté nucléaire',
    'monétaire international', 'étrangères', 'étrangères et européennes', 'sociales', 'économiques', 'intérieures', 'fiscales',
  ])),
  roleWords: apostrophes(elided([
    'porte-parole', 'porte-paroles', 'représentant', 'représentante', 'représentants', 'représentantes', 'responsable', 'responsables', 'un responsable',
    'source', 'sources', 'une source', 'des sources', 'source proche', 'sources proches', 'chargé de communication', 'chargée de communication',
    'service de presse', 'service de communication', 'service communication', 'attaché de presse', 'attachée de presse', 'correspondant', 'correspondante',
    'envoyé spécial', 'envoyée spéciale', 'directeur de la communication', 'directrice de la communication', 'cellule de communication',
    'journaliste', 'journalistes', 'photographe', 'photographes', 'reporter', 'reporters', 'vidéaste', 'équipe', 'une équipe',
  ])),
  affiliationWords: ['Université', 'École', 'Académie', 'Institut', 'Hôpital', 'Clinique', 'Laboratoire', 'Centre', 'Fondation', 'Association', 'Société', 'Entreprise', 'Groupe', 'Banque', 'Cabinet'],
  positionWords: [
    'président', 'présidente', 'vice-président', 'vice-présidente', 'directeur', 'directrice', 'directeur général', 'directrice générale', 'directeur général adjoint',
    'directrice générale adjointe', 'président-directeur général', 'présidente-directrice générale', 'PDG', 'chef', 'secrétaire général', 'secrétaire générale',
    'patron', 'patronne',
  ],
  // "le patron du ministère de l'Intérieur", "le chef du Quai d'Orsay": a minister.
  ministryNames: ['ministère', 'Quai d’Orsay', "Quai d'Orsay"],
  // 'État': "l'agence de presse d'État", "la télévision d'État" name a state's outlet, not a body called État.
  // "…, qui table sur une hausse": a relative clause's reporting verb speaks for the name before the comma.
  // Bodies whose name is capitalized on its first word only: "La Confédération africaine de football a annoncé", "selon le Forum économique mondial".
  lowercaseTails: true,
  relativePronouns: ['qui', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  // "la police française", "le ministère français de la Santé": a state's body named by its kind and its people.
  nationalHeads: apostrophes(elided([
    'gouvernement', 'exécutif', 'autorités', 'police', 'gendarmerie', 'armée', 'marine', 'aviation', 'justice', 'diplomatie', 'ministère',
    'parquet', 'douane', 'douanes', 'présidence', 'ambassade', 'consulat', 'services de renseignement', 'renseignement', 'garde-côtes',
    'agence spatiale', 'banque centrale', 'parlement', 'forces armées', 'état-major', 'services secrets', 'services de sécurité',
  ])),
  peopleEndings: ['es>e', 's>', 'nes>n', 'ne>n'],
  genericOrgs: ['État', 'gouvernement', 'police', 'entreprise', 'ministère', 'autorités', 'commission', 'armée', 'parquet', 'tribunal', 'banque', 'société', 'parti'],
  articles: ['le', 'la', 'les', "l'", 'au>le', 'du>le', 'aux>les', 'des>les'],
  formerWords: ['ancien', 'ancienne', 'ex', 'feu'],
  personTitles: apostrophes(elided([
    'M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Me', 'Maître', 'Dr', 'Pr', 'président', 'présidente', 'Premier ministre', 'Première ministre', 'ministre', 'ministres',
    "secrétaire d' État", 'député', 'députée', 'sénateur', 'sénatrice', 'maire', 'préfet', 'préfète', 'juge', 'procureur', 'procureure', 'général', 'colonel',
    'capitaine', 'commandant', 'lieutenant', 'professeur', 'professeure', 'docteur', 'avocat', 'avocate', 'roi', 'reine', 'prince', 'princesse', 'pape', 'Mgr',
    'abbé', 'chancelier', 'chancelière', 'ambassadeur', 'ambassadrice', 'gouverneur', 'commissaire', 'eurodéputé', 'eurodéputée', "chef de l' État",
    'chef du gouvernement', 'expert', 'experte', 'analyste', 'économiste', 'chercheur', 'chercheuse', 'spécialiste', 'témoin', 'habitant', 'habitante',
    'militant', 'militante', 'épidémiologiste', 'médecin', 'journaliste', 'entraîneur', 'sélectionneur', 'vice-président', 'vice-présidente', 'porte-parole',
  ])),
  // A person's workplace after the name: "X of the Brookings Institution said" credits no one.
  affiliationLinks: ['de', 'du', 'de la', "de l'", 'à', 'au', 'chez'],
  nameLinks: apostrophes(['de', 'du', 'des', "d'", "de l'", 'de la', 'la', 'le', '&']),
  calendar: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.', "Aujourd'hui", 'Hier', 'Demain'],
  listJoiners: ['et', 'ainsi que', 'ou', '&'],
  excludedLabels: apostrophes([
    'lire aussi', 'à lire aussi', 'lire également', 'à lire également', 'à lire', 'lire', 'lire la suite', 'voir aussi', 'à voir aussi', 'à voir', 'voir', 'sur le même sujet',
    'à découvrir', 'découvrir aussi', 'à écouter', 'écouter aussi', 'à regarder', 'regarder aussi', 'retrouvez', 'en savoir plus', 'pour aller plus loin', 'notre dossier',
    'dossier', 'par', 'auteur', 'auteure', 'autrice', 'rédacteur', 'rédactrice', 'rédaction', 'journaliste', 'propos recueillis par', 'édition', 'édité par', 'mis à jour',
    'mise à jour', 'publié le', 'modifié le', 'mots-clés', 'mots clés', 'thèmes', 'tags', 'sujets', 'newsletter', 'abonnez-vous', 'partager', 'commentaires', 'publicité',
    'les plus lus', 'le direct', 'en direct', 'à la une', 'contenus sponsorisés', 'sponsorisé',
  ]),
  notCredits: apostrophes([
    'illustration', "photo d'illustration", "image d'illustration", "d'illustration", 'DR', 'D.R.', 'droits réservés', 'tous droits réservés', 'archives',
    'archive', "photo d'archives", "image d'archives", 'photo archives', "capture d'écran", 'montage', 'photomontage', 'image générée par IA', 'générée par IA',
  ]),
  // The text comes from elsewhere: "Cet article a été initialement publié sur …", "Lire l'article original".
  originPhrases: ['article original', "l'article original", "lire l'article original", 'initialement publié', 'initialement paru', 'publié initialement', 'paru initialement', "d'abord paru", 'republié à partir de', 'cet article est republié'],
} satisfies CueFileInput;
