/** Tagalog (Filipino) cues: sentences modelled on Philippine news in Filipino, and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, folded } from './harness';

describe('tl: sources', () => {
  it.each([
    ['Ayon sa PAGASA, magdadala ng malakas na ulan ang bagyo sa Hilagang Luzon ngayong Huwebes.', ['PAGASA']],
    ['Kinumpirma ng Philippine National Police (PNP) na naaresto na ang suspek.', ['Philippine National Police']],
    ['Sinabi ng Department of Health (DOH) na tumaas ng 12 porsiyento ang kaso ng dengue.', ['Department of Health']],
    ['Ayon sa ulat ng Philippine News Agency, mahigit 3,000 pamilya ang inilikas.', ['Philippine News Agency']],
    ['Nagbabala ang Phivolcs sa posibleng pagputok ng bulkan.', ['Phivolcs']],
    ['"Walang katotohanan ang kumakalat na balita," anang DOH.', ['DOH']],
    ['Batay sa datos ng Philippine Statistics Authority (PSA), bumagal ang inflation noong Hunyo.', ['Philippine Statistics Authority']],
    ['Sa panayam ng DZBB, sinabi ng opisyal na ligtas ang mga pasahero.', ['DZBB']],
    ['Iniulat ng GMA News na sarado pa rin ang ilang kalsada sa Maynila.', ['GMA News']],
    ['Sinabi naman ng tagapagsalita ng Bureau of Fire Protection na kontrolado na ang sunog.', ['Bureau of Fire Protection']],
    ['Nilinaw ng Malacañang na walang bagong direktiba ang Pangulo.', ['Malacañang']],
    ['Ayon pa sa Comelec, tuloy ang halalan sa Mayo.', ['Comelec']],
    ['Ang DOH ay nagsabi na kailangang mag-ingat ang publiko.', ['DOH']],
    ['Pinagmulan: Philippine News Agency', ['Philippine News Agency']],
    ['Ayon sa Bangko Sentral ng Pilipinas, tumaas ang halaga ng piso.', ['Bangko Sentral ng Pilipinas']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'tl').sources).toEqual(folded(expected));
  });
});

describe('tl: photo credits', () => {
  it.each([
    ['Mga residente habang inililikas sa evacuation center. (Larawan mula sa PNA)', ['PNA']],
    ['Ang pagputok ng bulkan kaninang umaga. Kuha ni Juan dela Cruz', ['Juan dela Cruz']],
    ['Larawan: Philippine Coast Guard', ['Philippine Coast Guard']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'tl', 'caption').photos).toEqual(folded(expected));
  });
});

describe('tl: must not credit', () => {
  it.each([
    ['Sinabi ni Pangulong Ferdinand Marcos Jr. na tutulong ang pamahalaan.'],
    ['"Handa kami," ani Fajardo.'],
    ['Ayon kay Kalihim Herbosa, bumaba ang kaso ng tigdas.'],
    ['Ayon sa Pangulo, hindi makatao ang naturang sistema.'],
    ['Ayon sa mga residente, lumalaki ang bitak sa lupa.'],
    ['Basahin din: Ayon sa PAGASA, may paparating na bagyo'],
    ['Sinabi niya na handa ang lungsod sa pagdating ng bagyo.'],
    ['Sinabi ng DOH Secretary Teodoro Herbosa na ligtas ang bakuna.'],
    ['Dumalo si Mayor Vico Sotto sa pulong ng Metro Manila Council.'],
    ['Tumanggi ang PNP na magbigay ng pahayag hinggil sa insidente.'],
    ['Dumating mula sa US ang mga bakuna kahapon.'],
  ])('%s', (text) => {
    expect(credits(text, 'tl').sources).toEqual([]);
  });

  it.each([['Larawan: screengrab'], ['Larawan: social media']])('no photo credit in %s', (text) => {
    expect(credits(text, 'tl', 'caption').photos).toEqual([]);
  });
});
