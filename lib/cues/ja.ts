/**
 * Japanese attribution cues.
 * Source: Japanese press usage (NHK, 朝日新聞, 毎日新聞, 読売新聞, 日本経済新聞, 共同通信, 時事通信), checked
 * against ../shared/reference/cues.md. Japanese writes no capitals and no spaces and puts the verb last, so
 * besides `Xによると` (according to X) a reporting verb closing the sentence (`…と発表した`) credits the
 * sentence's topic, the words before its first は / が / も (`気象庁は13日、…と発表した`): the `topic` form.
 * Names are read by lib/detect/caseless.ts up to punctuation or one of `particles`.
 *
 * Things to know before editing:
 * - Every word matches inside longer words. Organization words count at the end of a name and at its start:
 *   会 starts 会社 and 会見, 社 ends 会社 and 各社, 部 starts 部品, so those are listed only as whole suffixes
 *   (委員会, 新聞社, 本部); 軍事 is a particle so that 軍事専門家 is not read as an army.
 * - The press writes a person's surname before the title (`ホワイトハウスのレビット報道官`), so a role word
 *   is not stripped to credit whatever precedes it; `spokesperson` reads the office before the role and
 *   credits it only when it is organization-like (`外務省報道官` → 外務省, `レビット報道官` → no one).
 * - 同 (`同社`, `同省`, `同紙`) refers back to a body named earlier: it is listed with the person titles, whose
 *   rule (a title followed by more characters) rules the stretch out, since `同社` names no one.
 * - Photo credits follow the caption (`＝山田太郎撮影`, `防衛省提供`) and are read in captions only; ＝ is a
 *   particle so the credit stops there. `＝ロイター`, `＝ＡＰ` name only the agency and are left to the
 *   registry (they carry no cue word).
 * Edit: one word in the table it belongs to, and a sentence in test/cues/ja.test.ts that fails without it.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'ja',
  name: 'Japanese',
  script: 'kana',
  stopwords: ['の', 'に', 'は', 'を', 'た', 'が', 'で', 'て', 'と', 'し', 'れ', 'さ', 'ある', 'いる', 'も', 'する', 'から', 'な', 'こと', 'として', 'い', 'や', 'など', 'なっ', 'ない', 'この', 'ため', 'その', 'あっ', 'よう'],
  cues: [
    {
      id: 'according',
      form: 'after',
      words: [
        'によると', 'によれば', 'によりますと', 'の発表によると', 'の発表では', 'の調べによると', 'の調べでは', 'の調査によると', 'の調査では', 'の集計によると', 'の集計では',
        'の推計によると', 'の推計では', 'の試算では', 'の報道によると', 'の声明によると', 'の話では', 'の統計によると', 'の統計では', 'の資料によると', 'のまとめによると', 'のまとめでは', 'の世論調査によると', 'の世論調査では', 'の全国世論調査によると', 'の全国世論調査では', 'に掲載された論文によると', 'に発表された論文によると',
        // what a body found, in the press's "…で分かった" (…の調べで分かった, 県警への取材で分かった)
        'の調べで', 'の調査で', 'の集計で', 'の発表で', 'の分析で', 'の推計で', 'の世論調査で', 'の全国世論調査で', 'への取材で', 'への取材によると', 'が実施した世論調査', 'が実施した全国世論調査', 'が行った世論調査', 'が実施した調査', 'が行った調査',
      ],
      note: '気象庁によると, 共同通信の調べでは; 関係者によると names no one (関係者 is no organization)',
    },
    {
      id: 'reported',
      form: 'after',
      words: ['が報じた', 'が伝えた', 'が報道した', 'が発表した', 'が公表した', 'が明らかにした', 'が入手した', 'が報じている', 'が伝えている', 'の取材に対し', 'の取材に応じ', 'のインタビューに'],
      note: 'アクシオスが報じた合意案; ロイターの取材に対し (told Reuters)',
    },
    {
      id: 'announced',
      form: 'topic',
      words: [
        'と発表', 'と公表', 'と明らかに', 'を明らかに', 'と述べ', 'と語っ', 'と語る', 'と話し', 'と報じ', 'を報じ', 'として報じ', 'と報道', 'と伝え', 'として伝え', '日発表', 'としている', 'と説明', 'と指摘',
        'と強調', 'と表明', 'を表明', 'と主張', 'と批判', 'と非難', 'と警告', 'と回答', 'と答え', 'とコメント', 'と投稿', 'と発言', 'と報告', 'と確認', 'と推計', 'と予測',
        '声明で', 'の声明で', '声明を発表', '声明を出し',
      ],
      note: 'a clause-final reporting verb credits the topic: イスラエル軍は13日、…と発表した; a person topic (岸田首相は) is no organization and credits no one',
    },
    {
      id: 'announced-object',
      form: 'topic',
      words: ['を発表', 'を公表'],
      objects: [
        'こと', '旨', '方針', '見通し', '見解', '声明', '談話', 'コメント', '結果', '情報', '内容', '概要', '詳細', '報告', '報告書', '白書', '統計', '推計', '調査', '集計', 'データ', '数字', '指数',
        '予測', '予報', '見込み', '概算', '速報', '速報値', '確報', '確報値', '警報', '注意報', '計画', '対策', '措置', '決算', '業績', '数値', '件数', '人数', '割合', '結論', '分析', '論文', '数', '決定', '維持', '引き上げ', '引き下げ', '変更', '延期', '中止', '拡大', '縮小', '開始', '終了', '再開', '停止', '撤回', '廃止', '見直し', '修正', '合意', '承認',
      ],
      note: '総務省は…人口推計を発表した, 気象庁は「…臨時情報」を発表した: a document or a statement announced credits the topic; 新型車を発表, 「Apple TV+」を発表 (a product) credit no one',
    },
    {
      id: 'spokesperson',
      form: 'after',
      holderBetween: true,
      words: ['報道官', '広報官', '報道担当者', '広報担当者', '報道担当', '広報担当', '当局者', '高官', '関係者', '幹部', 'スポークスマン', 'スポークスパーソン'],
      note: 'カタールの外務省報道官は…と語った → 外務省; 米政府高官 → 米政府; ホワイトハウスのレビット報道官 → ホワイトハウス (the holder between body and role); 捜査関係者 credits no one',
    },
    {
      id: 'executive',
      form: 'after',
      firmsOnly: true,
      holderBetween: true,
      words: ['社長', '会長', '副社長', '最高経営責任者', 'ＣＥＯ', 'CEO', '頭取', '代表取締役', '取締役', '専務', '常務', '執行役員', '創業者', '理事長'],
      objects: ['と述べ', 'と語', 'と話', 'と説明', 'と強調', 'と明らかに', 'と発表', 'としている', 'と指摘', 'とコメント', 'と表明', 'と報告', 'と答え', 'と主張'],
      note: 'トヨタ自動車の佐藤恒治社長は…と述べた → トヨタ自動車: an executive speaks for the firm (not a party: 代表 is left out), when a reporting verb follows',
    },
    { id: 'source-line', form: 'label', strong: true, words: ['出典', '出所', 'ソース', '情報源', '引用元', '転載元', 'データ出所', '資料出所'] },
    {
      id: 'photo',
      form: 'label',
      role: 'photo',
      strong: true,
      words: ['写真', '撮影', '画像', '映像', '提供', '写真提供', '画像提供', '映像提供', '写真・図版', '図版'],
      note: '写真：ロイター, 写真提供：国立天文台; a label needs a colon where a line or sentence starts (写真＝共同 with a fullwidth ＝ and （写真：共同） in fullwidth brackets are not read as labels by the engine)',
    },
    {
      id: 'photo-by',
      form: 'after',
      role: 'photo',
      strong: true,
      words: ['撮影', '提供', '写真提供', '画像提供', '映像提供', '資料提供', '写真撮影', '時事）', '時事)'],
      note: '＝山田太郎撮影, 防衛省提供, 写真は米航空宇宙局提供, （ＡＦＰ時事） (an agency photo distributed by Jiji): the credit before the word, in captions only; 写真提供 is listed so that the label 写真提供：X is not read as a credit to 写真',
    },
  ],
  auxiliaries: ['の', 'など', 'ら', '側', '筋', '自身', '当時', '報道官', '広報官', '報道担当者', '広報担当者', '当局者', '高官', '関係者', '幹部', '首脳', '研究チーム', '研究グループ', '研究班', 'チーム'],
  fillers: [
    '英科学誌', '米科学誌', '科学誌', '学術誌', '米紙', '英紙', '仏紙', '独紙', '露紙', '韓国紙', '中国紙', '地元紙', '米誌', '英誌', '経済誌', '米経済誌', '米有力紙', '有力紙', '米ニュースサイト', 'ニュースサイト',
    '米政治専門サイト', '政治専門サイト', '米メディア', '英メディア', '中国メディア', '韓国メディア', '国営メディア', '中国国営', '北朝鮮国営', '国営', '米テレビ', '英テレビ',
  ],
  outletWords: ['ニュースサイト', '政治専門サイト', 'メディア', '通信社', '紙', '誌', 'テレビ', '放送局', '日刊紙', '経済紙', '経済誌', '科学誌', '学術誌', '英科学誌', '米科学誌'],
  orgWords: [
    // government
    '省', '庁', '局', '政府', '当局', '本部', '事務局', '委員会', '審議会', '議会', '国会', '裁判所', '地裁', '高裁', '最高裁', '検察', '地検', '県警', '府警', '道警', '警視庁',
    '大使館', '領事館', '総領事館', '国防総省', '国防部', '外交部', '国務院', '軍', '部隊', '自衛隊', '国軍', '保安庁', '機構', '公社', '公団',
    // parties
    '民党', '主党', '和党', '産党', '明党', '新党', '働党', '守党', '政党',
    // press
    '新聞社', '通信', '通信社', '放送', 'テレビ', '紙', '誌', '日報', '新報', 'タイムズ', 'ジャーナル',
    // institutions and companies
    '協会', '学会', '連盟', '連合会', '協議会', '評議会', '理事会', '組合', '財団', '研究所', '研究機構', '大学', '病院', 'センター', '銀行', '証券取引所', '取引所',
    'ホールディングス', 'グループ', '製作所', '重工', '工業', '商事', '物産', '電機',
  ],
  // Suffixes only (a name's end, after two characters of its own): 部 starts 部品, 社 ends 会社 and 各社.
  orgTails: ['部', '署', '課', '社', '院', '団', '新聞', '事務所', '保健所', '研究所', '役所', '役場', '気象台', 'リサーチ', '総研'],
  // Words ending in a tail that name no body: regions and parts (北東部, 都市部), acts (部署), rooms, stays in hospital.
  notBodies: [
    '東部', '西部', '南部', '北部', '中部', '北東部', '北西部', '南東部', '南西部', '中心部', '都市部', '山間部', '沿岸部', '内陸部', '上層部', '一部', '全部', '内部', '外部', '幹部',
    '部署', '会社', '子会社', '親会社', '運営会社', '神社', '結社', '入院', '退院', '通院', '寺院', '集団', '暴力団', '大学院',
  ],
  // Names a firm's executive speaks for end so: see the executive cue.
  companyWords: [
    'ホールディングス', 'グループ', '自動車', '工業', '重工', '電機', '電気', '製作所', '商事', '物産', '銀行', '証券', '生命', '保険', '建設', '製薬', '薬品', '電力', 'ガス', '鉄道', '航空', '化学', '製鉄',
    '通信', '電子', '産業', '食品', 'ビール', '不動産', '株式会社', '新聞社', '協会', '連合会', '財団', '機構',
  ],
  // Kinds of firm that describe the name after them (米調査会社ガートナー, 調査会社のカウンターポイント).
  kindWords: [
    '調査会社', '米調査会社', '英調査会社', '民間調査会社', '信用調査会社', '市場調査会社', '世論調査会社', '調査機関', '研究機関', '民間研究機関', 'シンクタンク', '民間シンクタンク',
    '格付け会社', '米格付け会社', '格付会社', 'コンサルティング会社', '米コンサルティング会社', '調査団体', '米調査機関', '米研究機関', '米シンクタンク', '英シンクタンク',
  ],
  roleWords: [],
  personTitles: [
    '同', '各', '地元', '大統領', '首相', '氏', 'さん', '教授', '准教授', '大臣', '長官', '議員', '知事', '市長', '社長', '会長', '委員長', '代表', '記者', '容疑者', '被告', '弁護士', '専門家', 'アナリスト',
  ],
  nameLinks: [],
  calendar: [],
  listJoiners: ['や', 'と', '、'],
  excludedLabels: ['関連記事', '関連', '編集', '筆者', '文', '構成', '聞き手', '取材', '翻訳', '監修', '記者'],
  genericOrgs: ['当局', '政府', '警察', '消防', '軍', '当局者', '政府当局', '捜査当局', '治安当局', '地元当局', '保健当局'],
  // 代表撮影 is a pool photographer's picture: no one named.
  notCredits: ['代表', 'イメージ', '資料', '資料写真', 'イメージ写真', 'イメージ画像', '写真はイメージ', '画像はイメージ'],
  // The story carried from elsewhere, its link under it: "元記事を読む" (a portal's link to the original).
  // "…で掲載した記事からの転載です" (carried over from a sister site, linked); not 無断転載 (a rights notice).
  originPhrases: ['元記事を読む', '元記事で読む', '元の記事を読む', '元記事はこちら', '記事全文を読む', 'からの転載', 'より転載', '転載元'],
  particles: ['は', 'が', 'を', 'に', 'で', 'と', 'も', 'へ', 'や', 'の', 'から', 'まで', 'より', 'など', 'によると', '＝', '軍事'],
  topicMarkers: ['は', 'が', 'も'],
} satisfies CueFileInput;
