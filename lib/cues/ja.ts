/**
 * Japanese attribution cues.
 * Source: Japanese press usage (NHK, 朝日新聞, 毎日新聞, 共同通信, 時事通信), checked against
 * ../shared/reference/cues.md. Japanese writes no capitals and no spaces and puts the verb last: besides
 * `Xによると` (according to X), a reporting verb at the end of a clause (`…と発表した`) credits the
 * sentence's topic (`気象庁は`), read by the `topic` form. Edit: one word, one sentence in
 * test/cues/ja.test.ts.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'ja',
  name: 'Japanese',
  script: 'kana',
  stopwords: ['の', 'に', 'は', 'を', 'た', 'が', 'で', 'て', 'と', 'し', 'れ', 'さ', 'ある', 'いる', 'も', 'する', 'から', 'な', 'こと', 'として', 'い', 'や', 'など', 'なっ', 'ない', 'この', 'ため', 'その', 'あっ', 'よう'],
  cues: [
    { id: 'according', form: 'after', words: ['によると', 'によれば', 'の発表によると', 'の調べでは', 'の調査によると', 'が報じた', 'が伝えた', 'の報道によると', 'は報じた', 'は伝えた'] },
    { id: 'announced', form: 'topic', words: ['と発表した', 'と発表', 'と語った', 'と述べた', 'と明らかにした', 'と伝えた', 'と報じた', 'としている', 'と説明した', 'と指摘した', 'と強調した', 'と話した', 'と表明した', '声明で', 'の声明で'] },
    { id: 'source-line', form: 'label', strong: true, words: ['出典', '出所', 'ソース', '情報源'] },
    { id: 'photo', form: 'label', role: 'photo', strong: true, words: ['写真', '撮影', '画像', '提供', '写真提供'] },
  ],
  auxiliaries: ['も', 'は'],
  fillers: ['米', '英', '仏', '独', '中国', '米国', '英国', '韓国', 'ロシア'],
  outletWords: ['ニュースサイト', 'メディア', '通信社', '紙', '新聞', 'テレビ', '放送局'],
  orgWords: ['省', '庁', '局', '部', '社', '新聞', '通信', '放送', 'テレビ', '銀行', '会', '委員会', '協会', '機構', '研究所', '大学', '政府', '当局', '軍', '警察', '裁判所', '議会', '組合', '財団', '党', '報道官', 'センター'],
  roleWords: ['報道官', '広報官', '当局者', '関係者', '広報担当者', '担当者', '幹部'],
  personTitles: ['大統領', '首相', '氏', 'さん', '教授', '大臣', '長官', '議員'],
  nameLinks: [],
  calendar: [],
  listJoiners: ['や', 'と', '、'],
  excludedLabels: ['関連記事', '関連', '編集', '筆者'],
  notCredits: ['イメージ', '資料'],
  particles: ['は', 'が', 'を', 'に', 'で', 'と', 'も', 'へ', 'や', 'から', 'まで', 'より', 'など', 'によると'],
  topicMarkers: ['は', 'が', 'も'],
} satisfies CueFileInput;
