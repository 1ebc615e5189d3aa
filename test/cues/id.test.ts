/** Indonesian cues: sentences modelled on Indonesian press usage, and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('id: sources', () => {
  it.each([
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
  ])('%s', (text, expected) => {
    expect(credits(text, 'id').sources).toEqual(folded(expected));
  });
});

describe('id: photo credits and origins', () => {
  it.each([
    ['Menteri Pertahanan Tiongkok Dong Jun dan Andrey Belousov di Beijing. Foto: Kementerian Pertahanan Rusia', ['Kementerian Pertahanan Rusia']],
    ['Suasana rapat di gedung DPR. (Foto: Antara/Galih Pradipta)', ['Antara/Galih Pradipta']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'id', 'caption').photos).toEqual(folded(expected));
  });

  it('a URL after Sumber: is the page the text is based on', () => {
    const found = credits('Sumber: https://www.nguoiduatin.vn/bo-truong-204241014210826959.htm', 'id');
    expect(found.basedOn).toEqual(['https://www.nguoiduatin.vn/bo-truong-204241014210826959.htm']);
    expect(found.sources).toEqual([]);
  });
});

describe('id: must not credit', () => {
  it.each([
    ['Perusahaan mengatakan produksi akan naik tahun depan.'],
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
  ])('%s', (text) => {
    expect(credits(text, 'id').sources).toEqual([]);
  });

  it.each([['Foto: ilustrasi'], ['Warga menunggu bus di halte. (Foto: Istimewa)']])('no photo credit in %s', (text) => {
    expect(credits(text, 'id', 'caption').photos).toEqual([]);
  });
});
