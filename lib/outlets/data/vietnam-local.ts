/**
 * Vietnam's provincial and city police (Công an tỉnh/thành phố) of the 34 provinces and cities that exist since
 * 1 July 2025, beside Hanoi's and Ho Chi Minh City's in vietnam-bodies.ts, and the people's courts and
 * procuracies of the two largest cities. The press credits them for arrests, accidents and rulings ("theo
 * Công an tỉnh Quảng Ninh", "Công an Gia Lai cho biết"). Facts: the 2025 list of provinces; no domains (each
 * force's site is not known here). Edit: one row per province below (its name with and without marks);
 * the forms are built from it: "Công an tỉnh X", "Công an X", "X Provincial Police", "X police"; for a city,
 * "Công an TP X", "Công an thành phố X", "X City Police".
 */

import type { OutletInput } from '../schema';

/** [id, Vietnamese name, English name, city (thành phố) or province (tỉnh)] */
const UNITS: [string, string, string, 'city' | 'province'][] = [
  ['hai-phong', 'Hải Phòng', 'Hai Phong', 'city'],
  ['da-nang', 'Đà Nẵng', 'Da Nang', 'city'],
  ['can-tho', 'Cần Thơ', 'Can Tho', 'city'],
  ['hue', 'Huế', 'Hue', 'city'],
  ['lai-chau', 'Lai Châu', 'Lai Chau', 'province'],
  ['dien-bien', 'Điện Biên', 'Dien Bien', 'province'],
  ['son-la', 'Sơn La', 'Son La', 'province'],
  ['lang-son', 'Lạng Sơn', 'Lang Son', 'province'],
  ['quang-ninh', 'Quảng Ninh', 'Quang Ninh', 'province'],
  ['thanh-hoa', 'Thanh Hóa', 'Thanh Hoa', 'province'],
  ['nghe-an', 'Nghệ An', 'Nghe An', 'province'],
  ['ha-tinh', 'Hà Tĩnh', 'Ha Tinh', 'province'],
  ['cao-bang', 'Cao Bằng', 'Cao Bang', 'province'],
  ['tuyen-quang', 'Tuyên Quang', 'Tuyen Quang', 'province'],
  ['lao-cai', 'Lào Cai', 'Lao Cai', 'province'],
  ['thai-nguyen', 'Thái Nguyên', 'Thai Nguyen', 'province'],
  ['phu-tho', 'Phú Thọ', 'Phu Tho', 'province'],
  ['bac-ninh', 'Bắc Ninh', 'Bac Ninh', 'province'],
  ['hung-yen', 'Hưng Yên', 'Hung Yen', 'province'],
  ['ninh-binh', 'Ninh Bình', 'Ninh Binh', 'province'],
  ['quang-tri', 'Quảng Trị', 'Quang Tri', 'province'],
  ['quang-ngai', 'Quảng Ngãi', 'Quang Ngai', 'province'],
  ['gia-lai', 'Gia Lai', 'Gia Lai', 'province'],
  ['khanh-hoa', 'Khánh Hòa', 'Khanh Hoa', 'province'],
  ['lam-dong', 'Lâm Đồng', 'Lam Dong', 'province'],
  ['dak-lak', 'Đắk Lắk', 'Dak Lak', 'province'],
  ['dong-nai', 'Đồng Nai', 'Dong Nai', 'province'],
  ['tay-ninh', 'Tây Ninh', 'Tay Ninh', 'province'],
  ['vinh-long', 'Vĩnh Long', 'Vinh Long', 'province'],
  ['dong-thap', 'Đồng Tháp', 'Dong Thap', 'province'],
  ['ca-mau', 'Cà Mau', 'Ca Mau', 'province'],
  ['an-giang', 'An Giang', 'An Giang', 'province'],
];

function police([id, vi, en, unit]: (typeof UNITS)[number]): OutletInput {
  const local = unit === 'city' ? [`Công an TP ${vi}`, `Công an TP. ${vi}`, `Công an thành phố ${vi}`] : [`Công an tỉnh ${vi}`];
  const english = unit === 'city' ? [`${en} City Police`, `${en} city police`] : [`${en} Provincial Police`, `${en} provincial police`];
  return { id: `vn-police-${id}`, name: english[0]!, aliases: [...local, `Công an ${vi}`, ...english.slice(1), `${en} police`], kind: 'government', country: 'VN', languages: ['vi'] };
}

export default [
  ...UNITS.map(police),
  { id: 'vn-court-hanoi', name: "Hanoi People's Court", aliases: ['Tòa án nhân dân TP Hà Nội', 'Tòa án nhân dân thành phố Hà Nội', 'TAND TP Hà Nội', 'TAND TP. Hà Nội', 'TAND thành phố Hà Nội', 'TAND Hà Nội', "Hanoi People's Court", "Hanoi City People's Court"], kind: 'government', country: 'VN', languages: ['vi'] },
  { id: 'vn-court-hcmc', name: "Ho Chi Minh City People's Court", aliases: ['Tòa án nhân dân TP.HCM', 'Tòa án nhân dân TP Hồ Chí Minh', 'Tòa án nhân dân thành phố Hồ Chí Minh', 'TAND TP.HCM', 'TAND TPHCM', 'TAND TP Hồ Chí Minh', "HCMC People's Court"], kind: 'government', country: 'VN', languages: ['vi'] },
  { id: 'vn-procuracy-hanoi', name: "Hanoi People's Procuracy", aliases: ['Viện kiểm sát nhân dân TP Hà Nội', 'Viện kiểm sát nhân dân thành phố Hà Nội', 'VKSND TP Hà Nội', 'VKSND TP. Hà Nội', 'VKSND Hà Nội'], kind: 'government', country: 'VN', languages: ['vi'] },
  { id: 'vn-procuracy-hcmc', name: "Ho Chi Minh City People's Procuracy", aliases: ['Viện kiểm sát nhân dân TP.HCM', 'Viện kiểm sát nhân dân TP Hồ Chí Minh', 'VKSND TP.HCM', 'VKSND TPHCM', 'VKSND TP Hồ Chí Minh'], kind: 'government', country: 'VN', languages: ['vi'] },
] satisfies OutletInput[];
