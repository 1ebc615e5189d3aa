/**
 * Malay (Bahasa Melayu, Malaysian press) attribution cues.
 * Source: usage in Malaysian news (Bernama, Berita Harian, Utusan Malaysia, Harian Metro, Sinar Harian, Astro
 * Awani, Kosmo!), checked against ../shared/reference/cues.md. Malay shares most of its grammar with
 * Indonesian (lib/cues/id.ts) but not its press idiom: "X berkata" and '"…," katanya' rather than
 * mengatakan/ujar, "memaklumkan", "menurut laporan Bernama", "memetik" (quoting), "lapor agensi berita itu"
 * after a quote, "dalam satu kenyataan", captions "— Gambar Bernama" and "Gambar hiasan" (an illustrative
 * photo), titles Datuk/Tan Sri/Tun. The stopwords keep every function word the Indonesian list counts (so a
 * Malay paragraph never scores lower on shared words) and add the Malaysian spellings and words Indonesian
 * news does not use (kerana, bahawa, daripada, selepas, boleh, ialah, iaitu, sahaja, beliau berkata).
 * Edit: one word in its table, and a sentence in test/cues/ms.test.ts that fails without it.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'ms',
  name: 'Malay',
  script: 'latin',
  nameStyle: 'words',
  stopwords: [
    // Shared with Indonesian.
    'yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'ke', 'tersebut', 'ada', 'mereka', 'lebih', 'sudah', 'oleh', 'kami', 'telah', 'atau', 'seperti', 'masih', 'sebagai', 'namun', 'hingga', 'kata', 'menurut', 'bagi', 'tahun', 'kepada', 'anda', 'saya', 'kita', 'ia', 'dia', 'sementara', 'bulan', 'awal', 'sebuah', 'para',
    // Malaysian, not Indonesian news usage.
    // (beliau, katanya, turut, sebanyak, apabila, pihaknya, negeri are Indonesian news words too: no help here.)
    'kerana', 'bahawa', 'daripada', 'selepas', 'boleh', 'ialah', 'iaitu', 'sahaja', 'berkata', 'manakala', 'semasa', 'mahupun', 'berhubung', 'terbabit', 'berkenaan', 'baharu', 'sebarang', 'seramai', 'mengikut',
  ],
  cues: [
    { id: 'according', form: 'before', words: ['menurut', 'menurut laporan', 'menurut kenyataan', 'menurut data', 'mengikut', 'mengikut data', 'mengikut laporan', 'berdasarkan', 'berdasarkan data', 'berdasarkan laporan', 'merujuk kepada', 'memetik', 'memetik laporan', 'memetik kenyataan'], note: '"menurut laporan Bernama"; "mengikut data Jabatan Perangkaan"; "memetik Reuters" (quoting)' },
    {
      id: 'reported-by',
      form: 'before',
      strong: true,
      words: ['seperti dilaporkan oleh', 'seperti dilaporkan', 'seperti yang dilaporkan oleh', 'seperti yang dilaporkan', 'sebagaimana dilaporkan', 'dilaporkan oleh', 'seperti dipetik daripada', 'seperti dipetik', 'dipetik daripada', 'dipetik oleh', 'seperti disiarkan', 'disiarkan oleh', 'seperti yang disiarkan', 'dipetik dari'],
      note: '"seperti dilaporkan Berita Harian", "dipetik daripada Kosmo!": the press credits an outlet it took the story from',
    },
    { id: 'reported-inverted', form: 'before', afterQuote: true, strong: true, words: ['lapor', 'petik', 'menurut laporan'], note: '"…, lapor agensi berita Xinhua": "reported" names the outlet after a quote or comma' },
    { id: 'released-by', form: 'before', words: ['yang dikeluarkan oleh', 'dikeluarkan oleh', 'diterbitkan oleh', 'yang diterbitkan oleh', 'dikongsi oleh', 'dimuat naik oleh', 'disahkan oleh', 'dimaklumkan oleh', 'kenyataan daripada', 'kenyataan yang dikeluarkan oleh', 'data daripada'] },
    { id: 'told', form: 'before', words: ['memberitahu', 'katanya kepada', 'kata beliau kepada', 'beritahunya kepada', 'ketika dihubungi', 'ketika dihubungi oleh', 'apabila dihubungi', 'ketika ditemui', 'ketika ditemu bual', 'dalam temu bual dengan', 'dalam wawancara dengan', 'ketika bercakap kepada', 'ketika bercakap dengan', 'ketika diwawancara'], note: '"katanya kepada Bernama", "ketika dihubungi Sinar Harian": the outlet that got the words' },
    { id: 'said-inverted', form: 'before', afterQuote: true, words: ['kata', 'menurut', 'tambah', 'jelas', 'tegas', 'ujar', 'dakwa'], note: '"…," kata jurucakap Kementerian Luar; ", menurut agensi berita berkenaan"' },
    {
      id: 'said',
      form: 'after',
      words: [
        'berkata', 'menyatakan', 'memaklumkan', 'memberitahu', 'menjelaskan', 'menegaskan', 'menambah', 'mengumumkan', 'melaporkan', 'mengesahkan', 'menafikan', 'mendedahkan', 'mendakwa', 'menganggarkan', 'meramalkan', 'menyiarkan', 'menerbitkan', 'memetik', 'mengeluarkan kenyataan',
        'dalam satu kenyataan', 'dalam kenyataan', 'dalam kenyataan media', 'dalam satu kenyataan media', 'menerusi kenyataan', 'menerusi satu kenyataan', 'dalam satu hantaran', 'menerusi hantaran', 'dalam hantaran', 'dalam laporannya', 'dalam satu laporan', 'dilaporkan berkata', 'dipetik sebagai berkata',
      ],
      note: 'KKM dalam satu kenyataan menasihatkan…; Polis Diraja Malaysia (PDRM) memaklumkan…',
    },
    { id: 'source-line', form: 'label', strong: true, words: ['sumber', 'sumber berita', 'sumber asal', 'sumber rujukan', 'rujukan', 'artikel ini disiarkan di', 'artikel asal'] },
    { id: 'photo', form: 'label', role: 'photo', strong: true, words: ['gambar', 'foto', 'sumber gambar', 'sumber foto', 'kredit gambar', 'kredit foto', 'gambar fail', 'foto fail', 'gambar ihsan', 'foto ihsan', 'ihsan', 'jurugambar', 'video'], note: '"— Gambar Bernama" in captions needs no colon; "Gambar fail: X" credits X' },
  ],
  auxiliaries: ['juga', 'turut', 'telah', 'sudah', 'pernah', 'sebelum ini', 'terdahulu', 'kemudian', 'semalam', 'hari ini', 'baru-baru ini', 'secara rasmi', 'sendiri', 'pula', 'pun', 'dalam pada itu', 'bagaimanapun'],
  fillers: ['laporan', 'laporan daripada', 'kenyataan', 'kenyataan media', 'kenyataan rasmi', 'kenyataan daripada', 'data', 'data daripada', 'data terkini', 'statistik', 'maklumat', 'maklumat daripada', 'portal', 'laman web', 'laman web rasmi', 'laman', 'akaun', 'akaun rasmi', 'hantaran', 'kajian', 'tinjauan', 'analisis', 'unjuran', 'anggaran', 'rekod', 'daripada', 'dari', 'oleh', 'rasmi', 'terkini', 'satu', 'pihak'],
  outletWords: ['agensi berita', 'agensi berita nasional', 'agensi berita rasmi', 'agensi berita negara', 'akhbar', 'akhbar harian', 'akhbar tempatan', 'harian', 'portal berita', 'portal', 'laman berita', 'stesen televisyen', 'stesen TV', 'televisyen', 'saluran', 'saluran berita', 'rangkaian', 'radio', 'majalah', 'media', 'media tempatan', 'media asing', 'media rasmi', 'media milik kerajaan'],
  orgWords: ['Kementerian', 'Jabatan', 'Suruhanjaya', 'Lembaga', 'Majlis', 'Pejabat', 'Agensi', 'Badan', 'Dewan', 'Mahkamah', 'Polis', 'PDRM', 'Angkatan', 'Tentera', 'Bank', 'Bursa', 'Syarikat', 'Berhad', 'Bhd', 'Sdn', 'Kerajaan', 'Pertubuhan', 'Persatuan', 'Kesatuan', 'Gabungan', 'Parti', 'Institut', 'Universiti', 'Kolej', 'Pusat', 'Unit', 'Biro', 'Ibu Pejabat', 'Balai', 'Hospital', 'Yayasan', 'Perbadanan', 'Kumpulan', 'Istana', 'Kedutaan', 'Konsulat', 'Perkhidmatan', 'Bahagian', 'Pihak Berkuasa', 'Jawatankuasa', 'Tabung', 'Koperasi', 'Sekretariat', 'Wisma Putra', 'Putrajaya', 'Dana', 'Pasukan', 'Maritim', 'Bomba', 'Harian', 'Utusan', 'Awani', 'kerajaan', 'kementerian', 'jabatan', 'polis'],
  roleWords: ['jurucakap', 'wakil', 'pegawai', 'pegawai perhubungan awam', 'unit komunikasi korporat', 'bahagian komunikasi korporat', 'pemberita', 'wartawan', 'koresponden'],
  positionWords: ['ketua', 'ketua pengarah', 'pengarah', 'presiden', 'setiausaha agung', 'ketua pegawai eksekutif'],
  genericOrgs: ['polis', 'kerajaan', 'syarikat', 'kementerian', 'pihak'],
  articles: [],
  formerWords: ['bekas', 'mantan', 'allahyarham'],
  personTitles: [
    'Datuk', 'Datuk Seri', 'Datuk Wira', 'Dato', "Dato'", "Dato' Sri", "Dato' Seri", 'Datin', 'Datin Paduka', 'Tan Sri', 'Puan Sri', 'Tun', 'Toh Puan', 'Tuan', 'Puan', 'Encik', 'En.', 'Cik', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Profesor', 'Ir.',
    'Menteri', 'Timbalan Menteri', 'Perdana Menteri', 'Timbalan Perdana Menteri', 'Menteri Besar', 'Ketua Menteri', 'Presiden', 'Naib Presiden', 'Sultan', 'Raja', 'Tunku', 'Tengku', 'Yang di-Pertuan Agong', 'Ahli Parlimen', 'Senator', 'ADUN',
    'Ketua Pengarah', 'Ketua Setiausaha', 'Ketua Pegawai Eksekutif', 'Pengerusi', 'Pengarah', 'Setiausaha', 'Ketua Polis', 'Ketua Polis Negara', 'Ketua Polis Daerah', 'Pesuruhjaya', 'Komisioner', 'ACP', 'DSP', 'ASP', 'SAC', 'DCP', 'CP', 'Supt', 'Insp', 'Jeneral', 'Leftenan', 'Kolonel', 'Mejar', 'Kapten', 'Laksamana', 'Hakim', 'Majistret', 'Peguam',
    'pakar', 'penganalisis', 'ahli ekonomi', 'penduduk', 'saksi', 'mangsa', 'doktor',
  ],
  nameLinks: ['dan', 'bin', 'binti', 'bt', 'a/l', 'a/p', 'di-Pertuan', 'van', 'de'],
  calendar: ['Isnin', 'Selasa', 'Rabu', 'Khamis', 'Jumaat', 'Sabtu', 'Ahad', 'Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'],
  listJoiners: ['dan', 'serta', 'mahupun', '&'],
  excludedLabels: ['baca juga', 'baca', 'artikel berkaitan', 'berita berkaitan', 'berkaitan', 'lihat juga', 'tonton', 'tonton juga', 'penulis', 'editor', 'pengarang', 'wartawan', 'disunting oleh', 'suntingan', 'oleh', 'tag', 'tags', 'ikuti kami', 'langgan'],
  notCredits: ['hiasan', 'gambar hiasan', 'foto hiasan', 'fail', 'internet', 'media sosial', 'google', 'carian google'],
} satisfies CueFileInput;
