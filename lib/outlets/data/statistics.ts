/**
 * National statistics offices the press credits for figures, beside the core ones in government.ts (Census
 * Bureau, BLS, Destatis, ONS, INSEE, BPS, the Vietnam statistics office…). Facts: each office's own site.
 * Edit: one entry per office; its own name and acronym, the English name, and how Vietnamese, Indonesian,
 * Russian and Chinese news name it. Names other offices go by too (a bare "CSO", "SSB", "Central Statistics
 * Office") are left out; a bare "INE" or "Instituto Nacional de Estatística" is `shared` (Spain's, Portugal's
 * and Chile's offices, Mexico's electoral institute): it says which only where the story's country does.
 */

import type { OutletInput } from '../schema';

export default [
  { id: 'se-scb', name: 'Statistics Sweden', aliases: ['Statistiska centralbyrån', 'SCB', 'Swedish statistics office', 'Cục Thống kê Thụy Điển', 'Badan Statistik Swedia', 'Статистическое управление Швеции', '瑞典统计局'], domains: ['scb.se'], kind: 'government', country: 'SE', languages: ['sv', 'en'] },
  { id: 'no-ssb', name: 'Statistics Norway', aliases: ['Statistisk sentralbyrå', 'Norwegian statistics office', 'Cục Thống kê Na Uy', 'Badan Statistik Norwegia', '挪威统计局'], domains: ['ssb.no'], kind: 'government', country: 'NO', languages: ['no', 'en'] },
  { id: 'dk-dst', name: 'Statistics Denmark', aliases: ['Danmarks Statistik', 'Danish statistics office', 'Cục Thống kê Đan Mạch', 'Badan Statistik Denmark', '丹麦统计局'], domains: ['dst.dk'], kind: 'government', country: 'DK', languages: ['da', 'en'] },
  { id: 'fi-statistics', name: 'Statistics Finland', aliases: ['Tilastokeskus', 'Statistikcentralen', 'Finnish statistics office', 'Cục Thống kê Phần Lan', '芬兰统计局'], domains: ['stat.fi'], kind: 'government', country: 'FI', languages: ['fi', 'sv', 'en'] },
  { id: 'ie-cso', name: 'Central Statistics Office of Ireland', aliases: ['Central Statistics Office Ireland', 'Irish Central Statistics Office', "Ireland's Central Statistics Office", 'An Phríomh-Oifig Staidrimh'], domains: ['cso.ie'], kind: 'government', country: 'IE', languages: ['en', 'ga'] },
  { id: 'be-statbel', name: 'Statbel', aliases: ['Belgian statistics office', 'Cục Thống kê Bỉ'], domains: ['statbel.fgov.be'], kind: 'government', country: 'BE', languages: ['nl', 'fr', 'de', 'en'] },
  { id: 'pt-ine', name: 'Statistics Portugal', shared: ['INE', 'Instituto Nacional de Estatística'], aliases: ['INE', 'Instituto Nacional de Estatística', 'Instituto Nacional de Estatística de Portugal', 'INE Portugal', 'Portuguese statistics institute', 'Cục Thống kê Bồ Đào Nha'], domains: ['ine.pt'], kind: 'government', country: 'PT', languages: ['pt', 'en'] },
  { id: 'cz-czso', name: 'Czech Statistical Office', aliases: ['Český statistický úřad', 'ČSÚ', 'CZSO', 'Českého statistického úřadu', 'Cục Thống kê Séc', 'Чешское статистическое управление', '捷克统计局'], domains: ['czso.cz'], kind: 'government', country: 'CZ', languages: ['cs', 'en'] },
  { id: 'hu-ksh', name: 'Hungarian Central Statistical Office', aliases: ['Központi Statisztikai Hivatal', 'KSH', 'Hungarian statistics office', 'Cục Thống kê Trung ương Hungary', '匈牙利中央统计局'], domains: ['ksh.hu'], kind: 'government', country: 'HU', languages: ['hu', 'en'] },
  { id: 'nz-stats', name: 'Stats NZ', aliases: ['Statistics New Zealand', 'Tatauranga Aotearoa', 'New Zealand statistics office', 'Cục Thống kê New Zealand', '新西兰统计局'], domains: ['stats.govt.nz'], kind: 'government', country: 'NZ', languages: ['en'] },
  { id: 'ro-ins', name: 'National Institute of Statistics of Romania', aliases: ['Institutul Național de Statistică', 'Romanian statistics institute', 'Cục Thống kê Romania'], domains: ['insse.ro'], kind: 'government', country: 'RO', languages: ['ro', 'en'] },
  { id: 'gr-elstat', name: 'Hellenic Statistical Authority', aliases: ['ELSTAT', 'ΕΛΣΤΑΤ', 'Ελληνική Στατιστική Αρχή', 'Greek statistics authority', 'Cục Thống kê Hy Lạp'], domains: ['statistics.gr'], kind: 'government', country: 'GR', languages: ['el', 'en'] },
  { id: 'cl-ine', name: 'National Statistics Institute of Chile', shared: ['INE', 'Instituto Nacional de Estadísticas'], aliases: ['INE', 'Instituto Nacional de Estadísticas', 'Instituto Nacional de Estadísticas de Chile', 'INE Chile', "Chile's statistics institute"], domains: ['ine.gob.cl'], kind: 'government', country: 'CL', languages: ['es'] },
  { id: 'pe-inei', name: 'National Institute of Statistics and Informatics', aliases: ['INEI', 'Instituto Nacional de Estadística e Informática', "Peru's statistics institute"], domains: ['inei.gob.pe'], kind: 'government', country: 'PE', languages: ['es'] },
  { id: 'tw-dgbas', name: 'Directorate-General of Budget, Accounting and Statistics', aliases: ['DGBAS', '行政院主计总处', '行政院主計總處', '主計總處', '主计总处', "Taiwan's statistics agency"], domains: ['dgbas.gov.tw'], kind: 'government', country: 'TW', languages: ['zh', 'en'] },
  { id: 'hk-censtatd', name: 'Census and Statistics Department', aliases: ['Hong Kong Census and Statistics Department', '政府统计处', '政府統計處', '香港政府统计处', '香港政府統計處'], domains: ['censtatd.gov.hk'], kind: 'government', country: 'HK', languages: ['zh', 'en'] },
] satisfies OutletInput[];
