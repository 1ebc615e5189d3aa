/**
 * Who a shared name means: short articles set in many countries, each crediting a name several bodies go
 * by. The name resolves to the body of the story's country (its site, its places, its language, a fuller
 * mention before), or stays unresolved; names only one body has resolve as before.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DATA } from '../../lib/outlets/data/index';
import { Registry } from '../../lib/outlets/index';
import { Outlet } from '../../lib/outlets/schema';
import { trace } from '../../lib/trace';

const page = (lang: string, title: string, paragraphs: string[]) =>
  parseHTML(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="article"></head>
<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`).document as unknown as Document;

/** Each credited name → the id of the entry it resolved to, or null. */
function resolved(lang: string, url: string, title: string, paragraphs: string[], registry?: Registry): Record<string, string | null> {
  const report = trace(page(lang, title, paragraphs), url, registry ? { registry } : {});
  return Object.fromEntries(report.sources.map((s) => [s.outlet?.name ? s.outlet.id : s.name, s.outlet?.id ?? null]));
}

/** The registry without some entries: a country's body the registry lacks. */
const without = (...ids: string[]) => new Registry(DATA.flat().filter((o) => !ids.includes(o.id)).map((o) => Outlet.parse(o)));

describe('a shared name resolves to the body the story means', () => {
  it.each([
    // [case, lang, url, title, paragraphs, name as credited, expected entry]
    ['The Independent in a Kampala story', 'en', 'https://www.kampala-post.example/news/roads', 'Kampala roads budget questioned', [
      'KAMPALA — Traders in central Kampala say the city has not repaired the roads it promised to fix before the rains.',
      'The Independent reported on Tuesday that the Kampala Capital City Authority spent less than half of its road budget.',
      'Officials in Uganda said the work would resume once the dry season begins in Wakiso and Mukono.',
    ], 'The Independent', 'independent-ug'],
    ['The Independent in a London story', 'en', 'https://www.london-ledger.example/politics/housing', 'London rents climb again', [
      'Rents in London rose for the ninth month in a row, according to figures released in Britain on Monday.',
      'The Independent reported that councils across England are running out of temporary housing.',
      'Ministers in Westminster said a new plan would be published before the summer.',
    ], 'The Independent', 'independent'],
    ['La Nación in a San José story', 'es', 'https://www.diario-tico.example/nacionales/agua', 'Cortes de agua en San José', [
      'Vecinos de San José y Alajuela denunciaron cortes de agua durante toda la semana.',
      'Según La Nación, el Instituto Costarricense de Acueductos no informó a tiempo a los barrios afectados.',
      'Las autoridades de Costa Rica prometieron restablecer el servicio antes del fin de semana.',
    ], 'La Nación', 'la-nacion-cr'],
    ['La Nación in a Buenos Aires story', 'es', 'https://www.clarin.com/politica/subte', 'Aumenta el subte en Buenos Aires', [
      'El boleto del subte en Buenos Aires subirá un doce por ciento a partir del mes próximo.',
      'Según La Nación, la Legislatura porteña aprobará el aumento esta semana.',
      'Usuarios de la capital argentina criticaron la medida.',
    ], 'La Nación', 'la-nacion-ar'],
    ['El Universal in a Caracas story', 'es', 'https://www.noticias-caribe.example/economia/precios', 'Suben los precios en Caracas', [
      'Los comerciantes de Caracas y Maracaibo reportaron nuevas alzas en los alimentos básicos.',
      'Según El Universal, el bolívar perdió un tercio de su valor en lo que va del año.',
      'Economistas venezolanos advierten que la inflación seguirá alta en Venezuela.',
    ], 'El Universal', 'el-universal-ve'],
    ['El Universal in a Mexico City story', 'es', 'https://www.noticias-mx.example/metropoli/agua', 'Escasez de agua en la capital', [
      'Colonias de la Ciudad de México y Puebla pasaron otra semana sin agua corriente.',
      'El Universal informó que el gobierno capitalino enviará pipas a las zonas más afectadas.',
      'Vecinos mexicanos protestaron frente a las oficinas de la alcaldía.',
    ], 'El Universal', 'el-universal-mx'],
    ['ABC in a Madrid story', 'es', 'https://www.diario-centro.example/espana/sanidad', 'Listas de espera en Madrid', [
      'Los hospitales de Madrid acumulan las listas de espera más largas de España, según los sindicatos médicos.',
      'ABC informó que la consejería prepara un plan de choque para el verano.',
      'Los pacientes de Sevilla y Barcelona también denuncian retrasos.',
    ], 'ABC', 'abc-es'],
    ['ABC in a Washington story', 'en', 'https://www.capitol-wire.example/politics/budget', 'Budget talks stall', [
      'Budget talks in Washington stalled again on Wednesday as lawmakers left for the weekend.',
      'ABC reported that the White House is preparing a short-term funding bill.',
      'Several American agencies could close next month without a deal.',
    ], 'ABC', 'abc-news'],
    ['The Star in a Nairobi story', 'en', 'https://nation.africa/kenya/news/fuel', 'Fuel prices rise in Nairobi', [
      'Motorists in Nairobi and Mombasa queued for hours after fuel prices went up overnight.',
      'The Star reported that the energy regulator had approved the increase on Friday.',
      'Kenyan transport operators threatened to raise fares.',
    ], 'The Star', 'the-star-ke'],
    ['The Star in a Kuala Lumpur story', 'en', 'https://www.malaymail.com/news/malaysia/floods', 'Floods cut roads in Selangor', [
      'Heavy rain flooded several roads in Kuala Lumpur and Selangor on Thursday.',
      'The Star reported that more than two thousand people were moved to relief centres.',
      'Malaysian officials said the water would recede by the weekend.',
    ], 'The Star', 'the-star-my'],
    ['The Times in a London story', 'en', 'https://www.thames-courier.example/uk/nhs', 'NHS waiting lists', [
      'Waiting lists in England reached a new high, figures from London showed on Thursday.',
      'A senior doctor told The Times that hospitals were short of beds all winter.',
      'British ministers promised more money for the health service.',
    ], 'The Times', 'the-times'],
    ['Kementerian Luar Negeri in a Jakarta story', 'id', 'https://www.kompas.com/read/wni', 'WNI dievakuasi', [
      'Pemerintah Indonesia mengevakuasi puluhan warga negara dari daerah konflik, kata pejabat di Jakarta, Senin.',
      'Kementerian Luar Negeri mengatakan seluruh WNI dalam keadaan sehat dan akan tiba di Surabaya besok.',
      'Keluarga para pekerja menunggu di bandara sejak pagi.',
    ], 'Kementerian Luar Negeri', 'id-kemlu'],
    ['Bộ Y tế in a Hà Nội story', 'vi', 'https://vnexpress.net/suc-khoe/sot-xuat-huyet', 'Sốt xuất huyết tăng ở Hà Nội', [
      'Số ca sốt xuất huyết tại Hà Nội tăng gấp đôi so với cùng kỳ năm ngoái.',
      'Bộ Y tế cho biết đã cử đoàn công tác đến các bệnh viện tuyến cuối để hỗ trợ điều trị.',
      'Người dân Việt Nam được khuyến cáo diệt muỗi và lăng quăng tại nhà.',
    ], 'Bộ Y tế', 'vn-ministry-of-health'],
    ['The Nation in a Bangkok story', 'en', 'https://www.asia-desk.example/thailand/flood', 'Floods in Bangkok', [
      'Floodwater reached the outskirts of Bangkok on Sunday after days of rain in central Thailand.',
      'The Nation reported that the irrigation department opened two more sluice gates.',
      'Thai farmers in Ayutthaya said their rice fields were under water.',
    ], 'The Nation', 'the-nation-thailand'],
    ['The Nation in a Lahore story', 'en', 'https://www.dawn.com/news/smog', 'Smog closes schools in Lahore', [
      'Schools in Lahore closed for a week as smog covered Punjab for the fifth day.',
      'The Nation reported that hospitals in the city treated hundreds of patients for breathing problems.',
      'Pakistani officials blamed crop burning and traffic.',
    ], 'The Nation', 'the-nation-pakistan'],
    ['The Guardian in a Lagos story', 'en', 'https://punchng.com/fuel-queues', 'Fuel queues return to Lagos', [
      'Long queues returned to filling stations in Lagos and Abuja on Monday.',
      'The Guardian reported that depots in Lagos had raised their prices twice in a week.',
      'Nigerian motorists said they waited up to six hours.',
    ], 'The Guardian', 'guardian-ng'],
    ['NTV in a Kampala story', 'en', 'https://www.kampala-post.example/news/strike', 'Traders strike in Kampala', [
      'Shops in downtown Kampala stayed shut on Tuesday as traders protested a new tax.',
      'NTV reported that police were deployed around the markets in Kampala and Jinja.',
      'Ugandan officials said talks with the traders would continue.',
    ], 'NTV', 'ntv-uganda'],
    ['The Telegraph in a Kolkata story', 'en', 'https://www.bengal-daily.example/city/metro', 'Metro line opens in Kolkata', [
      'A new metro line opened in Kolkata on Saturday, linking the airport with the city centre.',
      'The Telegraph reported that more than forty thousand people rode the line on its first day.',
      'Officials in West Bengal said two more stations would open next year.',
    ], 'The Telegraph', 'telegraph-india'],
    ['Bundesregierung in a Vienna story', 'de', 'https://www.wiener-blatt.example/politik/budget', 'Budget in Wien', [
      'In Wien wird über das Budget für das kommende Jahr verhandelt.',
      'Die Bundesregierung teilte mit, dass die Pensionen stärker steigen sollen als geplant.',
      'Österreichs Gemeinden fordern mehr Geld für Kindergärten in Tirol und Kärnten.',
    ], 'Bundesregierung', 'at-government'],
    ['金融时报 after its country in a Chinese story', 'zh', 'https://www.xinwen-ribao.example/guoji/2024/nengyuan.html', '欧洲能源价格再度上涨', [
      '北京时间周二，欧洲天然气价格连续第三天上涨，中国进口商正在评估影响。',
      '据英国《金融时报》报道，多家伦敦能源公司计划下月提高零售电价。',
      '分析人士认为，上海和广州的企业暂时不会受到明显冲击。',
    ], '金融时报', 'ft'],
    // The country before the title picks the paper, whatever country the story is set in.
    ['西班牙《世界报》in a Paris story', 'zh', 'https://www.xinwen-ribao.example/guoji/2024/bali.html', '巴黎举行大规模抗议', [
      '法国巴黎周六爆发大规模抗议，里昂和马赛也有数万人走上街头。',
      '据西班牙《世界报》报道，马德里方面担心抗议会蔓延到邻国。',
      '法国政府表示将继续推进养老金改革。',
    ], '世界报', 'el-mundo'],
    ['法国《世界报》in a Madrid story', 'zh', 'https://www.xinwen-ribao.example/guoji/2024/madeli.html', '马德里房租持续上涨', [
      '西班牙马德里和巴塞罗那的房租连续第十个月上涨。',
      '法国《世界报》评论称，欧洲多国的住房危机正在加剧。',
      '西班牙政府计划推出新的租金管制措施。',
    ], '世界报', 'le-monde'],
    ['Banco Central in a Santo Domingo story', 'es', 'https://www.diario-quisqueya.example/economia/remesas', 'Crecen las remesas', [
      'Las remesas enviadas a la República Dominicana crecieron un ocho por ciento en el primer trimestre.',
      'Según el Banco Central, la mayor parte de los envíos llegó desde Estados Unidos y España.',
      'Economistas de Santo Domingo y Santiago de los Caballeros esperan que la tendencia continúe.',
    ], 'Banco Central', 'do-central-bank'],
    ['Electoral Commission in a Cardiff story', 'en', 'https://www.valleys-courier.example/politics/donations', 'Party fined over donations', [
      'A party in Wales has been fined for failing to report donations on time, ahead of elections across Britain.',
      'The Electoral Commission said the party had filed eleven reports late in Cardiff and Swansea.',
      'Party officials in the United Kingdom said they would pay the fine.',
    ], 'Electoral Commission', 'gb-electoral-commission'],
  ])('%s', (_case, lang, url, title, paragraphs, name, id) => {
    const found = resolved(lang, url, title, paragraphs);
    expect(Object.values(found)).toContain(id);
    expect(found[name]).toBeUndefined();
  });
});

