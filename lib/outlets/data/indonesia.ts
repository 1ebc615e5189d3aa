/**
 * Indonesia: newspapers, broadcasters, news sites and the aggregators that copy them.
 * Facts: each outlet's or body's own site and public references. Edit: one entry per outlet; aliases as the
 * press prints them in any language or script; domains without `www.`; ownership only with a public URL
 * stating it. test/outlets/registry.test.ts checks every entry.
 *
 * Left to other files: ANTARA (wires.ts); Bisnis Indonesia, Kontan, CNBC Indonesia, Investor Daily (business.ts).
 * Aliases are never bare ordinary words or person names that are also outlet names ("Suara", "Merdeka", "Fajar",
 * "Surya", "Tribun"): those stay in their longer printed forms ("Suara.com", "Merdeka.com", "Harian Fajar"). Brands
 * printed bare (Kompas, Tempo, Detik, VIVA, Tirto) are kept bare.
 */
import type { OutletInput } from '../schema';

export default [
  // Kompas Gramedia
  { id: 'kompas-com', name: 'Kompas.com', aliases: ['KOMPAS.com', 'Kompas', 'KOMPAS', 'Kompas Online', 'Kompas Cyber Media', 'KompasTekno', 'Kompas Tekno', 'KompasOtomotif', 'KompasMoney', 'KompasTravel', 'KompasBola', 'KompasRegional', 'KompasNasional'], domains: ['kompas.com'], kind: 'online', country: 'ID', languages: ['id'], search: 'https://search.kompas.com/search/?q={q}' },
  { id: 'harian-kompas', name: 'Harian Kompas', aliases: ['Kompas.id', 'KOMPAS.id', 'Koran Kompas', 'Kompas daily'], domains: ['kompas.id'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'kompas-tv', name: 'Kompas TV', aliases: ['KompasTV', 'KOMPAS TV', 'Kompas.tv'], domains: ['kompas.tv'], kind: 'broadcaster', country: 'ID', languages: ['id'] },
  { id: 'kompasiana', name: 'Kompasiana', aliases: ['Kompasiana.com'], domains: ['kompasiana.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'grid-id', name: 'Grid.ID', aliases: ['Grid.id', 'GridOto', 'GridOto.com', 'Gridhot', 'GridHot.id', 'Grid Network'], domains: ['grid.id'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'bolasport', name: 'BolaSport.com', aliases: ['BolaSport', 'Bolasport.com'], domains: ['bolasport.com'], kind: 'online', country: 'ID', languages: ['id'] },

  // Tribun Network (Kompas Gramedia's regional papers and their sites)
  { id: 'tribunnews', name: 'Tribunnews.com', aliases: ['Tribunnews', 'TRIBUNNEWS.COM', 'Tribun News', 'Tribun Network', 'Tribunnews Network'], domains: ['tribunnews.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'tribun-jakarta', name: 'TribunJakarta.com', aliases: ['TribunJakarta', 'Tribun Jakarta', 'TRIBUNJAKARTA.COM'], domains: ['jakarta.tribunnews.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'wartakota', name: 'Warta Kota', aliases: ['WartaKotaLive.com', 'Wartakotalive', 'Wartakota', 'WARTAKOTALIVE.COM', 'Harian Warta Kota'], domains: ['wartakota.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'tribun-jabar', name: 'TribunJabar.id', aliases: ['TribunJabar', 'Tribun Jabar', 'TRIBUNJABAR.ID', 'Tribun Jawa Barat'], domains: ['jabar.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'tribun-bogor', name: 'TribunnewsBogor.com', aliases: ['Tribun Bogor', 'TribunBogor', 'TribunnewsBogor'], domains: ['bogor.tribunnews.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'tribun-banten', name: 'TribunBanten.com', aliases: ['Tribun Banten', 'TribunBanten'], domains: ['banten.tribunnews.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'tribun-jateng', name: 'TribunJateng.com', aliases: ['TribunJateng', 'Tribun Jateng', 'TRIBUNJATENG.COM', 'Tribun Jawa Tengah'], domains: ['jateng.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'tribun-solo', name: 'TribunSolo.com', aliases: ['TribunSolo', 'Tribun Solo', 'TRIBUNSOLO.COM'], domains: ['solo.tribunnews.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'tribun-jogja', name: 'TribunJogja.com', aliases: ['TribunJogja', 'Tribun Jogja', 'TRIBUNJOGJA.COM', 'Tribun Yogyakarta'], domains: ['jogja.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'tribun-jatim', name: 'TribunJatim.com', aliases: ['TribunJatim', 'Tribun Jatim', 'TRIBUNJATIM.COM', 'Tribun Jawa Timur'], domains: ['jatim.tribunnews.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'surya', name: 'Harian Surya', aliases: ['SURYA.co.id', 'Surya.co.id', 'Surya Online'], domains: ['surabaya.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'surya-malang', name: 'SuryaMalang.com', aliases: ['Surya Malang', 'SuryaMalang', 'SURYAMALANG.COM'], domains: ['suryamalang.tribunnews.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'tribun-bali', name: 'TribunBali.com', aliases: ['TribunBali', 'Tribun Bali', 'TRIBUN-BALI.COM', 'Tribun-Bali.com'], domains: ['bali.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'serambi-indonesia', name: 'Serambi Indonesia', aliases: ['Serambinews.com', 'SerambiNews', 'Harian Serambi Indonesia', 'SERAMBINEWS.COM'], domains: ['serambinews.com', 'aceh.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'tribun-medan', name: 'Tribun-Medan.com', aliases: ['Tribun Medan', 'TribunMedan', 'TRIBUN-MEDAN.COM'], domains: ['medan.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'tribun-padang', name: 'TribunPadang.com', aliases: ['Tribun Padang', 'TribunPadang'], domains: ['padang.tribunnews.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'tribun-pekanbaru', name: 'TribunPekanbaru.com', aliases: ['Tribun Pekanbaru', 'TribunPekanbaru'], domains: ['pekanbaru.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'tribun-batam', name: 'TribunBatam.id', aliases: ['Tribun Batam', 'TribunBatam'], domains: ['batam.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'tribun-jambi', name: 'TribunJambi.com', aliases: ['Tribun Jambi', 'TribunJambi'], domains: ['jambi.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'sriwijaya-post', name: 'Sriwijaya Post', aliases: ['Sripoku.com', 'Sripoku', 'Harian Sriwijaya Post'], domains: ['palembang.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'tribun-sumsel', name: 'TribunSumsel.com', aliases: ['Tribun Sumsel', 'TribunSumsel', 'Tribun Sumatera Selatan'], domains: ['sumsel.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'bangka-pos', name: 'Bangka Pos', aliases: ['BangkaPos.com', 'Harian Bangka Pos'], domains: ['bangka.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'tribun-lampung', name: 'TribunLampung.co.id', aliases: ['Tribun Lampung', 'TribunLampung'], domains: ['lampung.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'banjarmasin-post', name: 'Banjarmasin Post', aliases: ['BanjarmasinPost.co.id', 'Harian Banjarmasin Post'], domains: ['banjarmasinpost.co.id', 'banjarmasin.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'tribun-kaltim', name: 'TribunKaltim.co', aliases: ['Tribun Kaltim', 'TribunKaltim', 'Tribun Kalimantan Timur'], domains: ['kaltim.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'tribun-pontianak', name: 'TribunPontianak.co.id', aliases: ['Tribun Pontianak', 'TribunPontianak'], domains: ['pontianak.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'tribun-timur', name: 'Tribun-Timur.com', aliases: ['Tribun Timur', 'TribunTimur', 'TRIBUN-TIMUR.COM'], domains: ['makassar.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'tribun-manado', name: 'TribunManado.co.id', aliases: ['Tribun Manado', 'TribunManado'], domains: ['manado.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'pos-kupang', name: 'Pos Kupang', aliases: ['PosKupang.com', 'Harian Pos Kupang'], domains: ['kupang.tribunnews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },

  // Tempo
  { id: 'tempo', name: 'Tempo.co', aliases: ['Tempo', 'TEMPO.CO', 'Tempo.co English', 'Tempo English', 'Tempo Interaktif', 'TEMPO Interaktif'], domains: ['tempo.co'], kind: 'online', country: 'ID', languages: ['id', 'en'] },
  { id: 'koran-tempo', name: 'Koran Tempo', aliases: ['Harian Koran Tempo'], domains: ['koran.tempo.co'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'majalah-tempo', name: 'Majalah Tempo', aliases: ['Tempo Magazine', 'Tempo magazine', 'Majalah Berita Mingguan Tempo'], domains: ['majalah.tempo.co'], kind: 'magazine', country: 'ID', languages: ['id'] },

  // Trans Media / CT Corp
  { id: 'detikcom', name: 'detikcom', aliases: ['Detik.com', 'detik.com', 'Detik', 'detikNews', 'detiknews', 'detikFinance', 'detikInet', 'detikHealth', 'detikSport', 'detikOto', 'detikTravel', 'detikHot', 'detikFood', 'detikEdu', 'detikJabar', 'detikJateng', 'detikJatim', 'detikJogja', 'detikBali', 'detikSumut', 'detikSulsel', 'detikSumbagsel', 'detikX', '20detik', 'DetikNews', 'DetikFinance'], domains: ['detik.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'cnn-indonesia', name: 'CNN Indonesia', aliases: ['CNNIndonesia.com', 'CNN Indonesia TV', 'cnnindonesia.com'], domains: ['cnnindonesia.com'], kind: 'broadcaster', country: 'ID', languages: ['id'] },
  { id: 'trans7', name: 'Trans7', aliases: ['Trans 7', 'TRANS7'], domains: ['trans7.co.id'], kind: 'broadcaster', country: 'ID', languages: ['id'] },
  { id: 'trans-tv', name: 'Trans TV', aliases: ['TransTV', 'TRANS TV'], domains: ['transtv.co.id'], kind: 'broadcaster', country: 'ID', languages: ['id'] },

  // Emtek
  { id: 'liputan6', name: 'Liputan6.com', aliases: ['Liputan6', 'Liputan 6', 'LIPUTAN6.COM', 'Liputan 6 SCTV'], domains: ['liputan6.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'sctv', name: 'SCTV', aliases: ['Surya Citra Televisi'], domains: ['sctv.co.id'], kind: 'broadcaster', country: 'ID', languages: ['id'] },
  { id: 'indosiar', name: 'Indosiar', aliases: ['Indosiar.com'], domains: ['indosiar.com'], kind: 'broadcaster', country: 'ID', languages: ['id'] },
  { id: 'bola-com', name: 'Bola.com', aliases: ['BOLA.com'], domains: ['bola.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'bola-net', name: 'Bola.net', aliases: ['Bolanet', 'BOLA.NET'], domains: ['bola.net'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'kapanlagi', name: 'KapanLagi.com', aliases: ['KapanLagi', 'Kapanlagi.com'], domains: ['kapanlagi.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'merdeka-com', name: 'Merdeka.com', aliases: ['merdeka.com', 'MERDEKA.COM'], domains: ['merdeka.com'], kind: 'online', country: 'ID', languages: ['id'] },

  // MNC Group
  { id: 'okezone', name: 'Okezone', aliases: ['Okezone.com', 'OKEZONE', 'Okezone News'], domains: ['okezone.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'sindonews', name: 'SINDOnews', aliases: ['Sindonews', 'Sindonews.com', 'SINDOnews.com', 'Koran Sindo', 'Koran SINDO', 'Harian Seputar Indonesia', 'Koran Seputar Indonesia'], domains: ['sindonews.com', 'koran-sindo.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'inews-id', name: 'iNews.id', aliases: ['iNews', 'iNews TV', 'iNewsTV', 'iNews Indonesia', 'iNews.ID'], domains: ['inews.id'], kind: 'broadcaster', country: 'ID', languages: ['id'] },
  { id: 'mnc-portal', name: 'MNC Portal Indonesia', aliases: ['MNC Portal'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'rcti', name: 'RCTI', aliases: ['Rajawali Citra Televisi Indonesia', 'RCTI+', 'RCTI Plus'], domains: ['rctiplus.com'], kind: 'broadcaster', country: 'ID', languages: ['id'] },
  { id: 'mnctv', name: 'MNCTV', aliases: ['MNC TV'], domains: ['mnctv.com'], kind: 'broadcaster', country: 'ID', languages: ['id'] },

  // Media Group, Visi Media Asia, Berita Satu, others (national)
  { id: 'media-indonesia', name: 'Media Indonesia', aliases: ['Harian Media Indonesia', 'MediaIndonesia.com'], domains: ['mediaindonesia.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'metro-tv', name: 'Metro TV', aliases: ['MetroTV', 'Metro TV News', 'Metrotvnews.com', 'MetroTVNews'], domains: ['metrotvnews.com'], kind: 'broadcaster', country: 'ID', languages: ['id'] },
  { id: 'medcom', name: 'Medcom.id', aliases: ['Medcom', 'MEDCOM.ID'], domains: ['medcom.id'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'viva', name: 'VIVA.co.id', aliases: ['VIVA', 'Viva.co.id', 'VIVAnews', 'VivaNews', 'VIVA News'], domains: ['viva.co.id'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'tvone', name: 'tvOne', aliases: ['TV One', 'tvOnenews', 'tvOnenews.com', 'tvOne News'], domains: ['tvonenews.com'], kind: 'broadcaster', country: 'ID', languages: ['id'] },
  { id: 'beritasatu', name: 'Beritasatu', aliases: ['BeritaSatu', 'Berita Satu', 'Beritasatu.com', 'BeritaSatu TV'], domains: ['beritasatu.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'suara-pembaruan', name: 'Suara Pembaruan', aliases: ['Harian Suara Pembaruan'], domains: ['sp.beritasatu.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'republika', name: 'Republika', aliases: ['Republika.co.id', 'Harian Republika', 'REPUBLIKA', 'Republika Online', 'REPUBLIKA.CO.ID'], domains: ['republika.co.id'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'kumparan', name: 'kumparan', aliases: ['Kumparan', 'kumparan.com', 'kumparanNEWS', 'kumparanBISNIS', 'kumparanTECH', 'kumparanSPORT'], domains: ['kumparan.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'idn-times', name: 'IDN Times', aliases: ['IDNTimes', 'IDNTimes.com'], domains: ['idntimes.com'], kind: 'online', country: 'ID', languages: ['id', 'en'] },
  { id: 'suara-com', name: 'Suara.com', aliases: ['SUARA.com', 'Suara.com Network'], domains: ['suara.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'tirto', name: 'Tirto.id', aliases: ['Tirto', 'TIRTO.ID'], domains: ['tirto.id'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'katadata', name: 'Katadata', aliases: ['Katadata.co.id', 'Katadata Indonesia'], domains: ['katadata.co.id'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'jakarta-post', name: 'The Jakarta Post', aliases: ['Jakarta Post', 'TheJakartaPost'], domains: ['thejakartapost.com'], kind: 'newspaper', country: 'ID', languages: ['en'] },
  { id: 'jakarta-globe', name: 'Jakarta Globe', aliases: ['The Jakarta Globe', 'JakartaGlobe.id'], domains: ['jakartaglobe.id'], kind: 'online', country: 'ID', languages: ['en'] },
  { id: 'gatra', name: 'Gatra', aliases: ['Majalah Gatra', 'GATRA', 'Gatra.com'], domains: ['gatra.com'], kind: 'magazine', country: 'ID', languages: ['id'] },
  { id: 'jpnn', name: 'JPNN.com', aliases: ['JPNN', 'Jawa Pos National Network'], domains: ['jpnn.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'inilah', name: 'Inilah.com', aliases: ['INILAH.COM', 'Inilahcom'], domains: ['inilah.com'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'rakyat-merdeka', name: 'Rakyat Merdeka', aliases: ['RM.id', 'Harian Rakyat Merdeka'], domains: ['rm.id'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'rmol', name: 'RMOL', aliases: ['RMOL.id', 'Kantor Berita Politik RMOL', 'Rakyat Merdeka Online'], domains: ['rmol.id'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'akurat', name: 'Akurat.co', aliases: ['AKURAT.CO'], domains: ['akurat.co'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'koran-jakarta', name: 'Koran Jakarta', aliases: ['Koran-Jakarta.com'], domains: ['koran-jakarta.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'poskota', name: 'Pos Kota', aliases: ['Poskota', 'Poskota.co.id', 'Harian Pos Kota', 'Poskotanews'], domains: ['poskota.co.id', 'poskotanews.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'voi', name: 'VOI', aliases: ['VOI.id'], domains: ['voi.id'], kind: 'online', country: 'ID', languages: ['id', 'en'] },
  { id: 'narasi', name: 'Narasi TV', aliases: ['Narasi Newsroom', 'Narasi.tv'], domains: ['narasi.tv'], kind: 'online', country: 'ID', languages: ['id'] },
  { id: 'project-multatuli', name: 'Project Multatuli', aliases: ['ProjectMultatuli.org'], domains: ['projectmultatuli.org'], kind: 'online', country: 'ID', languages: ['id', 'en'] },
  { id: 'hukumonline', name: 'Hukumonline', aliases: ['Hukumonline.com', 'HukumOnline'], domains: ['hukumonline.com'], kind: 'online', country: 'ID', languages: ['id', 'en'] },
  { id: 'beritagar', name: 'Beritagar.id', aliases: ['Beritagar'], domains: ['beritagar.id'], kind: 'online', country: 'ID', languages: ['id'] },

  // Public broadcasters and radio
  { id: 'tvri', name: 'TVRI', aliases: ['Televisi Republik Indonesia', 'LPP TVRI', 'TVRI Nasional', 'TVRI World'], domains: ['tvri.go.id'], kind: 'broadcaster', country: 'ID', languages: ['id', 'en'], ownership: { kind: 'public', fact: 'TVRI is the public television broadcaster of Indonesia, a public broadcasting institution (Lembaga Penyiaran Publik) established by law.', url: 'https://en.wikipedia.org/wiki/TVRI' } },
  { id: 'rri', name: 'RRI', aliases: ['Radio Republik Indonesia', 'LPP RRI', 'RRI.co.id'], domains: ['rri.co.id', 'rri.go.id'], kind: 'broadcaster', country: 'ID', languages: ['id', 'en'], ownership: { kind: 'public', fact: 'RRI is the public radio broadcaster of Indonesia, a public broadcasting institution (Lembaga Penyiaran Publik) established by law.', url: 'https://en.wikipedia.org/wiki/Radio_Republik_Indonesia' } },
  { id: 'elshinta', name: 'Radio Elshinta', aliases: ['Elshinta', 'Elshinta.com', 'Elshinta FM'], domains: ['elshinta.com'], kind: 'broadcaster', country: 'ID', languages: ['id'] },
  { id: 'suara-surabaya', name: 'Suara Surabaya', aliases: ['SuaraSurabaya.net', 'Radio Suara Surabaya', 'Suara Surabaya Media'], domains: ['suarasurabaya.net'], kind: 'broadcaster', country: 'ID', languages: ['id'] },

  // Jawa Pos Group and its regional papers
  { id: 'jawapos', name: 'Jawa Pos', aliases: ['JawaPos.com', 'JawaPos', 'Harian Jawa Pos', 'JAWAPOS.COM', 'Jawa Pos Group'], domains: ['jawapos.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'kaltim-post', name: 'Kaltim Post', aliases: ['KaltimPost', 'Kaltimpost.id', 'Harian Kaltim Post'], domains: ['kaltimpost.jawapos.com', 'kaltimpost.id'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'sumut-pos', name: 'Sumut Pos', aliases: ['SumutPos', 'Sumutpos.co', 'Harian Sumut Pos'], domains: ['sumutpos.jawapos.com', 'sumutpos.co'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'riau-pos', name: 'Riau Pos', aliases: ['RiauPos', 'Riaupos.co', 'Harian Riau Pos'], domains: ['riaupos.co'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'sumatera-ekspres', name: 'Sumatera Ekspres', aliases: ['Sumeks', 'Sumeks.co', 'Harian Sumatera Ekspres'], domains: ['sumeks.co'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'batam-pos', name: 'Batam Pos', aliases: ['BatamPos', 'Batampos.co.id', 'Harian Batam Pos'], domains: ['batampos.co.id'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'harian-fajar', name: 'Harian Fajar', aliases: ['FAJAR.co.id', 'Fajar.co.id', 'Fajar Makassar', 'Koran Fajar'], domains: ['fajar.co.id'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'radar-bogor', name: 'Radar Bogor', aliases: ['RadarBogor.id', 'Harian Radar Bogor'], domains: ['radarbogor.id'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'radar-lampung', name: 'Radar Lampung', aliases: ['RadarLampung.co.id', 'Harian Radar Lampung'], domains: ['radarlampung.co.id'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'radar-jogja', name: 'Radar Jogja', aliases: ['RadarJogja', 'Harian Radar Jogja'], domains: ['radarjogja.jawapos.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'radar-bali', name: 'Radar Bali', aliases: ['RadarBali', 'Harian Radar Bali'], domains: ['radarbali.jawapos.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'harian-disway', name: 'Harian Disway', aliases: ['Disway', 'Disway.id', 'DISWAY.ID'], domains: ['disway.id'], kind: 'newspaper', country: 'ID', languages: ['id'] },

  // Other regional dailies and sites
  { id: 'pikiran-rakyat', name: 'Pikiran Rakyat', aliases: ['Pikiran-Rakyat.com', 'PikiranRakyat', 'Harian Pikiran Rakyat', 'PRFM News'], domains: ['pikiran-rakyat.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'suara-merdeka', name: 'Suara Merdeka', aliases: ['SuaraMerdeka.com', 'Harian Suara Merdeka', 'SUARAMERDEKA.COM'], domains: ['suaramerdeka.com'], kind: 'newspaper', country: 'ID', languages: ['id'], search: 'https://www.suaramerdeka.com/search?q={q}' },
  { id: 'solopos', name: 'Solopos', aliases: ['Solopos.com', 'SOLOPOS.COM', 'Harian Solopos', 'Espos', 'Espos.id'], domains: ['solopos.com', 'espos.id'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'harian-jogja', name: 'Harian Jogja', aliases: ['Harianjogja.com', 'HarianJogja', 'HARIANJOGJA.COM'], domains: ['harianjogja.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'kedaulatan-rakyat', name: 'Kedaulatan Rakyat', aliases: ['KRjogja.com', 'KR Jogja', 'Harian Kedaulatan Rakyat'], domains: ['krjogja.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'bali-post', name: 'Bali Post', aliases: ['BaliPost.com', 'Harian Bali Post'], domains: ['balipost.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'analisa', name: 'Harian Analisa', aliases: ['Analisadaily.com', 'Analisa Daily', 'Analisa Medan'], domains: ['analisadaily.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'waspada', name: 'Harian Waspada', aliases: ['Waspada.co.id', 'Waspada Online', 'Waspada Medan'], domains: ['waspada.co.id'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'haluan', name: 'Harian Haluan', aliases: ['HarianHaluan.com', 'Haluan Padang'], domains: ['harianhaluan.com'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'lampung-post', name: 'Lampung Post', aliases: ['Lampost', 'Lampost.co', 'Harian Lampung Post'], domains: ['lampost.co'], kind: 'newspaper', country: 'ID', languages: ['id'] },
  { id: 'beritajatim', name: 'Beritajatim.com', aliases: ['Beritajatim', 'BeritaJatim'], domains: ['beritajatim.com'], kind: 'online', country: 'ID', languages: ['id'] },

  // Aggregators
  { id: 'babe', name: 'BaBe - Baca Berita', aliases: ['Babe.news', 'BaBe.news', 'Aplikasi BaBe'], domains: ['babe.news'], kind: 'aggregator', country: 'ID', languages: ['id'] },
  { id: 'kurio', name: 'Kurio', aliases: ['Kurio.id', 'Aplikasi Kurio'], domains: ['kurio.id'], kind: 'aggregator', country: 'ID', languages: ['id'] },
] satisfies OutletInput[];
