/**
 * Indonesia's city police, district courts and Jakarta's provincial offices the press credits for arrests,
 * verdicts and data, beside the national and provincial bodies in indonesia-bodies.ts: the five Polres of
 * Jakarta and the Polrestabes of the largest cities, the five district courts of Jakarta (the Tipikor court
 * sits in Central Jakarta's), Jakarta's high prosecutor's office and the Jakarta health, transport and public
 * order offices. Facts: each body's own site where known. Edit: one entry per body; the full name, the
 * short forms printed ("Polres Metro Jaksel", "PN Jakpus", "Kejati DKI", "Dinkes DKI") and the Humas forms.
 */

import type { OutletInput } from '../schema';

/** [id, area, short area] for Jakarta's five cities. */
const JAKARTA: [string, string, string][] = [
  ['pusat', 'Jakarta Pusat', 'Jakpus'],
  ['selatan', 'Jakarta Selatan', 'Jaksel'],
  ['barat', 'Jakarta Barat', 'Jakbar'],
  ['timur', 'Jakarta Timur', 'Jaktim'],
  ['utara', 'Jakarta Utara', 'Jakut'],
];

const polres = ([id, area, short]: (typeof JAKARTA)[number]): OutletInput => ({
  id: `id-polres-jakarta-${id}`,
  name: `Polres Metro ${area}`,
  aliases: [`Kepolisian Resor Metro ${area}`, `Polres Metro ${short}`, `Humas Polres Metro ${area}`, `Polres ${area}`, `${area} Metro Police`],
  kind: 'government',
  country: 'ID',
  languages: ['id'],
});

const court = ([id, area, short]: (typeof JAKARTA)[number]): OutletInput => ({
  id: `id-pn-jakarta-${id}`,
  name: `Pengadilan Negeri ${area}`,
  aliases: [`PN ${area}`, `PN ${short}`, `${area} District Court`, `Humas PN ${area}`],
  domains: [`pn-jakarta${id}.go.id`],
  kind: 'government',
  country: 'ID',
  languages: ['id'],
});

/** [id, city] for the Polrestabes (big-city police) the press credits most. */
const POLRESTABES: [string, string][] = [
  ['surabaya', 'Surabaya'],
  ['bandung', 'Bandung'],
  ['medan', 'Medan'],
  ['semarang', 'Semarang'],
  ['makassar', 'Makassar'],
  ['palembang', 'Palembang'],
];

const polrestabes = ([id, city]: (typeof POLRESTABES)[number]): OutletInput => ({
  id: `id-polrestabes-${id}`,
  name: `Polrestabes ${city}`,
  aliases: [`Kepolisian Resor Kota Besar ${city}`, `Humas Polrestabes ${city}`, `${city} Police`, `${city} police`],
  kind: 'government',
  country: 'ID',
  languages: ['id'],
});

export default [
  ...JAKARTA.map(polres),
  ...JAKARTA.map(court),
  ...POLRESTABES.map(polrestabes),
  { id: 'id-tipikor-jakarta', name: 'Pengadilan Tindak Pidana Korupsi Jakarta', aliases: ['Pengadilan Tipikor Jakarta', 'Pengadilan Tipikor Jakarta Pusat', 'Pengadilan Tipikor pada PN Jakarta Pusat', 'Jakarta Anti-Corruption Court', 'Jakarta Corruption Court'], kind: 'government', country: 'ID', languages: ['id'] },
  { id: 'id-pt-dki', name: 'Pengadilan Tinggi DKI Jakarta', aliases: ['PT DKI Jakarta', 'PT DKI', 'Pengadilan Tinggi Jakarta', 'Jakarta High Court'], kind: 'government', country: 'ID', languages: ['id'] },
  { id: 'id-kejati-dki', name: 'Kejaksaan Tinggi DKI Jakarta', aliases: ['Kejati DKI Jakarta', 'Kejati DKI', 'Kejaksaan Tinggi Jakarta', "Jakarta High Prosecutor's Office"], kind: 'government', country: 'ID', languages: ['id'] },
  { id: 'id-dinkes-dki', name: 'Dinas Kesehatan DKI Jakarta', aliases: ['Dinkes DKI Jakarta', 'Dinkes DKI', 'Dinas Kesehatan Provinsi DKI Jakarta', 'Jakarta Health Agency', 'Jakarta Health Office'], kind: 'government', country: 'ID', languages: ['id'] },
  { id: 'id-dishub-dki', name: 'Dinas Perhubungan DKI Jakarta', aliases: ['Dishub DKI Jakarta', 'Dishub DKI', 'Dinas Perhubungan Provinsi DKI Jakarta', 'Jakarta Transportation Agency'], kind: 'government', country: 'ID', languages: ['id'] },
  { id: 'id-satpol-pp-dki', name: 'Satpol PP DKI Jakarta', aliases: ['Satuan Polisi Pamong Praja DKI Jakarta', 'Satpol PP DKI', 'Jakarta Public Order Agency'], kind: 'government', country: 'ID', languages: ['id'] },
] satisfies OutletInput[];
