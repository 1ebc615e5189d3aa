/**
 * Taiwan's ministries and agencies and two Korean state bodies the press credits that the registry lacked,
 * beside the ones in government.ts and government-more.ts. Facts: each body's own site. Edit: one entry per
 * body; its full and short names as the Chinese- or Korean-language press prints them, its English name.
 * Names the PRC's bodies share ("外交部", "國防部", "教育部") are marked `shared` on both sides in
 * government.ts, never added here.
 */

import type { OutletInput } from '../schema';

export default [
  { id: 'tw-mohw', name: 'Ministry of Health and Welfare of Taiwan', aliases: ['衛生福利部', '衛福部', '卫生福利部', '卫福部', "Taiwan's Ministry of Health and Welfare"], domains: ['mohw.gov.tw'], kind: 'government', country: 'TW', languages: ['zh'] },
  { id: 'tw-cdc', name: 'Taiwan Centers for Disease Control', aliases: ['疾病管制署', '疾管署', '衛福部疾管署', '衛生福利部疾病管制署', 'Taiwan CDC'], domains: ['cdc.gov.tw'], kind: 'government', country: 'TW', languages: ['zh', 'en'] },
  { id: 'tw-moea', name: 'Ministry of Economic Affairs of Taiwan', shared: ['經濟部', '经济部'], aliases: ['經濟部', '经济部', "Taiwan's Ministry of Economic Affairs", 'Taiwanese Economic Affairs Ministry'], domains: ['moea.gov.tw'], kind: 'government', country: 'TW', languages: ['zh'] },
  { id: 'tw-moi', name: 'Ministry of the Interior of Taiwan', shared: ['內政部', '内政部'], aliases: ['內政部', '内政部', "Taiwan's Interior Ministry"], domains: ['moi.gov.tw'], kind: 'government', country: 'TW', languages: ['zh'] },
  { id: 'tw-cec', name: 'Central Election Commission of Taiwan', aliases: ['中央選舉委員會', '中選會', '中选会', "Taiwan's Central Election Commission"], domains: ['cec.gov.tw'], kind: 'government', country: 'TW', languages: ['zh'] },
  { id: 'tw-cga', name: 'Coast Guard Administration of Taiwan', aliases: ['海洋委員會海巡署', '海巡署', "Taiwan's Coast Guard Administration", 'Taiwan coast guard'], domains: ['cga.gov.tw'], kind: 'government', country: 'TW', languages: ['zh'] },
  { id: 'tw-fsc', name: 'Financial Supervisory Commission of Taiwan', aliases: ['金融監督管理委員會', '金管會', '金管会', "Taiwan's Financial Supervisory Commission"], domains: ['fsc.gov.tw'], kind: 'government', country: 'TW', languages: ['zh'] },
  { id: 'tw-motc', name: 'Ministry of Transportation and Communications of Taiwan', shared: ['交通部'], aliases: ['交通部', "Taiwan's Ministry of Transportation"], domains: ['motc.gov.tw'], kind: 'government', country: 'TW', languages: ['zh'] },
  { id: 'tw-mol', name: 'Ministry of Labor of Taiwan', shared: ['勞動部', '劳动部'], aliases: ['勞動部', '劳动部', "Taiwan's Ministry of Labor"], domains: ['mol.gov.tw'], kind: 'government', country: 'TW', languages: ['zh'] },
  { id: 'kr-environment-ministry', name: 'Ministry of Climate, Energy and Environment of Korea', shared: ['환경부'], aliases: ['기후에너지환경부', '기후부', '환경부', 'Ministry of Environment of Korea', "South Korea's Environment Ministry"], domains: ['me.go.kr'], kind: 'government', country: 'KR', languages: ['ko'] },
  { id: 'kr-seoul-central-prosecutors', name: "Seoul Central District Prosecutors' Office", aliases: ['서울중앙지검', '서울중앙지방검찰청', 'Seoul Central District Prosecutors Office'], kind: 'government', country: 'KR', languages: ['ko'] },
] satisfies OutletInput[];
