/**
 * The words that credit a state with a statement or a position, per language: only verbs of saying,
 * announcing, accusing, warning, denying, demanding. Verbs a national team or an economy also does
 * ("memastikan tiket", "khẳng định sức mạnh", "mencatat surplus", "ghi nhận") are left out: there the
 * country's name is no government. Acts ("invaded", "menyerang") credit no one.
 * Source: usage in the news of each language. Edit: add a verb form as printed, and a sentence to the
 * language's test file (test/cues/<lang>.test.ts) that fails without it.
 */
import type { SpeechInput } from './schema';

export const SPEECH: Record<string, SpeechInput> = {
  en: {
    after: ['said', 'says', 'say', 'announced', 'announces', 'accused', 'accuses', 'warned', 'warns', 'denied', 'denies', 'condemned', 'condemns', 'rejected', 'rejects', 'protested', 'demanded', 'demands', 'urged', 'urges', 'insisted', 'insists', 'claimed', 'claims', 'vowed', 'vows', 'threatened', 'threatens', 'argued', 'argues', 'responded', 'ruled out', 'confirmed', 'confirms', 'stated', 'declared', 'alleged', 'alleges', 'blamed', 'blames', 'criticized', 'criticised', 'called on', 'called for', 'pledged', 'promised', 'reported', 'told', 'disclosed', 'acknowledged', 'admitted', 'objected', 'indicated', 'signalled', 'signaled'],
    inverted: [],
    before: ['according to'],
    roles: ['officials', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomats', 'diplomat', 'authorities'],
    attributes: ['from', 'in', 'of', 'to', 'for', 'with', 'at', 'by', 'against', 'into', 'across', 'over', 'than', 'like', 'visit', 'native'],
    wrappers: ["{}'s government", 'government of {}', 'the {} government'],
  },
  id: {
    after: ['mengatakan', 'menyatakan', 'mengumumkan', 'menuduh', 'menuding', 'memperingatkan', 'membantah', 'mengecam', 'mengutuk', 'menolak', 'memprotes', 'menuntut', 'mendesak', 'menegaskan', 'mengklaim', 'mengancam', 'menyebut', 'menyebutkan', 'mengonfirmasi', 'membenarkan', 'menanggapi', 'menyampaikan', 'melaporkan', 'berjanji', 'bersikeras', 'menyalahkan', 'mengkritik', 'menjelaskan', 'mengungkapkan', 'meminta'],
    inverted: [],
    before: ['menurut', 'mengutip'],
    attributes: ['dari', 'di', 'ke', 'asal', 'warga', 'orang', 'pelatih', 'atas', 'terhadap', 'dengan', 'untuk', 'oleh', 'kepada'],
    wrappers: ['Pemerintah {}', 'pemerintah {}', 'pemerintahan {}'],
  },
  ms: {
    after: ['berkata', 'mengatakan', 'menyatakan', 'mengumumkan', 'menuduh', 'memberi amaran', 'menafikan', 'mengecam', 'menolak', 'menegaskan', 'mendakwa', 'mengesahkan'],
    inverted: [],
    before: ['menurut'],
    attributes: ['dari', 'di', 'ke', 'warga', 'orang', 'terhadap', 'dengan', 'untuk', 'oleh', 'kepada'],
    wrappers: ['Kerajaan {}', 'kerajaan {}'],
  },
  vi: {
    after: ['cho biết', 'cho hay', 'nói', 'tuyên bố', 'ra tuyên bố', 'cáo buộc', 'cảnh báo', 'phủ nhận', 'bác bỏ', 'lên án', 'phản đối', 'kêu gọi', 'đe dọa', 'đe doạ', 'thông báo', 'xác nhận', 'thừa nhận', 'nhấn mạnh', 'chỉ trích', 'phản bác', 'lên tiếng', 'yêu cầu', 'ra thông cáo', 'khẳng định rằng', 'tố cáo', 'đổ lỗi'],
    inverted: [],
    before: ['theo'],
    attributes: ['người', 'từ', 'tại', 'ở', 'của', 'với', 'cho', 'sang', 'đến', 'tới', 'HLV', 'gốc', 'dân'],
    // "Phía Trung Quốc cho biết": the state's side in a dispute or a talk is its government.
    wrappers: ['Chính phủ {}', 'chính phủ {}', 'chính quyền {}', 'Chính quyền {}', 'Phía {}', 'phía {}'],
  },
  de: {
    // "Moskau warf Kiew vor", "Teheran wies die Vorwürfe zurück", "Kiew teilte mit", "Peking lehnte ab": split verbs by their first part.
    after: ['warf', 'warfen', 'wirft', 'werfen', 'wies', 'wiesen', 'weist', 'lehnte', 'lehnten', 'lehnt', 'teilte', 'teilten', 'teilt', 'meldete', 'meldet', 'kündigte', 'kündigt', 'bezeichnete', 'bezeichnet', 'bekräftigte', 'bekräftigt', 'reagierte', 'hieß es', 'heißt es', 'verlautete',
      'erklärte', 'erklärten', 'erklärt', 'sagte', 'sagten', 'sagt', 'warnte', 'warnten', 'warnt', 'kritisierte', 'kritisierten', 'kritisiert', 'bestritt', 'bestritten', 'bestreitet', 'dementierte', 'verurteilte', 'verurteilten', 'forderte', 'forderten', 'fordert', 'drohte', 'drohten', 'droht', 'betonte', 'betonten', 'betont', 'bestätigte', 'bestätigten', 'behauptete', 'behauptet', 'beschuldigte', 'beschuldigt', 'protestierte', 'verlangte', 'verlangt', 'widersprach', 'widersprachen', 'widerspricht',
      // A claim: "Israel gab an, …", "Russland sprach von einem Verstoß" (the split verb by its first part and particle).
      'gab an,', 'gaben an,', 'gibt an,', 'sprach von einem', 'sprach von einer', 'sprachen von einem', 'sprachen von einer', 'spricht von einem', 'spricht von einer'],
    inverted: ['erklärte', 'erklärten', 'sagte', 'warnte', 'kritisierte', 'bestritt', 'dementierte', 'verurteilte', 'forderte', 'drohte', 'betonte', 'bestätigte', 'behauptete', 'beschuldigte', 'verlangte'],
    before: ['laut', 'nach Angaben von', 'nach Angaben der', 'nach Angaben des', 'Angaben der', 'Angaben des', 'hieß es aus', 'heißt es aus', 'verlautete aus', 'hieß es in', 'heißt es in'],
    attributes: ['in', 'aus', 'von', 'nach', 'mit', 'für', 'gegen', 'über'],
    // "Die Regierung in Kiew … ein Regierungssprecher sagte": the government named by its seat.
    wrappers: ['Regierung in {}', 'Regierung von {}', 'Regierung {}s', '{}s Regierung', 'Staatsführung in {}', 'Führung in {}'],
    peopleWrappers: ['{} Regierung', '{} Staatsführung', '{} Führung', '{} Staatsspitze'],
    // "Aus Moskau hieß es", "In Peking verlautete": the place the statement came from.
    impersonal: ['hieß es', 'heißt es', 'verlautete'],
  },
  es: {
    after: ['dijo', 'dice', 'afirmó', 'afirma', 'anunció', 'anuncia', 'acusó', 'acusa', 'advirtió', 'advierte', 'negó', 'niega', 'condenó', 'condena', 'rechazó', 'rechaza', 'denunció', 'denuncia', 'exigió', 'exige', 'aseguró', 'asegura', 'declaró', 'insistió', 'insiste', 'sostuvo', 'sostiene', 'amenazó', 'amenaza', 'informó', 'señaló', 'ha dicho', 'ha acusado', 'ha advertido', 'ha anunciado', 'ha negado', 'ha denunciado', 'ha asegurado', 'ha exigido', 'pidió', 'pide', 'piden', 'pidieron', 'reclamó', 'reclama', 'protestó', 'criticó', 'critica', 'instó', 'reiteró', 'dijeron', 'afirmaron', 'anunciaron', 'acusaron', 'advirtieron', 'negaron', 'condenaron', 'rechazaron', 'denunciaron', 'exigieron', 'aseguraron', 'ha pedido', 'ha reclamado', 'ha protestado', 'ha criticado', 'ha rechazado', 'ha condenado', 'ha instado', 'ha reiterado', 'han dicho', 'han pedido', 'han anunciado', 'han advertido', 'han denunciado', 'han rechazado', 'han condenado', 'han acusado', 'han exigido', 'dicen', 'afirman', 'acusan', 'advierten', 'niegan', 'condenan', 'rechazan', 'denuncian', 'exigen', 'subrayó', 'subrayaron', 'subraya', 'ha subrayado', 'han subrayado', 'recalcó', 'recalcaron'],
    // After a comma or a quote the verb comes first: "…, afirmó Pekín", "«…», advirtió Moscú".
    inverted: ['afirmó', 'afirma', 'dijo', 'dice', 'aseguró', 'asegura', 'señaló', 'señala', 'advirtió', 'advierte', 'denunció', 'denuncia', 'acusó', 'acusa', 'indicó', 'anunció', 'insistió', 'respondió', 'replicó', 'subrayó', 'recalcó'],
    invertedAfterQuote: true,
    before: ['según'],
    attributes: ['de', 'en', 'desde', 'a', 'con', 'para', 'contra', 'por'],
    wrappers: ['Gobierno de {}', 'gobierno de {}'],
    // "les autorités françaises", "o governo brasileiro": the government named by its people's adjective.
    peopleWrappers: ['gobierno {}', 'Gobierno {}', 'autoridades {}', 'Ejecutivo {}', 'ejecutivo {}'],
  },
  fr: {
    after: ['a déclaré', 'a affirmé', 'a annoncé', 'a accusé', 'a averti', 'a dénoncé', 'a démenti', 'a nié', 'a condamné', 'a rejeté', 'a exigé', 'a menacé', 'a assuré', 'a indiqué', 'a fait savoir', 'a prévenu', 'a réclamé', 'affirme', 'dénonce', 'accuse', 'déclare', 'annonce', 'dément', 'exige', 'menace', 'assure', 'estime', 'prévoit', 'prévoyait', 'table sur', 'ont déclaré', 'ont affirmé', 'ont annoncé', 'ont accusé', 'ont averti', 'ont dénoncé', 'ont démenti', 'ont nié', 'ont condamné', 'ont rejeté', 'ont exigé', 'ont menacé', 'ont assuré', 'ont indiqué', 'ont fait savoir', 'ont prévenu', 'ont réclamé', 'a demandé', 'ont demandé', 'a protesté', 'ont protesté', 'a appelé', 'ont appelé', 'a réaffirmé', 'ont réaffirmé', 'a réitéré', 'a critiqué', 'ont critiqué', 'affirment', 'dénoncent', 'accusent', 'déclarent', 'annoncent', 'démentent', 'exigent', 'menacent', 'réclame', 'réclament', 'appelle', 'appellent', 'a souligné', 'ont souligné', 'souligne', 'soulignent'],
    // After a comma or a quote the verb comes first: "…, affirme Séoul", "«…», a indiqué Pékin".
    inverted: ['affirme', 'a affirmé', 'assure', 'a assuré', 'indique', 'a indiqué', 'estime', 'a estimé', 'annonce', 'a annoncé', 'accuse', 'a accusé', 'dénonce', 'a dénoncé', 'avertit', 'a averti', 'prévient', 'a prévenu', 'déclare', 'a déclaré', 'réagit', 'a réagi', 'dément', 'a démenti', 'insiste', 'a insisté', 'souligne', 'a souligné'],
    invertedAfterQuote: true,
    before: ['selon'],
    attributes: ['de', 'en', 'à', 'au', 'aux', 'avec', 'pour', 'contre', 'par', 'du', 'des', 'd'],
    wrappers: ['gouvernement de {}', 'Gouvernement de {}'],
    // "les autorités françaises", "o governo brasileiro": the government named by its people's adjective.
    peopleWrappers: ['gouvernement {}', 'Gouvernement {}', 'autorités {}', 'exécutif {}'],
  },
  pt: {
    after: ['disse', 'diz', 'afirmou', 'afirma', 'anunciou', 'acusou', 'acusa', 'alertou', 'advertiu', 'negou', 'nega', 'condenou', 'rejeitou', 'exigiu', 'declarou', 'informou', 'garantiu', 'ameaçou', 'denunciou', 'pediu', 'pede', 'pedem', 'pediram', 'protestou', 'criticou', 'reiterou', 'disseram', 'afirmaram', 'anunciaram', 'acusaram', 'alertaram', 'negaram', 'condenaram', 'rejeitaram', 'exigiram', 'declararam', 'informaram', 'denunciaram', 'garantiram', 'dizem', 'afirmam', 'acusam', 'negam', 'exigem', 'ressaltou', 'ressaltaram', 'sublinhou', 'sublinharam', 'frisou', 'frisaram'],
    // After a comma or a quote the verb comes first: "…, afirmou Pequim", "«…», disse Moscou".
    inverted: ['afirmou', 'afirma', 'disse', 'diz', 'declarou', 'alertou', 'acusou', 'acusa', 'denunciou', 'anunciou', 'garantiu', 'respondeu', 'ressaltou', 'sublinhou', 'frisou'],
    invertedAfterQuote: true,
    before: ['segundo', 'de acordo com'],
    attributes: ['de', 'em', 'no', 'na', 'do', 'da', 'com', 'para', 'contra', 'por'],
    wrappers: ['governo de {}', 'Governo de {}'],
    // "les autorités françaises", "o governo brasileiro": the government named by its people's adjective.
    peopleWrappers: ['governo {}', 'Governo {}', 'autoridades {}', 'Executivo {}', 'executivo {}'],
  },
  it: {
    after: ['ha detto', 'ha dichiarato', 'ha annunciato', 'ha accusato', 'ha avvertito', 'ha negato', 'ha condannato', 'ha respinto', 'ha chiesto', 'ha minacciato', 'ha affermato', 'dice', 'afferma', 'accusa', 'avverte', 'nega', 'denuncia', 'hanno detto', 'hanno dichiarato', 'hanno annunciato', 'hanno accusato', 'hanno avvertito', 'hanno negato', 'hanno condannato', 'hanno respinto', 'hanno chiesto', 'hanno minacciato', 'hanno affermato', 'ha protestato', 'hanno protestato', 'ha denunciato', 'hanno denunciato', 'ha ribadito', 'hanno ribadito', 'ha sollecitato', 'ha esortato', 'ha criticato', 'hanno criticato', 'ha fatto sapere', 'hanno fatto sapere', 'ha replicato', 'chiede', 'chiedono', 'dicono', 'affermano', 'accusano', 'avvertono', 'negano', 'denunciano', 'ribadisce', 'ha sottolineato', 'hanno sottolineato', 'sottolinea', 'sottolineano'],
    // After a comma or a quote the verb comes first: "…, afferma Pechino", "«…», ha detto Mosca".
    inverted: ['ha detto', 'dice', 'afferma', 'ha affermato', 'ha dichiarato', 'dichiara', 'avverte', 'ha avvertito', 'accusa', 'ha accusato', 'denuncia', 'ha denunciato', 'fa sapere', 'ha fatto sapere', 'ha annunciato', 'annuncia', 'replica', 'ha replicato', 'sottolinea', 'ha sottolineato'],
    invertedAfterQuote: true,
    before: ['secondo'],
    attributes: ['di', 'in', 'da', 'con', 'per', 'contro', 'del', 'della', 'dell', 'dall', 'nell', 'sull', 'all', 'd'],
    wrappers: ['governo di {}', 'Governo di {}'],
    // "les autorités françaises", "o governo brasileiro": the government named by its people's adjective.
    peopleWrappers: ['governo {}', 'Governo {}', 'autorità {}', 'esecutivo {}'],
  },
  ru: {
    // Past tense in the gender of the state's name and the plural of plural names ("Россия заявила", "Китай призвал",
    // "США потребовали", "Германия осудила").
    after: ['заявила', 'заявил', 'заявило', 'заявили', 'заявляет', 'заявляют', 'сообщила', 'сообщил', 'сообщило', 'сообщили', 'обвинила', 'обвинил', 'обвинили', 'обвиняет', 'обвиняют',
      'предупредила', 'предупредил', 'предупредили', 'опровергла', 'опроверг', 'опровергли', 'осудила', 'осудил', 'осудили', 'потребовала', 'потребовал', 'потребовали', 'пригрозила', 'пригрозил', 'пригрозили',
      'отвергла', 'отверг', 'отвергли', 'отрицает', 'отрицают', 'утверждает', 'утверждают', 'настаивает', 'настаивают', 'объявила', 'объявил', 'объявили', 'призвала', 'призвал', 'призвали', 'призывает', 'призывают',
      'подтвердила', 'подтвердил', 'подтвердили', 'выразила протест', 'выразил протест', 'выразили протест', 'подчеркнула', 'подчеркнул', 'подчеркнуло', 'подчеркнули', 'подчеркивает', 'подчеркивают'],
    inverted: [],
    before: [],
    attributes: ['в', 'из', 'от', 'с', 'на', 'для', 'против'],
    wrappers: [],
    // "Американские власти заявили": the government named by its people's adjective before it (ru.ts peopleFirstHeads).
    peopleWrappers: ['{} власти', '{} властей', '{} властям', '{} властями', '{} властях', '{} правительство', '{} правительства', '{} правительству', '{} правительством', '{} правительстве'],
  },
  pl: {
    // Past tense in the gender of the state's name (Rosja oskarżyła, Izrael oświadczył, USA ostrzegły), never the
    // men's plural: "Niemcy zapowiedzieli" are Germans, "Niemcy zapowiedziały" would be Germany.
    after: [
      ...['oświadczy', 'ogłosi', 'oskarży', 'zaprzeczy', 'potępi', 'odrzuci', 'zażąda', 'zagrozi', 'zaprotestowa', 'poinformowa', 'zapowiedzia', 'zaapelowa', 'wezwa', 'skrytykowa', 'potwierdzi', 'zdementowa', 'zapewni', 'podkreśli', 'zadeklarowa']
        .flatMap((s) => ['ł', 'ła', 'ło', 'ły'].map((e) => s + e)),
      'ostrzegł', 'ostrzegła', 'ostrzegło', 'ostrzegły',
      'oświadcza', 'oświadczają', 'ogłasza', 'ogłaszają', 'oskarża', 'oskarżają', 'ostrzega', 'ostrzegają', 'zaprzecza', 'zaprzeczają', 'potępia', 'potępiają', 'odrzuca', 'odrzucają', 'żąda', 'żądają',
      'grozi', 'grożą', 'protestuje', 'protestują', 'zapowiada', 'zapowiadają', 'apeluje', 'apelują', 'wzywa', 'wzywają', 'krytykuje', 'krytykują', 'twierdzi', 'twierdzą', 'zapewnia', 'zapewniają',
    ],
    inverted: [],
    before: [],
    attributes: ['w', 'we', 'z', 'ze', 'do', 'na', 'od', 'dla', 'przeciw', 'przeciwko', 'po', 'przez', 'u', 'nad', 'pod', 'za', 'przed', 'o'],
    wrappers: [],
    // "Rosyjskie władze poinformowały", "polski rząd zapowiedział": the government named by its people's adjective before it (pl.ts peopleFirstHeads).
    peopleWrappers: ['{} rząd', '{} rządu', '{} rządowi', '{} rządem', '{} rządzie', '{} władze', '{} władz', '{} władzom', '{} władzami', '{} władzach'],
  },
  zh: {
    after: ['表示', '称', '宣布', '指责', '警告', '否认', '谴责', '反对', '声称', '强调', '要求', '回应', '抗议', '批评', '敦促', '表態', '表示了'],
    inverted: [],
    before: [],
    attributes: [],
    wrappers: ['{}政府'],
  },
  // Korean reads its states by the caseless rules (the topic before 는, lib/detect/caseless.ts); only the
  // government's wrapper is listed here: "미국 정부는 …라고 밝혔다".
  ko: {
    after: [],
    inverted: [],
    before: [],
    attributes: [],
    wrappers: ['{} 정부'],
  },
  ar: {
    after: ['اتهمت', 'اتهم', 'حذرت', 'نفت', 'أدانت', 'رفضت', 'طالبت', 'هددت', 'أعلنت', 'أكدت', 'قالت'],
    inverted: ['قالت', 'قال', 'أعلنت', 'أعلن', 'اتهمت', 'اتهم', 'حذرت', 'حذر', 'نفت', 'نفى', 'أدانت', 'أدان', 'رفضت', 'رفض', 'طالبت', 'طالب', 'هددت', 'هدد', 'أكدت', 'أكد'],
    before: [],
    attributes: [],
    wrappers: [],
  },
};
