/**
 * Poland's state bodies and state companies beyond the core ones in government.ts (presidency, government,
 * foreign and defence ministries, NBP, GUS, Sejm, IMGW): ministries, police, prosecutors, border guard, courts,
 * watchdogs, and the rail, fuel, insurance and mining companies Polish news quotes. Facts: each body's own
 * site; no domain for the bodies whose pages sit in the gov.pl portal. Edit: one entry per body; the Polish
 * name in the nominative, and the genitive the press prints after "według", "rzecznik", "dane" where
 * the cue file's lemmas cannot give the nominative back (an adjective follows the head: "Komendy Głównej
 * Policji", "Sądu Najwyższego"; "Ministerstwa Zdrowia" comes back as "Ministerstwo Zdrowia" by itself), the acronym, the English name and how Vietnamese, Indonesian,
 * Russian and Chinese news name the big ones. "Policja" and "LOT" are ordinary words too ("police", "a
 * flight"): marked `words`. Acronyms other bodies print too ("TK", "CBA", "PSP", "GIS") are marked `shared`.
 */

import type { OutletInput } from '../schema';

export default [
  // ── Ministries ──
  { id: 'pl-health-ministry', name: 'Ministry of Health of Poland', aliases: ['Ministerstwo Zdrowia', 'Polish Health Ministry', "Poland's Health Ministry", 'Bộ Y tế Ba Lan', 'Kementerian Kesehatan Polandia', 'Минздрав Польши', '波兰卫生部'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-justice-ministry', name: 'Ministry of Justice of Poland', aliases: ['Ministerstwo Sprawiedliwości', 'Polish Justice Ministry', "Poland's Justice Ministry", 'Bộ Tư pháp Ba Lan', '波兰司法部'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-interior-ministry', name: 'Ministry of the Interior and Administration of Poland', aliases: ['Ministerstwo Spraw Wewnętrznych i Administracji', 'MSWiA', 'Polish Interior Ministry', "Poland's Interior Ministry", 'Bộ Nội vụ Ba Lan', 'Kementerian Dalam Negeri Polandia', 'МВД Польши', '波兰内政部'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-finance-ministry', name: 'Ministry of Finance of Poland', aliases: ['Ministerstwo Finansów', 'Polish Finance Ministry', "Poland's Finance Ministry", 'Bộ Tài chính Ba Lan', '波兰财政部'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-infrastructure-ministry', name: 'Ministry of Infrastructure of Poland', aliases: ['Ministerstwo Infrastruktury', 'Polish Infrastructure Ministry'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-climate-ministry', name: 'Ministry of Climate and Environment of Poland', aliases: ['Ministerstwo Klimatu i Środowiska', 'Polish Climate Ministry'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-agriculture-ministry', name: 'Ministry of Agriculture and Rural Development of Poland', aliases: ['Ministerstwo Rolnictwa i Rozwoju Wsi', 'MRiRW', 'Polish Agriculture Ministry'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-education-ministry', name: 'Ministry of National Education of Poland', aliases: ['Ministerstwo Edukacji Narodowej', 'MEN', 'Polish Education Ministry'], shared: ['MEN'], kind: 'government', country: 'PL', languages: ['pl'] },
  // ── Police, prosecutors, border, fire ──
  { id: 'pl-police', name: 'Polish Police', aliases: ['Policja', 'Komenda Główna Policji', 'Komendy Głównej Policji', 'KGP', 'polska policja', 'polskiej policji', 'Cảnh sát Ba Lan', 'Kepolisian Polandia', 'Полиция Польши', 'польская полиция', '波兰警方'], words: ['Policja'], shared: ['KGP'], domains: ['policja.pl'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-national-prosecutor', name: "National Prosecutor's Office of Poland", aliases: ['Prokuratura Krajowa', 'Prokuratury Krajowej', "Polish National Prosecutor's Office", "Poland's National Prosecutor's Office"], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-border-guard', name: 'Polish Border Guard', aliases: ['Straż Graniczna', 'Straży Granicznej', "Poland's Border Guard", 'Lực lượng Biên phòng Ba Lan', 'Пограничная служба Польши', 'Погранслужба Польши', '波兰边防卫队'], domains: ['strazgraniczna.pl'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-fire-service', name: 'State Fire Service of Poland', aliases: ['Państwowa Straż Pożarna', 'Państwowej Straży Pożarnej', 'PSP', 'Polish fire service'], shared: ['PSP'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-gis', name: 'Chief Sanitary Inspectorate of Poland', aliases: ['Główny Inspektorat Sanitarny', 'Głównego Inspektoratu Sanitarnego', 'GIS', 'Sanepid', 'Sanepidu'], shared: ['GIS'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-abw', name: 'Internal Security Agency of Poland', aliases: ['Agencja Bezpieczeństwa Wewnętrznego', 'ABW', "Poland's Internal Security Agency"], domains: ['abw.gov.pl'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-cba', name: 'Central Anticorruption Bureau of Poland', aliases: ['Centralne Biuro Antykorupcyjne', 'Centralnego Biura Antykorupcyjnego', 'CBA'], shared: ['CBA'], domains: ['cba.gov.pl'], kind: 'government', country: 'PL', languages: ['pl'] },
  // ── Courts, parliament, watchdogs ──
  { id: 'pl-supreme-court', name: 'Supreme Court of Poland', aliases: ['Sąd Najwyższy', 'Sądu Najwyższego', 'Polish Supreme Court', "Poland's Supreme Court", 'Tòa án Tối cao Ba Lan', 'Верховный суд Польши', '波兰最高法院'], domains: ['sn.pl'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-constitutional-tribunal', name: 'Constitutional Tribunal of Poland', aliases: ['Trybunał Konstytucyjny', 'Trybunału Konstytucyjnego', 'TK', 'Polish Constitutional Tribunal', "Poland's Constitutional Tribunal", 'Tòa án Hiến pháp Ba Lan', 'Конституционный трибунал Польши', '波兰宪法法庭'], shared: ['TK'], domains: ['trybunal.gov.pl'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-senate', name: 'Senate of Poland', aliases: ['Senat RP', 'Polish Senate', "Poland's Senate", 'Thượng viện Ba Lan', 'Сенат Польши', '波兰参议院'], domains: ['senat.gov.pl'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-nik', name: 'Supreme Audit Office of Poland', aliases: ['Najwyższa Izba Kontroli', 'Najwyższej Izby Kontroli', 'NIK', "Poland's Supreme Audit Office"], domains: ['nik.gov.pl'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-pkw', name: 'National Electoral Commission of Poland', aliases: ['Państwowa Komisja Wyborcza', 'Państwowej Komisji Wyborczej', 'PKW', "Poland's electoral commission", 'Polish electoral commission'], domains: ['pkw.gov.pl'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-nfz', name: 'National Health Fund of Poland', aliases: ['Narodowy Fundusz Zdrowia', 'Narodowego Funduszu Zdrowia', 'NFZ'], domains: ['nfz.gov.pl'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-uokik', name: 'Office of Competition and Consumer Protection of Poland', aliases: ['Urząd Ochrony Konkurencji i Konsumentów', 'UOKiK', "Poland's competition watchdog"], domains: ['uokik.gov.pl'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-knf', name: 'Polish Financial Supervision Authority', aliases: ['Komisja Nadzoru Finansowego', 'KNF'], domains: ['knf.gov.pl'], kind: 'government', country: 'PL', languages: ['pl'] },
  { id: 'pl-warsaw-city-hall', name: 'Warsaw City Hall', aliases: ['Urząd m.st. Warszawy', 'Urząd Miasta Stołecznego Warszawy', 'stołeczny ratusz', 'Warsaw city authorities'], domains: ['um.warszawa.pl'], kind: 'government', country: 'PL', languages: ['pl'] },
  // ── State companies ──
  { id: 'pl-pkp', name: 'PKP', aliases: ['Polskie Koleje Państwowe', 'Grupa PKP', 'Polish State Railways'], domains: ['pkp.pl'], kind: 'company', country: 'PL', languages: ['pl'] },
  { id: 'pl-pkp-intercity', name: 'PKP Intercity', aliases: [], domains: ['intercity.pl'], kind: 'company', country: 'PL', languages: ['pl'] },
  { id: 'pl-orlen', name: 'Orlen', aliases: ['PKN Orlen', 'ORLEN', 'Grupa Orlen'], domains: ['orlen.pl'], kind: 'company', country: 'PL', languages: ['pl'] },
  { id: 'pl-pzu', name: 'PZU', aliases: ['Powszechny Zakład Ubezpieczeń', 'Grupa PZU'], domains: ['pzu.pl'], kind: 'company', country: 'PL', languages: ['pl'] },
  { id: 'pl-kghm', name: 'KGHM Polska Miedź', aliases: ['KGHM'], domains: ['kghm.com'], kind: 'company', country: 'PL', languages: ['pl'] },
  { id: 'pl-pko-bp', name: 'PKO Bank Polski', aliases: ['PKO BP', 'Powszechna Kasa Oszczędności Bank Polski'], domains: ['pkobp.pl'], kind: 'company', country: 'PL', languages: ['pl'] },
  { id: 'pl-lot', name: 'LOT Polish Airlines', aliases: ['LOT', 'PLL LOT', 'Polskie Linie Lotnicze LOT', 'Polskich Linii Lotniczych LOT'], words: ['LOT'], domains: ['lot.com'], kind: 'company', country: 'PL', languages: ['pl', 'en'] },
] satisfies OutletInput[];
