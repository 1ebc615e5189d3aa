/**
 * Families of bodies the press credits for figures, each name as the press prints it (in its language and
 * script) → the registry entry; names other bodies go by too stay unresolved without the story; names that
 * are also ordinary words or surnames count only where they are the name.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outletRegistry } from '../../lib/outlets/index';
import { trace } from '../../lib/trace';

const page = (lang: string, paragraphs: string[]) =>
  parseHTML(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Story</title><meta property="og:type" content="article"></head>
<body><article><h1>Story</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`).document as unknown as Document;

/** The registry ids of the sources a short article credits. */
const credited = (lang: string, url: string, paragraphs: string[]) => trace(page(lang, paragraphs), url).sources.map((s) => s.outlet?.id ?? null);

describe('pollsters, research and data firms, rating agencies', () => {
  it.each([
    ['Morning Consult', 'morning-consult'],
    ['the Harris Poll', 'harris-poll'],
    ['AP-NORC', 'ap-norc'],
    ['Savanta ComRes', 'savanta'],
    ['NielsenIQ', 'nielseniq'],
    ['尼尔森', 'nielsen'],
    ['GfK', 'gfk'],
    ['Euromonitor', 'euromonitor'],
    ['凯投宏观', 'capital-economics'],
    ['Oxford Economics', 'oxford-economics'],
    ['McKinsey', 'mckinsey'],
    ['普华永道', 'pwc'],
    ['Ernst & Young', 'ey'],
    ['Cushman & Wakefield Việt Nam', 'cushman-wakefield'],
    ['Savills Việt Nam', 'savills-vn'],
    ['Savills', 'savills'],
    ['CBRE Việt Nam', 'cbre'],
    ['DKRA', 'dkra'],
    ['Vietnam Report', 'vn-vietnam-report'],
    ['HoREA', 'vn-horea'],
    ['Litbang Kompas', 'id-litbang-kompas'],
    ['LSI Denny JA', 'id-lsi-denny-ja'],
    ['Poltracking Indonesia', 'id-poltracking'],
    ['Charta Politika', 'id-charta-politika'],
    ['SMRC', 'id-smrc'],
    ['Populi Center', 'id-populi-center'],
    ['Indikator Politik', 'id-indikator'],
    ['帝国データバンク', 'jp-teikoku-databank'],
    ['東京商工リサーチ', 'jp-tokyo-shoko-research'],
    ['野村総合研究所', 'jp-nri'],
    ['리얼미터', 'kr-realmeter'],
    ['한국갤럽', 'kr-gallup-korea'],
    ['대한상공회의소', 'kr-kcci'],
    ['乘联会', 'cn-cpca'],
    ['中国物流与采购联合会', 'cn-cflp'],
    ['ВЦИОМ', 'ru-vtsiom'],
    ['ФОМ', 'ru-fom'],
    ['«Левада-центр»', 'levada'],
    ['АКРА', 'ru-acra'],
    ['Insa', 'insa'],
    ['Civey', 'civey'],
    ['Handelsverband HDE', 'hde'],
    ['OpinionWay', 'opinionway'],
    ['Odoxa', 'odoxa'],
    ['Centro de Investigaciones Sociológicas', 'es-cis'],
    ['Ipec', 'ipec'],
    ['AtlasIntel', 'atlasintel'],
    ['Consulta Mitofsky', 'mitofsky'],
    ['益普索', 'ipsos'],
    ['盖洛普', 'gallup'],
    ['가트너', 'gartner'],
    ['카운터포인트리서치', 'counterpoint'],
    ['Kantar Emnid', 'kantar'],
    ['CRISIL', 'crisil'],
    ['Pefindo', 'pefindo'],
    ['日本格付研究所', 'jp-jcr'],
  ])('%s → %s', (name, id) => {
    expect(outletRegistry().lookup(name)?.id).toBe(id);
  });

  it.each([
    // [name, the entries it may stand for]
    ['갤럽', ['gallup', 'kr-gallup-korea']],
    ['LSI', ['id-lsi-denny-ja', 'id-lembaga-survei-indonesia']],
    ['CIS', ['es-cis']],
    ['ADP', ['adp']],
    ['ACRA', ['ru-acra']],
  ])('a name other bodies go by too says who only with the story: %s', (name, ids) => {
    expect(outletRegistry().lookup(name)).toBeUndefined();
    expect(outletRegistry().candidates(name)?.outlets.map((o) => o.id).sort()).toEqual([...ids].sort());
  });

  it('a bare 갤럽 in a Korean story is Gallup Korea', () => {
    const ids = credited('ko', 'https://www.seoul-ilbo.example/politics/1', [
      '대통령 지지율이 3주 연속 하락한 것으로 나타났다.',
      '갤럽에 따르면 서울과 부산에서 지지율이 크게 떨어졌다.',
      '여당은 이번 결과에 대해 공식 입장을 내지 않았다.',
    ]);
    expect(ids).toContain('kr-gallup-korea');
    expect(ids).not.toContain('gallup');
  });

  it('"LSI", two Indonesian pollsters, stays unresolved in a Jakarta story', () => {
    const ids = credited('id', 'https://www.berita-rakyat.example/politik/survei', [
      'Elektabilitas partai di Jakarta dan Jawa Barat naik dalam tiga bulan terakhir.',
      'Menurut LSI, pemilih muda di Bandung dan Bekasi semakin banyak yang belum menentukan pilihan.',
      'Para pengurus partai menyambut hasil itu dengan hati-hati.',
    ]);
    expect(ids).not.toContain('id-lsi-denny-ja');
    expect(ids).not.toContain('id-lembaga-survei-indonesia');
  });

  it('"CIS" in a Madrid story is the Spanish pollster; in a Moscow story it is not', () => {
    expect(
      credited('es', 'https://www.diario-centro.example/espana/encuesta', [
        'El partido del Gobierno pierde apoyo en Madrid y en el resto de España.',
        'Según el CIS, la vivienda es ya la primera preocupación de los españoles.',
        'La oposición pidió elecciones anticipadas en Sevilla.',
      ]),
    ).toContain('es-cis');
    expect(
      credited('en', 'https://www.steppe-wire.example/region/summit', [
        'Leaders of former Soviet states met in Moscow on Friday for a two-day summit in Russia.',
        'The CIS said members would sign a new agreement on trade with Kazakhstan and Belarus.',
        'Russian officials called the meeting a success.',
      ]),
    ).not.toContain('es-cis');
  });

  it.each([
    // [lang, sentence, the entry it must not credit] — a surname or an ordinary word opening a sentence
    ['id', 'Indikator menunjukkan bahwa pemilih muda di kota besar makin banyak.', 'id-indikator'],
    ['en', 'Nielsen said the school would close next year after the budget cuts.', 'nielsen'],
    ['en', 'Mercer said the city would reopen the park next spring.', 'mercer'],
    ['en', 'Edmunds told the council the bridge would stay shut.', 'edmunds'],
  ])('a word-like name opening a sentence credits no firm (%s): %s', (lang, sentence, id) => {
    const lead = lang === 'id' ? 'Ada Nielsen, seorang guru di Bandung, sudah mengajar dua puluh tahun.' : 'Ada Nielsen, Tom Mercer and Sam Edmunds, teachers in Leeds, have taught for twenty years.';
    expect(credited(lang, 'https://www.local-ledger.example/a', [lead, sentence, 'The story continues.'])).not.toContain(id);
  });

  it.each([
    ['id', 'Menurut Indikator, elektabilitas partai naik dua persen di Jawa Timur.', 'id-indikator'],
    ['en', 'Streaming overtook cable for the first time last month, according to Nielsen.', 'nielsen'],
  ])('the same name beside a cue is the firm (%s): %s', (lang, sentence, id) => {
    expect(credited(lang, 'https://www.local-ledger.example/a', ['The market changed quickly this year.', sentence])).toContain(id);
  });
});

