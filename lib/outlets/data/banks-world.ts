/**
 * Banks, brokers, asset managers and insurers whose economists and analysts the press quotes for forecasts
 * ("economists at Standard Chartered", "theo UOB", "menurut ekonom DBS", "据中金公司研报", "ING said in a
 * note"), beside the few in companies-global.ts and the Indonesian and Vietnamese banks in
 * companies-id-vn.ts. Facts: each firm's own site. Edit: one entry per firm; its name, its short form where
 * the press prints it, and its names in Chinese, Japanese, Korean or Vietnamese where those papers quote it.
 * Names that are places, surnames or words ("Santander", "Macquarie", "Jefferies", "Lazard") go in `words`;
 * bare "Fidelity", "Vanguard", "Principal", "Apollo", "Citadel", "Marsh", "Aon", "NAB", "SBI" are left out.
 */

import type { OutletInput } from '../schema';

export default [
  // ── Banks quoted for forecasts: Asia, Oceania ──
  { id: 'standard-chartered', name: 'Standard Chartered', aliases: ['Standard Chartered Bank', 'StanChart', 'Standard Chartered Việt Nam', 'Ngân hàng Standard Chartered', '渣打银行', '渣打銀行', '渣打', 'スタンダードチャータード銀行', '스탠다드차타드'], domains: ['sc.com'], kind: 'company', country: 'GB', languages: ['en'] },
  { id: 'dbs', name: 'DBS Bank', aliases: ['DBS', 'DBS Group', 'Ngân hàng DBS', 'Bank DBS Indonesia', '星展银行', '星展銀行', '星展'], domains: ['dbs.com'], kind: 'company', country: 'SG', languages: ['en'] },
  { id: 'uob', name: 'United Overseas Bank', aliases: ['UOB', 'UOB Việt Nam', 'Ngân hàng UOB', 'Bank UOB Indonesia', '大华银行', '大華銀行'], domains: ['uobgroup.com', 'uob.com.sg'], kind: 'company', country: 'SG', languages: ['en'] },
  { id: 'ocbc', name: 'OCBC', aliases: ['OCBC Bank', 'Oversea-Chinese Banking Corporation', 'Bank OCBC NISP', '华侨银行', '華僑銀行'], domains: ['ocbc.com'], kind: 'company', country: 'SG', languages: ['en'] },
  { id: 'maybank', name: 'Maybank', aliases: ['Malayan Banking', 'Maybank Indonesia', 'Maybank Sekuritas', 'Maybank Investment Bank', 'Maybank Việt Nam', '马来亚银行'], domains: ['maybank.com'], kind: 'company', country: 'MY', languages: ['ms', 'en'] },
  { id: 'cimb', name: 'CIMB', aliases: ['CIMB Group', 'CIMB Niaga', 'Bank CIMB Niaga', 'CIMB Việt Nam', '联昌国际'], domains: ['cimb.com'], kind: 'company', country: 'MY', languages: ['ms', 'en'] },
  { id: 'macquarie', name: 'Macquarie Group', aliases: ['Macquarie', 'Macquarie Bank', 'Macquarie Capital', '麦格理', '麥格理'], words: ['Macquarie'], domains: ['macquarie.com'], kind: 'company', country: 'AU', languages: ['en'] },
  { id: 'anz', name: 'ANZ', aliases: ['ANZ Bank', 'Australia and New Zealand Banking Group', 'ANZ Research', '澳新银行'], domains: ['anz.com', 'anz.com.au'], kind: 'company', country: 'AU', languages: ['en'] },
  { id: 'westpac', name: 'Westpac', aliases: ['Westpac Banking Corporation', '西太平洋银行'], domains: ['westpac.com.au'], kind: 'company', country: 'AU', languages: ['en'] },
  { id: 'commonwealth-bank', name: 'Commonwealth Bank of Australia', aliases: ['Commonwealth Bank', 'CommBank', '澳洲联邦银行'], domains: ['commbank.com.au'], kind: 'company', country: 'AU', languages: ['en'] },
  { id: 'nab', name: 'National Australia Bank', aliases: [], domains: ['nab.com.au'], kind: 'company', country: 'AU', languages: ['en'] },
  { id: 'daiwa', name: 'Daiwa Securities', aliases: ['Daiwa Securities Group', '大和証券', '大和证券', '다이와증권'], domains: ['daiwa.jp'], kind: 'company', country: 'JP', languages: ['ja', 'en'] },
  { id: 'mizuho-securities', name: 'Mizuho Securities', aliases: ['みずほ証券', '瑞穗证券'], domains: ['mizuho-sc.com'], kind: 'company', country: 'JP', languages: ['ja', 'en'] },
  { id: 'sbi-india', name: 'State Bank of India', aliases: ['SBI Research', 'भारतीय स्टेट बैंक'], domains: ['sbi.co.in'], kind: 'company', country: 'IN', languages: ['en', 'hi'] },
  { id: 'icici-bank', name: 'ICICI Bank', aliases: ['ICICI Securities'], domains: ['icicibank.com'], kind: 'company', country: 'IN', languages: ['en'] },
  { id: 'hdfc-bank', name: 'HDFC Bank', aliases: [], domains: ['hdfcbank.com'], kind: 'company', country: 'IN', languages: ['en'] },
  { id: 'bank-of-china', name: 'Bank of China', aliases: ['中国银行', '中國銀行'], domains: ['boc.cn', 'bankofchina.com'], kind: 'company', country: 'CN', languages: ['zh', 'en'] },
  { id: 'ccb', name: 'China Construction Bank', aliases: ['中国建设银行', '中國建設銀行', '建设银行', 'CCB'], domains: ['ccb.com'], kind: 'company', country: 'CN', languages: ['zh', 'en'] },
  { id: 'abc-china', name: 'Agricultural Bank of China', aliases: ['中国农业银行', '中國農業銀行', '农业银行'], domains: ['abchina.com'], kind: 'company', country: 'CN', languages: ['zh', 'en'] },
  { id: 'cicc', name: 'China International Capital Corporation', aliases: ['CICC', '中金公司', '中国国际金融', '中國國際金融'], domains: ['cicc.com'], kind: 'company', country: 'CN', languages: ['zh', 'en'] },
  { id: 'citic-securities', name: 'CITIC Securities', aliases: ['中信证券', '中信證券'], domains: ['citics.com'], kind: 'company', country: 'CN', languages: ['zh', 'en'] },
  { id: 'huatai-securities', name: 'Huatai Securities', aliases: ['华泰证券', '華泰證券'], domains: ['htsc.com.cn'], kind: 'company', country: 'CN', languages: ['zh'] },
  { id: 'haitong-securities', name: 'Haitong Securities', aliases: ['海通证券', '海通證券'], domains: ['htsec.com'], kind: 'company', country: 'CN', languages: ['zh'] },
  { id: 'mirae-asset', name: 'Mirae Asset', aliases: ['Mirae Asset Securities', '미래에셋증권', '미래에셋', 'Mirae Asset Sekuritas', 'Chứng khoán Mirae Asset'], domains: ['miraeasset.com'], kind: 'company', country: 'KR', languages: ['ko', 'en'] },
  { id: 'kb-securities', name: 'KB Securities', aliases: ['KB증권', 'KB Securities Vietnam', 'Chứng khoán KB Việt Nam', 'KBSV'], domains: ['kbsec.com'], kind: 'company', country: 'KR', languages: ['ko'] },
  { id: 'vndirect', name: 'VNDirect', aliases: ['Chứng khoán VNDirect', 'VNDIRECT', 'Công ty Chứng khoán VNDirect'], domains: ['vndirect.com.vn'], kind: 'company', country: 'VN', languages: ['vi'] },
  { id: 'mandiri-sekuritas', name: 'Mandiri Sekuritas', aliases: [], domains: ['mandirisekuritas.co.id'], kind: 'company', country: 'ID', languages: ['id'] },
  { id: 'bank-permata', name: 'Bank Permata', aliases: ['PermataBank', 'PT Bank Permata Tbk'], domains: ['permatabank.com'], kind: 'company', country: 'ID', languages: ['id'] },

  // ── Europe ──
  { id: 'ing', name: 'ING', aliases: ['ING Group', 'ING Bank', 'ING Groep', 'ING Research', 'ING Think'], domains: ['ing.com'], kind: 'company', country: 'NL', languages: ['nl', 'en'] },
  { id: 'rabobank', name: 'Rabobank', aliases: [], domains: ['rabobank.com'], kind: 'company', country: 'NL', languages: ['nl', 'en'] },
  { id: 'abn-amro', name: 'ABN Amro', aliases: ['ABN AMRO'], domains: ['abnamro.com'], kind: 'company', country: 'NL', languages: ['nl', 'en'] },
  { id: 'natixis', name: 'Natixis', aliases: ['Natixis CIB'], domains: ['natixis.com'], kind: 'company', country: 'FR', languages: ['fr', 'en'] },
  { id: 'societe-generale', name: 'Société Générale', aliases: ['Societe Generale', 'SocGen', '法国兴业银行'], domains: ['societegenerale.com'], kind: 'company', country: 'FR', languages: ['fr', 'en'] },
  { id: 'credit-agricole', name: 'Crédit Agricole', aliases: ['Credit Agricole', 'Crédit Agricole CIB'], domains: ['credit-agricole.com'], kind: 'company', country: 'FR', languages: ['fr', 'en'] },
  { id: 'axa', name: 'AXA', aliases: ['AXA Investment Managers', 'AXA IM'], domains: ['axa.com'], kind: 'company', country: 'FR', languages: ['fr', 'en'] },
  { id: 'amundi', name: 'Amundi', aliases: [], domains: ['amundi.com'], kind: 'company', country: 'FR', languages: ['fr', 'en'] },
  { id: 'unicredit', name: 'UniCredit', aliases: [], domains: ['unicreditgroup.eu'], kind: 'company', country: 'IT', languages: ['it', 'en'] },
  { id: 'intesa-sanpaolo', name: 'Intesa Sanpaolo', aliases: [], domains: ['intesasanpaolo.com'], kind: 'company', country: 'IT', languages: ['it', 'en'] },
  { id: 'bbva', name: 'BBVA', aliases: ['Banco Bilbao Vizcaya Argentaria'], domains: ['bbva.com'], kind: 'company', country: 'ES', languages: ['es', 'en'] },
  { id: 'danske-bank', name: 'Danske Bank', aliases: [], domains: ['danskebank.com'], kind: 'company', country: 'DK', languages: ['da', 'en'] },
  { id: 'seb', name: 'SEB', aliases: ['Skandinaviska Enskilda Banken', 'SEB Group'], domains: ['sebgroup.com'], kind: 'company', country: 'SE', languages: ['sv', 'en'] },
  { id: 'nordea', name: 'Nordea', aliases: ['Nordea Bank'], domains: ['nordea.com'], kind: 'company', country: 'FI', languages: ['en'] },
  { id: 'saxo-bank', name: 'Saxo Bank', aliases: ['Saxo'], words: ['Saxo'], domains: ['home.saxo'], kind: 'company', country: 'DK', languages: ['en'] },
  { id: 'berenberg', name: 'Berenberg', aliases: ['Berenberg Bank', 'Joh. Berenberg, Gossler & Co.'], domains: ['berenberg.de'], kind: 'company', country: 'DE', languages: ['de', 'en'] },
  { id: 'schroders', name: 'Schroders', aliases: [], domains: ['schroders.com'], kind: 'company', country: 'GB', languages: ['en'] },
  { id: 'abrdn', name: 'abrdn', aliases: ['Aberdeen Group', 'Aberdeen Standard Investments'], domains: ['abrdn.com'], kind: 'company', country: 'GB', languages: ['en'] },
  { id: 'allianz-trade', name: 'Allianz Trade', aliases: ['Euler Hermes'], domains: ['allianz-trade.com'], kind: 'company', country: 'FR', languages: ['en', 'fr', 'de'] },
  { id: 'coface', name: 'Coface', aliases: [], domains: ['coface.com'], kind: 'company', country: 'FR', languages: ['fr', 'en'] },
  { id: 'atradius', name: 'Atradius', aliases: [], domains: ['atradius.com'], kind: 'company', country: 'NL', languages: ['en'] },

  // ── North America ──
  { id: 'scotiabank', name: 'Scotiabank', aliases: ['Bank of Nova Scotia'], domains: ['scotiabank.com'], kind: 'company', country: 'CA', languages: ['en'] },
  { id: 'td-securities', name: 'TD Securities', aliases: ['TD Bank', 'TD Economics', 'Toronto-Dominion Bank'], domains: ['td.com'], kind: 'company', country: 'CA', languages: ['en'] },
  { id: 'bmo', name: 'BMO', aliases: ['Bank of Montreal', 'BMO Capital Markets'], domains: ['bmo.com'], kind: 'company', country: 'CA', languages: ['en'] },
  { id: 'cibc', name: 'CIBC', aliases: ['Canadian Imperial Bank of Commerce', 'CIBC Capital Markets'], domains: ['cibc.com'], kind: 'company', country: 'CA', languages: ['en'] },
  { id: 'jefferies', name: 'Jefferies', aliases: ['Jefferies Financial Group'], words: ['Jefferies'], domains: ['jefferies.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'evercore', name: 'Evercore', aliases: ['Evercore ISI'], domains: ['evercore.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'lazard', name: 'Lazard', aliases: [], words: ['Lazard'], domains: ['lazard.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'raymond-james', name: 'Raymond James', aliases: ['Raymond James Financial'], domains: ['raymondjames.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'piper-sandler', name: 'Piper Sandler', aliases: [], domains: ['pipersandler.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'wedbush', name: 'Wedbush Securities', aliases: ['Wedbush'], domains: ['wedbush.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'bernstein', name: 'Bernstein', aliases: ['AllianceBernstein', 'Bernstein Research', 'Sanford C. Bernstein'], words: ['Bernstein'], domains: ['alliancebernstein.com', 'bernsteinresearch.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'vanguard', name: 'Vanguard Group', aliases: ['The Vanguard Group'], domains: ['vanguard.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'fidelity', name: 'Fidelity Investments', aliases: ['Fidelity International'], domains: ['fidelity.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'pimco', name: 'PIMCO', aliases: ['Pacific Investment Management Company'], domains: ['pimco.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'invesco', name: 'Invesco', aliases: [], domains: ['invesco.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'state-street', name: 'State Street', aliases: ['State Street Global Advisors', 'State Street Corporation'], domains: ['statestreet.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'charles-schwab', name: 'Charles Schwab', aliases: ['Schwab', 'Charles Schwab Corporation'], words: ['Schwab'], domains: ['schwab.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'blackstone', name: 'Blackstone', aliases: ['Blackstone Inc.', 'Blackstone Group'], domains: ['blackstone.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'kkr', name: 'KKR', aliases: ['Kohlberg Kravis Roberts'], domains: ['kkr.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'carlyle', name: 'Carlyle Group', aliases: ['The Carlyle Group'], domains: ['carlyle.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'apollo-global', name: 'Apollo Global Management', aliases: [], domains: ['apollo.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'bridgewater', name: 'Bridgewater Associates', aliases: [], domains: ['bridgewater.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'aon', name: 'Aon plc', aliases: [], domains: ['aon.com'], kind: 'company', country: 'IE', languages: ['en'] },
  { id: 'marsh-mclennan', name: 'Marsh McLennan', aliases: ['Marsh & McLennan'], domains: ['marshmclennan.com', 'marsh.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'chubb', name: 'Chubb', aliases: ['Chubb Limited'], words: ['Chubb'], domains: ['chubb.com'], kind: 'company', country: 'CH', languages: ['en'] },
  { id: 'verisk', name: 'Verisk', aliases: ['Verisk Analytics'], domains: ['verisk.com'], kind: 'company', country: 'US', languages: ['en'] },
] satisfies OutletInput[];
