/**
 * The Middle East and North Africa: newspapers, broadcasters and news sites. Facts: each outlet's own
 * site. Edit: as in wires.ts.
 */
import type { OutletInput } from '../schema';

export default [
  { id: 'kan', name: 'Kan', aliases: ['Kan 11', 'Israeli Public Broadcasting Corporation', 'Kan News', 'כאן'], domains: ['kan.org.il'], kind: 'broadcaster', country: 'IL', languages: ['he', 'ar', 'en'] },
] satisfies OutletInput[];
