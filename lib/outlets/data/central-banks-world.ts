/**
 * The central banks of Europe, Asia, the Middle East and Africa not in government.ts, by the names the press
 * prints for rate decisions ("the Riksbank held rates", "Norges Bank", "Ngân hàng Trung ương Thụy Điển",
 * "Bank Sentral Selandia Baru", "新西兰联储", "مصرف الإمارات العربية المتحدة المركزي"). Facts: each bank's own
 * site. Edit: one entry per bank; its own name, its short form where the press prints it, the English forms,
 * and how Vietnamese, Indonesian, Chinese, Russian or Arabic news name the ones they cover. Short forms other
 * bodies own are left out ("CBK" is Kenya's, "CBI" India's bureau, "NBC" a network, "BoG" and "BoU" fold to
 * words).
 */

import type { OutletInput } from '../schema';

export default [
  // ── Europe ──
  { id: 'se-riksbank', name: 'Sveriges Riksbank', aliases: ['Riksbank', 'Riksbanken', 'Swedish central bank', "Sweden's central bank", 'Ngân hàng Trung ương Thụy Điển', 'Bank Sentral Swedia', '瑞典央行', '瑞典中央银行', 'スウェーデン中央銀行', 'Центробанк Швеции', 'schwedische Notenbank', 'schwedische Zentralbank'], domains: ['riksbank.se'], kind: 'government', country: 'SE', languages: ['sv', 'en'] },
  { id: 'no-norges-bank', name: 'Norges Bank', aliases: ['Norwegian central bank', "Norway's central bank", 'Ngân hàng Trung ương Na Uy', 'Bank Sentral Norwegia', '挪威央行', '挪威中央银行', 'ノルウェー中央銀行', 'norwegische Notenbank', 'norwegische Zentralbank'], domains: ['norges-bank.no'], kind: 'government', country: 'NO', languages: ['no', 'en'] },
  { id: 'dk-nationalbank', name: 'Danmarks Nationalbank', aliases: ['Nationalbanken', 'Danish central bank', "Denmark's central bank", 'Ngân hàng Trung ương Đan Mạch', '丹麦央行'], domains: ['nationalbanken.dk'], kind: 'government', country: 'DK', languages: ['da', 'en'] },
  { id: 'cz-cnb', name: 'Czech National Bank', aliases: ['Česká národní banka', 'ČNB', 'Czech central bank', "Czech Republic's central bank", 'Ngân hàng Quốc gia Séc', '捷克央行', 'tschechische Notenbank'], domains: ['cnb.cz'], kind: 'government', country: 'CZ', languages: ['cs', 'en'] },
  { id: 'hu-mnb', name: 'Magyar Nemzeti Bank', aliases: ['MNB', 'Hungarian National Bank', 'National Bank of Hungary', "Hungary's central bank", 'Hungarian central bank', 'Ngân hàng Quốc gia Hungary', '匈牙利央行', 'ungarische Notenbank'], domains: ['mnb.hu'], kind: 'government', country: 'HU', languages: ['hu', 'en'] },
  { id: 'ro-bnr', name: 'National Bank of Romania', aliases: ['Banca Națională a României', 'Banca Nationala a Romaniei', 'BNR', "Romania's central bank", 'Romanian central bank'], domains: ['bnr.ro'], kind: 'government', country: 'RO', languages: ['ro', 'en'] },
  { id: 'at-oenb', name: 'Oesterreichische Nationalbank', aliases: ['OeNB', 'Österreichische Nationalbank', 'Austrian National Bank', 'Austrian central bank', "Austria's central bank", 'österreichische Notenbank'], domains: ['oenb.at'], kind: 'government', country: 'AT', languages: ['de', 'en'] },
  { id: 'be-nbb', name: 'National Bank of Belgium', aliases: ['Banque nationale de Belgique', 'Nationale Bank van België', 'NBB', 'Belgian central bank', "Belgium's central bank"], domains: ['nbb.be'], kind: 'government', country: 'BE', languages: ['fr', 'nl', 'de', 'en'] },
  { id: 'pt-bdp', name: 'Banco de Portugal', aliases: ['Bank of Portugal', "Portugal's central bank", 'Portuguese central bank'], domains: ['bportugal.pt'], kind: 'government', country: 'PT', languages: ['pt', 'en'] },
  { id: 'gr-bog', name: 'Bank of Greece', aliases: ['Τράπεζα της Ελλάδος', 'Greek central bank', "Greece's central bank"], domains: ['bankofgreece.gr'], kind: 'government', country: 'GR', languages: ['el', 'en'] },
  { id: 'ie-central-bank', name: 'Central Bank of Ireland', aliases: ["Ireland's central bank", 'Irish central bank', 'Banc Ceannais na hÉireann'], domains: ['centralbank.ie'], kind: 'government', country: 'IE', languages: ['en', 'ga'] },
  { id: 'rs-nbs', name: 'National Bank of Serbia', aliases: ['Narodna banka Srbije', 'Народна банка Србије', "Serbia's central bank"], domains: ['nbs.rs'], kind: 'government', country: 'RS', languages: ['sr', 'en'] },
  { id: 'hr-hnb', name: 'Croatian National Bank', aliases: ['Hrvatska narodna banka', 'HNB', "Croatia's central bank"], domains: ['hnb.hr'], kind: 'government', country: 'HR', languages: ['hr', 'en'] },
  { id: 'is-central-bank', name: 'Central Bank of Iceland', aliases: ['Seðlabanki Íslands', "Iceland's central bank"], domains: ['cb.is'], kind: 'government', country: 'IS', languages: ['is', 'en'] },
  { id: 'by-nbrb', name: 'National Bank of Belarus', aliases: ['Национальный банк Республики Беларусь', 'Нацбанк Беларуси', 'Нацбанк Белоруссии', "Belarus's central bank"], domains: ['nbrb.by'], kind: 'government', country: 'BY', languages: ['ru', 'be'] },

  // ── Asia, Oceania ──
  { id: 'nz-rbnz', name: 'Reserve Bank of New Zealand', aliases: ['RBNZ', "New Zealand's central bank", 'New Zealand central bank', 'Ngân hàng Dự trữ New Zealand', 'Ngân hàng Trung ương New Zealand', 'Bank Sentral Selandia Baru', '新西兰联储', '新西兰央行', '新西兰储备银行', 'ニュージーランド準備銀行', 'Резервный банк Новой Зеландии'], domains: ['rbnz.govt.nz'], kind: 'government', country: 'NZ', languages: ['en'] },
  { id: 'kz-nbk', name: 'National Bank of Kazakhstan', aliases: ['Национальный банк Казахстана', 'Национальный банк Республики Казахстан', 'Нацбанк Казахстана', 'Нацбанк РК', "Kazakhstan's central bank"], domains: ['nationalbank.kz'], kind: 'government', country: 'KZ', languages: ['kk', 'ru', 'en'] },
  { id: 'uz-cbu', name: 'Central Bank of Uzbekistan', aliases: ['Центральный банк Узбекистана', 'ЦБ Узбекистана', "O'zbekiston Respublikasi Markaziy banki", "Uzbekistan's central bank"], domains: ['cbu.uz'], kind: 'government', country: 'UZ', languages: ['uz', 'ru', 'en'] },
  { id: 'ge-nbg', name: 'National Bank of Georgia', aliases: ['საქართველოს ეროვნული ბანკი', 'Нацбанк Грузии', "Georgia's central bank"], domains: ['nbg.gov.ge'], kind: 'government', country: 'GE', languages: ['ka', 'en'] },
  { id: 'am-cba', name: 'Central Bank of Armenia', aliases: ['ЦБ Армении', 'Центробанк Армении', "Armenia's central bank"], domains: ['cba.am'], kind: 'government', country: 'AM', languages: ['hy', 'en'] },
  { id: 'az-cba', name: 'Central Bank of Azerbaijan', aliases: ['Azərbaycan Respublikasının Mərkəzi Bankı', 'Azərbaycan Mərkəzi Bankı', 'ЦБ Азербайджана', "Azerbaijan's central bank"], domains: ['cbar.az'], kind: 'government', country: 'AZ', languages: ['az', 'en'] },
  { id: 'lk-cbsl', name: 'Central Bank of Sri Lanka', aliases: ['CBSL', "Sri Lanka's central bank", 'Ngân hàng Trung ương Sri Lanka'], domains: ['cbsl.gov.lk'], kind: 'government', country: 'LK', languages: ['si', 'ta', 'en'] },
  { id: 'np-nrb', name: 'Nepal Rastra Bank', aliases: ['नेपाल राष्ट्र बैंक', "Nepal's central bank"], domains: ['nrb.org.np'], kind: 'government', country: 'NP', languages: ['ne', 'en'] },
  { id: 'kh-nbc', name: 'National Bank of Cambodia', aliases: ['ធនាគារជាតិនៃកម្ពុជា', 'Ngân hàng Quốc gia Campuchia', 'Ngân hàng Trung ương Campuchia', 'Bank Sentral Kamboja', "Cambodia's central bank", '柬埔寨国家银行'], domains: ['nbc.gov.kh'], kind: 'government', country: 'KH', languages: ['km', 'en'] },
  { id: 'la-bol', name: 'Bank of the Lao PDR', aliases: ['ທະນາຄານແຫ່ງ ສປປ ລາວ', 'Ngân hàng Nhà nước Lào', 'Ngân hàng Trung ương Lào', 'Bank Sentral Laos', "Laos' central bank", '老挝央行'], domains: ['bol.gov.la'], kind: 'government', country: 'LA', languages: ['lo', 'en'] },

  // ── Middle East, Africa ──
  { id: 'ae-cbuae', name: 'Central Bank of the UAE', aliases: ['CBUAE', 'Central Bank of the United Arab Emirates', 'UAE Central Bank', 'مصرف الإمارات العربية المتحدة المركزي', 'المصرف المركزي الإماراتي'], domains: ['centralbank.ae'], kind: 'government', country: 'AE', languages: ['ar', 'en'] },
  { id: 'qa-qcb', name: 'Qatar Central Bank', aliases: ['QCB', 'مصرف قطر المركزي', "Qatar's central bank"], domains: ['qcb.gov.qa'], kind: 'government', country: 'QA', languages: ['ar', 'en'] },
  { id: 'kw-central-bank', name: 'Central Bank of Kuwait', aliases: ['بنك الكويت المركزي', "Kuwait's central bank"], domains: ['cbk.gov.kw'], kind: 'government', country: 'KW', languages: ['ar', 'en'] },
  { id: 'iq-central-bank', name: 'Central Bank of Iraq', aliases: ['البنك المركزي العراقي', "Iraq's central bank", 'Iraqi central bank'], domains: ['cbi.iq'], kind: 'government', country: 'IQ', languages: ['ar', 'en'] },
  { id: 'jo-cbj', name: 'Central Bank of Jordan', aliases: ['البنك المركزي الأردني', "Jordan's central bank"], domains: ['cbj.gov.jo'], kind: 'government', country: 'JO', languages: ['ar', 'en'] },
  { id: 'lb-bdl', name: 'Banque du Liban', aliases: ['مصرف لبنان', 'Bank of Lebanon', "Lebanon's central bank", 'Lebanese central bank'], domains: ['bdl.gov.lb'], kind: 'government', country: 'LB', languages: ['ar', 'fr', 'en'] },
  { id: 'om-cbo', name: 'Central Bank of Oman', aliases: ['البنك المركزي العماني', "Oman's central bank"], domains: ['cbo.gov.om'], kind: 'government', country: 'OM', languages: ['ar', 'en'] },
  { id: 'bh-cbb', name: 'Central Bank of Bahrain', aliases: ['مصرف البحرين المركزي', "Bahrain's central bank"], domains: ['cbb.gov.bh'], kind: 'government', country: 'BH', languages: ['ar', 'en'] },
  { id: 'dz-bank-of-algeria', name: 'Bank of Algeria', aliases: ["Banque d'Algérie", 'Banque d’Algérie', 'بنك الجزائر', "Algeria's central bank"], domains: ['bank-of-algeria.dz'], kind: 'government', country: 'DZ', languages: ['ar', 'fr'] },
  { id: 'ma-bam', name: 'Bank Al-Maghrib', aliases: ['Bank Al Maghrib', 'بنك المغرب', "Morocco's central bank", 'Moroccan central bank'], domains: ['bkam.ma'], kind: 'government', country: 'MA', languages: ['ar', 'fr'] },
  { id: 'tn-bct', name: 'Central Bank of Tunisia', aliases: ['Banque centrale de Tunisie', 'البنك المركزي التونسي', "Tunisia's central bank"], domains: ['bct.gov.tn'], kind: 'government', country: 'TN', languages: ['ar', 'fr'] },
  { id: 'gh-bog', name: 'Bank of Ghana', aliases: ["Ghana's central bank"], domains: ['bog.gov.gh'], kind: 'government', country: 'GH', languages: ['en'] },
  { id: 'ug-bou', name: 'Bank of Uganda', aliases: ["Uganda's central bank"], domains: ['bou.or.ug'], kind: 'government', country: 'UG', languages: ['en'] },
  { id: 'zm-boz', name: 'Bank of Zambia', aliases: ["Zambia's central bank"], domains: ['boz.zm'], kind: 'government', country: 'ZM', languages: ['en'] },
  { id: 'zw-rbz', name: 'Reserve Bank of Zimbabwe', aliases: ['RBZ', "Zimbabwe's central bank"], domains: ['rbz.co.zw'], kind: 'government', country: 'ZW', languages: ['en'] },
  { id: 'mz-bm', name: 'Bank of Mozambique', aliases: ['Banco de Moçambique', "Mozambique's central bank"], domains: ['bancomoc.mz'], kind: 'government', country: 'MZ', languages: ['pt'] },
  { id: 'bw-bob', name: 'Bank of Botswana', aliases: ["Botswana's central bank"], domains: ['bankofbotswana.bw'], kind: 'government', country: 'BW', languages: ['en'] },
  { id: 'ao-bna', name: 'National Bank of Angola', aliases: ['Banco Nacional de Angola', "Angola's central bank"], domains: ['bna.ao'], kind: 'government', country: 'AO', languages: ['pt'] },
] satisfies OutletInput[];