describe('a later short mention follows the first full one', () => {
  it.each([
    ['Kementerian Luar Negeri after Malaysia’s', 'id', 'https://www.berita-rakyat.example/internasional/nelayan', 'Nelayan ditahan di perairan Malaysia', [
      'Kementerian Luar Negeri Malaysia memanggil duta besar setelah kapal nelayan ditahan di perairan Sabah.',
      'Kementerian Luar Negeri mengatakan pihaknya menunggu laporan lengkap dari otoritas maritim di Kuala Lumpur.',
      'Para nelayan dilaporkan dalam keadaan baik.',
    ], 'my-foreign-ministry'],
    ['the Times after The New York Times', 'en', 'https://www.metro-ledger.example/politics/interview', 'An interview', [
      'The senator told The New York Times on Monday that she would not run again.',
      'She told the Times that the decision was made months ago in Albany.',
      'Her office declined to comment further.',
    ], 'nyt'],
  ])('%s', (_case, lang, url, title, paragraphs, id) => {
    const ids = Object.values(resolved(lang, url, title, paragraphs));
    expect(ids).toEqual([id]);
  });

  it('Bộ Y tế after Thailand’s is not Vietnam’s ministry', () => {
    const found = resolved('vi', 'https://www.bao-moi-ngay.example/the-gioi/cum', 'Thái Lan ghi nhận ca cúm mới', [
      'Bộ Y tế Thái Lan ngày 3/5 xác nhận thêm 12 ca cúm gia cầm tại các tỉnh miền bắc nước này.',
      'Bộ Y tế cho biết các bệnh nhân đang được cách ly tại bệnh viện ở Chiang Mai và Bangkok.',
      'Giới chức khuyến cáo người dân không tiếp xúc với gia cầm ốm.',
    ]);
    // Thailand's ministry, by the name the fuller mention gives it.
    expect(Object.values(found)).toEqual(['th-health-ministry']);
  });

  it('stays unresolved, rather than picking Indonesia’s, when the registry lacks Malaysia’s ministry', () => {
    const found = resolved('id', 'https://www.berita-rakyat.example/internasional/nelayan', 'Nelayan ditahan', [
      'Kementerian Luar Negeri Malaysia memanggil duta besar setelah kapal nelayan ditahan di perairan Sabah.',
      'Kementerian Luar Negeri mengatakan pihaknya menunggu laporan lengkap dari otoritas maritim.',
      'Para nelayan dilaporkan dalam keadaan baik.',
    ], without('my-foreign-ministry'));
    // The short mention is named as the fuller one says: Malaysia's ministry, not in the registry.
    expect(found).toEqual({ 'Kementerian Luar Negeri Malaysia': null });
  });
});

