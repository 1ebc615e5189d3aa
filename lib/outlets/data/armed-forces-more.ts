/**
 * Armed services and military press offices the press credits that the registry lacked, beside the national
 * forces in government.ts: Vietnam's navy, coast guard, border guard and general staff, Japan's three
 * Self-Defense Forces and Joint Staff, Brazil's and France's services.
 * Facts: each body's own site; a domain only where it has one of its own. Edit: one entry per body; its own
 * name, the short forms its press prints, and how Vietnamese, Indonesian and Chinese news name the ones
 * they cover. A general staff's bare name ("Bộ Tổng Tham mưu") is shared: every army has one.
 */

import type { OutletInput } from '../schema';

export default [
  { id: 'vn-navy', name: "Vietnam People's Navy", aliases: ['Hải quân Nhân dân Việt Nam', 'Hải quân Việt Nam', 'Quân chủng Hải quân', 'Bộ Tư lệnh Hải quân', 'Vietnamese Navy', "Vietnam's navy", 'Vietnam Navy', 'Angkatan Laut Vietnam', '越南海军', '越南人民海军'], kind: 'government', country: 'VN', languages: ['vi'] },
  { id: 'vn-coast-guard', name: 'Vietnam Coast Guard', aliases: ['Cảnh sát biển Việt Nam', 'Bộ Tư lệnh Cảnh sát biển', 'Bộ Tư lệnh Cảnh sát biển Việt Nam', 'Lực lượng Cảnh sát biển Việt Nam', "Vietnam's coast guard", 'Vietnamese coast guard', 'Penjaga Pantai Vietnam', '越南海警'], domains: ['canhsatbien.vn'], kind: 'government', country: 'VN', languages: ['vi'] },
  { id: 'vn-border-guard', name: 'Vietnam Border Guard', aliases: ['Bộ đội Biên phòng Việt Nam', 'Bộ đội Biên phòng', 'Bộ Tư lệnh Bộ đội Biên phòng', 'BĐBP', "Vietnam's border guard", 'Vietnamese border guards', '越南边防部队'], kind: 'government', country: 'VN', languages: ['vi'] },
  { id: 'vn-general-staff', name: "General Staff of the Vietnam People's Army", aliases: ['Bộ Tổng Tham mưu', 'Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam', 'Bộ Tổng Tham mưu QĐND Việt Nam', "Vietnam's General Staff"], shared: ['Bộ Tổng Tham mưu'], kind: 'government', country: 'VN', languages: ['vi'] },
  { id: 'jp-joint-staff', name: 'Joint Staff of Japan', aliases: ['統合幕僚監部', '防衛省統合幕僚監部', 'Japan Joint Staff', "Japan's Joint Staff", 'Joint Staff Office of Japan'], kind: 'government', country: 'JP', languages: ['ja'] },
  { id: 'jp-gsdf', name: 'Japan Ground Self-Defense Force', aliases: ['陸上自衛隊', 'JGSDF', 'Ground Self-Defense Force', 'Lực lượng Phòng vệ Mặt đất Nhật Bản', '日本陆上自卫队'], kind: 'government', country: 'JP', languages: ['ja'] },
  { id: 'jp-msdf', name: 'Japan Maritime Self-Defense Force', aliases: ['海上自衛隊', 'JMSDF', 'Maritime Self-Defense Force', 'Lực lượng Phòng vệ Biển Nhật Bản', 'Lực lượng Phòng vệ Trên biển Nhật Bản', 'Pasukan Bela Diri Maritim Jepang', '日本海上自卫队'], kind: 'government', country: 'JP', languages: ['ja'] },
  { id: 'jp-asdf', name: 'Japan Air Self-Defense Force', aliases: ['航空自衛隊', 'JASDF', 'Air Self-Defense Force', 'Lực lượng Phòng vệ Trên không Nhật Bản', '日本航空自卫队'], kind: 'government', country: 'JP', languages: ['ja'] },
  { id: 'br-army', name: 'Brazilian Army', aliases: ['Exército Brasileiro', 'Exército brasileiro', "Brazil's army"], domains: ['eb.mil.br'], kind: 'government', country: 'BR', languages: ['pt'] },
  { id: 'br-navy', name: 'Brazilian Navy', aliases: ['Marinha do Brasil', "Brazil's navy"], domains: ['marinha.mil.br'], kind: 'government', country: 'BR', languages: ['pt'] },
  { id: 'br-air-force', name: 'Brazilian Air Force', aliases: ['Força Aérea Brasileira', 'FAB', "Brazil's air force"], domains: ['fab.mil.br'], kind: 'government', country: 'BR', languages: ['pt'] },
  { id: 'fr-ema', name: 'French Armed Forces General Staff', aliases: ['État-major des armées', 'Etat-major des armées', "l'état-major des armées", 'French military general staff'], kind: 'government', country: 'FR', languages: ['fr'] },
  { id: 'fr-army', name: 'Armée de terre', aliases: ["l'Armée de terre", 'French land army'], kind: 'government', country: 'FR', languages: ['fr'] },
  { id: 'fr-navy', name: 'French Navy', aliases: ['Marine nationale', 'la Marine nationale'], kind: 'government', country: 'FR', languages: ['fr'] },
  { id: 'fr-air-force', name: 'French Air and Space Force', aliases: ["Armée de l'air et de l'espace", "Armée de l'Air et de l'Espace", "Armée de l'air", 'French Air Force'], kind: 'government', country: 'FR', languages: ['fr'] },
] satisfies OutletInput[];
