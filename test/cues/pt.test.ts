/** Portuguese cues: sentences modelled on Brazilian and Portuguese press usage, and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('pt: sources', () => {
  it.each([
    // Um órgão com maiúscula só na primeira palavra: as minúsculas que seguem são o seu nome.
    ['A Confederação brasileira de futebol informou que o jogo foi adiado.', ['Confederação brasileira de futebol']],
    // The outlet the speaker answered: "em resposta ao GLOBO", "respondeu à Folha".
    ['"Não é o caso", indagou a senadora em resposta ao GLOBO.', ['GLOBO']],
    ['"Ainda não decidimos", respondeu à Folha o diretor da empresa.', ['Folha']],
    // A hyphenated head ('-Geral') heads a body's name.
    ['A Procuradoria-Geral da República informou que abriu uma investigação sobre os contratos.', ['Procuradoria-Geral da República']],
    ['Segundo o Exército israelense, os ataques atingiram depósitos de armas no sul do Líbano.', ['Exército israelense']],
    ['Os números foram divulgados na página oficial do Ministério da Saúde.', ['Ministério da Saúde']],
    ['Segundo a Agência Brasil, o decreto será publicado amanhã.', ['Agência Brasil']],
    ['Segundo o Ministério da Saúde, o número de casos caiu 12% na semana.', ['Ministério da Saúde']],
    ['De acordo com dados do IBGE, a inflação de março ficou em 0,5%.', ['IBGE']],
    ['Conforme a Polícia Rodoviária Federal, o acidente ocorreu às 6h.', ['Polícia Rodoviária Federal']],
    ['O Ministério da Economia, em nota, disse que o reajuste será aplicado em julho.', ['Ministério da Economia']],
    ['"Não há previsão de retorno", informou a Secretaria Municipal de Educação.', ['Secretaria Municipal de Educação']],
    ['O ministro disse à Folha que a medida será revista.', ['Folha']],
    ['(Com informações da Reuters e da AFP)', ['Reuters', 'AFP']],
    ['O jornal O Globo noticiou que o acordo foi assinado na véspera.', ['O Globo']],
    ['A pesquisa, divulgada pelo Instituto Datafolha, mostra empate técnico.', ['Instituto Datafolha']],
    ['A informação foi confirmada pela agência Lusa.', ['Lusa']],
    ['Noticiou a agência Lusa que o navio chegou ao porto de Leixões.', ['Lusa']],
    ['O Itamaraty informou em nota que acompanha a situação dos brasileiros.', ['Itamaraty']],
    ['Uma autoridade do Ministério da Saúde afirmou que o surto está controlado.', ['Ministério da Saúde']],
    ['"Vamos recorrer", disse o porta-voz da Confederação Nacional da Indústria.', ['Confederação Nacional da Indústria']],
    ['Segundo a Anvisa, o medicamento não tem registro no país.', ['Anvisa']],
    ['Fonte: IBGE', ['IBGE']],
    ['O autarca, em declarações à Lusa, garantiu que a ponte reabre em maio.', ['Lusa']],
    ['Segundo apurou a Folha, o decreto será publicado na sexta-feira.', ['Folha']],
    // "TV" names outlets: it stays in the name after a cue.
    ['Em entrevista à TV Cultura, o governador negou a acusação.', ['TV Cultura']],
    ['"O acordo está fechado", relata a jornalista Carla Mendes, no jornal Correio Braziliense.', ['Correio Braziliense']],
    ['Em reportagem publicada na revista Piauí, a repórter detalhou os gastos do gabinete.', ['Piauí']],
    ['Segundo a Quaest, a aprovação do governo ficou estável em março.', ['Quaest']],
    ['Fontes da Polícia Federal confirmaram a prisão do empresário.', ['Polícia Federal']],
    ['Procurada pela Folha, a empresa não respondeu até a publicação.', ['Folha']],
    ['"Errei", disse o técnico ao programa Bem, Amigos, que vai ao ar na TV Globo.', ['TV Globo']],
    ['A entrevista, exibida pela GloboNews, repercutiu no Congresso.', ['GloboNews']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'pt').sources).toEqual(folded(expected));
  });
});

describe("pt: a firm named by its kind, and a relative clause's verb", () => {
  it.each([
    ['A operadora Claro informou que o serviço foi normalizado na manhã desta terça-feira.', ['operadora Claro']],
    ['Os números contrastam com os do Banco Central, que informou nesta terça-feira que os preços estão estáveis.', ['Banco Central']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'pt').sources).toEqual(folded(expected));
  });
});

describe("pt: a state's body named by its kind and its people's adjective", () => {
  it.each([
    ['A polícia portuguesa informou que o suspeito foi detido no Porto.', ['polícia portuguesa']],
    ['Segundo a diplomacia brasileira, o embaixador foi chamado para consultas.', ['diplomacia brasileira']],
    ['As autoridades mexicanas informaram que três pessoas morreram.', ['autoridades mexicanas']],
    ['O ministério argentino da Economia afirmou que a inflação desacelerou.', ['ministério argentino da Economia']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'pt').sources).toEqual(folded(expected));
  });

  it.each([['O povo brasileiro disse não nas urnas.'], ['Um especialista em polícia francesa afirmou que o caso é raro.']])('no credit in %s', (text) => {
    expect(credits(text, 'pt').sources).toEqual([]);
  });
});

describe('pt: photo credits', () => {
  it.each([
    ['A adolescente desaparecida. (Foto: Direto das Ruas)', ['Direto das Ruas']],
    ['Manifestantes na Esplanada dos Ministérios. Foto: Marcelo Camargo/Agência Brasil', ['Marcelo Camargo/Agência Brasil']],
    ['O cantor durante o show em Salvador. (Foto: Reprodução/Instagram)', ['Reprodução/Instagram']],
    ['Crédito: Fernando Frazão/ABr', ['Fernando Frazão/ABr']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'pt', 'caption').photos).toEqual(folded(expected));
  });

  it.each([['Fachada da prefeitura. Foto: Divulgação'], ['(Foto: Reprodução)'], ['Foto: Arquivo pessoal']])('no photo credit in %s', (text) => {
    expect(credits(text, 'pt', 'caption').photos).toEqual([]);
  });
});

describe('pt: must not credit', () => {
  it.each([
    // A former holder, the prefix glued to the office, speaks for no one.
    ['O ex-presidente do Banco Central disse que a inflação vai cair no segundo semestre.'],
    ['A crise começou com a declaração do ministro Paulo Lima, ex-presidente do Tribunal Superior Eleitoral (TSE), que disse que as urnas eram seguras.'],
    // A person after the body's name, then a clause set off by commas: the person is the subject.
    ['Os ofícios foram assinados pelo general de Brigada do Exército Paulo Mendes Rocha, que integra a comissão, disse a fonte.'],
    ['Ele postou a foto no perfil oficial do clube.'],
    ['Segundo ele, a obra será entregue em dezembro.'],
    ['Ele publicou um anúncio no jornal da cidade.'],
    ['Segundo a irmã da vítima, a jovem estava grávida.'],
    ['Para a polícia, ela é suspeita do crime, informou Marcelino.'],
    ['O técnico Tite declarou que errou ao levar a taça ao ex-presidente.'],
    ['"Eu errei", disse o presidente Lula.'],
    ['De acordo com a lei, o prazo é de 30 dias.'],
    ['Conforme o Código Penal, a pena é de até quatro anos.'],
    ['Leia também: Segundo a OMS, casos aumentam no país'],
    ['Por: João Silva'],
    ['Em segundo lugar ficou o Flamengo.'],
    ['A televisão estatal informou que o número de mortos aumentou.'],
    ['Segundo João Pereira, morador do bairro, a água não chegou.'],
    ['O balão subiu ao ar na manhã de domingo.'],
    // A ministry's head is its minister, a person (Conventions).
    ['O chefe do Ministério da Saúde, João Prates, disse que não haverá novas restrições.'],
    ['Em resposta à crise, o governo cortou gastos.'],
  ])('%s', (text) => {
    expect(credits(text, 'pt').sources).toEqual([]);
  });
});
