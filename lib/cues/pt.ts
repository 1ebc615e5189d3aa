/**
 * Portuguese attribution cues (Brazil and Portugal).
 * Source: usage in Portuguese-language news (Folha de S.Paulo, O Globo/g1, Estadão, UOL, Agência Brasil,
 * Lusa copy in Público and Expresso, regional sites such as Campo Grande News), checked against
 * ../shared/reference/cues.md and the pt pages of ../shared/corpus. Portuguese credits with `segundo X`,
 * `de acordo com X` and `conforme X`, `X disse/informou` after the name, the inverted verb after a quote
 * (`"…", disse o ministério`), statements `em nota`, and photo credits `Foto: Nome/Agência`. Contractions
 * matter: `ao`/`à` (told), `do`/`da` (of), `pelo`/`pela` (by).
 * Edit: add a word to the table it belongs to and a sentence to test/cues/pt.test.ts that fails without it.
 */
import type { CueFileInput } from './schema';

/** Every verb followed by every tail: `disse ao`, `disse à`… (told-forms). */
const each = (verbs: string[], tails: string[]) => verbs.flatMap((v) => tails.map((t) => `${v} ${t}`));

/** Reporting verbs as the press conjugates them: past, present, plural. */
const SAY = [
  'disse', 'diz', 'disseram', 'dizem', 'afirmou', 'afirma', 'afirmaram', 'declarou', 'declara', 'declararam',
  'informou', 'informa', 'informaram', 'explicou', 'explica', 'acrescentou', 'acrescenta', 'completou', 'ressaltou', 'ressalta',
  'destacou', 'destaca', 'salientou', 'sublinhou', 'frisou', 'pontuou', 'observou', 'lembrou', 'apontou', 'aponta', 'avaliou', 'avalia',
  'comentou', 'concluiu', 'enfatizou', 'alertou', 'advertiu', 'admitiu', 'reconheceu', 'garantiu', 'garante', 'assegurou', 'confirmou', 'confirma',
  'anunciou', 'anuncia', 'revelou', 'revela', 'relatou', 'contou', 'esclareceu', 'negou', 'denunciou', 'comunicou', 'estimou', 'estima',
  // Plural subjects ("fontes da Polícia Federal confirmaram", "os sindicatos denunciaram").
  'confirmaram', 'anunciaram', 'revelaram', 'negaram', 'alertaram', 'denunciaram', 'destacaram', 'ressaltaram', 'explicaram', 'acrescentaram',
  'relataram', 'apontaram', 'avaliaram', 'comunicaram', 'estimaram', 'admitiram', 'reconheceram', 'garantiram', 'esclareceram',
];

