/** Malay cues: sentences modelled on Malaysian press usage, and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('ms: sources', () => {
  it.each([
    ['Menurut laporan Bernama, lebih 2,000 mangsa banjir dipindahkan ke pusat pemindahan sementara.', ['Bernama']],
    ['Kementerian Kesihatan Malaysia (KKM) dalam satu kenyataan memaklumkan tiada kes baharu dikesan.', ['Kementerian Kesihatan Malaysia']],
    ['"Kami akan meneruskan siasatan," kata jurucakap Polis Diraja Malaysia.', ['Polis Diraja Malaysia']],
    ['Harga minyak sawit mentah meningkat 3 peratus, lapor agensi berita Reuters.', ['Reuters']],
    ['Mengikut data Jabatan Perangkaan Malaysia (DOSM), kadar pengangguran menurun kepada 3.3 peratus.', ['Jabatan Perangkaan Malaysia']],
    ['Perkara itu dimaklumkan oleh Suruhanjaya Komunikasi dan Multimedia Malaysia (MCMC) hari ini.', ['Suruhanjaya Komunikasi dan Multimedia Malaysia']],
    ['"Kami kesal dengan kejadian itu," katanya kepada Bernama.', ['Bernama']],
    ['Beliau berkata demikian ketika dihubungi Sinar Harian semalam.', ['Sinar Harian']],
    ['PDRM memaklumkan seramai 12 individu telah ditahan dalam operasi itu.', ['PDRM']],
    ['Seperti dilaporkan Kosmo!, projek itu dijangka siap tahun depan.', ['Kosmo']],
    ['Reuters memetik sumber kerajaan sebagai berkata rundingan itu gagal.', ['Reuters']],
    ['Wisma Putra dalam satu kenyataan mengesahkan rakyat Malaysia itu selamat.', ['Wisma Putra']],
    ['Sumber: Berita Harian', ['Berita Harian']],
    ['Menurut Bank Negara Malaysia, inflasi dijangka kekal sederhana tahun ini.', ['Bank Negara Malaysia']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'ms').sources).toEqual(folded(expected));
  });
});

describe('ms: photo credits', () => {
  it.each([
    ['Mangsa banjir di pusat pemindahan sementara. - Gambar Bernama', ['Bernama']],
    ['Anggota bomba memadam kebakaran. (Gambar: Jabatan Bomba dan Penyelamat Malaysia)', ['Jabatan Bomba dan Penyelamat Malaysia']],
    ['Suasana di Dataran Merdeka. Foto: Sinar Harian', ['Sinar Harian']],
    ['Bangunan itu runtuh pagi tadi. - Gambar ihsan PDRM', ['PDRM']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'ms', 'caption').photos).toEqual(folded(expected));
  });
});

describe('ms: must not credit', () => {
  it.each([
    ['Ketua Pengarah Kesihatan Datuk Dr Noor Hisham Abdullah berkata situasi terkawal.'],
    ['"Kami akan memantau keadaan," kata Menteri Kesihatan.'],
    ['Perdana Menteri Datuk Seri Anwar Ibrahim berkata kerajaan akan membantu mangsa.'],
    ['Menurut Ahmad, penduduk kampung sudah lama menunggu bekalan air.'],
    ['Menurut beliau, kerja-kerja pembaikan akan bermula minggu depan.'],
    ['"Saya terkejut," kata Zalina ketika dihubungi.'],
    ['"Sebarang dakwaan adalah palsu," menurut agensi berita berkenaan.'],
    ['Baca juga: Menurut Bernama, hujan lebat dijangka berterusan'],
    ['Penulis: Siti Aminah'],
    ['Polis menahan seorang lelaki di Johor Bahru semalam.'],
  ])('%s', (text) => {
    expect(credits(text, 'ms').sources).toEqual([]);
  });

  it.each([['Penduduk membersihkan rumah selepas banjir. - Gambar hiasan'], ['Gambar fail'], ['Foto: hiasan']])('no photo credit in %s', (text) => {
    expect(credits(text, 'ms', 'caption').photos).toEqual([]);
  });
});