describe('police forces of the largest countries and cities', () => {
  it.each([
    ['Police Scotland', 'gb-police-scotland'],
    ['PSNI', 'gb-psni'],
    ['Greater Manchester Police', 'gb-gmp'],
    ['Gardaí', 'ie-garda'],
    ['la préfecture de police', 'fr-prefecture-de-police'],
    ['Police nationale', 'fr-police-nationale'],
    ['Polizia di Stato', 'it-polizia-di-stato'],
    ["Mossos d'Esquadra", 'es-mossos'],
    ['Polisen', 'se-police'],
    ['Emniyet Genel Müdürlüğü', 'tr-egm'],
    ['ГУ МВД по Москве', 'ru-moscow-police'],
    ['Toronto police', 'ca-toronto-police'],
    ['Sûreté du Québec', 'ca-surete-du-quebec'],
    ['Carabineros de Chile', 'cl-carabineros'],
    ['Polícia Militar de São Paulo', 'br-pm-sp'],
    ['SSC CDMX', 'mx-ssc-cdmx'],
    ['Dallas Police Department', 'us-dallas-police'],
    ['Phoenix police', 'us-phoenix-police'],
    ['NOPD', 'us-nopd'],
    ["Maricopa County Sheriff's Office", 'us-maricopa-county-sheriff'],
    ['California Highway Patrol', 'us-chp'],
    ['Texas DPS', 'us-texas-dps'],
    ['Capitol Police', 'us-capitol-police'],
    ['香港警方', 'hk-police'],
    ['Hong Kong police', 'hk-police'],
    ['北京警方', 'cn-beijing-police'],
    ['警政署', 'tw-npa'],
    ['大阪府警', 'jp-osaka-police'],
    ['神奈川県警', 'jp-kanagawa-police'],
    ['서울경찰청', 'kr-seoul-police'],
    ['NSW Police', 'au-nsw-police'],
    ['Victoria Police', 'au-victoria-police'],
    ['Dubai Police', 'ae-dubai-police'],
    ['FARAJA', 'ir-police'],
    ['Dhaka Metropolitan Police', 'bd-dmp'],
    ['Sindh Police', 'pk-sindh-police'],
    ['Cảnh sát Hồng Kông', 'hk-police'],
    ['Kepolisian Singapura', 'sg-police'],
  ])('%s → %s', (name, id) => {
    expect(outletRegistry().lookup(name)?.id).toBe(id);
  });

  it.each([
    // [name, its entries] — forces and offices of two countries, or an acronym other bodies use
    ['BKA', ['de-bka', 'at-bka']],
    ['Bundespolizei', ['de-federal-police', 'at-police']],
    ['PNP', ['ph-pnp', 'pe-police']],
    ['CBI', ['in-cbi', 'gb-cbi']],
    ['SPF', ['sg-police']],
    ['NIA', ['in-nia']],
  ])('a name other bodies go by too says who only with the story: %s', (name, ids) => {
    expect(outletRegistry().lookup(name)).toBeUndefined();
    expect(outletRegistry().candidates(name)?.outlets.map((o) => o.id).sort()).toEqual([...ids].sort());
  });

  it.each([
    ['de', 'https://www.wiener-blatt.example/chronik/razzia', ['Bei einer Razzia in Wien und Graz wurden am Dienstag fünf Verdächtige festgenommen.', 'Das Bundeskriminalamt teilte mit, die Gruppe habe in ganz Österreich Autos gestohlen.', 'Die Ermittlungen in Linz dauern an.'], 'at-bka', 'de-bka'],
    ['de', 'https://www.spree-bote.example/berlin/razzia', ['Bei einer Razzia in Berlin und Hamburg wurden am Dienstag fünf Verdächtige festgenommen.', 'Das Bundeskriminalamt teilte mit, die Gruppe habe in ganz Deutschland Autos gestohlen.', 'Die Ermittlungen in München dauern an.'], 'de-bka', 'at-bka'],
    ['en', 'https://www.andes-wire.example/peru/protest', ['Protesters blocked roads around Lima and Cusco on Monday, the third day of unrest in Peru.', 'The PNP said 40 people had been detained in Arequipa.', 'Peruvian officials called for calm.'], 'pe-police', 'ph-pnp'],
    ['en', 'https://www.manila-ledger.example/metro/raid', ['Police raided a warehouse in Manila and Quezon City on Monday, officials in the Philippines said.', 'The PNP said 40 people had been detained in Cebu.', 'Filipino officials called for calm.'], 'ph-pnp', 'pe-police'],
  ])('a shared name resolves to the body of the story’s country (%s %s)', (lang, url, paragraphs, id, other) => {
    const ids = credited(lang, url, paragraphs);
    expect(ids).toContain(id);
    expect(ids).not.toContain(other);
  });
});

