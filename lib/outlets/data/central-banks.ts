/**
 * The central banks of Latin America and the Caribbean not in government.ts. Their own press calls each
 * "el Banco Central" (Brazil's "o Banco Central"): that bare name is marked `shared` on every one, so it
 * says which bank only where the story is set in its country (a Dominican paper's "según el Banco Central").
 * Facts: each bank's own site. Edit: one entry per bank; its full name, acronym, English name, and how
 * Vietnamese, Indonesian and Chinese news name it.
 */

import type { OutletInput } from '../schema';

const BARE = 'Banco Central';

export default [
  { id: 'cl-central-bank', name: 'Central Bank of Chile', aliases: ['Banco Central de Chile', BARE, "Chile's central bank", 'Chilean central bank', 'Ngân hàng Trung ương Chile', 'Bank Sentral Chili', '智利央行', '智利中央银行'], shared: [BARE], domains: ['bcentral.cl'], kind: 'government', country: 'CL', languages: ['es'] },
  { id: 'pe-central-bank', name: 'Central Reserve Bank of Peru', aliases: ['Banco Central de Reserva del Perú', 'BCRP', BARE, "Peru's central bank", 'Peruvian central bank', 'Ngân hàng Trung ương Peru', '秘鲁央行'], shared: [BARE], domains: ['bcrp.gob.pe'], kind: 'government', country: 'PE', languages: ['es'] },
  { id: 've-central-bank', name: 'Central Bank of Venezuela', aliases: ['Banco Central de Venezuela', 'BCV', BARE, "Venezuela's central bank", 'Venezuelan central bank', 'Ngân hàng Trung ương Venezuela', '委内瑞拉央行'], shared: [BARE], domains: ['bcv.org.ve'], kind: 'government', country: 'VE', languages: ['es'] },
  { id: 'uy-central-bank', name: 'Central Bank of Uruguay', aliases: ['Banco Central del Uruguay', 'BCU', BARE, "Uruguay's central bank"], shared: [BARE], domains: ['bcu.gub.uy'], kind: 'government', country: 'UY', languages: ['es'] },
  { id: 'py-central-bank', name: 'Central Bank of Paraguay', aliases: ['Banco Central del Paraguay', 'BCP', BARE, "Paraguay's central bank"], shared: [BARE], domains: ['bcp.gov.py'], kind: 'government', country: 'PY', languages: ['es'] },
  { id: 'bo-central-bank', name: 'Central Bank of Bolivia', aliases: ['Banco Central de Bolivia', BARE, "Bolivia's central bank"], shared: [BARE], domains: ['bcb.gob.bo'], kind: 'government', country: 'BO', languages: ['es'] },
  { id: 'ec-central-bank', name: 'Central Bank of Ecuador', aliases: ['Banco Central del Ecuador', BARE, "Ecuador's central bank"], shared: [BARE], domains: ['bce.fin.ec'], kind: 'government', country: 'EC', languages: ['es'] },
  { id: 'cr-central-bank', name: 'Central Bank of Costa Rica', aliases: ['Banco Central de Costa Rica', 'BCCR', BARE, "Costa Rica's central bank"], shared: [BARE], domains: ['bccr.fi.cr'], kind: 'government', country: 'CR', languages: ['es'] },
  { id: 'do-central-bank', name: 'Central Bank of the Dominican Republic', aliases: ['Banco Central de la República Dominicana', 'BCRD', BARE, "Dominican Republic's central bank", 'Dominican central bank'], shared: [BARE], domains: ['bancentral.gov.do'], kind: 'government', country: 'DO', languages: ['es'] },
  { id: 'gt-banguat', name: 'Bank of Guatemala', aliases: ['Banco de Guatemala', 'Banguat', "Guatemala's central bank"], domains: ['banguat.gob.gt'], kind: 'government', country: 'GT', languages: ['es'] },
  { id: 'hn-central-bank', name: 'Central Bank of Honduras', aliases: ['Banco Central de Honduras', 'BCH', BARE, "Honduras' central bank"], shared: [BARE], domains: ['bch.hn'], kind: 'government', country: 'HN', languages: ['es'] },
  { id: 'sv-central-bank', name: 'Central Reserve Bank of El Salvador', aliases: ['Banco Central de Reserva de El Salvador', BARE, "El Salvador's central bank"], shared: [BARE], domains: ['bcr.gob.sv'], kind: 'government', country: 'SV', languages: ['es'] },
  { id: 'ni-central-bank', name: 'Central Bank of Nicaragua', aliases: ['Banco Central de Nicaragua', BARE, "Nicaragua's central bank"], shared: [BARE], domains: ['bcn.gob.ni'], kind: 'government', country: 'NI', languages: ['es'] },
] satisfies OutletInput[];
