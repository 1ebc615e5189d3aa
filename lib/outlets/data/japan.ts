/**
 * Japanese companies and state bodies the Japanese press credits most often (`パナソニックは…と発表した`,
 * `公正取引委員会によると`), with the names it prints in kana, kanji and Latin letters. A company name that is
 * also a surname or a place (Honda, Nomura, Takeda, 日立, スズキ) is listed under `words`: it counts only where
 * the whole stretch before a cue is the name.
 */
import type { OutletInput } from '../schema';

const jp = (id: string, name: string, aliases: string[], domains: string[], kind: OutletInput['kind'], extra: Partial<OutletInput> = {}): OutletInput => ({
  id, name, aliases, domains, kind, country: 'JP', languages: ['ja', 'en'], ...extra,
});

export default [
  // companies
  jp('panasonic', 'Panasonic Holdings', ['Panasonic', 'パナソニック', 'パナソニックホールディングス', 'パナソニックHD'], ['panasonic.com', 'panasonic.jp', 'holdings.panasonic'], 'company'),
  jp('nissan', 'Nissan Motor', ['Nissan', 'Nissan Motor Co.', '日産自動車', '日産'], ['nissan-global.com', 'nissan.co.jp'], 'company'),
  jp('honda', 'Honda Motor', ['Honda', 'Honda Motor Co.', 'ホンダ', '本田技研工業'], ['honda.co.jp', 'global.honda'], 'company', { words: ['Honda'] }),
  jp('hitachi', 'Hitachi', ['Hitachi Ltd.', '日立製作所', '日立'], ['hitachi.com', 'hitachi.co.jp'], 'company', { words: ['日立'] }),
  jp('toshiba', 'Toshiba', ['Toshiba Corporation', '東芝'], ['toshiba.co.jp', 'global.toshiba'], 'company'),
  jp('rakuten', 'Rakuten Group', ['Rakuten', '楽天グループ', '楽天'], ['rakuten.co.jp', 'global.rakuten.com'], 'company'),
  jp('ntt', 'NTT', ['Nippon Telegraph and Telephone', '日本電信電話'], ['group.ntt', 'ntt.co.jp'], 'company'),
  jp('ntt-docomo', 'NTT Docomo', ['NTTドコモ', 'ドコモ', 'Docomo'], ['docomo.ne.jp'], 'company'),
  jp('kddi', 'KDDI', ['KDDI Corporation'], ['kddi.com'], 'company'),
  jp('fast-retailing', 'Fast Retailing', ['ファーストリテイリング', 'ユニクロ', 'Uniqlo'], ['fastretailing.com', 'uniqlo.com'], 'company'),
  jp('seven-and-i', 'Seven & i Holdings', ['セブン&アイ・ホールディングス', 'セブン＆アイ・ホールディングス', 'セブン&アイ', 'セブン＆アイ'], ['7andi.com'], 'company'),
  jp('mitsubishi-corp', 'Mitsubishi Corporation', ['三菱商事'], ['mitsubishicorp.com'], 'company'),
  jp('mitsubishi-heavy', 'Mitsubishi Heavy Industries', ['三菱重工業', '三菱重工'], ['mhi.com', 'mhi.co.jp'], 'company'),
  jp('mitsui-co', 'Mitsui & Co.', ['三井物産'], ['mitsui.com'], 'company'),
  jp('sharp-jp', 'Sharp Corporation', ['シャープ'], ['sharp.co.jp', 'global.sharp'], 'company'),
  jp('canon', 'Canon Inc.', ['キヤノン'], ['canon.com', 'global.canon'], 'company'),
  jp('fujitsu', 'Fujitsu', ['富士通'], ['fujitsu.com'], 'company'),
  jp('nec', 'NEC Corporation', ['日本電気'], ['nec.com'], 'company'),
  jp('jr-east', 'East Japan Railway', ['JR East', 'JR東日本', '東日本旅客鉄道'], ['jreast.co.jp'], 'company'),
  jp('jr-central', 'Central Japan Railway', ['JR Central', 'JR東海', '東海旅客鉄道'], ['jr-central.co.jp'], 'company'),
  jp('nomura', 'Nomura Holdings', ['Nomura', '野村ホールディングス', '野村証券', '野村HD'], ['nomura.com', 'nomura.co.jp'], 'company', { words: ['Nomura'] }),
  jp('mizuho', 'Mizuho Financial Group', ['Mizuho', 'みずほフィナンシャルグループ', 'みずほ銀行', 'みずほFG'], ['mizuho-fg.co.jp', 'mizuhogroup.com'], 'company'),
  jp('smfg', 'Sumitomo Mitsui Financial Group', ['SMFG', 'SMBC', '三井住友フィナンシャルグループ', '三井住友銀行', '三井住友FG'], ['smfg.co.jp', 'smbc.co.jp'], 'company'),
  jp('takeda', 'Takeda Pharmaceutical', ['Takeda', '武田薬品工業', '武田薬品'], ['takeda.com'], 'company', { words: ['Takeda'] }),
  jp('suzuki-motor', 'Suzuki Motor', ['Suzuki Motor Corporation', 'スズキ'], ['suzuki.co.jp', 'globalsuzuki.com'], 'company', { words: ['スズキ'] }),
  jp('mazda', 'Mazda', ['Mazda Motor', 'マツダ'], ['mazda.com', 'mazda.co.jp'], 'company'),
  jp('subaru', 'Subaru Corporation', ['SUBARU', 'スバル'], ['subaru.co.jp'], 'company', { words: ['スバル'] }),
  jp('japan-post', 'Japan Post Holdings', ['Japan Post', '日本郵政', '日本郵便'], ['japanpost.jp'], 'company'),
  jp('jpx', 'Japan Exchange Group', ['日本取引所グループ', 'Tokyo Stock Exchange', '東京証券取引所', '東証'], ['jpx.co.jp'], 'company'),
  // business bodies
  jp('keidanren', 'Keidanren', ['Japan Business Federation', '経団連', '日本経済団体連合会'], ['keidanren.or.jp'], 'organization'),
  jp('japan-medical-association', 'Japan Medical Association', ['日本医師会'], ['med.or.jp'], 'organization'),
  // state bodies
  jp('jp-jftc', 'Japan Fair Trade Commission', ['JFTC', '公正取引委員会', '公取委'], ['jftc.go.jp'], 'government'),
  jp('jp-cabinet-secretariat', 'Cabinet Secretariat of Japan', ['内閣官房'], ['cas.go.jp'], 'government'),
  jp('jp-digital-agency', 'Digital Agency of Japan', ['デジタル庁'], ['digital.go.jp'], 'government'),
  jp('jp-nta', 'National Tax Agency of Japan', ['国税庁'], ['nta.go.jp'], 'government'),
  jp('jp-bunkacho', 'Agency for Cultural Affairs', ['文化庁'], ['bunka.go.jp'], 'government'),
  jp('jp-reconstruction-agency', 'Reconstruction Agency', ['復興庁'], ['reconstruction.go.jp'], 'government'),
  jp('jp-tourism-agency', 'Japan Tourism Agency', ['観光庁'], [], 'government'),
  jp('jp-immigration-agency', 'Immigration Services Agency of Japan', ['出入国在留管理庁', '入管庁'], [], 'government'),
  jp('jp-children-agency', 'Children and Families Agency', ['こども家庭庁'], ['cfa.go.jp'], 'government'),
] satisfies OutletInput[];
