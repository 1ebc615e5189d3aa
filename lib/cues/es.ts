/**
 * Spanish attribution cues.
 * Source: usage in Spanish-language news from Spain and Latin America (EFE and Europa Press wire copy,
 * El País, El Mundo, ABC, La Nación, Clarín, Infobae, El Universal, El Tiempo, BioBioChile), checked
 * against ../shared/reference/cues.md and the es pages of ../shared/corpus. Spanish credits with `según X`
 * and `de acuerdo con X` before the name, `X informó` / `X dijo` after it, and inverts the verb after a
 * quote or a comma (`«…», dijo el Ministerio`, `…, informó la agencia EFE`). Outlets are told things
 * (`dijo a EFE`, `en declaraciones a la cadena SER`) and lend information (`Con información de AFP`).
 * Edit: add a word to the table it belongs to and a sentence to test/cues/es.test.ts that fails without it.
 */
import type { CueFileInput } from './schema';

/** Every verb followed by every tail: `dijo a`, `dijo al`… (told-forms). */
const each = (verbs: string[], tails: string[]) => verbs.flatMap((v) => tails.map((t) => `${v} ${t}`));

/** Reporting verbs as the press conjugates them: preterite, present, perfect, plural. */
/** What a body's people say, in the present plural: "En el Ministerio de Economía aseguran", "explican desde la empresa". */
const PLURAL_NOW = ['explican', 'señalan', 'indican', 'dicen', 'aseguran', 'afirman', 'informan', 'confirman', 'advierten', 'reconocen', 'admiten', 'niegan', 'sostienen', 'remarcan', 'apuntan', 'detallan', 'precisan', 'aclaran', 'destacan', 'subrayan', 'comentan', 'estiman', 'calculan', 'anticipan', 'insisten'];
/** The plural verbs that put the body after them with "desde": "explicaron desde el Ministerio de Salud". */
const PLURAL_FROM = ['explicaron', 'señalaron', 'indicaron', 'dijeron', 'aseguraron', 'afirmaron', 'informaron', 'confirmaron', 'precisaron', 'detallaron', 'aclararon', 'advirtieron', 'reconocieron', 'admitieron', 'negaron', 'destacaron', 'comentaron', 'apuntaron', 'sostuvieron', 'remarcaron', 'subrayaron', 'anticiparon', 'insistieron', ...PLURAL_NOW];

const SAY = [
  'dijo', 'dice', 'dijeron', 'ha dicho', 'han dicho',
  'afirmó', 'afirma', 'afirmaron', 'ha afirmado',
  'aseguró', 'asegura', 'aseguraron', 'ha asegurado',
  'señaló', 'señala', 'señalaron', 'ha señalado', 'han señalado',
  'indicó', 'indica', 'indicaron', 'ha indicado', 'han indicado',
  'explicó', 'explica', 'explicaron', 'ha explicado',
  'añadió', 'añade', 'agregó', 'agrega', 'ha añadido',
  'declaró', 'declara', 'declararon', 'ha declarado',
  'informó', 'informa', 'informaron', 'ha informado', 'han informado',
  'precisó', 'detalló', 'destacó', 'subrayó', 'recalcó', 'puntualizó', 'aclaró', 'sostuvo', 'sostiene',
  'manifestó', 'expresó', 'apuntó', 'comentó', 'concluyó', 'recordó', 'insistió', 'enfatizó',
  'advirtió', 'advierte', 'alertó', 'denunció', 'ha denunciado', 'reconoció', 'admitió', 'negó',
  'confirmó', 'confirma', 'ha confirmado', 'anunció', 'anuncia', 'ha anunciado', 'reveló', 'ha revelado',
  'comunicó', 'estimó', 'estima', 'calcula', 'calculó', 'pronosticó',
  // Plural subjects ("fuentes de la Guardia Civil confirmaron", "los sindicatos denunciaron").
  'confirmaron', 'anunciaron', 'advirtieron', 'alertaron', 'denunciaron', 'revelaron', 'detallaron', 'precisaron', 'reconocieron', 'admitieron',
  'negaron', 'aclararon', 'destacaron', 'subrayaron', 'comunicaron', 'estimaron', 'calcularon', 'agregaron', 'añadieron', 'expresaron',
  'manifestaron', 'apuntaron', 'comentaron', 'recordaron', 'insistieron', 'sostuvieron', 'reportaron', 'publicaron', 'remarcaron',
  // The present plural with no subject of its own, the body after "en" or "desde" ("En la Cancillería explican que…").
  ...PLURAL_NOW,
];