describe('central banks, weather and seismology services, banks quoted for forecasts', () => {
  it.each([
    ['Riksbank', 'se-riksbank'],
    ['Norges Bank', 'no-norges-bank'],
    ['RBNZ', 'nz-rbnz'],
    ['新西兰联储', 'nz-rbnz'],
    ['Ngân hàng Trung ương Thụy Điển', 'se-riksbank'],
    ['Magyar Nemzeti Bank', 'hu-mnb'],
    ['Česká národní banka', 'cz-cnb'],
    ['Banco de Portugal', 'pt-bdp'],
    ['Нацбанк Казахстана', 'kz-nbk'],
    ['مصرف الإمارات العربية المتحدة المركزي', 'ae-cbuae'],
    ['Bank Al-Maghrib', 'ma-bam'],
    ['Ngân hàng Quốc gia Campuchia', 'kh-nbc'],
    ['SMHI', 'se-smhi'],
    ['MeteoSchweiz', 'ch-meteoswiss'],
    ['ZAMG', 'at-geosphere'],
    ['Met Éireann', 'ie-met-eireann'],
    ['香港天文台', 'hk-observatory'],
    ['中央气象台', 'cn-nmc'],
    ['Росгидромет', 'ru-roshydromet'],
    ['ECMWF', 'ecmwf'],
    ['Trung tâm Cảnh báo Bão Liên hợp Hải quân Mỹ', 'us-jtwc'],
    ['JTWC', 'us-jtwc'],
    ['EMSC', 'emsc'],
    ['GFZ', 'de-gfz'],
    ['Badan Geologi', 'id-badan-geologi'],
    ['地震調査委員会', 'jp-hers'],
    ['KOERI', 'tr-kandilli'],
    ['Standard Chartered', 'standard-chartered'],
    ['渣打银行', 'standard-chartered'],
    ['DBS', 'dbs'],
    ['UOB', 'uob'],
    ['Maybank Sekuritas', 'maybank'],
    ['ING', 'ing'],
    ['Société Générale', 'societe-generale'],
    ['中金公司', 'cicc'],
    ['미래에셋증권', 'mirae-asset'],
    ['Chứng khoán VNDirect', 'vndirect'],
    ['Mandiri Sekuritas', 'mandiri-sekuritas'],
    ['Capital Economics', 'capital-economics'],
  ])('%s → %s', (name, id) => {
    expect(outletRegistry().lookup(name)?.id).toBe(id);
  });

  it.each([
    ['INE', ['es-ine', 'pt-ine', 'cl-ine', 'mx-ine']],
    ['Servicio Meteorológico Nacional', ['mx-smn', 'ar-smn']],
  ])('a name several countries give their own body says who only with the story: %s', (name, ids) => {
    expect(outletRegistry().lookup(name)).toBeUndefined();
    expect(outletRegistry().candidates(name)?.outlets.map((o) => o.id).sort()).toEqual([...ids].sort());
  });

  it.each([
    ['es', 'https://www.diario-centro.example/economia/paro', ['El paro bajó en Madrid y en Valencia durante el último trimestre en España.', 'Según el INE, la tasa se situó en el 11 por ciento.', 'Los sindicatos de Sevilla piden más empleo estable.'], 'es-ine'],
    ['es', 'https://www.noticias-mx.example/politica/consulta', ['La consulta se celebrará en la Ciudad de México, Puebla y Monterrey el próximo domingo en México.', 'El INE informó que instalará diez mil casillas.', 'Los partidos mexicanos pidieron vigilancia.'], 'mx-ine'],
    ['es', 'https://www.diario-austral.example/clima/ola-de-calor', ['Una ola de calor afecta a Buenos Aires, Córdoba y Rosario desde el lunes en Argentina.', 'El Servicio Meteorológico Nacional informó que la alerta roja seguirá vigente hasta el jueves.', 'Los hospitales porteños reforzaron las guardias.'], 'ar-smn'],
  ])('a shared name resolves to the body of the story’s country (%s %s)', (lang, url, paragraphs, id) => {
    expect(credited(lang, url, paragraphs)).toContain(id);
  });

  it.each([
    ['en', 'Santander is a port city on the north coast of Spain with a long history of trade.', 'santander'],
    ['en', 'Macquarie was the governor of New South Wales for more than a decade.', 'macquarie'],
  ])('a place or a surname opening a sentence credits no bank (%s): %s', (lang, sentence, id) => {
    expect(credited(lang, 'https://www.local-ledger.example/a', ['The history of the region is long.', sentence, 'The story continues.'])).not.toContain(id);
  });
});

