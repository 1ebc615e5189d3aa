/**
 * News agencies (wires), world and national. Facts: each agency's own site and public references.
 * Edit: one entry per agency; aliases as the press prints them in any language or script; domains without
 * `www.`; ownership only with a public URL stating it. test/outlets/registry.test.ts checks every entry.
 */
import type { OutletInput } from '../schema';

export default [
  { id: 'reuters', name: 'Reuters', aliases: ['Thomson Reuters', 'Reuters News Agency', 'REUTERS', 'Рейтер', 'Рейтерс', 'رويترز', '路透社', '路透', 'ロイター', 'ロイター通信', '로이터', 'hãng tin Reuters', 'Kantor Berita Reuters'], domains: ['reuters.com', 'reuters.tv'], kind: 'wire', country: 'GB', languages: ['en', 'es', 'fr', 'de', 'ja', 'zh', 'ar', 'ru', 'pt', 'it'], search: 'https://www.reuters.com/site-search/?query={q}' },
  { id: 'ap', name: 'Associated Press', aliases: ['AP', 'The Associated Press', 'AP News', 'Assoc. Press', 'アソシエーテッド・プレス', '美联社', '美聯社', 'АП', 'Ассошиэйтед Пресс', 'أسوشيتد برس', 'hãng tin AP'], domains: ['apnews.com', 'ap.org'], kind: 'wire', country: 'US', languages: ['en', 'es'], search: 'https://apnews.com/search?q={q}' },
  { id: 'afp', name: 'Agence France-Presse', aliases: ['AFP', 'Agence France Presse', 'France-Presse', 'Франс Пресс', 'Франс-Пресс', 'فرانس برس', 'أ ف ب', '法新社', 'フランス通信', 'AFP通信', '아에프페', 'Kantor Berita AFP', 'hãng tin AFP'], domains: ['afp.com'], kind: 'wire', country: 'FR', languages: ['fr', 'en', 'es', 'de', 'pt', 'ar'], ownership: { kind: 'public', fact: 'AFP is an autonomous public-law entity established by French statute (Law 57-32 of 10 January 1957).', url: 'https://www.afp.com/en/agency/about/afp-statute' } },
  { id: 'tass', name: 'TASS', aliases: ['ТАСС', 'TASS Russian News Agency', 'Kantor Berita TASS', 'hãng thông tấn TASS', 'Information Telegraph Agency of Russia', 'ITAR-TASS', 'ИТАР-ТАСС', 'タス通信', '塔斯社', 'تاس'], domains: ['tass.com', 'tass.ru'], kind: 'wire', country: 'RU', languages: ['ru', 'en'], ownership: { kind: 'state-owned', fact: 'TASS is a federal state unitary enterprise of the Russian Federation.', url: 'https://tass.com/tass-today' }, search: 'https://tass.com/search?searchStr={q}' },
  { id: 'ria-novosti', name: 'RIA Novosti', aliases: ['РИА Новости', 'RIA', 'РИА', 'Ria Novosti'], domains: ['ria.ru'], kind: 'wire', country: 'RU', languages: ['ru'] },
  { id: 'interfax', name: 'Interfax', aliases: ['Интерфакс'], domains: ['interfax.ru', 'interfax.com'], kind: 'wire', country: 'RU', languages: ['ru', 'en'] },
  { id: 'xinhua', name: 'Xinhua', aliases: ['Xinhua News Agency', '新华社', '新華社', 'Tân Hoa Xã', 'Синьхуа', 'شينخوا', '신화통신', '新華社通信', 'Kantor Berita Xinhua'], domains: ['news.cn', 'xinhuanet.com'], kind: 'wire', country: 'CN', languages: ['zh', 'en'] },
  { id: 'antara', name: 'ANTARA', aliases: ['Antara', 'Kantor Berita Antara', 'Antara News', 'ANTARA News', 'LKBN Antara'], domains: ['antaranews.com'], kind: 'wire', country: 'ID', languages: ['id', 'en'] },
  { id: 'vna', name: 'Vietnam News Agency', aliases: ['TTXVN', 'Thông tấn xã Việt Nam', 'VNA', 'Vietnamplus'], domains: ['vnanet.vn', 'vietnamplus.vn', 'bnews.vn'], kind: 'wire', country: 'VN', languages: ['vi', 'en'] },
  { id: 'kyodo', name: 'Kyodo News', aliases: ['Kyodo', '共同通信', '共同通信社', '共同社', '교도통신'], domains: ['kyodonews.net', 'kyodonews.jp'], kind: 'wire', country: 'JP', languages: ['ja', 'en'] },
  { id: 'yonhap', name: 'Yonhap News Agency', aliases: ['Yonhap', '연합뉴스', '聯合ニュース', '韩联社'], domains: ['yna.co.kr', 'en.yna.co.kr'], kind: 'wire', country: 'KR', languages: ['ko', 'en'] },
  { id: 'dpa', name: 'Deutsche Presse-Agentur', aliases: ['dpa', 'DPA', 'Deutsche Presse Agentur', 'dpa-infocom'], domains: ['dpa.com'], kind: 'wire', country: 'DE', languages: ['de', 'en'] },
  { id: 'efe', name: 'EFE', aliases: ['Agencia EFE', 'Agence EFE'], domains: ['efe.com'], kind: 'wire', country: 'ES', languages: ['es', 'en', 'pt'] },
  { id: 'anadolu', name: 'Anadolu Agency', aliases: ['Anadolu', 'Anadolu Ajansı', 'AA', 'Kantor Berita Anadolu'], domains: ['aa.com.tr'], kind: 'wire', country: 'TR', languages: ['tr', 'en', 'ar'] },
] satisfies OutletInput[];
