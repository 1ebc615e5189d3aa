/**
 * Russia: outlets and the bodies its news cites. Facts: each outlet's or body's own site. Edit: as in wires.ts.
 */
import type { OutletInput } from '../schema';

export default [
  { id: 'moscow-times', name: 'The Moscow Times', aliases: ['Moscow Times'], domains: ['themoscowtimes.com'], kind: 'online', country: 'NL', languages: ['en', 'ru'] },
  { id: 'ru-ministry-of-defence', name: 'Russian Ministry of Defence', aliases: ['Ministry of Defence of the Russian Federation', 'Russian Defense Ministry', 'Russian Ministry of Defense', 'Russia’s Defence Ministry', 'Минобороны России', 'Министерство обороны России', 'Министерство обороны Российской Федерации', 'Минобороны РФ', 'Kementerian Pertahanan Rusia', 'Kemhan Rusia', 'Bộ Quốc phòng Nga'], domains: ['mil.ru'], kind: 'government', country: 'RU', languages: ['ru', 'en'] },
] satisfies OutletInput[];
