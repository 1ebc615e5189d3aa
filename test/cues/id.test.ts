/** Indonesian cues: sentences modelled on Indonesian press usage, and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';
import { languages } from '../../lib/cues/index';
import { guessLang } from '../../lib/lang';

describe('id: sources', () => {
  it.each([
    // A site after the place of a dateline filed the story (a place or a state's abbreviation there does not).
    ['SURABAYA, KOMPAS.com - Banjir merendam tiga kecamatan sejak Senin pagi.', ['KOMPAS.com']],
    ['Harian keuangan Israel The Marker memperkirakan bahwa operasi pertahanan rudal setiap malam menelan biaya hingga 1 miliar shekel.', ['The Marker']],
    ['Newsweekmelaporkan pada Rabu bahwa serangan itu terjadi pada malam hari.', ['Newsweek']],
    ['Minh Duc (Menurut TASS, Moscow Times, Barron\'s)', ['TASS', 'Moscow Times', "Barron's"]],
    ['Belousov akan "melakukan pembicaraan," menurut pernyataan Kementerian Pertahanan Rusia.', ['Kementerian Pertahanan Rusia']],
    ['Sebuah video yang dirilis oleh Kementerian Pertahanan Rusia menunjukkan Menteri Belousov.', ['Kementerian Pertahanan Rusia']],
    ['Harga minyak naik 2 persen, seperti dilansir dari Reuters, Rabu (18/6/2025).', ['Reuters']],
    ['Dikutip dari Bloomberg, saham teknologi melemah.', ['Bloomberg']],
    ['Menurut Badan Pusat Statistik, inflasi Juni mencapai 2,5 persen.', ['Badan Pusat Statistik']],
    ['Berdasarkan data Bursa Efek Indonesia (BEI), IHSG ditutup menguat.', ['Bursa Efek Indonesia']],
    ['Komisi Pemberantasan Korupsi (KPK) mengaku belum menerima laporan itu.', ['Komisi Pemberantasan Korupsi']],
    ['Kabar itu dilansir dariBolaSport, Senin.', ['BolaSport']],
    ['Sumber: TribunSolo.com', ['TribunSolo.com']],
    ['"Kami sudah siap," kata juru bicara Kementerian Luar Negeri, Selasa.', ['Kementerian Luar Negeri']],
    ['Hal itu disampaikan kepada kantor berita Antara di Jakarta.', ['Antara']],
    ['Temuan itu diterbitkan dalam jurnal Nature Medicine pekan lalu.', ['Nature Medicine']],
    ['Harga minyak naik tajam, demikian dilaporkan Bloomberg, Kamis (12/9/2024).', ['Bloomberg']],
    ['Kementerian Kesehatan mengingatkan masyarakat agar segera memeriksakan diri.', ['Kementerian Kesehatan']],
    ['Kementerian Luar Negeri memperingatkan warga negara Indonesia agar menunda perjalanan ke kawasan itu.', ['Kementerian Luar Negeri']],
    ['Pernyataan itu disampaikan Menhub dalam diskusi, dikutip dari YouTube Kompas TV, Senin (4/3/2024).', ['Kompas TV']],
    ['Layanan akan kembali normal pekan depan, demikian keterangan PT Kereta Api Indonesia, Selasa.', ['PT Kereta Api Indonesia']],
    ['Kapal itu diserang di lepas pantai Yaman, menurut Operasi Perdagangan Maritim Inggris (UKMTO).', ['Operasi Perdagangan Maritim Inggris']],
    ['Jadwal pertandingan itu diumumkan PSSI melalui laman resminya.', ['PSSI']],
    ['Hal itu diungkapkan Badan Nasional Penanggulangan Bencana dalam konferensi pers, Senin.', ['Badan Nasional Penanggulangan Bencana']],
    ['Data Kementerian Kesehatan menunjukkan kasus demam berdarah meningkat.', ['Kementerian Kesehatan']],
    ['Mengacu data Badan Pusat Statistik, ekspor naik 3 persen.', ['Badan Pusat Statistik']],
    ['Sebagaimana diwartakan Antara, banjir merendam ratusan rumah di Bekasi.', ['Antara']],
    ['Bank Indonesia menilai inflasi masih terkendali hingga akhir tahun.', ['Bank Indonesia']],
    ['Kementerian Kesehatan membantah kabar kelangkaan vaksin di daerah.', ['Kementerian Kesehatan']],
    ['"Stok beras aman hingga akhir tahun," papar Badan Pangan Nasional.', ['Badan Pangan Nasional']],
    // A name with commas, its acronym after it: one body, not a list.
    ['Menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), hujan lebat turun hingga Jumat.', ['Badan Meteorologi, Klimatologi, dan Geofisika']],
    ['Menurut Reuters, AFP, dan AP, korban tewas bertambah.', ['Reuters', 'AFP', 'AP']],
    // The day of the statement between the subject and its verb.
    ['Bank Indonesia pada Rabu (17/4) mengumumkan suku bunga acuan tetap 6 persen.', ['Bank Indonesia']],
    ['Kementerian Perhubungan, Jumat (12/1), menyatakan penerbangan ke Bali kembali normal.', ['Kementerian Perhubungan']],
    ['Komisi Pemilihan Umum (KPU) pada 20/3/2024 mengumumkan hasil rekapitulasi nasional.', ['Komisi Pemilihan Umum']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'id').sources).toEqual(folded(expected));
  });

  // Spokespeople, press officers and heads speaking for a body: the office, the body, then its holder.
  it.each([
    ['Kabid Humas Polda Jawa Tengah Kombes Artanto mengatakan, kedua tersangka sudah ditahan.', ['Polda Jawa Tengah']],
    ['Kepala Bidang Humas Polda Riau, Kombes Anom Karibianto mengatakan, api sudah padam.', ['Polda Riau']],
    ['Jubir Polda Metro Jaya mengatakan pelaku sudah ditangkap di rumahnya.', ['Polda Metro Jaya']],
    ['Kasubbag Humas Polres Sleman Iptu Salamun mengatakan, korban sudah dibawa ke rumah sakit.', ['Polres Sleman']],
    ['Sementara itu, juru bicara Polresta Malang Kota AKP Yudi Risdiyanto menyebutkan pelaku masih buron.', ['Polresta Malang Kota']],
    ['Kepala BPS Amalia Adininggar Widyasanti mengatakan inflasi tahunan masih terkendali.', ['BPS']],
    ['"Tersangka sudah kami tahan," kata Kabid Humas Polda Jawa Barat Kombes Hendra Rochmawan kepada wartawan, Selasa.', ['Polda Jawa Barat']],
    ['"Neraca perdagangan kembali surplus," ujar Kepala BPS Amalia Adininggar Widyasanti di Jakarta.', ['BPS']],
    ['Kementerian Perhubungan melalui juru bicaranya mengatakan jadwal penerbangan kembali normal.', ['Kementerian Perhubungan']],
    // The holder's name runs on after a known name inside the office's ("Pusat Data BNPB", "PT Pertamina Patra Niaga").
    ['Kepala Pusat Data dan Informasi BNPB Abdul Muhari mengatakan tiga desa masih terendam.', ['Pusat Data dan Informasi BNPB']],
    ['Corporate Secretary PT Pertamina Patra Niaga Heppy Wulansari menjelaskan stok solar di Sumatra aman.', ['PT Pertamina Patra Niaga']],
    ['VP Corporate Communication PT KAI Joni Martinus mengatakan tiket mudik sudah terjual 60 persen.', ['PT KAI']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'id').sources).toEqual(folded(expected));
  });
});

// Credits around quotes and reports: the outlet or site the text was taken from, in the forms the press prints.
describe('id: taken from an outlet or a site', () => {
  it.each([
    ['Seperti diberitakan sebelumnya oleh Suara.com, ruas tol itu ditutup sementara.', ['Suara.com']],
    ['Mengutip situs web Otoritas Jasa Keuangan, ada 12 pinjol ilegal yang diblokir.', ['Otoritas Jasa Keuangan']],
    ['Dilansir dari detikFinance, harga cabai rawit tembus Rp 90 ribu per kilogram.', ['detikFinance']],
    ['"Kami tidak akan mundur," tegasnya, seperti dikutip dari Reuters dan AFP, Kamis (7/3/2024).', ['Reuters', 'AFP']],
    ['Mengutip laman resmi Badan Meteorologi, Klimatologi, dan Geofisika, hujan lebat diprediksi turun hingga Sabtu.', ['Badan Meteorologi, Klimatologi, dan Geofisika']],
    ['Sebagaimana dilansir dari website resmi Kementerian Kelautan dan Perikanan, ekspor udang naik.', ['Kementerian Kelautan dan Perikanan']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'id').sources).toEqual(folded(expected));
  });
});

// A body's figures, report or survey as the subject: the body that issued it is credited, not "Laporan X".
describe('id: what a body issues, as the subject', () => {
  it.each([
    ['Laporan Dana Moneter Internasional menyebutkan pertumbuhan Asia akan melambat tahun depan.', ['Dana Moneter Internasional']],
    ['Catatan Dinas Perhubungan DKI Jakarta menyebutkan volume kendaraan naik 8 persen.', ['Dinas Perhubungan DKI Jakarta']],
    ['Survei Lembaga Survei Nasional menunjukkan tingkat kepuasan publik naik tipis.', ['Lembaga Survei Nasional']],
    ['Hasil survei Litbang Kompas menunjukkan mayoritas responden setuju dengan kebijakan itu.', ['Litbang Kompas']],
    ['Data dari Kementerian Perdagangan memperlihatkan impor bawang putih melonjak.', ['Kementerian Perdagangan']],
    ['Riset Badan Riset dan Inovasi Nasional mengungkap 40 persen terumbu karang rusak.', ['Badan Riset dan Inovasi Nasional']],
    // A pollster named by its kind, as the survey's agent, or with when the document came out before the verb.
    ['Hasil survei lembaga Cakra Opini Nusantara menunjukkan elektabilitas partai itu turun.', ['lembaga Cakra Opini Nusantara']],
    ['Survei yang dilakukan Pusat Kajian Publik Andalas menunjukkan warga puas dengan layanan rumah sakit.', ['Pusat Kajian Publik Andalas']],
    ['Laporan Bank Pembangunan Asia yang dirilis Rabu menyebutkan inflasi kawasan akan turun.', ['Bank Pembangunan Asia']],
    // A regional body named by its short head and its region.
    ['"Kami minta warga di bantaran sungai tetap waspada," terang BPBD Kabupaten Garut dalam keterangannya.', ['BPBD Kabupaten Garut']],
    ['Dinkes Kota Medan mencatat 85 kasus demam berdarah sepanjang bulan lalu.', ['Dinkes Kota Medan']],
    ['"Layanan perekaman KTP tetap buka saat libur," kata Disdukcapil Kota Depok, Selasa.', ['Disdukcapil Kota Depok']],
    // A country between the outlet word and a name the registry knows says where the outlet is from.
    ['Kantor berita Rusia TASS melaporkan ledakan terjadi di dekat bandara internasional.', ['TASS']],
    ['Menurut kantor berita Korea Selatan Yonhap, latihan gabungan dimulai Senin.', ['Yonhap']],
    ['Hasil survei Lembaga Riset Cakrawala yang dirilis pada Kamis (6/6/2024) menunjukkan mayoritas warga setuju.', ['Lembaga Riset Cakrawala']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'id').sources).toEqual(folded(expected));
  });

  // "menunjukkan" (shows) credits only what a document shows.
  it.each([
    ['Indonesia menunjukkan permainan yang lebih baik di babak kedua.'],
    ['Persija Jakarta menunjukkan performa apik sepanjang musim.'],
    ['Riset Andi Wijaya menunjukkan hasil yang berbeda.'],
    // A day's name after a person's first name is the surname, not when: still a person.
    ['Riset yang dilakukan Andi Senin menunjukkan hasil yang berbeda.'],
  ])('%s', (text) => {
    expect(credits(text, 'id').sources).toEqual([]);
  });
});

describe('id: photo credits and origins', () => {
  it.each([
    ['Menteri Pertahanan Tiongkok Dong Jun dan Andrey Belousov di Beijing. Foto: Kementerian Pertahanan Rusia', ['Kementerian Pertahanan Rusia']],
    ['Suasana rapat di gedung DPR. (Foto: Antara/Galih Pradipta)', ['Antara/Galih Pradipta']],
    // Glued by scraping to the caption's date; an agency's name with its photo word before the slash.
    ['Warga melintasi genangan di Jalan Ahmad Yani, Senin (12/5).ANTARA FOTO/Rizal Hakim', ['ANTARA FOTO/Rizal Hakim']],
    ['Petugas memeriksa dokumen penumpang di pelabuhan. ANTARA FOTO/Nanda Putri/tom.', ['ANTARA FOTO/Nanda Putri/tom']],
    // An initial's stop is no sentence end.
    ['Gubernur meninjau lokasi longsor. Republika/Putra M. Akbar', ['Republika/Putra M. Akbar']],
    ['Tim SAR mencari korban di sungai. (KOMPAS.com/Andi Hartik)', ['KOMPAS.com/Andi Hartik']],
    // An outlet printed in small letters before the photographer's name.
    ['Antrean kendaraan di gerbang tol Cikampek. (detikcom/Rina Wulandari)', ['detikcom/Rina Wulandari']],
    ['Pengunjung memadati pameran otomotif. kumparan/Aditya Putra', ['kumparan/Aditya Putra']],
    // Istimewa (courtesy): the picture was given to the paper; the word is its credit.
    ['Petugas menyiapkan makanan di posko pengungsian. (ist)', ['ist']],
    ['Warga menunggu bus di halte. (Foto: Istimewa)', ['Istimewa']],
    ['Relawan membagikan masker kepada pengendara. (dok)', ['dok']],
    // A credit printed as an address names the site the picture is on.
    ['Gubernur menyapa warga di alun-alun. Foto: https://www.instagram.com/p/Bx9kLm2/', ['instagram.com']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'id', 'caption').photos).toEqual(folded(expected));
  });

  // A credit laid over the picture, a line of its own above the body, with no colon.
  it.each([
    ['Tangkapan Layar TVRI', ['TVRI']],
    ['Tangkapan layar YouTube Kompas TV', ['Kompas TV']],
  ])('over a picture: %s', (text, expected) => {
    expect(credits(text, 'id', 'meta').photos).toEqual(folded(expected));
  });

  it.each([['Tangkapan layar video viral di media sosial'], ['Foto bersama para peserta lomba di halaman sekolah']])('no credit in the line %s', (text) => {
    expect(credits(text, 'id', 'meta').photos).toEqual([]);
  });

  // A picture service named after "Sumber": a photo's credit, not a source of the text.
  it.each([['Simak berita lainnya di Kompassumber : Antara Foto', ['Antara Foto']], ['Sumber: Foto Humas Polri', ['Foto Humas Polri']]])('%s', (text, expected) => {
    const found = credits(text, 'id');
    expect([found.photos, found.sources]).toEqual([folded(expected), []]);
  });

  it('a URL after Sumber: is the page the text is based on', () => {
    const found = credits('Sumber: https://www.nguoiduatin.vn/bo-truong-204241014210826959.htm', 'id');
    expect(found.basedOn).toEqual(['https://www.nguoiduatin.vn/bo-truong-204241014210826959.htm']);
    expect(found.sources).toEqual([]);
  });
});

describe('id: must not credit', () => {
  it.each([
    // Jabatan di yayasan atau universitas: yang berbicara orangnya.
    ['Dalam sambutannya, Ketua Dewan Pembina Yayasan Golden Nusantara, Almaraja Limbong, menyampaikan bahwa wisuda bukanlah akhir.'],
    // A police chief is an office-holder: the unit he heads is credited only by its spokesperson or Humas.
    ['Kasat Reskrim Polres Sukabumi AKP Ridwan Hakim menyebut kedua tersangka sudah ditahan sejak Selasa.'],
    ['Kasat Lantas Polresta Malang Kompol Dani Saputra mengatakan arus kendaraan mulai normal.'],
    ['Perusahaan mengatakan produksi akan naik tahun depan.'],
    // A firm's head whose firm is unnamed, or unknown and glued to his name, speaks for no one.
    ['CEO perusahaan rintisan itu, Dimas Pratama, mengatakan jumlah pengguna naik dua kali lipat.'],
    ['Belousov mengatakan kerja sama militer antara Tiongkok dan Rusia memainkan peran penting.'],
    ['Sementara itu, Dong mengatakan bahwa Tiongkok dan Rusia ingin mengembangkan kerja sama.'],
    ['"Saya yakin kami akan menjadi mitra yang baik," ujar Dong.'],
    ['"Dalam hal kerja sama, saya yakin kita dapat membuka babak baru," ujar Menteri Pertahanan Tiongkok.'],
    ['Pada bulan Agustus, Tn. Putin mengatakan hubungan ekonomi Rusia dengan Tiongkok membuahkan hasil.'],
    ['Latihan itu disebut sebagai latihan terbesar, sebagaimana dikatakan Putin.'],
    ['Presiden Joko Widodo menyatakan pemerintah akan menambah anggaran.'],
    ['Baca juga: Menurut BMKG, hujan lebat akan turun di Jakarta'],
    ['Editor: Andi Saputra'],
    ['Menurut saya, kebijakan ini tepat.'],
    ['Menurut Andi, warga sudah lama menunggu.'],
    ['Dengan demikian, Kementerian Keuangan akan menambah anggaran.'],
    ['Dua orang dilaporkan hilang setelah kapal terbalik.'],
    ['Pesan itu disampaikan Presiden Joko Widodo di Istana Merdeka.'],
    ['Hal itu disampaikan kepada wartawan di Jakarta.'],
    ['Keputusan itu diumumkan Senin (5/2/2024) malam.'],
    ['Data pribadi Andi bocor di internet.'],
    ['Polres Bogor mengungkap jaringan narkoba internasional.'],
    ['Kapal itu rusak berat, mengutip pejabat Amerika Serikat (AS) yang tidak mau disebut namanya.'],
    // An office's holder speaks, but no body is named; or an economist speaks for herself.
    ['Kapolda Jawa Barat Irjen Akhmad Wiyagus mengatakan pihaknya masih menyelidiki kasus itu.'],
    // A unit's head with a rank in full: an office-holder speaking (the corpus convention), not the unit.
    ['Kepala Satuan Reserse Kriminal Polres Metro Depok Ajun Komisaris Besar Polisi Rudi Hartono mengatakan pelaku dijerat pasal berlapis.'],
    ['Juru bicara Budi Santoso mengatakan, acara itu akan digelar pekan depan.'],
    ['Kepala Ekonom Bank Permata Josua Pardede mengatakan inflasi masih terkendali.'],
    ['Kepala Bidang Humas itu mengatakan, jumlah korban terus bertambah.'],
    ['Pihak kepolisian mengatakan penyelidikan kasus itu masih berlangsung.'],
    ['Aparat keamanan mengatakan situasi di lokasi sudah kondusif.'],
  ])('%s', (text) => {
    expect(credits(text, 'id').sources).toEqual([]);
  });

  it.each([
    ['Foto: ilustrasi'],
    // A headline or a date holds a slash; an editor's initials are no photographer.
    ['Harga Emas Antam Naik Rp 15.000/Gram pada Perdagangan Hari Ini'],
    ['Rdk/Yus'],
    ['Warga mengungsi ke masjid terdekat.(Ant/Fer)'],
    ['Petugas berjaga di posko (kiri)'],
  ])('no photo credit in %s', (text) => {
    expect(credits(text, 'id', 'caption').photos).toEqual([]);
  });

  // The editors' initials closing an article, where the body's container ends.
  it.each([['(Rdk/Yus)'], ['(ant/fer)'], ['(Dwi/Sar)']])('no photo credit in the end line %s', (text) => {
    expect(credits(text, 'id', 'tail').photos).toEqual([]);
  });
});

describe('id: language of a paragraph', () => {
  // "AS" (Amerika Serikat) reads as the English "as": Indonesian function words must outweigh it. (Only
  // words Malay news does not use, so Malay paragraphs keep scoring at least as high: see ms.ts.)
  it.each([
    ['Sedangkan yen ditutup melemah terhadap dolar AS kemarin.'],
    ['Selanjutnya, dolar AS terpantau melemah terhadap sejumlah mata uang lainnya.'],
  ])('%s', (text) => {
    expect(guessLang(text, languages().values(), 'en')).toBe('id');
  });
});

// Several bodies as the subject of one verb, a bracketed short form after the first.
describe('id: listed subjects', () => {
  it.each([
    ['Kementerian Pertanian dan Kementerian Perdagangan menyatakan stok beras aman hingga akhir tahun.', ['Kementerian Pertanian', 'Kementerian Perdagangan']],
    ['Badan Pusat Statistik (BPS) dan Bank Indonesia mencatat inflasi bulan lalu melandai.', ['Badan Pusat Statistik', 'Bank Indonesia']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'id').sources).toEqual(folded(expected));
  });
});

// A gallery's or a video's headline after "FOTO:"/"VIDEO:" outside a caption is a teaser, not a credit; a caption
// printed as a paragraph ("Subjek © kredit") credits its picture; a site's notice does not.
describe('id: photo labels on headlines, credits after ©', () => {
  it.each([
    ['FOTO: Ariel Noah Tampil Santai Saat Liburan di Pantai Kuta'],
    ['VIDEO: Banjir Rendam Ratusan Rumah Warga Di Bekasi'],
    ['Hak cipta © Tempo Media Group'],
    ['© 2003-2016 Kapanlagi.com - All Rights Reserved'],
  ])('no photo credit in %s', (text) => {
    expect(credits(text, 'id').photos).toEqual([]);
  });

  it.each([
    ['Foto: Reuters', ['Reuters']],
    ['Foto: ANTARA/Budi Santoso', ['ANTARA/Budi Santoso']],
    ['Raisa tampil di panggung utama © istimewa', ['istimewa']],
    ['Penonton memadati stadion © Instagram.com', ['Instagram.com']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'id').photos).toEqual(folded(expected));
  });
});

// Names that list their fields with commas (the last after "dan", an Oxford comma or not); a company's legal form
// closing its name, in brackets or not, before its officer's name; corporate communication roles; forecasts.
describe('id: commas and company forms inside names', () => {
  it.each([
    ['Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi mengumumkan jadwal ujian nasional.', ['Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi']],
    ['Menurut Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi, ada 1.200 desa mandiri.', ['Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi']],
    ['Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan menyatakan situasi tetap kondusif.', ['Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan']],
    ['Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Budi Santoso mengatakan air mulai surut.', ['Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB']],
    ['PT Semen Nusantara (Persero) menyatakan pasokan ke Kalimantan aman.', ['PT Semen Nusantara']],
    ['Corporate Secretary PT Bank Sentosa Makmur (Persero) Tbk Rina Kartika mengatakan layanan kembali normal.', ['PT Bank Sentosa Makmur']],
    ['VP Corporate Communication PT Pertamina Fajar Nugroho mengatakan stok solar aman.', ['PT Pertamina']],
    // A firm's head speaks for the company the registry knows, named right after the title with no 'PT'.
    ['CEO Lenovo Wu Jiahao menjelaskan bahwa laptop barunya dirakit di Batam.', ['Lenovo']],
    ['BMKG memprakirakan hujan lebat mengguyur Jabodetabek hingga Jumat.', ['BMKG']],
    // The weather agency's three fields, its acronym between the name and the verb.
    ['Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan potensi gelombang tinggi di selatan Jawa.', ['Badan Meteorologi, Klimatologi, dan Geofisika']],
    ['Menurut keterangan tertulis Kementerian Luar Negeri, seluruh WNI dalam keadaan aman.', ['Kementerian Luar Negeri']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'id').sources).toEqual(folded(expected));
  });

  it.each([
    // After "Menurut X,", places joined by "dan" are the sentence's subject.
    ['Menurut Kementerian Kesehatan, Jakarta dan Bandung mencatat kasus tertinggi.', ['Kementerian Kesehatan']],
    // A comma after a field that no field list follows ends the name.
    ['Menurut Dinas Pendidikan, sekolah dibuka kembali pekan depan.', ['Dinas Pendidikan']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'id').sources).toEqual(folded(expected));
  });
});
