/**
 * Political parties the press credits for statements ("the CDU said", "PDI-P menyatakan", "자민당은 밝혔다"):
 * governing and main opposition parties of the countries the news covers most. Facts: each party's own site.
 * Edit: one entry per party; its name in its own language and script, the acronym, the English name, and the
 * forms foreign press prints.
 *
 * A name several countries' parties go by ("Democratic Party", "Republican Party", "Labour Party",
 * "Conservative Party", "Liberal Democrats") is marked `shared`; names that are ordinary words too (Grüne,
 * Linke, Morena) are marked `words`. Left out on purpose: acronyms printed for other things too ("RN", "LR",
 * "DPP" — an Indonesian party's central board —, "INC", "AAP", "CHP", "PPP", "BNP", "PAS", "PT", "DA", "EFF",
 * "TPP"), 노동당 and 維新 (generic words), فتح ("opened").
 */

import type { OutletInput } from '../schema';

export default [
  // ── Asia ──
  { id: 'cn-cpc', name: 'Communist Party of China', aliases: ['Chinese Communist Party', 'CCP', 'CPC', 'CPC Central Committee', 'Central Committee of the Communist Party of China', '中国共产党', '中國共產黨', '中共', '中共中央', '中国共产党中央委员会', 'Đảng Cộng sản Trung Quốc', 'Trung ương Đảng Cộng sản Trung Quốc', 'Partai Komunis China', 'Partai Komunis Tiongkok', 'КПК', 'Коммунистическая партия Китая', 'الحزب الشيوعي الصيني', '中国共産党', '중국 공산당', 'Kommunistische Partei Chinas', 'Parti communiste chinois', 'Partido Comunista de China'], kind: 'party', country: 'CN', languages: ['zh'] },
  { id: 'kp-wpk', name: "Workers' Party of Korea", aliases: ['WPK', '조선로동당', 'Đảng Lao động Triều Tiên', 'Partai Buruh Korea', 'Трудовая партия Кореи', '朝鲜劳动党', '朝鮮労働党'], kind: 'party', country: 'KP', languages: ['ko'] },
  { id: 'jp-ldp', name: 'Liberal Democratic Party (Japan)', aliases: ['LDP', 'Liberal Democratic Party of Japan', "Japan's Liberal Democratic Party", '自民党', '自由民主党', '日本自民党', 'Đảng Dân chủ Tự do Nhật Bản', 'Đảng Dân chủ Tự do (LDP)', 'Partai Demokrat Liberal Jepang', 'Либерально-демократическая партия Японии', '자민당', '일본 자민당'], domains: ['jimin.jp'], kind: 'party', country: 'JP', languages: ['ja'] },
  { id: 'jp-cdp', name: 'Constitutional Democratic Party of Japan', aliases: ['CDP (Japan)', '立憲民主党', '立民', 'Đảng Dân chủ Lập hiến Nhật Bản', '입헌민주당'], domains: ['cdp-japan.jp'], kind: 'party', country: 'JP', languages: ['ja'] },
  { id: 'jp-komeito', name: 'Komeito', aliases: ['公明党', 'Komei', 'Đảng Komeito', '공명당'], domains: ['komei.or.jp'], kind: 'party', country: 'JP', languages: ['ja'] },
  { id: 'jp-ishin', name: 'Nippon Ishin no Kai', aliases: ['Japan Innovation Party', '日本維新の会'], domains: ['o-ishin.jp'], kind: 'party', country: 'JP', languages: ['ja'] },
  { id: 'jp-dpfp', name: 'Democratic Party For the People', aliases: ['DPFP', '国民民主党'], domains: ['new-kokumin.jp'], kind: 'party', country: 'JP', languages: ['ja'] },
  { id: 'jp-sanseito', name: 'Sanseito', aliases: ['参政党'], domains: ['sanseito.jp'], kind: 'party', country: 'JP', languages: ['ja'] },
  { id: 'jp-jcp', name: 'Japanese Communist Party', aliases: ['JCP', '日本共産党'], domains: ['jcp.or.jp'], kind: 'party', country: 'JP', languages: ['ja'] },
  { id: 'kr-dpk', name: 'Democratic Party of Korea', aliases: ['더불어민주당', '민주당', 'DPK', "South Korea's Democratic Party", 'South Korean Democratic Party', 'Đảng Dân chủ Hàn Quốc', 'Partai Demokrat Korea', '共同民主党', '韩国共同民主党', '共に民主党'], domains: ['theminjoo.kr'], kind: 'party', country: 'KR', languages: ['ko'] },
  { id: 'kr-ppp', name: 'People Power Party', aliases: ['국민의힘', 'PPP (South Korea)', "South Korea's People Power Party", 'Đảng Quyền lực Nhân dân', 'Partai Kekuatan Rakyat', 'Партия силы народа', '国民力量党', '国民の力'], domains: ['peoplepowerparty.kr'], kind: 'party', country: 'KR', languages: ['ko'] },
  { id: 'tw-dpp', name: 'Democratic Progressive Party', aliases: ['民主進步黨', '民进党', '民進黨', 'Đảng Dân Tiến', 'Đảng Dân chủ Tiến bộ', 'Partai Progresif Demokratik', '民進党'], domains: ['dpp.org.tw'], kind: 'party', country: 'TW', languages: ['zh'] },
  { id: 'tw-kmt', name: 'Kuomintang', aliases: ['KMT', 'Nationalist Party (Taiwan)', '中國國民黨', '国民党', '國民黨', '中国国民党', 'Quốc dân đảng', 'Quốc Dân Đảng', 'Гоминьдан'], domains: ['kmt.org.tw'], kind: 'party', country: 'TW', languages: ['zh'] },
  { id: 'in-bjp', name: 'Bharatiya Janata Party', aliases: ['BJP', 'भारतीय जनता पार्टी', 'भाजपा', 'Đảng Bharatiya Janata', 'Partai Bharatiya Janata', 'Бхаратия джаната парти', '印度人民党'], domains: ['bjp.org'], kind: 'party', country: 'IN', languages: ['hi', 'en'] },
  { id: 'in-inc', name: 'Indian National Congress', aliases: ['Congress party', 'Congress Party', 'भारतीय राष्ट्रीय कांग्रेस', 'कांग्रेस', 'Đảng Quốc đại Ấn Độ', 'Đảng Quốc đại', 'Partai Kongres Nasional India', '印度国民大会党', '国大党'], domains: ['inc.in'], kind: 'party', country: 'IN', languages: ['hi', 'en'] },
  { id: 'in-aap', name: 'Aam Aadmi Party', aliases: ['आम आदमी पार्टी'], domains: ['aamaadmiparty.org'], kind: 'party', country: 'IN', languages: ['hi', 'en'] },
  { id: 'pk-pti', name: 'Pakistan Tehreek-e-Insaf', aliases: ['Pakistan Tehreek-i-Insaf', 'Tehreek-e-Insaf', 'پاکستان تحریک انصاف'], domains: ['insaf.pk'], kind: 'party', country: 'PK', languages: ['ur', 'en'] },
  { id: 'pk-pmln', name: 'Pakistan Muslim League (N)', aliases: ['PML-N', 'PMLN', 'Pakistan Muslim League-Nawaz'], domains: ['pmln.org'], kind: 'party', country: 'PK', languages: ['ur', 'en'] },
  { id: 'pk-ppp', name: 'Pakistan Peoples Party', aliases: ["Pakistan People's Party", 'PPPP'], domains: ['ppp.org.pk'], kind: 'party', country: 'PK', languages: ['ur', 'en'] },
  { id: 'bd-awami-league', name: 'Awami League', aliases: ['Bangladesh Awami League', 'আওয়ামী লীগ'], domains: ['albd.org'], kind: 'party', country: 'BD', languages: ['bn', 'en'] },
  { id: 'bd-bnp', name: 'Bangladesh Nationalist Party', aliases: ['বাংলাদেশ জাতীয়তাবাদী দল', 'বিএনপি'], domains: ['bnpbd.org'], kind: 'party', country: 'BD', languages: ['bn', 'en'] },
  // ── Indonesia ──
  { id: 'id-pdip', name: 'Indonesian Democratic Party of Struggle', aliases: ['PDI-P', 'PDIP', 'PDI Perjuangan', 'Partai Demokrasi Indonesia Perjuangan', 'DPP PDI Perjuangan', 'DPP PDIP'], domains: ['pdiperjuangan.id'], kind: 'party', country: 'ID', languages: ['id'] },
  { id: 'id-gerindra', name: 'Gerindra', aliases: ['Partai Gerindra', 'Partai Gerakan Indonesia Raya', 'DPP Gerindra', 'Gerindra Party'], domains: ['gerindra.id'], kind: 'party', country: 'ID', languages: ['id'] },
  { id: 'id-golkar', name: 'Golkar', aliases: ['Partai Golkar', 'Partai Golongan Karya', 'DPP Golkar', 'DPP Partai Golkar', 'Golkar Party'], kind: 'party', country: 'ID', languages: ['id'] },
  { id: 'id-pkb', name: 'National Awakening Party', aliases: ['PKB', 'Partai Kebangkitan Bangsa', 'DPP PKB'], domains: ['pkb.id'], kind: 'party', country: 'ID', languages: ['id'] },
  { id: 'id-nasdem', name: 'NasDem Party', aliases: ['NasDem', 'Partai NasDem', 'Partai Nasional Demokrat', 'DPP NasDem'], domains: ['partainasdem.id'], kind: 'party', country: 'ID', languages: ['id'] },
  { id: 'id-pks', name: 'Prosperous Justice Party', aliases: ['PKS', 'Partai Keadilan Sejahtera', 'DPP PKS'], domains: ['pks.id'], kind: 'party', country: 'ID', languages: ['id'] },
  { id: 'id-demokrat', name: 'Democratic Party (Indonesia)', aliases: ['Partai Demokrat', 'DPP Partai Demokrat'], domains: ['demokrat.or.id'], kind: 'party', country: 'ID', languages: ['id'] },
  { id: 'id-pan', name: 'National Mandate Party', aliases: ['Partai Amanat Nasional', 'DPP PAN'], domains: ['pan.or.id'], kind: 'party', country: 'ID', languages: ['id'] },
  { id: 'id-psi', name: 'Indonesian Solidarity Party', aliases: ['Partai Solidaritas Indonesia', 'PSI (Indonesia)'], domains: ['psi.id'], kind: 'party', country: 'ID', languages: ['id'] },
  { id: 'my-umno', name: 'United Malays National Organisation', aliases: ['UMNO', 'Umno', 'Pertubuhan Kebangsaan Melayu Bersatu'], domains: ['umno-online.my'], kind: 'party', country: 'MY', languages: ['ms'] },
  { id: 'my-pkr', name: "People's Justice Party (Malaysia)", aliases: ['PKR', 'Parti Keadilan Rakyat'], domains: ['keadilanrakyat.org'], kind: 'party', country: 'MY', languages: ['ms'] },
  { id: 'my-dap', name: 'Democratic Action Party', aliases: ['DAP (Malaysia)', 'Parti Tindakan Demokratik'], domains: ['dapmalaysia.org'], kind: 'party', country: 'MY', languages: ['ms', 'en'] },
  { id: 'th-pheu-thai', name: 'Pheu Thai Party', aliases: ['Pheu Thai', 'พรรคเพื่อไทย', 'Đảng Pheu Thai', 'Đảng Vì nước Thái'], domains: ['ptp.or.th'], kind: 'party', country: 'TH', languages: ['th'] },
  { id: 'th-bhumjaithai', name: 'Bhumjaithai Party', aliases: ['Bhumjaithai', 'พรรคภูมิใจไทย'], domains: ['bhumjaithai.com'], kind: 'party', country: 'TH', languages: ['th'] },
  // ── Europe ──
  { id: 'ru-united-russia', name: 'United Russia', aliases: ['Единая Россия', '«Единая Россия»', 'партия «Единая Россия»', 'Đảng Nước Nga Thống nhất', 'Partai Rusia Bersatu', '统一俄罗斯党'], domains: ['er.ru'], kind: 'party', country: 'RU', languages: ['ru'] },
  { id: 'ru-kprf', name: 'Communist Party of the Russian Federation', aliases: ['KPRF', 'КПРФ', 'Коммунистическая партия Российской Федерации'], domains: ['kprf.ru'], kind: 'party', country: 'RU', languages: ['ru'] },
  { id: 'ru-ldpr', name: 'LDPR', aliases: ['ЛДПР', 'Liberal Democratic Party of Russia'], domains: ['ldpr.ru'], kind: 'party', country: 'RU', languages: ['ru'] },
  { id: 'ua-servant-of-the-people', name: 'Servant of the People', aliases: ['Слуга народу', '«Слуга народу»', 'Слуга народа'], domains: ['sluga-narodu.com'], kind: 'party', country: 'UA', languages: ['uk'] },
  { id: 'de-cdu', name: 'CDU', aliases: ['Christlich Demokratische Union', 'Christlich Demokratische Union Deutschlands', 'Christian Democratic Union', 'Christian Democratic Union of Germany', 'CDU/CSU', 'Liên minh Dân chủ Cơ đốc giáo', 'Đảng Liên minh Dân chủ Cơ đốc giáo', 'Partai Uni Demokratik Kristen', 'ХДС', '基民盟'], domains: ['cdu.de'], kind: 'party', country: 'DE', languages: ['de'] },
  { id: 'de-csu', name: 'CSU', aliases: ['Christlich-Soziale Union', 'Christlich-Soziale Union in Bayern', 'Christian Social Union', 'ХСС', '基社盟'], domains: ['csu.de'], kind: 'party', country: 'DE', languages: ['de'] },
  { id: 'de-spd', name: 'SPD', aliases: ['Sozialdemokratische Partei Deutschlands', 'Social Democratic Party of Germany', 'German Social Democrats', 'Đảng Dân chủ Xã hội Đức', 'Partai Sosial Demokrat Jerman', 'СДПГ', '社民党'], domains: ['spd.de'], kind: 'party', country: 'DE', languages: ['de'] },
  { id: 'de-afd', name: 'Alternative für Deutschland', aliases: ['AfD', 'Alternative for Germany', 'Đảng Sự lựa chọn vì nước Đức', 'Đảng Giải pháp thay thế cho nước Đức', '«Альтернатива для Германии»', 'Альтернатива для Германии', '德国选择党'], domains: ['afd.de'], kind: 'party', country: 'DE', languages: ['de'] },
  { id: 'de-gruene', name: 'Bündnis 90/Die Grünen', aliases: ['Die Grünen', 'Grüne', 'German Greens', 'Bündnis 90/Die Grünen (Greens)', 'Đảng Xanh Đức'], words: ['Grüne'], domains: ['gruene.de'], kind: 'party', country: 'DE', languages: ['de'] },
  { id: 'de-fdp', name: 'FDP', aliases: ['Freie Demokratische Partei', 'Free Democratic Party', 'Free Democrats (Germany)', 'СвДП'], domains: ['fdp.de'], kind: 'party', country: 'DE', languages: ['de'] },
  { id: 'de-linke', name: 'Die Linke', aliases: ['The Left (Germany)', 'Linkspartei', 'Linke'], words: ['Linke'], domains: ['die-linke.de'], kind: 'party', country: 'DE', languages: ['de'] },
  { id: 'de-bsw', name: 'Bündnis Sahra Wagenknecht', aliases: ['BSW', 'Sahra Wagenknecht Alliance'], domains: ['bsw-vg.de'], kind: 'party', country: 'DE', languages: ['de'] },
  { id: 'gb-labour', name: 'Labour Party (UK)', aliases: ['UK Labour Party', 'British Labour Party', 'Labour Party', 'Công đảng Anh', 'Partai Buruh Inggris', 'Лейбористская партия', '英国工党', '英労働党', '영국 노동당'], shared: ['Labour Party'], domains: ['labour.org.uk'], kind: 'party', country: 'GB', languages: ['en'] },
  { id: 'gb-conservatives', name: 'Conservative Party (UK)', aliases: ['UK Conservative Party', 'British Conservative Party', 'Conservative Party', 'Conservatives (UK)', 'Tory party', 'Tory Party', 'Đảng Bảo thủ Anh', 'Partai Konservatif Inggris', 'Консервативная партия Великобритании', '英国保守党', '英保守党', '영국 보수당'], shared: ['Conservative Party'], domains: ['conservatives.com'], kind: 'party', country: 'GB', languages: ['en'] },
  { id: 'gb-libdems', name: 'Liberal Democrats (UK)', aliases: ['Lib Dems', 'Liberal Democrats'], shared: ['Liberal Democrats'], domains: ['libdems.org.uk'], kind: 'party', country: 'GB', languages: ['en'] },
  { id: 'gb-reform', name: 'Reform UK', aliases: ['Reform Party UK', 'Đảng Cải cách Anh'], domains: ['reformparty.uk'], kind: 'party', country: 'GB', languages: ['en'] },
  { id: 'gb-snp', name: 'Scottish National Party', aliases: ['SNP'], domains: ['snp.org'], kind: 'party', country: 'GB', languages: ['en'] },
  { id: 'fr-renaissance', name: 'Renaissance (France)', aliases: ['Renaissance party', 'parti Renaissance', 'Ensemble pour la République'], domains: ['parti-renaissance.fr'], kind: 'party', country: 'FR', languages: ['fr'] },
  { id: 'fr-rn', name: 'Rassemblement national', aliases: ['Rassemblement National', 'National Rally', 'Front national', 'Đảng Mặt trận Quốc gia', 'Đảng Tập hợp Quốc gia', 'Национальное объединение', '国民联盟'], domains: ['rassemblementnational.fr'], kind: 'party', country: 'FR', languages: ['fr'] },
  { id: 'fr-lfi', name: 'La France insoumise', aliases: ['LFI', 'France Unbowed'], domains: ['lafranceinsoumise.fr'], kind: 'party', country: 'FR', languages: ['fr'] },
  { id: 'fr-lr', name: 'Les Républicains', aliases: ['The Republicans (France)'], domains: ['republicains.fr'], kind: 'party', country: 'FR', languages: ['fr'] },
  { id: 'fr-ps', name: 'Parti socialiste', aliases: ['Parti socialiste (France)', 'French Socialist Party', 'PS (France)'], domains: ['parti-socialiste.fr'], kind: 'party', country: 'FR', languages: ['fr'] },
  { id: 'il-likud', name: 'Likud', aliases: ['הליכוד', 'الليكود', 'Đảng Likud', 'Partai Likud', 'Ликуд', '利库德集团'], domains: ['likud.org.il'], kind: 'party', country: 'IL', languages: ['he'] },
  { id: 'ps-fatah', name: 'Fatah', aliases: ['حركة فتح', 'Đảng Fatah', 'phong trào Fatah', 'Фатх', '法塔赫'], kind: 'party', country: 'PS', languages: ['ar'] },
  { id: 'tr-akp', name: 'Justice and Development Party', aliases: ['AKP', 'AK Party', 'AK Parti', 'Adalet ve Kalkınma Partisi', 'Đảng Công lý và Phát triển', 'Партия справедливости и развития', '正义与发展党'], domains: ['akparti.org.tr'], kind: 'party', country: 'TR', languages: ['tr'] },
  { id: 'tr-chp', name: "Republican People's Party", aliases: ['Cumhuriyet Halk Partisi', 'Đảng Nhân dân Cộng hòa'], domains: ['chp.org.tr'], kind: 'party', country: 'TR', languages: ['tr'] },
  { id: 'tr-mhp', name: 'Nationalist Movement Party', aliases: ['MHP', 'Milliyetçi Hareket Partisi'], domains: ['mhp.org.tr'], kind: 'party', country: 'TR', languages: ['tr'] },
  { id: 'za-anc', name: 'African National Congress', aliases: ['ANC', 'Đại hội Dân tộc Phi', '非国大', '非洲人国民大会'], domains: ['anc1912.org.za'], kind: 'party', country: 'ZA', languages: ['en'] },
  // ── Americas ──
  { id: 'us-dnc', name: 'Democratic Party (United States)', aliases: ['Democratic National Committee', 'DNC', 'US Democratic Party', 'U.S. Democratic Party', 'Democratic Party', 'Đảng Dân chủ Mỹ', 'Partai Demokrat AS', 'Демократическая партия США', '美国民主党', '米民主党', '미국 민주당', 'Partido Demócrata de Estados Unidos'], shared: ['Democratic Party'], domains: ['democrats.org'], kind: 'party', country: 'US', languages: ['en'] },
  { id: 'us-rnc', name: 'Republican Party (United States)', aliases: ['Republican National Committee', 'RNC', 'GOP', 'US Republican Party', 'U.S. Republican Party', 'Republican Party', 'Đảng Cộng hòa Mỹ', 'Partai Republik AS', 'Республиканская партия США', '美国共和党', '米共和党', '미국 공화당', 'Partido Republicano de Estados Unidos'], shared: ['Republican Party'], domains: ['gop.com'], kind: 'party', country: 'US', languages: ['en'] },
  { id: 'br-pt', name: "Workers' Party (Brazil)", aliases: ['Partido dos Trabalhadores', "Brazilian Workers' Party"], domains: ['pt.org.br'], kind: 'party', country: 'BR', languages: ['pt'] },
  { id: 'br-pl', name: 'Liberal Party (Brazil)', aliases: ['Partido Liberal (Brasil)'], kind: 'party', country: 'BR', languages: ['pt'] },
  { id: 'mx-morena', name: 'Morena', aliases: ['Movimiento Regeneración Nacional', 'partido Morena', 'Morena party'], words: ['Morena'], domains: ['morena.org'], kind: 'party', country: 'MX', languages: ['es'] },
] satisfies OutletInput[];
