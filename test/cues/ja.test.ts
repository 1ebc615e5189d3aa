/** Japanese cues: sentences modelled on Japanese press usage (NHK, national dailies, wires), and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('ja: sources', () => {
  it.each([
    ['共同通信によると、首相は来月にも訪米する方向で調整している。', ['共同通信']],
    ['国際通貨基金（IMF）は14日、世界経済の成長率を3.2%と予測したと発表した。', ['国際通貨基金']],
    ['ロイター通信によると、協議は週明けに再開される見通しだ。', ['ロイター通信']],
    ['NHKによりますと、この火事によるけが人はいないということです。', ['NHK']],
    ['防衛省によると、北朝鮮は同日午前、弾道ミサイル1発を発射した。', ['防衛省']],
    ['米ニュースサイト「ポリティコ」によると、政権は新たな制裁を検討している。', ['ポリティコ']],
    ['総務省の発表によると、外国人を除く人口は前年より減少した。', ['総務省']],
    ['警察庁のまとめによると、昨年の交通事故死者数は過去最少だった。', ['警察庁']],
    ['気象庁は8日、九州南部が梅雨入りしたとみられると発表した。', ['気象庁']],
    ['イスラエル軍は5日、ガザ南部で空爆を実施したと明らかにした。', ['イスラエル軍']],
    ['日本銀行は金融政策決定会合で、政策金利を据え置くと発表した。', ['日本銀行']],
    ['米国防総省は声明で、攻撃を強く非難した。', ['米国防総省']],
    ['中国外務省の報道官は定例記者会見で、日本側の対応を批判した。', ['中国外務省']],
    ['米政府高官は記者団に対し、協議は続いていると述べた。', ['米政府']],
    // What was announced is a document or a statement: the body that announced it is credited.
    ['総務省は12日、2024年10月時点の人口推計を公表した。', ['総務省']],
    ['気象庁は5日、「北海道・三陸沖後発地震注意情報」を発表した。', ['気象庁']],
    ['国土交通省は8日、全国の基準地価の調査結果を発表した。', ['国土交通省']],
    ['日本銀行は19日、大規模緩和の修正を決め、長期金利の変動幅の拡大を発表した。', ['日本銀行']],
    ['ブルームバーグ通信が報じた内部文書によると、同社は人員削減を計画している。', ['ブルームバーグ通信']],
    ['ロイターの取材に対し、同社の広報担当者は事実関係を認めた。', ['ロイター']],
    ['出典：総務省統計局', ['総務省統計局']],
    ['三菱重工業が14日発表した中間決算では、受注高が過去最高となった。', ['三菱重工業']],
    ['韓国の聯合ニュースは14日、北朝鮮の軍事パレードを報じた。', ['聯合ニュース']],
    ['米ブルームバーグ通信は、複数の関係者の話として報じた。', ['ブルームバーグ通信']],
    ['毎日新聞社の全国世論調査では、内閣支持率が下落した。', ['毎日新聞社']],
    ['パナソニックは13日、車載電池の新工場を米国に建設すると発表した。', ['パナソニック']],
    ['日産自動車は、国内の一部工場で生産を停止するとしている。', ['日産自動車']],
    ['公正取引委員会によると、同様の違反は過去にも指摘されている。', ['公正取引委員会']],
    ['国税庁が1日発表した路線価は、4年連続で上昇した。', ['国税庁']],
    // A firm's Latin name goes on across its spaces up to the particle, and keeps its last letters ("on" of
    // Corporation is no English word there).
    ['Northwind Holdings Corporationは12日、国内の工場を閉鎖すると発表した。', ['Northwind Holdings Corporation']],
    ['Acme Research Co.によると、出荷台数は前年より減った。', ['Acme Research Co.']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'ja').sources).toEqual(folded(expected));
  });

  it('a URL after 出典： is the page the text is based on', () => {
    const found = credits('出典：https://www.stat.go.jp/data/jinsui/2024np/', 'ja');
    expect(found.basedOn).toEqual(['https://www.stat.go.jp/data/jinsui/2024np/']);
    expect(found.sources).toEqual([]);
  });
});

describe('ja: a credit that lists several names credits each', () => {
  it.each([
    ['共同通信とNHKの世論調査によると、内閣支持率は下がった。', ['共同通信', 'NHK']],
    ['朝日新聞や読売新聞によると、会談は来月開かれる。', ['朝日新聞', '読売新聞']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'ja').sources).toEqual(folded(expected));
  });
});

describe('ja: wire credits in brackets', () => {
  it.each([
    ['【ワシントン共同】米商務省は半導体の輸出規制を強化する方針を固めた。', ['共同']],
    ['【ソウル時事】韓国の与党は党大会を来月開く。', ['時事']],
    ['【パリAFP時事】フランスの議会は年金法案を可決した。', ['AFP', '時事']],
    ['【ロンドン＝ロイター】英中央銀行は政策金利を据え置いた。', ['ロイター']],
    ['［東京　１３日　ロイター］ - 東京株式市場で日経平均は続伸した。', ['ロイター']],
    ['地元の漁協は補償を求めて国と協議を続ける方針だ。（共同）', ['共同']],
    ['両国の外相は電話で会談し、連携を確認した。（ＡＦＰ＝時事）', ['AFP', '時事']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'ja').sources).toEqual(folded(expected));
  });

  it.each([
    ['【ワシントン＝山田太郎】米議会は予算案の審議に入った。'],
    ['【速報】東京都で震度4の地震があった。'],
    ['首相は記者会見で、対応を急ぐ考えを示した。（東京・永田町で）'],
    ['市民団体は、共同で声明を出す方針を確認した。（共同声明）'],
  ])('no wire in %s', (text) => {
    expect(credits(text, 'ja').sources).toEqual([]);
  });
});

describe('ja: bodies named by their shape, firms credited for data, spokespeople', () => {
  it.each([
    ['大阪地検特捜部によると、元社長は容疑を否認している。', ['大阪地検特捜部']],
    ['県警捜査一課によると、男は現場から逃走した。', ['県警捜査一課']],
    ['中央労働基準監督署は、是正勧告を出したと明らかにした。', ['中央労働基準監督署']],
    ['札幌地方気象台によると、記録的な大雪となった。', ['札幌地方気象台']],
    ['信濃毎日新聞によると、村は補正予算案を提出する。', ['信濃毎日新聞']],
    ['市保健所によると、患者は快方に向かっている。', ['市保健所']],
    // Firms and pollsters: a kind before the name (glued or with の), and what they found (…の調べで分かった).
    ['米調査会社ガートナーによると、世界のパソコン出荷台数は減少した。', ['ガートナー']],
    ['調査会社のカウンターポイントによると、同社のシェアは2位だった。', ['カウンターポイント']],
    ['民間信用調査会社の東京商工リサーチによると、倒産件数は増加した。', ['東京商工リサーチ']],
    ['帝国データバンクの調べで分かった。', ['帝国データバンク']],
    ['神奈川県警への取材で分かった。', ['神奈川県警']],
    ['読売新聞社が実施した全国世論調査で、内閣支持率は上昇した。', ['読売新聞社']],
    // A spokesperson counts for the body: the holder's name stands between the body and the role.
    ['ホワイトハウスのレビット報道官は、大統領が出席すると述べた。', ['ホワイトハウス']],
    ['ロシア大統領府のペスコフ報道官は、協議は続いていると語った。', ['ロシア大統領府']],
    ['中国外務省の毛寧報道官は定例記者会見で、日本側を批判した。', ['中国外務省']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'ja').sources).toEqual(folded(expected));
  });

  it.each([
    ['北東部の住民によると、停電が続いている。'],
    ['運営会社によると、けが人はいない。'],
    ['都市部の住民は、避難したと話した。'],
    ['山田太郎社長は、業績は好調だと述べた。'],
    ['同社の佐藤報道官は、詳細は控えると述べた。'],
    ['大学院生の田中さんによると、実験は成功した。'],
    ['レビット報道官は、大統領が出席すると述べた。'],
  ])('no credit in %s', (text) => {
    expect(credits(text, 'ja').sources).toEqual([]);
  });
});

describe('ja: an executive speaks for the firm', () => {
  it.each([
    ['日本製鉄の橋本英二会長は、買収は必ず実現すると強調した。', ['日本製鉄']],
    ['トヨタ自動車の佐藤恒治社長は記者会見で「電動化を進める」と述べた。', ['トヨタ自動車']],
    ['三井不動産の植田俊社長は、再開発を進めると明らかにした。', ['三井不動産']],
    // A particle inside a name the registry knows (も in こども家庭庁) is no topic marker.
    ['こども家庭庁は、支援を拡充すると発表した。', ['こども家庭庁']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'ja').sources).toEqual(folded(expected));
  });

  it.each([
    ['立憲民主党の野田佳彦代表は、政府を批判したと述べた。'],
    ['佐藤社長は、増産すると述べた。'],
    ['トヨタ自動車の佐藤恒治社長は工場を視察した。'],
  ])('no credit in %s', (text) => {
    expect(credits(text, 'ja').sources).toEqual([]);
  });
});

describe('ja: photo credits', () => {
  it.each([
    ['記者会見する社長＝2024年5月10日、東京都千代田区、山田太郎撮影', ['山田太郎']],
    ['打ち上げられたロケット＝防衛省提供', ['防衛省']],
    ['浸水した住宅街（読者提供）', ['読者']],
    ['首脳会談に臨む両首脳。写真：ロイター', ['ロイター']],
    ['写真提供：国立天文台', ['国立天文台']],
    // The copyright sign as captions print it, in brackets and full width or half width.
    ['ゴール前で競り合う両チームの選手（Ｃ）共同通信社', ['共同通信社']],
    ['表彰式で笑顔を見せる選手たち（C）時事通信', ['時事通信']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'ja', 'caption').photos).toEqual(folded(expected));
  });
});

describe('ja: must not credit', () => {
  it.each([
    ['岸田首相は記者団に「全力で取り組みたい」と述べた。'],
    ['田中教授は、景気の先行きは不透明だと指摘した。'],
    ['専門家によると、余震は今後1週間ほど続く可能性がある。'],
    ['関係者によると、両国は近く首脳会談を開く方向で調整している。'],
    ['捜査関係者によると、男は容疑を認めているという。'],
    ['同社によると、製品の出荷を一時停止した。'],
    ['同社は10日、新社長の就任を発表した。'],
    // A product announced is no statement: a launch credits no one.
    ['ソニーグループは9日、新型の携帯ゲーム機を発表した。'],
    ['米グーグルは開発者会議で、新しい検索サービス「Gemini Search」を発表した。'],
    ['ドイツのLinotype社は1957年に書体「Helvetica」を発表した。'],
    ['政府関係者は、協議は続いていると明らかにした。'],
    ['中東メディアによると、少なくとも45人が死亡した。'],
    ['軍事専門家は、攻撃は今後も続くと分析している。'],
    ['関連記事：共同通信によると、首相は訪米へ'],
    ['当局によると、死者は10人に上る。'],
    ['日立市の住民は、避難所の開設が遅れたと話した。'],
    ['治安当局によると、爆発で3人が負傷した。'],
    ['首相は13日発表した談話で、遺憾の意を示した。'],
    // A clause before 関係者 says what the officials did: 主導した政府 is no body's name.
    ['合併を主導した政府関係者らによる不正の疑いが浮上したという。'],
    // An English cue word in capitals inside a longer word ("TO" in TODAY) of a list of other stories.
    ['スポーツ面 XYZ TODAY 3月1日（土）9時15分'],
  ])('%s', (text) => {
    expect(credits(text, 'ja').sources).toEqual([]);
  });

  it.each([['噴火した火山＝3日、鹿児島県で撮影'], ['記者会見する首相＝東京・永田町で2024年5月1日撮影'], ['浸水した市街地（本社ヘリから撮影）'], ['ドローンで撮影'], ['写真はイメージ'], ['写真：イメージ'], ['会見する首相（東京・永田町で）'], ['イスラエルの国旗＝同国で2019年5月'], ['市役所に端末千台提供へ'], ['会見する首相＝13日、首相官邸（代表撮影）'], ['記者会見する知事＝県庁で撮影した']])('no photo credit in %s', (text) => {
    expect(credits(text, 'ja', 'caption').photos).toEqual([]);
  });
});
