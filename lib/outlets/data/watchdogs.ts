/**
 * The electoral commissions and press councils stories credit for rulings, counts and complaints. Each country
 * calls its own "the Electoral Commission" or "the Press Council": the bare name is marked `shared` on every
 * entry that goes by it, so it says which only where the story is set in that country. A bare name only one
 * entry here has in its language ("Media Council", "IEC", "AEC") is left out: a story without a country would
 * get that one. Facts: each body's own
 * site. Edit: one entry per body; the full name, acronym and the forms the press prints.
 */

import type { OutletInput } from '../schema';

const EC = 'Electoral Commission';
const PC = 'Press Council';

export default [
  // ── Electoral commissions ──
  { id: 'gb-electoral-commission', name: 'Electoral Commission', aliases: ['UK Electoral Commission', "Britain's Electoral Commission", 'Ủy ban Bầu cử Anh'], shared: [EC], domains: ['electoralcommission.org.uk'], kind: 'government', country: 'GB', languages: ['en', 'cy'] },
  { id: 'au-aec', name: 'Australian Electoral Commission', aliases: [EC, 'Ủy ban Bầu cử Úc'], shared: [EC], domains: ['aec.gov.au'], kind: 'government', country: 'AU', languages: ['en'] },
  { id: 'nz-electoral-commission', name: 'Electoral Commission of New Zealand', aliases: ['New Zealand Electoral Commission', EC, 'Te Kaitiaki Take Kōwhiri'], shared: [EC], domains: ['elections.nz'], kind: 'government', country: 'NZ', languages: ['en', 'mi'] },
  { id: 'ie-electoral-commission', name: 'Electoral Commission of Ireland', aliases: ['An Coimisiún Toghcháin', EC], shared: [EC], domains: ['electoralcommission.ie'], kind: 'government', country: 'IE', languages: ['en', 'ga'] },
  { id: 'za-iec', name: 'Electoral Commission of South Africa', aliases: ["South Africa's Electoral Commission", 'IEC South Africa'], domains: ['elections.org.za'], kind: 'government', country: 'ZA', languages: ['en'] },
  // ── Press councils ──
  { id: 'au-press-council', name: 'Australian Press Council', aliases: [PC], shared: [PC], domains: ['presscouncil.org.au'], kind: 'organization', country: 'AU', languages: ['en'] },
  { id: 'in-press-council', name: 'Press Council of India', aliases: [PC, 'भारतीय प्रेस परिषद'], shared: [PC], domains: ['presscouncil.nic.in'], kind: 'government', country: 'IN', languages: ['en', 'hi'] },
  { id: 'ie-press-council', name: 'Press Council of Ireland', aliases: [PC], shared: [PC], domains: ['presscouncil.ie'], kind: 'organization', country: 'IE', languages: ['en'] },
  { id: 'gb-ipso', name: 'Independent Press Standards Organisation', aliases: ['IPSO'], domains: ['ipso.co.uk'], kind: 'organization', country: 'GB', languages: ['en'] },
  { id: 'nz-media-council', name: 'New Zealand Media Council', aliases: ['NZ Media Council'], domains: ['mediacouncil.org.nz'], kind: 'organization', country: 'NZ', languages: ['en'] },
  { id: 'de-presserat', name: 'Deutscher Presserat', aliases: ['Presserat', 'Deutsche Presserat', 'Deutschen Presserat', 'Deutschen Presserats', 'German Press Council'], domains: ['presserat.de'], kind: 'organization', country: 'DE', languages: ['de'] },
  { id: 'id-dewan-pers', name: 'Dewan Pers', aliases: ['Indonesian Press Council', 'Dewan Pers Indonesia'], domains: ['dewanpers.or.id'], kind: 'government', country: 'ID', languages: ['id'] },
] satisfies OutletInput[];