export default {
  lang: 'pt',
  name: 'Portuguese',
  script: 'latin',
  nameStyle: 'words',
  // Distinctive against es (el/los/y/del) and it (il/di/che/gli): não, ao, à, do, da, em, um, é, são, pelo…
  stopwords: ['o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'que', 'e', 'em', 'no', 'na', 'nos', 'nas', 'um', 'uma', 'para', 'com', 'não', 'por', 'mais', 'ao', 'aos', 'à', 'pelo', 'pela', 'foi', 'é', 'são', 'também', 'ele', 'ela', 'seu', 'sua', 'mas', 'já', 'muito', 'até',
    // Dropped from a name's start: "Fontes da Polícia Federal confirmaram" credits the Polícia Federal.
    'fontes'],
  // "Segundo Datafolha, …": one capitalized word no person's name in the article ends in (lib/detect/lone-name.ts).
  loneNameCues: ['segundo', 'de acordo com'],
  cues: [
    {
      id: 'according',
      form: 'before',
      words: [
        'segundo', 'de acordo com', 'conforme', 'consoante', 'na avaliação de', 'na avaliação do', 'na avaliação da', 'na visão de', 'na visão do', 'na visão da',
        'segundo informou', 'segundo informa', 'segundo informações de', 'segundo informações do', 'segundo informações da', 'segundo dados de', 'segundo dados do', 'segundo dados da',
        'segundo levantamento de', 'segundo levantamento do', 'segundo levantamento da', 'segundo nota de', 'segundo nota do', 'segundo nota da', 'segundo o site', 'segundo o jornal',
        'segundo apurou', 'conforme apurou', 'conforme informou', 'conforme divulgou', 'conforme publicou', 'conforme noticiou', 'conforme dados de', 'conforme dados do', 'conforme dados da',
        'de acordo com dados de', 'de acordo com dados do', 'de acordo com dados da', 'de acordo com informações de', 'de acordo com informações do', 'de acordo com informações da',
      ],
      note: '"segundo o Ministério da Saúde"; "de acordo com dados do IBGE"; the name must look like an organization',
    },
    {
      id: 'information-from',
      form: 'before',
      words: ['a informação é de', 'a informação é do', 'a informação é da', 'as informações são de', 'as informações são do', 'as informações são da', 'os dados são de', 'os dados são do', 'os dados são da', 'com informações de', 'com informações do', 'com informações da', 'com informações das', 'com informações dos', 'com base em dados de', 'com base em dados do', 'com base em dados da', 'a partir de dados de', 'a partir de dados do', 'a partir de dados da'],
      note: '"(Com informações da Agência Brasil e Reuters)": the usual end credit of Brazilian sites',
    },
    {
      id: 'told',
      form: 'before',
      words: [
        ...each(['disse', 'afirmou', 'declarou', 'explicou', 'confirmou', 'revelou', 'garantiu', 'falou', 'disseram', 'afirmaram', 'diz', 'afirma', 'explica', 'confirma', 'respondeu', 'responderam'], ['ao', 'à', 'a']),
        // "indagou a senadora em resposta ao GLOBO": the outlet that asked.
        'em resposta ao', 'em resposta à',
        'em entrevista ao', 'em entrevista à', 'em entrevista a', 'em entrevista exclusiva ao', 'em entrevista exclusiva à', 'em conversa com',
        'ouvido pelo', 'ouvida pelo', 'ouvidos pelo', 'ouvidas pelo', 'ouvido pela', 'ouvida pela', 'ouvidos pela', 'ouvidas pela',
        'citado pelo', 'citada pelo', 'citados pelo', 'citado pela', 'citada pela', 'citados pela', 'citando o', 'citando a', 'citando',
        'divulgado pelo', 'divulgada pelo', 'divulgados pelo', 'divulgadas pelo', 'divulgado pela', 'divulgada pela', 'divulgados pela', 'divulgadas pela',
        'publicado pelo', 'publicada pelo', 'publicado pela', 'publicada pela', 'publicados pelo', 'publicados pela', 'publicadas pelo', 'publicadas pela',
        ...each(['confirmado', 'confirmada', 'informado', 'informada', 'noticiado', 'noticiada', 'revelado', 'revelada', 'apurado', 'apurada', 'antecipado', 'antecipada', 'reportado', 'reportada'], ['pelo', 'pela', 'pelos', 'pelas']),
        'elaborado pelo', 'elaborado pela', 'realizado pelo', 'realizada pelo', 'realizado pela', 'realizada pela', 'obtido pelo', 'obtida pelo', 'obtido pela', 'obtida pela',
        // The outlet that asked: "Procurada pela Folha, a empresa não respondeu".
        ...each(['procurado', 'procurada', 'procurados', 'procuradas', 'questionado', 'questionada', 'consultado', 'consultada', 'contatado', 'contatada', 'contactado', 'contactada', 'entrevistado', 'entrevistada'], ['pelo', 'pela']),
      ],
      note: '"disse à Folha"; "em entrevista ao g1"; "citado pela agência Reuters"; "pesquisa divulgada pelo IBGE"',
    },
    {
      id: 'aired-on',
      form: 'before',
      words: ['ao ar no', 'ao ar na', 'ao ar pelo', 'ao ar pela', 'exibido pelo', 'exibida pelo', 'exibido pela', 'exibida pela', 'transmitido pelo', 'transmitida pelo', 'transmitido pela', 'transmitida pela'],
      note: '"falou ao programa Grande Círculo, que irá ao ar no SporTV": words said on a broadcast are credited to the channel that airs them; the name must look like an organization',
    },
    {
      id: 'published-in',
      form: 'before',
      strong: true,
      words: [
        ...each(['no', 'em reportagem no', 'em reportagem publicada no', 'em reportagem do', 'em artigo no', 'em artigo publicado no', 'em coluna no', 'em coluna publicada no', 'em texto publicado no'], ['jornal', 'site', 'portal', 'blog', 'diário', 'semanário']),
        ...each(['na', 'em reportagem na', 'em reportagem publicada na', 'em reportagem da', 'em artigo na', 'em artigo publicado na', 'em coluna na', 'em coluna publicada na', 'em texto publicado na'], ['revista', 'agência']),
      ],
      note: '"informa o jornalista Fulano, no jornal O Globo", "em reportagem publicada na revista Piauí": the outlet the text or its reporter writes in; a name right after these words is always the outlet\'s',
    },
    {
      id: 'website',
      form: 'before',
      // Only with a word saying something is published there: navigation is no credit.
      words: each(['publicado', 'publicada', 'publicados', 'publicadas', 'disponível', 'disponíveis', 'divulgado', 'divulgada', 'divulgados', 'divulgadas'].flatMap((w) => [`${w} no site`, `${w} no site oficial`, `${w} no portal`, `${w} na página`, `${w} na página oficial`]), ['do', 'da', 'de', 'dos', 'das']),
      note: '"os dados estão disponíveis no site do IBGE", "em nota publicada no site da Prefeitura": what a body publishes; the name must look like an organization',
    },
    {
      id: 'statements-to',
      form: 'before',
      strong: true,
      words: ['em declarações ao', 'em declarações à', 'em declarações a', 'em declarações exclusivas ao', 'em declarações exclusivas à'],
      note: 'statements are made to a medium ("em declarações à Lusa", pt-PT): whatever it names is credited',
    },
    {
      id: 'reported-inverted',
      form: 'before',
      words: [
        ...each(['informou', 'informa', 'informaram', 'apurou', 'noticiou', 'noticia', 'publicou', 'publica', 'divulgou', 'divulga', 'revelou', 'revela', 'adiantou', 'avança', 'avançou', 'relatou', 'reportou'], ['o', 'a', 'os', 'as']),
      ],
      note: 'verb before the name with no quote: "informou a agência Lusa", "noticiou o jornal O Globo"',
    },
    {
      id: 'said-inverted',
      form: 'before',
      afterQuote: true,
      words: [...SAY, 'publicou', 'noticiou', 'divulgou', 'escreveu', 'adiantou', 'avança'],
      note: '"…", disse o Itamaraty — the name follows the verb',
    },
    {
      id: 'said',
      form: 'after',
      words: [...SAY, 'publicou', 'publica', 'noticiou', 'noticia', 'divulgou', 'divulga', 'escreveu', 'adiantou', 'emitiu nota', 'divulgou nota', 'em nota', 'por meio de nota', 'em comunicado', 'em nota oficial'],
    },
    {
      id: 'origin',
      form: 'before',
      strong: true,
      words: ['publicado originalmente em', 'publicado originalmente no', 'publicado originalmente na', 'publicada originalmente em', 'publicada originalmente no', 'publicada originalmente na', 'texto publicado originalmente em', 'reproduzido com autorização de'],
      note: '"Este artigo foi publicado originalmente no The Conversation"',
    },
    {
      id: 'source-line',
      form: 'label',
      strong: true,
      words: ['fonte', 'fontes', 'com informações de', 'com informações do', 'com informações da', 'publicado originalmente em', 'publicado originalmente no', 'publicado originalmente na'],
    },
    {
      id: 'photo',
      form: 'label',
      role: 'photo',
      strong: true,
      words: ['foto', 'fotos', 'fotografia', 'fotografias', 'crédito', 'créditos', 'crédito da foto', 'crédito da imagem', 'crédito foto', 'imagem', 'imagens', 'foto ilustrativa', 'imagem ilustrativa', 'fotógrafo', 'fotógrafa'],
    },
  ],
  auxiliaries: [
    'também', 'já', 'hoje', 'ontem', 'ainda', 'depois', 'oficialmente', 'recentemente', 'anteriormente', 'inclusive', 'lhe', 'lhes',
    'em nota', 'em comunicado', 'por meio de nota', 'em nota oficial', 'por meio de sua assessoria', 'por meio da assessoria de imprensa', 'em suas redes sociais',
    ', em nota ,', ', em comunicado ,', ', por meio de nota ,', ', por sua vez ,', ', por outro lado ,', ', em nota oficial ,', ', por meio da assessoria de imprensa ,',
    'nesta segunda-feira', 'nesta terça-feira', 'nesta quarta-feira', 'nesta quinta-feira', 'nesta sexta-feira', 'neste sábado', 'neste domingo',
  ],
  fillers: [
    'o', 'a', 'os', 'as', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das', 'ao', 'à', 'seu', 'sua',
    'dados', 'informação', 'informações', 'nota', 'comunicado', 'relatório', 'levantamento', 'pesquisa', 'estudo', 'boletim', 'balanço', 'estimativa', 'estimativas', 'números', 'análise', 'projeção', 'projeções', 'documento', 'publicação', 'perfil', 'conta',
    'último', 'última', 'novo', 'nova', 'oficial', 'oficiais', 'divulgado', 'divulgada', 'divulgados', 'divulgadas', 'publicado', 'publicada', 'publicados', 'publicadas', 'pelo', 'pela', 'por',
    'fontes', 'elaboração própria', 'com dados de', 'com dados do', 'com dados da', 'a partir de dados de', 'a partir de dados do', 'a partir de dados da',
    'hoje', 'ontem', 'nesta segunda-feira', 'nesta terça-feira', 'nesta quarta-feira', 'nesta quinta-feira', 'nesta sexta-feira', 'neste sábado', 'neste domingo', 'em nota', 'em comunicado',
    // The press puts an adjective between the outlet word and the name: "o jornal britânico The Guardian".
    'americano', 'americana', 'norte-americano', 'norte-americana', 'estadunidense', 'britânico', 'britânica', 'francês', 'francesa', 'alemão', 'alemã', 'russo', 'russa', 'chinês', 'chinesa', 'japonês', 'japonesa',
    'espanhol', 'espanhola', 'italiano', 'italiana', 'israelense', 'iraniano', 'iraniana', 'turco', 'turca', 'ucraniano', 'ucraniana', 'catari', 'argentino', 'argentina', 'português', 'portuguesa', 'brasileiro', 'brasileira',
    'estatal', 'local', 'regional', 'nacional', 'internacional', 'independente', 'econômico', 'econômica', 'financeiro', 'financeira', 'especializado', 'especializada', 'digital', 'público', 'pública',
  ],
  outletWords: [
    'jornal', 'diário', 'semanário', 'revista', 'tabloide', 'publicação', 'veículo',
    'agência', 'agência de notícias', 'agência estatal', 'agência oficial',
    'emissora', 'emissora de TV', 'emissora de televisão', 'rede', 'rede de televisão', 'televisão', 'televisão estatal', 'TV', 'canal', 'rádio', 'telejornal',
    'site', 'portal', 'portal de notícias', 'site de notícias', 'blog', 'mídia estatal', 'imprensa estatal', 'jornal o', 'revista a',
  ],
  orgWords: [
    'Ministério', 'Secretaria', 'Prefeitura', 'Governo', 'Câmara', 'Assembleia', 'Assembleia Legislativa', 'Senado', 'Congresso', 'Tribunal', 'Supremo', 'Justiça', 'Procuradoria', 'Ministério Público', 'Defensoria', 'Advocacia-Geral', 'Procuradoria-Geral', 'Controladoria-Geral', 'Secretaria-Geral', 'Corregedoria-Geral', 'Inspetoria-Geral', 'Controladoria',
    'Polícia', 'Polícia Federal', 'Polícia Militar', 'Polícia Civil', 'Polícia Rodoviária', 'Corpo de Bombeiros', 'Bombeiros', 'Guarda', 'Guarda Municipal', 'Defesa Civil', 'Exército', 'Marinha', 'Aeronáutica', 'Forças Armadas', 'Força Aérea', 'PSP', 'GNR',
    'Instituto', 'Fundação', 'Universidade', 'Faculdade', 'Agência', 'Banco', 'Caixa', 'Bolsa', 'Tesouro', 'Receita Federal', 'Associação', 'Federação', 'Confederação', 'Sindicato', 'Central', 'União', 'Conselho', 'Comissão', 'Comitê', 'Comité',
    'Departamento', 'Diretoria', 'Direção', 'Direção-Geral', 'Autoridade', 'Serviço', 'Superintendência', 'Coordenadoria', 'Gabinete', 'Observatório', 'Centro', 'Hospital', 'Santa Casa', 'Clínica', 'Partido', 'Movimento', 'Organização', 'Ordem', 'Sociedade', 'Frente',
    'Companhia', 'Grupo', 'S.A.', 'Ltda', 'Embaixada', 'Consulado', 'Vigilância Sanitária',
    // A firm named by its kind: "a empresa Vale", "a operadora Claro", "a montadora Fiat".
    'empresa', 'operadora', 'construtora', 'fabricante', 'seguradora', 'petroleira', 'mineradora', 'montadora', 'varejista', 'farmacêutica', 'plataforma',
    // Institutions the press writes as title-case words, like Kremlin in en: "segundo a Anvisa".
    'Anvisa', 'Fiocruz', 'Inep', 'Ipea', 'Embrapa', 'Conab', 'Aneel', 'Anatel', 'Inpe', 'Inmet', 'Dieese', 'Febraban', 'Sebrae', 'Procon', 'Detran', 'Infraero',
    'Planalto', 'Palácio do Planalto', 'Itamaraty', 'Casa Branca', 'Kremlin', 'Pentágono', 'Vaticano', 'Santa Sé',
    'Jornal', 'Folha', 'Gazeta', 'Correio', 'Diário', 'Revista', 'Rádio', 'TV', 'Notícias',
    // Lowercase heads that reach back over `do`/`da` to a capitalized name: "a secretaria de Saúde informou".
    'ministério da', 'ministério do', 'secretaria de', 'secretaria da', 'secretaria do', 'prefeitura de', 'polícia de', 'governo de', 'governo do', 'governo da',
  ],
  roleWords: ['porta-voz', 'porta-vozes', 'representante', 'representantes', 'assessoria', 'assessoria de imprensa', 'assessoria de comunicação', 'fontes', 'fonte', 'correspondente', 'funcionário', 'funcionários'],
  affiliationWords: ['Universidade', 'Faculdade', 'Escola', 'Academia', 'Instituto', 'Hospital', 'Clínica', 'Laboratório', 'Centro', 'Fundação', 'Associação', 'Empresa', 'Companhia', 'Grupo', 'Banco', 'Consultoria'],
  positionWords: ['presidente', 'diretor', 'diretora', 'diretor-geral', 'chefe', 'secretário-geral', 'gerente'],
  // "o chefe do Ministério da Saúde": a minister.
  ministryNames: ['Ministério'],
  // "…, qui table sur une hausse": a relative clause's reporting verb speaks for the name before the comma.
  // Bodies whose name is capitalized on its first word only: "a Confederação brasileira de futebol informou".
  lowercaseTails: true,
  relativePronouns: ['que', 'o qual', 'a qual', 'os quais', 'as quais'],
  // "a polícia francesa", "o ministério brasileiro da Saúde": a state's body named by its kind and its people.
  nationalHeads: [
    'governo', 'executivo', 'autoridades', 'polícia', 'exército', 'marinha', 'força aérea', 'justiça', 'diplomacia', 'ministério', 'chancelaria',
    'procuradoria', 'alfândega', 'presidência', 'embaixada', 'consulado', 'inteligência', 'serviços de inteligência', 'guarda costeira', 'agência espacial',
    'banco central', 'parlamento', 'congresso', 'forças armadas', 'serviços secretos', 'serviços de segurança',
  ],
  peopleEndings: ['as>a', 'os>o', 'es>', 's>', 'eses>ês', 'esas>esa', 'ães>ão'],
  genericOrgs: ['governo', 'polícia', 'empresa', 'ministério', 'autoridades', 'comissão', 'exército', 'tribunal', 'banco', 'partido'],
  articles: ['o', 'a', 'os', 'as', 'ao>o', 'do>o', 'no>o', 'pelo>o', 'da>a', 'na>a', 'à>a', 'pela>a'],
  formerWords: ['ex', 'antigo', 'antiga', 'falecido', 'falecida'],
  personTitles: [
    'presidente', 'ex-presidente', 'vice-presidente', 'presidenta', 'primeiro-ministro', 'primeira-ministra', 'ministro', 'ministra', 'secretário', 'secretária', 'chanceler',
    'senador', 'senadora', 'deputado', 'deputada', 'governador', 'governadora', 'prefeito', 'prefeita', 'vereador', 'vereadora', 'embaixador', 'embaixadora',
    'juiz', 'juíza', 'desembargador', 'desembargadora', 'promotor', 'promotora', 'procurador', 'procuradora', 'delegado', 'delegada',
    'general', 'coronel', 'capitão', 'tenente', 'sargento', 'comandante', 'rei', 'rainha', 'príncipe', 'princesa', 'papa', 'padre', 'pastor', 'dom', 'dona', 'senhor', 'senhora', 'Sr.', 'Sra.', 'Dr.', 'Dra.', 'doutor', 'doutora',
    'professor', 'professora', 'pesquisador', 'pesquisadora', 'cientista', 'analista', 'economista', 'especialista', 'advogado', 'advogada', 'médico', 'médica', 'jornalista', 'repórter',
    'técnico', 'treinador', 'jogador', 'jogadora', 'atacante', 'goleiro', 'zagueiro', 'cantor', 'cantora', 'ator', 'atriz', 'líder', 'morador', 'moradora', 'testemunha', 'vítima',
  ],
  // No `e`: it would glue the items of a list into one name ("segundo a Lusa e a Reuters").
  nameLinks: ['de', 'do', 'da', 'dos', 'das', 'para a', 'para o', 'contra a', 'contra o'],
  calendar: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro', 'jan.', 'fev.', 'abr.', 'ago.', 'set.', 'out.', 'dez.'],
  listJoiners: ['e', 'ou', 'além de'],
  excludedLabels: ['leia também', 'leia mais', 'veja também', 'veja mais', 'saiba mais', 'confira', 'confira também', 'relacionadas', 'notícias relacionadas', 'mais lidas', 'redação', 'texto', 'reportagem', 'edição', 'editado por', 'escrito por', 'autor', 'autora', 'tags', 'assuntos', 'tópicos', 'publicidade', 'assine', 'siga', 'compartilhe', 'comentários', 'assista', 'veja o vídeo', 'ouça'],
  notCredits: ['reprodução', 'divulgação', 'arquivo', 'arquivo pessoal', 'acervo pessoal', 'ilustração', 'ilustrativa', 'imagem ilustrativa', 'foto ilustrativa', 'internet', 'redes sociais', 'cedida', 'foto cedida', 'imagem cedida', 'todos os direitos reservados'],
  // The text comes from elsewhere: "Este artigo foi publicado originalmente em …", "Leia o artigo original".
  originPhrases: ['artigo original', 'leia o artigo original', 'matéria original', 'publicado originalmente', 'publicada originalmente', 'originalmente publicado', 'originalmente publicada'],
} satisfies CueFileInput;
