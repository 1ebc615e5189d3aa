/**
 * Weather, seismology and volcano services the press credits for forecasts, storms and earthquakes, beside
 * the national ones in government.ts (NOAA, the Met Office, DWD, 気象庁, 기상청, BMKG, the Vietnamese forecasting
 * centre, 中国气象局…): the Nordic, Swiss, Austrian, Irish and New Zealand services, Hong Kong's observatory,
 * China's forecasting centre, Russia's federal service, the European centre, the US Navy's typhoon centre the
 * Asian press quotes for storm tracks, and the seismology centres quoted for quakes. Facts: each body's own
 * site. Edit: one entry per body; its own name, short form, and the names Vietnamese, Indonesian and Chinese
 * news print for the ones they quote. A bare "天文台" (an observatory) or "MSS" is left out.
 */

import type { OutletInput } from '../schema';

export default [
  { id: 'se-smhi', name: 'Swedish Meteorological and Hydrological Institute', aliases: ['SMHI', 'Sveriges meteorologiska och hydrologiska institut', 'Swedish weather service'], domains: ['smhi.se'], kind: 'government', country: 'SE', languages: ['sv', 'en'] },
  { id: 'no-met', name: 'Norwegian Meteorological Institute', aliases: ['Meteorologisk institutt', 'MET Norway', 'Norwegian weather service'], domains: ['met.no'], kind: 'government', country: 'NO', languages: ['no', 'en'] },
  { id: 'dk-dmi', name: 'Danish Meteorological Institute', aliases: ['DMI', 'Danmarks Meteorologiske Institut'], domains: ['dmi.dk'], kind: 'government', country: 'DK', languages: ['da', 'en'] },
  { id: 'fi-fmi', name: 'Finnish Meteorological Institute', aliases: ['Ilmatieteen laitos'], domains: ['ilmatieteenlaitos.fi'], kind: 'government', country: 'FI', languages: ['fi', 'en'] },
  { id: 'is-imo', name: 'Icelandic Met Office', aliases: ['Veðurstofa Íslands', 'Icelandic Meteorological Office', 'Cơ quan Khí tượng Iceland', 'Badan Meteorologi Islandia', '冰岛气象局'], domains: ['vedur.is'], kind: 'government', country: 'IS', languages: ['is', 'en'] },
  { id: 'ch-meteoswiss', name: 'MeteoSwiss', aliases: ['MeteoSchweiz', 'MétéoSuisse', 'MeteoSvizzera', 'Federal Office of Meteorology and Climatology', 'Bundesamt für Meteorologie und Klimatologie'], domains: ['meteoswiss.admin.ch', 'meteoschweiz.admin.ch'], kind: 'government', country: 'CH', languages: ['de', 'fr', 'it', 'en'] },
  { id: 'at-geosphere', name: 'GeoSphere Austria', aliases: ['ZAMG', 'Zentralanstalt für Meteorologie und Geodynamik', 'Geosphere Austria'], domains: ['geosphere.at', 'zamg.ac.at'], kind: 'government', country: 'AT', languages: ['de'] },
  { id: 'ie-met-eireann', name: 'Met Éireann', aliases: ['Met Eireann', "Ireland's weather service", 'Irish Meteorological Service'], domains: ['met.ie'], kind: 'government', country: 'IE', languages: ['en', 'ga'] },
  { id: 'nz-metservice', name: 'MetService', aliases: ['Meteorological Service of New Zealand', 'New Zealand MetService', 'Te Ratonga Tirorangi'], domains: ['metservice.com'], kind: 'government', country: 'NZ', languages: ['en'] },
  { id: 'hk-observatory', name: 'Hong Kong Observatory', aliases: ['HKO', '香港天文台', 'Đài Thiên văn Hồng Kông', 'Observatorium Hong Kong'], domains: ['hko.gov.hk', 'weather.gov.hk'], kind: 'government', country: 'HK', languages: ['zh', 'en'] },
  { id: 'sg-mss', name: 'Meteorological Service Singapore', aliases: ["Singapore's Meteorological Service", '新加坡气象局', 'Cơ quan Khí tượng Singapore'], domains: ['weather.gov.sg'], kind: 'government', country: 'SG', languages: ['en'] },
  { id: 'cn-nmc', name: 'National Meteorological Centre of China', aliases: ['中央气象台', '中央氣象台', 'China National Meteorological Center', "China's National Meteorological Center", 'Đài Khí tượng Trung ương Trung Quốc', 'Trung tâm Khí tượng Quốc gia Trung Quốc'], domains: ['nmc.cn'], kind: 'government', country: 'CN', languages: ['zh'] },
  { id: 'ru-roshydromet', name: 'Roshydromet', aliases: ['Росгидромет', 'Росгидромета', 'Federal Service for Hydrometeorology and Environmental Monitoring', 'Федеральная служба по гидрометеорологии и мониторингу окружающей среды'], domains: ['meteorf.gov.ru'], kind: 'government', country: 'RU', languages: ['ru'] },
  { id: 'ecmwf', name: 'European Centre for Medium-Range Weather Forecasts', aliases: ['ECMWF', 'Europäisches Zentrum für mittelfristige Wettervorhersage', 'Centre européen pour les prévisions météorologiques à moyen terme', 'Trung tâm Dự báo Thời tiết Hạn vừa châu Âu', 'Trung tâm Dự báo thời tiết tầm trung châu Âu', 'Pusat Prakiraan Cuaca Jangka Menengah Eropa', '欧洲中期天气预报中心'], domains: ['ecmwf.int'], kind: 'international', country: 'INT', languages: ['en'] },
  { id: 'us-jtwc', name: 'Joint Typhoon Warning Center', aliases: ['JTWC', 'US Joint Typhoon Warning Center', 'U.S. Joint Typhoon Warning Center', 'Trung tâm Cảnh báo Bão Liên hợp Mỹ', 'Trung tâm Cảnh báo Bão Liên hợp Hải quân Mỹ', 'Trung tâm Cảnh báo bão Hải quân Mỹ', 'Pusat Peringatan Topan Gabungan', 'Pusat Peringatan Topan Gabungan AS', '美国联合台风警报中心', '美軍聯合颱風警報中心', '米軍合同台風警報センター'], domains: ['metoc.navy.mil'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'emsc', name: 'European-Mediterranean Seismological Centre', aliases: ['EMSC', 'Centre sismologique euro-méditerranéen', 'CSEM', 'Trung tâm Địa chấn Địa Trung Hải - châu Âu', 'Pusat Seismologi Eropa-Mediterania', '欧洲地中海地震中心'], domains: ['emsc-csem.org'], kind: 'international', country: 'INT', languages: ['en', 'fr'] },
  { id: 'de-gfz', name: 'GFZ Helmholtz Centre for Geosciences', aliases: ['GFZ', 'Deutsches GeoForschungsZentrum', 'GeoForschungsZentrum Potsdam', 'German Research Centre for Geosciences', 'Helmholtz-Zentrum für Geoforschung', 'Trung tâm Nghiên cứu Địa chất Đức', 'Pusat Penelitian Geosains Jerman', '德国地学研究中心'], domains: ['gfz.de', 'gfz-potsdam.de'], kind: 'organization', country: 'DE', languages: ['de', 'en'] },
  { id: 'id-badan-geologi', name: 'Geological Agency of Indonesia', aliases: ['Badan Geologi', 'Badan Geologi Kementerian ESDM', 'Badan Geologi ESDM'], domains: ['geologi.esdm.go.id'], kind: 'government', country: 'ID', languages: ['id'] },
  { id: 'jp-hers', name: 'Headquarters for Earthquake Research Promotion', aliases: ['地震調査研究推進本部', '政府の地震調査委員会', '地震調査委員会', 'Earthquake Research Committee'], domains: ['jishin.go.jp'], kind: 'government', country: 'JP', languages: ['ja'] },
] satisfies OutletInput[];
