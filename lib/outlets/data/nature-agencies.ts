/**
 * The park, wildlife and forest services stories credit for sightings, counts, fires and rescues (the US and
 * Canadian park services, the US wildlife and forest services, New Zealand's Department of Conservation).
 * Facts: each body's own site. Edit: one entry per body. A bare "Department of Conservation" or "Forest
 * Service" is left out: several countries call theirs so, and a story without a country would get this one.
 */

import type { OutletInput } from '../schema';

export default [
  { id: 'us-nps', name: 'National Park Service', aliases: ['U.S. National Park Service', 'US National Park Service', 'Cơ quan Công viên Quốc gia Mỹ', '美国国家公园管理局'], domains: ['nps.gov'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-fws', name: 'U.S. Fish and Wildlife Service', aliases: ['US Fish and Wildlife Service', 'Fish and Wildlife Service', 'USFWS', 'Cơ quan Cá và Động vật Hoang dã Mỹ', '美国鱼类及野生动物管理局'], domains: ['fws.gov'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-forest-service', name: 'U.S. Forest Service', aliases: ['US Forest Service', 'USDA Forest Service', 'USFS', 'Sở Lâm nghiệp Mỹ', '美国林务局'], domains: ['fs.usda.gov'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'ca-parks-canada', name: 'Parks Canada', aliases: ['Parcs Canada', 'Parks Canada Agency'], domains: ['parks.canada.ca'], kind: 'government', country: 'CA', languages: ['en', 'fr'] },
  { id: 'nz-doc', name: 'New Zealand Department of Conservation', aliases: ['NZ Department of Conservation', 'Te Papa Atawhai'], domains: ['doc.govt.nz'], kind: 'government', country: 'NZ', languages: ['en', 'mi'] },
] satisfies OutletInput[];
