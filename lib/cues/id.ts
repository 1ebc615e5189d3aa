/**
 * Indonesian (Bahasa Indonesia) attribution cues.
 * Source: usage in Indonesian news (Kompas, Detik, Tempo, Antara, CNN Indonesia, Tribun, Liputan6), checked
 * against the seed page and ../shared/reference/cues.md. Edit: add a word to the table it belongs to and a
 * sentence to test/cues/id.test.ts that fails without it. `kata` is also the noun "word": it is a cue only
 * right after a quote or comma, so it sits with the inverted cues, which need an organization-like name.
 */
import type { CueFileInput } from './schema';

export default {
  lang: 'id',
  name: 'Indonesian',
  script: 'latin',
  nameStyle: 'words',
  stopwords: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'ke', 'karena', 'tersebut', 'bisa', 'ada', 'mereka', 'lebih', 'sudah', 'saat', 'oleh', 'kami', 'telah', 'atau', 'seperti', 'bahwa', 'masih', 'sebagai', 'namun', 'hingga', 'kata', 'menurut', 'setelah', 'bagi', 'para', 'tahun', 'kepada', 'anda', 'saya', 'kita', 'ia', 'dia', 'sementara', 'pada', 'dalam', 'bulan', 'awal', 'sebuah', 'sedangkan', 'sejumlah', 'lainnya', 'selanjutnya', 'saja', 'kemarin'],
  cues: [
    { id: 'according', form: 'before', words: ['menurut', 'berdasarkan', 'merujuk pada', 'merujuk', 'demikian pernyataan', 'demikian keterangan', 'demikian disampaikan', 'mengacu pada', 'mengacu', 'data'], note: '"menurut pernyataan Kementerian Pertahanan Rusia"; berdasarkan data X' },
    {
      id: 'reported-by',
      form: 'before',
      strong: true,
      words: ['seperti dilansir dari', 'seperti dilansir', 'sebagaimana dilansir', 'dilansir dari', 'dilansir', 'melansir', 'seperti diberitakan', 'sebagaimana diberitakan', 'diberitakan', 'seperti diwartakan', 'sebagaimana diwartakan', 'diwartakan', 'seperti dilaporkan', 'seperti yang dilaporkan', 'sebagaimana dilaporkan', 'demikian dilaporkan', 'dilaporkan oleh', 'seperti dikutip dari', 'seperti dikutip', 'sebagaimana dikutip dari', 'dikutip dari', 'mengutip dari', 'mengutip', 'bersumber dari'],
      note: 'dilansir/dikutip dari X: the press credits an outlet it took the story from',
    },
    { id: 'released-by', form: 'before', words: ['yang dirilis oleh', 'dirilis oleh', 'diterbitkan oleh', 'dipublikasikan oleh', 'dikeluarkan oleh', 'disiarkan oleh', 'dikonfirmasi oleh', 'disampaikan oleh', 'disampaikan langsung oleh', 'dirilis', 'rilis resmi', 'keterangan resmi', 'diterbitkan dalam', 'diterbitkan di', 'dipublikasikan dalam', 'dipublikasikan di', 'dimuat dalam', 'disampaikan', 'diungkapkan', 'dijelaskan', 'ditegaskan', 'diumumkan'], note: 'Sebuah video yang dirilis oleh Kementerian Pertahanan Rusia' },
    { id: 'told', form: 'before', words: ['mengatakan kepada', 'mengatakan pada', 'menyatakan kepada', 'menjelaskan kepada', 'berbicara kepada', 'kepada kantor berita', 'dalam wawancara dengan', 'wawancara dengan'] },
    { id: 'said-inverted', form: 'before', afterQuote: true, words: ['kata', 'ujar', 'ucap', 'tutur', 'jelas', 'ungkap', 'tegas', 'imbuh', 'sebut', 'terang', 'dikatakan', 'papar', 'lanjut', 'pungkas', 'tandas'], note: '"…," ujar X — the name follows the verb' },
    { id: 'said', form: 'after', words: ['mengatakan', 'menyatakan', 'menyebutkan', 'menyebut', 'menjelaskan', 'mengungkapkan', 'menegaskan', 'menuturkan', 'menambahkan', 'mengumumkan', 'menginformasikan', 'mengingatkan', 'memperingatkan', 'membantah', 'menilai', 'memastikan', 'memaparkan', 'menerangkan', 'mewartakan', 'mengimbau', 'mengonfirmasi', 'membenarkan', 'menyampaikan', 'mengklaim', 'mengaku', 'mencatat', 'merilis', 'memperkirakan', 'memprakirakan', 'memprediksi', 'melaporkan', 'memberitakan', 'menulis', 'mengabarkan', 'dalam keterangannya', 'dalam pernyataannya', 'dalam keterangan tertulis', 'dalam rilisnya', 'dalam laporannya'] },
    // "Survei Indikator menunjukkan": shows, said only of what a document shows.
    { id: 'shows', form: 'after', documentOnly: true, words: ['menunjukkan', 'memperlihatkan', 'mengungkap'] },
    { id: 'source-line', form: 'label', strong: true, words: ['sumber berita', 'sumber artikel', 'sumber', 'artikel ini telah tayang di', 'artikel ini telah tayang', 'tulisan ini telah tayang di'] },
    { id: 'photo', form: 'label', role: 'photo', strong: true, words: ['sumber foto', 'kredit foto', 'foto', 'fotografer', 'dok.', 'dok', 'dokumentasi', 'tangkapan layar', 'ilustrasi foto', 'antara foto', 'gambar'] },
  ],
  auxiliaries: ['juga', 'telah', 'sudah', 'pun', 'sebelumnya', 'kemudian', 'lalu', 'kembali', 'sempat', 'pernah', 'baru', 'baru-baru ini', 'secara resmi', 'resmi', 'turut', 'bahkan', 'sendiri', 'melalui juru bicaranya', 'lewat juru bicaranya', 'melalui keterangan tertulisnya', 'melalui keterangan resminya', 'melalui akun resminya',
    // "Laporan Bank Dunia yang dirilis Selasa menyebutkan": when a document came out, between its issuer and the verb.
    'yang dirilis', 'yang dirilis pada', 'yang diterbitkan', 'yang diterbitkan pada', 'yang dipublikasikan', 'yang dipublikasikan pada', 'yang diumumkan', 'yang diumumkan pada', 'terbaru'],
  fillers: ['kepala', 'ketua', 'ketua umum', 'direktur', 'direktur utama', 'sekretaris', 'kasubbag', 'koordinator', 'COO', 'CEO', 'manajer', 'pelatih', 'pernyataan', 'pernyataan resmi', 'pernyataan dari', 'data', 'data dari', 'data resmi', 'laporan', 'laporan dari', 'keterangan', 'keterangan dari', 'rilis', 'rilis resmi', 'informasi', 'informasi dari', 'situs', 'situs resmi', 'situs web', 'situs web resmi', 'website', 'website resmi', 'laman', 'laman resmi', 'laman web', 'kanal', 'kanal resmi', 'sebelumnya', 'akun', 'akun resmi', 'publikasi', 'hasil', 'survei', 'catatan', 'analisis', 'kajian', 'riset', 'studi', 'perhitungan', 'pantauan', 'pengumuman', 'siaran pers', 'dari', 'oleh', 'resmi', 'terbaru', 'keterangan tertulis', 'keterangan resmi'],
  // Stepped over before a body's name read back from its verb ("Laporan Bank Dunia menyebutkan").
  documentHeads: ['data', 'data dari', 'data terbaru', 'data terbaru dari', 'laporan', 'laporan dari', 'laporan terbaru', 'laporan terbaru dari', 'survei', 'survei dari', 'survei terbaru', 'hasil survei', 'riset', 'hasil riset', 'studi', 'kajian', 'hasil kajian', 'penelitian', 'hasil penelitian', 'analisis', 'catatan', 'rilis', 'siaran pers', 'pantauan', 'perhitungan', 'proyeksi', 'perkiraan', 'temuan', 'publikasi', 'pengumuman', 'keterangan tertulis', 'pernyataan', 'pernyataan resmi',
    // A pollster named as the agent of the survey: "survei yang digelar LSI", "riset yang dilakukan Populix".
    'survei yang digelar', 'survei yang digelar oleh', 'survei yang dilakukan', 'survei yang dilakukan oleh', 'riset yang dilakukan', 'riset yang dilakukan oleh', 'studi yang dilakukan', 'studi yang dilakukan oleh', 'penelitian yang dilakukan', 'penelitian yang dilakukan oleh', 'laporan yang dirilis', 'laporan yang dirilis oleh'],
  outletWords: ['kantor berita', 'harian', 'surat kabar', 'koran', 'majalah', 'media', 'portal berita', 'situs berita', 'stasiun televisi', 'televisi', 'radio', 'laman', 'situs', 'media asal', 'media pemerintah', 'kantor berita resmi', 'jaringan televisi', 'lembaga penyiaran', 'jurnal', 'jurnal ilmiah', 'YouTube', 'kanal YouTube', 'akun YouTube', 'Instagram', 'akun Instagram', 'akun X', 'akun Twitter', 'akun TikTok'],
  orgWords: ['Kementerian', 'Kemenkes', 'Kemenlu', 'Badan', 'Komisi', 'Lembaga', 'Dinas', 'Direktorat', 'Polres', 'Polda', 'Polri', 'Polresta', 'Polsek', 'Kepolisian', 'Kejaksaan', 'Pengadilan', 'Mahkamah', 'Dewan', 'Majelis', 'Pemerintah', 'Pemprov', 'Pemkot', 'Pemkab', 'Bank', 'Bursa', 'Biro', 'Sekretariat', 'Kantor', 'Pusat', 'Balai', 'Perusahaan', 'Persatuan', 'Asosiasi', 'Ikatan', 'Himpunan', 'Federasi', 'Yayasan', 'Universitas', 'Institut', 'Partai', 'Tentara', 'Angkatan', 'Satuan', 'Markas', 'Istana', 'Otoritas', 'Organisasi', 'Perserikatan', 'Koalisi', 'Gerakan', 'PT', 'Tbk', 'Grup', 'FC', 'Klub', 'Kedutaan', 'Konsulat', 'Pusat Data', 'Litbang', 'Balitbang',
    // Regional bodies the press names by their short head and the region ("BPBD Kabupaten Bogor", "KPU Kota
    // Bandung", "Dinkes Jateng", "BMKG Juanda"): the head makes the name a body's.
    'BPBD', 'KPU', 'KPUD', 'Bawaslu', 'DPRD', 'BMKG', 'Dinkes', 'Disdik', 'Dishub', 'Disdukcapil', 'Dinsos', 'Disnaker', 'Diskominfo', 'Satpol PP', 'Damkar', 'Bapenda', 'Bappeda', 'Kanwil', 'Kemenag', 'Kejari', 'Kejati', 'Lapas', 'Rutan', 'Kodim', 'Korem', 'Kodam', 'Lanal', 'Lantamal', 'Imigrasi', 'Bea Cukai', 'BPN', 'DLH', 'PDAM', 'Puskesmas', 'RSUD', 'UPT'],
  roleWords: ['juru bicara', 'jubir', 'perwakilan', 'pejabat', 'humas', 'kabid humas', 'kepala bidang humas', 'kasubbag humas', 'kasubag humas', 'kabag humas', 'kasi humas', 'kasie humas', 'kepala humas', 'manajer humas', 'kapuspen', 'kapuspenkum', 'corporate secretary', 'sekretaris perusahaan', 'corporate communication', 'vp corporate communication', 'vice president corporate communication', 'head of corporate communication', 'corporate communication manager', 'manager corporate communication', 'manajer komunikasi perusahaan', 'wartawan', 'koresponden'],
  affiliationWords: ['Universitas', 'Institut', 'Sekolah', 'Akademi', 'Politeknik', 'Rumah Sakit', 'RS', 'RSUD', 'Klinik', 'Laboratorium', 'Yayasan', 'Asosiasi', 'Perusahaan', 'PT', 'Tbk', 'Grup', 'Bank', 'Lembaga Penelitian', 'Pusat Studi', 'Pusat Kajian'],
  // Not a police chief ('Kapolres', 'Kapolda', 'Kasat Reskrim'): an office-holder speaks as a person, not for the unit.
  positionWords: ['kepala', 'ketua', 'ketua umum', 'direktur', 'direktur utama', 'dirut', 'sekretaris jenderal', 'sekjen', 'kabid humas', 'COO', 'CEO', 'manajer', 'presiden direktur', 'presdir', 'pendiri', 'founder', 'co-founder', 'chief executive officer'],
  // A firm's own heads: the holder speaks for the company named right after (lib/detect/verbs.ts headedFirm).
  firmHeads: ['CEO', 'COO', 'direktur utama', 'dirut', 'presiden direktur', 'presdir', 'pendiri', 'founder', 'co-founder', 'chief executive officer'],
  genericOrgs: ['polisi', 'kepolisian', 'pemerintah', 'perusahaan', 'kementerian', 'pihak', 'pihak kepolisian', 'pihak berwajib', 'pihak berwenang', 'pihak terkait', 'aparat', 'aparat keamanan', 'aparat kepolisian', 'petugas', 'pemda', 'pemerintah daerah', 'pemerintah pusat', 'otoritas', 'komisi', 'pengadilan', 'tentara', 'militer', 'badan', 'lembaga', 'dinas', 'partai', 'AS', 'Amerika Serikat'],
  articles: [],
  formerWords: ['mantan', 'eks', 'almarhum', 'mendiang'],
  personTitles: ['Presiden', 'Wakil Presiden', 'Menteri', 'Wakil Menteri', 'Menlu', 'Menhan', 'Gubernur', 'Bupati', 'Wali Kota', 'Walikota', 'Tn.', 'Ny.', 'Nn.', 'Bapak', 'Pak', 'Ibu', 'Bu', 'Dr.', 'Prof.', 'Jenderal', 'Kapolri', 'Kapolda', 'Kapolres', 'Raja', 'Ratu', 'Pangeran', 'Perdana Menteri', 'PM', 'Kanselir', 'Senator', 'Anggota', 'Analis', 'pengamat', 'ekonom', 'dokter', 'warga', 'Kapten', 'Kolonel', 'Mayor', 'Letnan', 'Sersan', 'AKBP', 'Kompol', 'Kombes', 'Iptu', 'AKP', 'Ipda', 'Brigjen', 'Irjen', 'Komjen', 'Laksamana', 'Marsekal',
    // Police and military ranks as printed in full or short after a unit's name ("Kasat Narkoba Polres X Komisaris Polisi Y").
    'Komisaris Polisi', 'Ajun Komisaris Polisi', 'Ajun Komisaris Besar Polisi', 'Komisaris Besar Polisi', 'Komisaris Besar', 'Inspektur Polisi Satu', 'Inspektur Polisi Dua', 'Brigadir Jenderal Polisi', 'Inspektur Jenderal Polisi', 'Komisaris Jenderal Polisi', 'Jenderal Polisi', 'Brigadir Polisi', 'Bripda', 'Briptu', 'Brigpol', 'Bripka', 'Aipda', 'Aiptu', 'Mayjen', 'Letjen', 'Mayor Jenderal', 'Letnan Jenderal', 'Letkol', 'Laksma', 'Laksda', 'Laksdya', 'Marsma', 'Marsda', 'Marsdya'],
  // The fields a body's name lists with commas ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi",
  // "Pusat Data, Informasi dan Komunikasi Kebencanaan"): detect/field-comma.ts.
  fieldWords: ['Pendidikan', 'Kebudayaan', 'Riset', 'Teknologi', 'Pendidikan Tinggi', 'Sains', 'Politik', 'Hukum', 'Keamanan', 'Hak Asasi Manusia', 'Imigrasi', 'Pemasyarakatan', 'Desa', 'Pembangunan Daerah Tertinggal', 'Transmigrasi', 'Pariwisata', 'Ekonomi Kreatif', 'Pemuda', 'Olahraga', 'Kelautan', 'Perikanan', 'Kehutanan', 'Lingkungan Hidup', 'Energi', 'Sumber Daya Mineral', 'Pekerjaan Umum', 'Perumahan Rakyat', 'Koperasi', 'Usaha Kecil', 'Usaha Kecil dan Menengah', 'Menengah', 'Pemberdayaan Perempuan', 'Perlindungan Anak', 'Kesehatan', 'Sosial', 'Agama', 'Ketenagakerjaan', 'Perhubungan', 'Keuangan', 'Pertanian', 'Pertahanan', 'Perindustrian', 'Perdagangan', 'Investasi', 'Penanaman Modal', 'Kependudukan', 'Pencatatan Sipil', 'Data', 'Informasi', 'Komunikasi', 'Komunikasi Kebencanaan', 'Meteorologi', 'Klimatologi', 'Geofisika', 'Kebencanaan', 'Hubungan Masyarakat', 'Humas', 'Protokol', 'Perencanaan', 'Pembangunan', 'Penelitian', 'Pengembangan', 'Pemerintahan', 'Kemaritiman', 'Perekonomian', 'Pembangunan Manusia', 'Agraria', 'Tata Ruang', 'Pertanahan', 'Kominfo', 'Perlindungan Konsumen', 'Perizinan', 'Pelayanan Terpadu Satu Pintu'],
  // A company's legal form: "PT Bank Rakyat Indonesia (Persero) Tbk" ends its name there.
  companyWords: ['Tbk', 'Persero'],
  nameLinks: ['dan', 'untuk', 'bin', 'binti', 'van', 'der', 'de'],
  calendar: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', "Jum'at", 'Sabtu', 'Minggu', 'Ahad', 'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  listJoiners: ['dan', 'serta', 'maupun', '&'],
  excludedLabels: ['baca juga', 'baca', 'editor', 'penulis', 'reporter', 'pewarta', 'penyunting', 'redaktur', 'simak juga', 'lihat juga', 'tonton juga', 'berita terkait', 'artikel terkait', 'tag', 'tags'],
  notCredits: ['ilustrasi', 'net', 'internet', 'google'],
  // "(ist)", "Foto: Istimewa": the picture was given to the paper; the labels count the word as its credit.
  courtesyCredits: ['ist', 'ist.', 'istimewa', 'dok', 'dok.', 'dokumentasi'],
  // The text comes from elsewhere: "Artikel ini telah tayang di Tribunnews.com dengan judul …", "Baca artikel asli".
  originPhrases: ['artikel ini telah tayang', 'artikel ini sudah tayang', 'telah tayang di', 'sudah tayang di', 'artikel asli', 'baca artikel asli', 'berita asli', 'artikel ini pertama kali', 'pertama kali diterbitkan', 'pertama kali dipublikasikan', 'artikel ini telah terbit', 'telah terbit di'],
} satisfies CueFileInput;