describe("a body's bare name in its own country's language, and Taiwan's and Korea's bodies", () => {
  it.each([
    ['衛福部', 'tw-mohw'],
    ['疾管署', 'tw-cdc'],
    ['中選會', 'tw-cec'],
    ['海巡署', 'tw-cga'],
    ['기후에너지환경부', 'kr-environment-ministry'],
    ['서울중앙지검', 'kr-seoul-central-prosecutors'],
  ])('%s → %s', (name, id) => {
    expect(outletRegistry().lookup(name)?.id).toBe(id);
  });

  it.each([
    // [lang, url, paragraphs, the entry, or null: stays unresolved]
    ['zh', 'https://www.taipei-ribao.example/politics/1', ['台北時間週二，台灣與日本在台北舉行會談。', '外交部表示，雙方將繼續在台灣合作。'], 'tw-foreign-ministry'],
    ['zh', 'https://www.beijing-ribao.example/guoji/1', ['北京时间周二，中国与日本在北京举行会谈。', '外交部表示，中国愿与各方继续合作。'], 'cn-foreign-ministry'],
    ['ru', 'https://www.moskva-vesti.example/politika/1', ['Россия и Казахстан провели переговоры в Москве во вторник.', 'МИД заявил, что Россия продолжит сотрудничество.'], 'ru-foreign-ministry'],
    ['ru', 'https://www.kyiv-vesti.example/politika/1', ['Украина и Польша провели переговоры в Киеве во вторник.', 'МИД заявил, что стороны продолжат сотрудничество.', 'Министр Украины поблагодарил коллег.'], null],
  ])('%s: %s', (lang, url, paragraphs, id) => {
    const report = trace(page(lang, paragraphs), url);
    const ids = report.sources.map((s) => s.outlet?.id ?? null);
    if (id) expect(ids).toContain(id);
    else {
      expect(ids).not.toContain('ru-foreign-ministry');
      expect(report.sources.some((s) => s.candidates?.length)).toBe(true);
    }
  });
});
