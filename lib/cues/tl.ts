/**
 * Tagalog (Filipino) attribution cues.
 * Source: usage in Philippine news in Filipino (PNA Filipino, GMA News, ABS-CBN, Abante, Balita, Bombo Radyo,
 * RMN, PTV), checked against ../shared/reference/cues.md. Filipino puts the verb first and marks its agent:
 * `ng` before a common noun or an organization ("Sinabi ng DOH", "iniulat ng PNA"), `ni` before a person
 * ("sinabi ni Marcos"); `ayon sa X` is "according to X", `ayon kay X` a person. So the cues are verbs and nouns
 * alone, with `ng`/`ang` and the particles that may follow the verb (rin, din, naman, pa, umano) as fillers,
 * and the person markers (si, ni, kay) as person titles: a person is never credited. Newsrooms write Taglish,
 * so the English tables are in force too. Edit: one word in its table, and a sentence in
 * test/cues/tl.test.ts that fails without it.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'tl',
  name: 'Tagalog',
  script: 'latin',
  nameStyle: 'words',
  stopwords: ['ang', 'ng', 'mga', 'sa', 'na', 'ay', 'si', 'ni', 'kay', 'ito', 'iyon', 'para', 'hindi', 'may', 'mayroon', 'pa', 'din', 'rin', 'lamang', 'lang', 'kung', 'naman', 'siya', 'sila', 'nito', 'niya', 'nila', 'dahil', 'po', 'ayon', 'mula', 'noong', 'ngayon', 'ngunit', 'pero', 'kanilang', 'kanyang', 'kaniyang', 'nang', 'isang', 'raw', 'daw', 'umano', 'habang', 'kaya'],
  cues: [
    {
      id: 'according',
      form: 'before',
      words: ['ayon sa', 'ayon pa sa', 'ayon naman sa', 'ayon din sa', 'ayon rin sa', 'batay sa', 'base sa', 'alinsunod sa', 'sang-ayon sa', 'sa ulat ng', 'sa datos ng', 'sa huling datos ng', 'sa tala ng', 'sa rekord ng', 'sa record ng', 'sa pahayag ng', 'sa isang pahayag ng', 'sa abiso ng', 'sa advisory ng', 'sa bulletin ng', 'sa pagtaya ng', 'sa pagsusuri ng', 'sa pag-aaral ng', 'sa survey ng', 'datos mula sa', 'impormasyon mula sa', 'ulat mula sa'],
      note: '"Ayon sa PAGASA, …"; "ayon sa ulat ng GMA News"; "ayon kay X" is a person and is no cue',
    },
    {
      id: 'said-by',
      form: 'before',
      words: [
        'sinabi', 'sabi', 'iniulat', 'inulat', 'naiulat', 'ibinalita', 'inihayag', 'ipinahayag', 'inanunsiyo', 'inanunsyo', 'inianunsiyo', 'kinumpirma', 'nilinaw', 'iginiit', 'ibinahagi', 'ibinunyag', 'isiniwalat', 'ipinaliwanag', 'binigyang-diin', 'tiniyak', 'ipinabatid', 'ipinaalam', 'pinabulaanan', 'itinanggi', 'isinapubliko', 'idinagdag', 'iniulat din',
        'dagdag', 'paliwanag', 'pahayag', 'saad', 'giit', 'babala', 'abiso', 'anunsiyo', 'anunsyo', 'ulat', 'tala', 'datos', 'paalala',
        'nagbabala', 'nagpaalala', 'nag-ulat', 'nagpahayag', 'nagsabi', 'nag-anunsiyo', 'nag-anunsyo', 'naglabas ng pahayag', 'naglabas ng abiso', 'nagkumpirma', 'naglinaw', 'nagbigay-linaw',
      ],
      note: 'Verb first, its agent after ng ("Kinumpirma ng PNP"), or after ang with actor-focus verbs ("Nagbabala ang PAGASA")',
    },
    { id: 'told', form: 'before', words: ['sa panayam ng', 'sa panayam sa', 'sa isang panayam sa', 'sa eksklusibong panayam ng', 'sa ulat ng', 'ayon sa ulat ng'], note: '"Sa panayam ng DZBB kay …": the station that interviewed' },
    { id: 'said-inverted', form: 'before', afterQuote: true, words: ['ani', 'anang', 'sabi', 'dagdag', 'dagdag pa', 'giit', 'saad', 'paliwanag', 'pahayag'], note: '"…," anang DOH; "…," ani Fajardo is a person' },
    { id: 'said', form: 'after', words: ['ay nagsabi', 'ay nag-ulat', 'ay nagpahayag', 'ay nagbabala', 'ay nagpaalala', 'ay naglabas ng pahayag', 'ay nag-anunsiyo', 'ay nag-anunsyo', 'ay nagkumpirma', 'ay nilinaw', 'ay iniulat'], note: 'The rarer subject-first order: "Ang DOH ay nagsabi …"' },
    { id: 'source-line', form: 'label', strong: true, words: ['pinagmulan', 'pinagkunan', 'sanggunian', 'pinagmulan ng balita', 'hango sa', 'halaw mula sa'] },
    { id: 'photo', form: 'label', role: 'photo', strong: true, words: ['larawan', 'larawan mula sa', 'larawan ni', 'larawang kuha ni', 'kuhang larawan ni', 'kuha ni', 'kuha', 'litrato', 'litrato mula sa', 'litrato ni', 'mga larawan', 'retrato', 'bidyo'] },
  ],
  auxiliaries: ['rin', 'din', 'naman', 'pa', 'umano', 'raw', 'daw', 'mismo'],
  fillers: ['ng', 'ang', 'rin', 'din', 'pa', 'naman', 'umano', 'raw', 'daw', 'mismo', 'ulat', 'datos', 'pahayag', 'tala', 'rekord', 'record', 'huling', 'pinakahuling', 'bagong', 'isang', 'mga', 'opisyal na', 'inilabas na', 'impormasyon', 'impormasyon mula sa', 'abiso', 'advisory', 'bulletin', 'pagtaya', 'pagsusuri', 'survey', 'pag-aaral', 'website', 'Facebook page', 'social media page'],
  outletWords: ['pahayagang', 'pahayagan', 'diyaryo', 'dyaryo', 'tabloid', 'istasyon ng radyo', 'himpilan ng radyo', 'radyo', 'istasyon', 'telebisyon', 'himpilan', 'network', 'ahensya ng balita', 'ahensiya ng balita', 'news agency', 'news site', 'website ng', 'programang', 'state media', 'state-run'],
  orgWords: [
    'Kagawaran', 'Departamento', 'Tanggapan', 'Komisyon', 'Kawanihan', 'Pambansang', 'Pulisya', 'Pulis', 'Hukbong', 'Sandatahang Lakas', 'Korte', 'Korte Suprema', 'Hukuman', 'Kongreso', 'Senado', 'Kamara', 'Pamahalaan', 'Pamahalaang', 'Lungsod', 'Pamahalaang Lungsod', 'Pamahalaang Panlalawigan', 'Ahensya', 'Ahensiya', 'Opisina', 'Lupon', 'Konseho', 'Sangguniang', 'Unibersidad', 'Pamantasan', 'Samahan', 'Kapisanan', 'Partido', 'Bangko', 'Bangko Sentral', 'Kompanya', 'Kumpanya', 'Korporasyon', 'Embahada', 'Konsulado', 'Simbahan',
    'Malacañang', 'Malakanyang', 'Malacanang', 'Palasyo', 'Ombudsman', 'DepEd', 'Comelec', 'Phivolcs', 'PhilHealth', 'Pag-IBIG', 'Meralco', 'Maynilad', 'Manila Water', 'OCTA Research', 'Pulse Asia', 'Social Weather Stations',
    'LGU', 'Task Force', 'Philippine', 'Pilipinas', 'Kapulisan',
  ],
  roleWords: ['tagapagsalita', 'spokesperson', 'spokesman', 'spokeswoman', 'kinatawan', 'opisyal', 'mga opisyal', 'information officer', 'public information officer', 'public information office', 'PIO'],
  personTitles: [
    'si', 'ni', 'kay', 'sina', 'nina', 'kina',
    'Pangulo', 'Pangulong', 'Presidente', 'Bise Presidente', 'Pangalawang Pangulo', 'Kalihim', 'Kal.', 'Sec.', 'Usec.', 'Asec.', 'Senador', 'Sen.', 'Kinatawan', 'Rep.', 'Cong.', 'Gob.', 'Gobernador', 'Gov.', 'Alkalde', 'Mayor', 'Bise Alkalde', 'Konsehal', 'Kapitan', 'Kap.', 'Punong Barangay',
    'Heneral', 'Hen.', 'Gen.', 'PGen.', 'PLtGen.', 'PMGen.', 'PBGen.', 'PCol.', 'PLtCol.', 'PMaj.', 'PCapt.', 'PLt.', 'Col.', 'Maj.', 'Capt.', 'Lt.', 'Sgt.', 'Atty.', 'Engr.', 'Dr.', 'Dra.', 'G.', 'Gng.', 'Bb.', 'Ginoong', 'Ginang', 'Binibining',
    'Hepe', 'Direktor', 'Tagapangulo', 'Obispo', 'Arsobispo', 'Padre', 'Fr.', 'Gat', 'eksperto', 'analista', 'ekonomista', 'residente', 'saksi', 'biktima',
  ],
  nameLinks: ['ng', 'de', 'del', 'dela', 'de la', 'delos', 'de los', 'y'],
  calendar: ['Lunes', 'Martes', 'Miyerkules', 'Miyerkoles', 'Huwebes', 'Biyernes', 'Sabado', 'Linggo', 'Enero', 'Pebrero', 'Marso', 'Abril', 'Mayo', 'Hunyo', 'Hulyo', 'Agosto', 'Setyembre', 'Oktubre', 'Nobyembre', 'Disyembre'],
  listJoiners: ['at', 'pati', 'gayundin ang'],
  excludedLabels: ['basahin', 'basahin din', 'basahin ang', 'kaugnay na balita', 'kaugnay', 'isinulat ni', 'ulat ni', 'may-akda', 'patnugot', 'panoorin', 'panoorin din', 'i-follow', 'sundan', 'mga tag'],
  notCredits: ['screengrab', 'screenshot', 'mula sa internet', 'internet', 'social media', 'ilustrasyon', 'larawan lamang', 'kuha sa social media', 'contributed photo', 'handout'],
} satisfies CueFileInput;