describe('a shared name stays unresolved where the story points to none of its bodies', () => {
  it.each([
    ['The Independent in Kampala, without the Ugandan paper', 'en', 'https://www.kampala-post.example/news/roads', 'Kampala roads', [
      'KAMPALA — Traders in central Kampala say the city has not repaired the roads it promised to fix.',
      'The Independent reported on Tuesday that the city authority spent less than half of its road budget.',
      'Officials in Uganda said the work would resume in Wakiso and Mukono.',
    ], without('independent-ug'), ['independent']],
    ['The Star in a Lagos story', 'en', 'https://punchng.com/traffic', 'Lagos traffic', [
      'Commuters in Lagos spent up to four hours in traffic after a bridge was closed for repairs.',
      'The Star reported that the repairs could take six weeks.',
      'Nigerian road officials asked motorists to use the Third Mainland Bridge.',
    ], undefined, ['the-star-ke', 'the-star-my', 'toronto-star']],
    ['The Times in a Karachi story', 'en', 'https://www.dawn.com/news/power', 'Power cuts in Karachi', [
      'Residents of Karachi and Lahore endured power cuts of up to ten hours on Sunday.',
      'An official of the power company told The Times that the grid was overloaded.',
      'Pakistani regulators ordered an inquiry.',
    ], undefined, ['the-times']],
    ['La Nación in a Caracas story', 'es', 'https://www.noticias-caribe.example/politica/elecciones', 'Elecciones en Venezuela', [
      'Los partidos de oposición en Caracas anunciaron que participarán en las elecciones regionales de Venezuela.',
      'Según La Nación, los observadores internacionales llegarán el próximo mes.',
      'El consejo electoral venezolano no comentó.',
    ], undefined, ['la-nacion-ar', 'la-nacion-cr', 'la-nacion-py']],
    ['ABC in a Nairobi story', 'en', 'https://nation.africa/kenya/news/drought', 'Drought in northern Kenya', [
      'Herders in northern Kenya say the drought has killed half of their cattle this year.',
      'ABC reported that aid groups in Nairobi are running short of funds.',
      'Kenyan officials promised water trucks for the worst-hit counties.',
    ], undefined, ['abc-news', 'abc-es', 'abc-australia', 'abc-color']],
    ['PTI in an Islamabad story (the party, not the wire)', 'en', 'https://www.dawn.com/news/rally', 'Rally in Islamabad', [
      'Thousands gathered in Islamabad on Friday for an opposition rally near the parliament.',
      'PTI said the police had arrested dozens of its workers in Rawalpindi overnight.',
      'Pakistani officials said the rally was held without permission.',
    ], undefined, ['pti']],
  ])('%s', (_case, lang, url, title, paragraphs, registry, wrong) => {
    const report = trace(page(lang, title, paragraphs), url, registry ? { registry } : {});
    const ids = report.sources.map((s) => s.outlet?.id);
    for (const id of wrong) expect(ids).not.toContain(id);
    // The report names the candidates as such.
    const shared = report.sources.find((s) => s.candidates);
    expect(shared?.resolved).toBe(false);
  });
});