export default {
  lang: 'es',
  name: 'Spanish',
  script: 'latin',
  nameStyle: 'words',
  // Distinctive against pt (no/em/do/da/ao/é) and it (il/di/che/gli/è): el, los, las, del, y, pero, muy…
  stopwords: ['el', 'la', 'los', 'las', 'del', 'de', 'y', 'que', 'en', 'se', 'por', 'con', 'una', 'su', 'sus', 'para', 'es', 'al', 'lo', 'más', 'pero', 'como', 'ya', 'fue', 'este', 'esta', 'ha', 'hay', 'también', 'cuando', 'muy', 'sin', 'hasta', 'desde', 'donde', 'según', 'aunque', 'él', 'ella', 'sobre',
    // Dropped from a name's start: "Fuentes de la Guardia Civil confirmaron" credits the Guardia Civil.
    'fuentes'],
  // "Según Kantar, …": one capitalized word no person's name in the article ends in (lib/detect/lone-name.ts).
  loneNameCues: ['según', 'de acuerdo con'],
  cues: [
    {
      id: 'according',
      form: 'before',
      words: [
        'según', 'de acuerdo con', 'de acuerdo a', 'conforme a', 'a decir de',
        'según informó', 'según informa', 'según informan', 'según ha informado', 'según publicó', 'según publica',
        'según recoge', 'según recogió', 'según reportó', 'según reporta', 'según difundió', 'según adelantó',
        'según dijo', 'según explicó', 'según ha explicado', 'según indicó', 'según señaló', 'según confirmó',
        'según detalló', 'según precisó', 'según afirmó', 'según declaró', 'según reveló', 'según consigna',
        'según datos de', 'según cifras de', 'según un informe de', 'según el informe de', 'según un comunicado de',
        // "según informaciones de la agencia BelTA", "de acuerdo con informaciones del diario Clarín".
        'según informaciones de', 'según informaciones del', 'según información de', 'según información del',
        'de acuerdo con informaciones de', 'de acuerdo con informaciones del', 'de acuerdo con información de', 'de acuerdo con información del',
      ],
      note: '"según informó el Servicio Meteorológico"; "de acuerdo con datos del INE"; the name must look like an organization',
    },
    {
      id: 'website',
      form: 'before',
      // Only with a word saying something is published there: navigation ("Ir a la web de") is no credit.
      words: each(['publicado', 'publicada', 'publicados', 'publicadas', 'disponible', 'disponibles', 'difundido', 'difundida', 'difundidos', 'colgado', 'se puede leer', 'puede leerse'].flatMap((w) => [`${w} en el sitio web`, `${w} en la página web`, `${w} en el portal`, `${w} en la web`]), ['de', 'del', 'de la']),
      note: '"según los datos publicados en el sitio web del Instituto Nacional de Estadística": what a body publishes; the name must look like an organization',
    },
    {
      id: 'information-from',
      form: 'before',
      words: ['la información es de', 'la información es del', 'la información fue publicada por', 'los datos son de', 'los datos son del', 'con información de', 'con informaciones de', 'con datos de', 'con información del', 'a partir de datos de', 'con base en datos de', 'con base en'],
      note: '"(Con información de AFP, EFE y Reuters)": the usual end credit of Latin American sites',
    },
    {
      id: 'told-outlet',
      form: 'before',
      audience: true,
      // "en": printed or aired in it ('escribió el ministro en El País', 'dijo en la Cadena SER').
      words: ['a', 'al', 'a la', 'en'],
      note: '"dijo el ministro a El País", "declaró Pérez a la Cadena SER", "escribió en El Mundo": only an outlet the registry knows, beside a reporting verb',
    },
    {
      id: 'told',
      form: 'before',
      words: [
        ...each(['dijo', 'declaró', 'explicó', 'aseguró', 'aseguraba', 'afirmó', 'confirmó', 'indicó', 'señaló', 'detalló', 'precisó', 'comentó', 'manifestó', 'reveló', 'admitió', 'reconoció', 'dice', 'explica', 'asegura', 'afirma', 'confirma', 'dijeron', 'explicaron', 'confirmaron'], ['a', 'al']),
        'en una entrevista con', 'en entrevista con', 'en una entrevista concedida a', 'en una entrevista a', 'en una entrevista al',
        'en entrevista a', 'en entrevista al', 'en diálogo con', 'en conversación con',
        'consultado por', 'consultada por', 'consultados por', 'consultadas por',
        'citado por', 'citada por', 'citados por', 'citadas por', 'citando a', 'citando',
        'recogido por', 'recogidas por', 'recogidos por', 'publicado por', 'publicados por', 'difundido por', 'difundidos por', 'difundidas por',
        'confirmado por', 'confirmada por', 'informado por', 'informada por', 'revelado por', 'revelada por', 'adelantado por', 'adelantada por', 'avanzado por', 'avanzada por', 'reportado por', 'reportada por',
        'divulgado por', 'elaborado por', 'elaborados por', 'emitido por', 'dado a conocer por', 'dados a conocer por',
      ],
      note: '"aseguraba a AFP"; "en declaraciones a la cadena SER"; "citado por el diario El País"',
    },
    {
      id: 'statements-to',
      form: 'before',
      strong: true,
      words: ['en declaraciones a', 'en declaraciones al', 'en declaraciones exclusivas a', 'en declaraciones exclusivas al', 'en declaraciones recogidas por', 'declaraciones recogidas por'],
      note: 'statements are made to a medium ("en declaraciones a Telecinco"): whatever it names is credited',
    },
    {
      id: 'reported-inverted',
      form: 'before',
      words: [
        ...each(['informó', 'informa', 'informaron', 'publicó', 'publica', 'reveló', 'revela', 'adelantó', 'adelanta', 'recoge', 'recogió', 'reportó', 'reporta', 'difundió', 'difunde', 'consigna', 'consignó'], ['el', 'la', 'los', 'las']),
        'dio a conocer el', 'dio a conocer la', 'dieron a conocer el', 'dieron a conocer la',
        'lo informó', 'lo informa', 'lo publicó', 'lo publica', 'lo recoge', 'lo adelantó', 'lo reveló', 'lo confirmó', 'lo anunció', 'lo dio a conocer', 'lo reportó', 'lo reporta',
      ],
      note: 'verb before the name with no quote: "informó la agencia EFE", "así lo recoge Europa Press"',
    },
    {
      id: 'said-inverted',
      form: 'before',
      afterQuote: true,
      words: [...SAY, 'publicó', 'publica', 'reportó', 'reporta', 'recoge', 'escribió', 'tuiteó', 'difundió', 'consignó', 'adelantó'],
      note: '"«…», dijo el Ministerio" and "…, destacó AFP": the name follows the verb',
    },
    {
      id: 'said-from',
      form: 'before',
      words: each(PLURAL_FROM, ['desde']),
      note: '"explicaron desde el Ministerio de Salud", "señalan desde la Casa Rosada": the people of a body speak for it, named after "desde"',
    },
    {
      id: 'said',
      form: 'after',
      words: [...SAY, 'publicó', 'publica', 'ha publicado', 'reportó', 'reporta', 'difundió', 'dio a conocer', 'dieron a conocer', 'recoge', 'consigna', 'escribió', 'tuiteó', 'divulgó'],
    },
    {
      id: 'origin',
      form: 'before',
      strong: true,
      words: ['publicado originalmente en', 'publicado originalmente por', 'publicada originalmente en', 'se publicó originalmente en', 'fue publicado originalmente en', 'reproducido con permiso de'],
      note: '"Este artículo fue publicado originalmente en The Conversation"',
    },
    {
      id: 'source-line',
      form: 'label',
      strong: true,
      // "(FUENTE EXTERNA)" is a Dominican photo-credit convention naming no one: the longer label leaves no slot.
      words: ['fuente', 'fuentes', 'fuente externa', 'fuentes externas', 'fuente original', 'con información de', 'información de', 'publicado originalmente en', 'este artículo fue publicado originalmente en'],
    },
    {
      id: 'journal',
      form: 'before',
      strong: true,
      words: ['publicado en la revista', 'publicada en la revista', 'publicados en la revista', 'publicadas en la revista', 'publicado en la revista científica', 'publicada en la revista científica', 'en la revista científica', 'según la revista científica', 'un estudio publicado en', 'una investigación publicada en', 'un artículo publicado en'],
      note: '"un estudio publicado en la revista Nature Medicine", "según un estudio publicado en The Lancet": the journal that published the study',
    },
    {
      id: 'photo',
      form: 'label',
      role: 'photo',
      strong: true,
      words: ['foto', 'fotos', 'fotografía', 'fotografías', 'crédito', 'créditos', 'crédito foto', 'crédito de la foto', 'crédito de imagen', 'imagen', 'imágenes', 'imagen ilustrativa', 'foto ilustrativa', 'imagen referencial', 'foto referencial', 'fotógrafo', 'fotógrafa'],
    },
  ],
  auxiliaries: [
    'también', 'ya', 'hoy', 'ayer', 'además', 'luego', 'después', 'finalmente', 'oficialmente', 'recientemente', 'previamente', 'anteriormente', 'incluso', 'lo', 'le', 'les', 'nos', 'se',
    'en un comunicado', 'en una nota', 'en su informe', 'en un informe', 'a través de un comunicado', 'mediante un comunicado', 'en un boletín', 'en su cuenta de Twitter', 'en redes sociales',
    ', en un comunicado ,', ', a través de un comunicado ,', ', mediante un comunicado ,', ', por su parte ,', ', por otro lado ,', ', a su vez ,',
    'por su parte', 'a su vez', 'este lunes', 'este martes', 'este miércoles', 'este jueves', 'este viernes', 'este sábado', 'este domingo',
  ],
  fillers: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'a', 'al', 'su', 'sus',
    'datos', 'cifras', 'informe', 'informes', 'reporte', 'comunicado', 'nota', 'nota de prensa', 'boletín', 'balance', 'estudio', 'encuesta', 'sondeo', 'estimaciones', 'cálculos', 'registros', 'análisis', 'investigación', 'documento', 'declaración', 'página web', 'cuenta', 'último', 'última', 'últimos', 'últimas', 'nuevo', 'nueva', 'oficial', 'oficiales', 'preliminares', 'publicado', 'publicada', 'publicados', 'publicadas', 'difundido', 'difundida', 'difundidos', 'difundidas', 'por',
    'fuentes', 'fuentes de', 'elaboración propia', 'con datos de', 'con datos del', 'a partir de datos de', 'a partir de datos del', 'con base en datos de', 'con base en datos del',
    'hoy', 'ayer', 'este lunes', 'este martes', 'este miércoles', 'este jueves', 'este viernes', 'este sábado', 'este domingo', 'en un comunicado', 'en una nota', 'en un informe',
    // A word for the kind of firm or body before its name: "advirtió la calificadora Moody's", "según la consultora Kantar".
    'calificadora', 'calificadora de riesgo', 'calificadora de riesgos', 'agencia calificadora', 'consultora', 'encuestadora', 'firma', 'empresa', 'compañía',
    'aerolínea', 'petrolera', 'multinacional', 'tecnológica', 'farmacéutica', 'organización', 'ONG', 'entidad', 'organismo', 'institución',
    // The press puts an adjective between the outlet word and the name: "el diario británico The Guardian".
    'estadounidense', 'norteamericano', 'norteamericana', 'británico', 'británica', 'francés', 'francesa', 'alemán', 'alemana', 'ruso', 'rusa', 'chino', 'china', 'japonés', 'japonesa',
    'español', 'española', 'italiano', 'italiana', 'israelí', 'iraní', 'turco', 'turca', 'ucraniano', 'ucraniana', 'qatarí', 'catarí', 'saudí', 'surcoreano', 'surcoreana',
    'argentino', 'argentina', 'chileno', 'chilena', 'mexicano', 'mexicana', 'colombiano', 'colombiana', 'peruano', 'peruana', 'venezolano', 'venezolana', 'brasileño', 'brasileña', 'cubano', 'cubana',
    'estatal', 'local', 'regional', 'nacional', 'internacional', 'independiente', 'económico', 'económica', 'financiero', 'financiera', 'especializado', 'especializada', 'digital', 'público', 'pública',
  ],
  outletWords: [
    'agencia', 'agencia de noticias', 'agencia oficial', 'agencia estatal', 'agencia de prensa',
    'diario', 'diario digital', 'periódico', 'rotativo', 'matutino', 'vespertino', 'semanario', 'revista', 'tabloide', 'publicación',
    'cadena', 'cadena de televisión', 'televisión', 'televisión pública', 'televisión estatal', 'televisora', 'canal', 'canal de televisión', 'emisora', 'radio', 'radioemisora', 'noticiero', 'informativo',
    'portal', 'portal de noticias', 'sitio', 'sitio web', 'sitio de noticias', 'web', 'medio', 'medio digital', 'medios estatales', 'blog', 'diario el', 'diario la', 'periódico el', 'semanario el',
  ],
  orgWords: [
    'Ministerio', 'Secretaría', 'Subsecretaría', 'Consejería', 'Conselleria', 'Departamento', 'Dirección', 'Dirección General', 'Fiscalía General', 'Procuraduría General', 'Contraloría General', 'Secretaría General', 'Tesorería General', 'Abogacía General', 'Intervención General', 'Inspección General', 'Auditoría General', 'Comandancia General', 'Agencia', 'Oficina', 'Instituto', 'Servicio', 'Comisión', 'Comité', 'Consejo', 'Junta', 'Tribunal', 'Corte', 'Juzgado', 'Audiencia', 'Fiscalía', 'Defensoría', 'Procuraduría', 'Contraloría', 'Superintendencia', 'Autoridad', 'Registro Civil',
    'Policía', 'Guardia Civil', 'Guardia Nacional', 'Ejército', 'Armada', 'Fuerza Aérea', 'Fuerzas Armadas', 'Carabineros', 'Gendarmería', 'Prefectura', 'Bomberos', 'Protección Civil', 'Defensa Civil', 'Cruz Roja', 'Mossos',
    'Gobierno', 'Ayuntamiento', 'Municipalidad', 'Municipio', 'Alcaldía', 'Gobernación', 'Diputación', 'Generalitat', 'Xunta', 'Cabildo', 'Congreso', 'Senado', 'Parlamento', 'Asamblea', 'Cámara', 'Cancillería', 'Presidencia', 'Embajada', 'Consulado',
    'Casa Blanca', 'Casa Rosada', 'Casa Real', 'Moncloa', 'Kremlin', 'Pentágono', 'Elíseo', 'Vaticano', 'Santa Sede', 'Palacio Nacional', 'Itamaraty', 'Planalto',
    // Institutions the press writes as title-case words, like Kremlin in en: "según la Aemet".
    'Aemet', 'Indec', 'Inegi', 'Conicet', 'Banxico', 'Senamhi', 'Onemi', 'Conaf', 'Acnur', 'Unicef', 'Pemex',
    'Banco', 'Bolsa', 'Fondo', 'Fundación', 'Universidad', 'Colegio', 'Academia', 'Asociación', 'Federación', 'Confederación', 'Sindicato', 'Central', 'Unión', 'Sociedad', 'Organización', 'Observatorio', 'Centro', 'Cámara de Comercio', 'Hospital', 'Clínica', 'Partido', 'Coordinadora', 'Movimiento', 'Plataforma', 'Cooperativa', 'Consorcio',
    'Corporación', 'Grupo', 'S.A.', 'S.L.', 'SA', 'Diario', 'Periódico', 'Radio', 'Televisión', 'Canal', 'Noticias', 'Prensa',
    // A firm named by its kind: "la empresa Repsol", "la aerolínea Avianca", "la compañía Iberdrola".
    'empresa', 'compañía', 'aerolínea', 'operadora', 'constructora', 'fabricante', 'aseguradora', 'petrolera', 'farmacéutica', 'tecnológica', 'firma', 'multinacional', 'distribuidora',
    // Lowercase heads that reach back over `de` to a capitalized name: "el ministerio de Salud informó".
    'ministerio de', 'gobierno de', 'policía de', 'fiscalía de', 'embajada de', 'secretaría de',
  ],
  roleWords: ['portavoz', 'portavoces', 'vocero', 'vocera', 'voceros', 'representante', 'representantes', 'funcionario', 'funcionaria', 'funcionarios', 'fuentes', 'fuente', 'corresponsal', 'gabinete de prensa', 'oficina de prensa', 'jefe de prensa', 'responsable de comunicación'],
  affiliationWords: ['Universidad', 'Colegio', 'Escuela', 'Academia', 'Instituto', 'Hospital', 'Clínica', 'Laboratorio', 'Centro', 'Fundación', 'Asociación', 'Empresa', 'Compañía', 'Grupo', 'Banco', 'Consultora'],
  positionWords: ['presidente', 'presidenta', 'director', 'directora', 'director general', 'jefe', 'jefa', 'titular', 'secretario general', 'secretaria general', 'gerente', 'gerente general'],
  // "el titular del Ministerio de Salud", "la jefa de la Cancillería", Mexico's "titular de la Secretaría de Salud": a minister.
  ministryNames: ['Ministerio', 'Cancillería', 'Secretaría de'],
  // "…, qui table sur une hausse": a relative clause's reporting verb speaks for the name before the comma.
  // Bodies whose name is capitalized on its first word only: "la Confederación sudamericana de fútbol informó".
  lowercaseTails: true,
  relativePronouns: ['que', 'quien', 'quienes', 'el cual', 'la cual', 'los cuales', 'las cuales'],
  // "la policía francesa", "el ministerio español de Defensa": a state's body named by its kind and its people.
  nationalHeads: [
    'gobierno', 'ejecutivo', 'autoridades', 'policía', 'ejército', 'armada', 'fuerza aérea', 'justicia', 'diplomacia', 'ministerio', 'cancillería',
    'fiscalía', 'aduana', 'presidencia', 'embajada', 'consulado', 'inteligencia', 'servicios de inteligencia', 'guardia costera', 'agencia espacial',
    'banco central', 'parlamento', 'congreso', 'fuerzas armadas', 'servicios secretos', 'servicios de seguridad',
  ],
  peopleEndings: ['as>a', 'os>o', 'es>', 's>', 'anes>án', 'eses>és', 'esas>esa'],
  genericOrgs: ['gobierno', 'policía', 'empresa', 'ministerio', 'autoridades', 'comisión', 'ejército', 'fiscalía', 'tribunal', 'banco', 'compañía', 'partido', 'organización', 'organismo', 'entidad', 'institución', 'agencia'],
  articles: ['el', 'la', 'los', 'las', 'al>el', 'del>el'],
  formerWords: ['ex', 'antiguo', 'antigua', 'expresidente', 'fallecido', 'fallecida', 'exdirector'],
  personTitles: [
    'presidente', 'presidenta', 'expresidente', 'expresidenta', 'vicepresidente', 'vicepresidenta', 'mandatario', 'mandataria', 'primer ministro', 'primera ministra', 'ministro', 'ministra', 'exministro', 'exministra', 'secretario', 'canciller',
    'senador', 'senadora', 'diputado', 'diputada', 'congresista', 'gobernador', 'gobernadora', 'alcalde', 'alcaldesa', 'concejal', 'concejala', 'intendente', 'embajador', 'embajadora',
    'rey', 'reina', 'príncipe', 'princesa', 'infanta', 'papa', 'monseñor', 'padre', 'don', 'doña', 'señor', 'señora', 'Sr.', 'Sra.', 'Dr.', 'Dra.', 'doctor', 'doctora',
    'general', 'coronel', 'capitán', 'teniente', 'comandante', 'sargento', 'juez', 'jueza', 'magistrado', 'magistrada', 'fiscal',
    'profesor', 'profesora', 'investigador', 'investigadora', 'científico', 'científica', 'analista', 'economista', 'experto', 'experta', 'especialista', 'abogado', 'abogada', 'periodista', 'médico', 'médica', 'entrenador', 'técnico', 'testigo', 'vecino', 'vecina', 'líder', 'dirigente',
  ],
  // No `y`: it would glue the items of a list into one name ("según EFE y Reuters").
  // A person's workplace after the name: "X of the Brookings Institution said" credits no one.
  affiliationLinks: ['de', 'del', 'de la', 'de los', 'en'],
  nameLinks: ['de', 'del', 'de la', 'de las', 'de los', 'para la', 'para el', 'contra la', 'contra el'],
  calendar: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ene.', 'feb.', 'abr.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'],
  listJoiners: ['y', 'e', 'así como', 'o'],
  excludedLabels: ['lea también', 'lee también', 'leer más', 'lee más', 'lea más', 'ver también', 'vea también', 'mira también', 'te puede interesar', 'también te puede interesar', 'le puede interesar', 'puede interesarte', 'te recomendamos', 'noticias relacionadas', 'relacionado', 'relacionada', 'relacionados', 'más información', 'seguir leyendo', 'sigue leyendo', 'redacción', 'escrito por', 'texto', 'autor', 'autora', 'editor', 'editora', 'edición', 'editado por', 'etiquetas', 'temas', 'tags', 'publicidad', 'suscríbete', 'síguenos', 'comparte', 'compartir', 'comentarios'],
  notCredits: ['archivo', 'de archivo', 'foto de archivo', 'imagen de archivo', 'ilustrativa', 'imagen ilustrativa', 'foto ilustrativa', 'referencial', 'imagen referencial', 'foto referencial', 'ilustración', 'cortesía', 'especial', 'internet', 'redes sociales', 'captura', 'captura de pantalla', 'archivo particular', 'archivo personal', 'todos los derechos reservados'],
  // "(FUENTE EXTERNA)": the picture came from outside the paper; the labels count the words as its credit.
  courtesyCredits: ['fuente externa'],
  // The text comes from elsewhere: "Este artículo fue publicado originalmente en …", "Lea el artículo original".
  originPhrases: ['artículo original', 'lea el artículo original', 'leer el artículo original', 'nota original', 'publicado originalmente', 'publicada originalmente', 'originalmente publicado', 'originalmente publicada', 'apareció originalmente', 'se publicó originalmente'],
} satisfies CueFileInput;