describe('names only one body has resolve wherever the story is', () => {
  it.each([
    ['Reuters in a Kampala story', 'en', 'https://www.kampala-post.example/news/oil', [
      'KAMPALA — Uganda expects its first oil exports within two years, officials in Kampala said.',
      'Reuters reported that the pipeline to the coast is two thirds complete.',
    ], 'reuters'],
    ['Kemlu RI in a Malaysian story', 'id', 'https://www.berita-rakyat.example/internasional/tki', [
      'Ratusan pekerja Indonesia di Johor dan Sabah menunggu pemulangan ke tanah air.',
      'Menurut Kemlu RI, proses pemulangan dimulai pekan depan dari Kuala Lumpur.',
    ], 'id-kemlu'],
    ['ANTARA after a cue', 'id', 'https://www.berita-rakyat.example/nasional/banjir', [
      'Banjir merendam ratusan rumah di Bekasi sejak Minggu malam.',
      'Menurut Antara, ketinggian air mencapai satu meter di beberapa titik.',
    ], 'antara'],
  ])('%s', (_case, lang, url, paragraphs, id) => {
    expect(Object.values(resolved(lang, url, 'Story', paragraphs))).toContain(id);
  });
});

describe('names that are ordinary words match only where they are the name', () => {
  it('"IRENA" the agency, "Irena" a first name', () => {
    const ids = (text: string) =>
      trace(page('en', 'Energy', ['Solar capacity in Europe grew faster than expected last year.', text, 'Prices for panels fell again.']), 'https://www.energy-desk.example/a').sources.map((s) => s.outlet?.id);
    expect(ids('IRENA said the growth would continue through the decade.')).toContain('irena');
    expect(ids('Irena said the growth would continue through the decade.')).not.toContain('irena');
  });

  it('"Antara" opening a sentence is the word; after a cue, the agency', () => {
    const ids = (text: string) => trace(page('id', 'Banjir', ['Banjir merendam rumah warga di Bekasi sejak Minggu malam.', text, 'Warga mengungsi ke masjid.']), 'https://www.berita-rakyat.example/a').sources.map((s) => s.outlet?.id);
    expect(ids('Antara mengatakan air mulai surut di beberapa titik.')).not.toContain('antara');
    expect(ids('Air mulai surut di beberapa titik, kata Antara.')).toContain('antara');
  });

  it('"Die Welt" opening a sentence is the world, "der Welt" after a cue the paper', () => {
    const ids = (text: string) => trace(page('de', 'Klima', ['Die Temperaturen steigen schneller als erwartet.', text, 'Die Regierung will handeln.']), 'https://www.klima-blatt.example/a').sources.map((s) => s.outlet?.id);
    expect(ids('Die Welt warnte vor den Folgen, wie schon vor zehn Jahren.')).not.toContain('die-welt');
    expect(ids('Das berichtete die „Welt“ am Montag unter Berufung auf Regierungskreise.')).toContain('die-welt');
  });
});
