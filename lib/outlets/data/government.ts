/**
 * Government bodies the news cites most: presidencies, defence and foreign ministries, central banks, statistics offices.
 * Facts: each outlet's or body's own site and public references. Edit: one entry per outlet; aliases as the
 * press prints them in any language or script; domains without `www.`; ownership only with a public URL
 * stating it. test/outlets/registry.test.ts checks every entry.
 */
import type { OutletInput } from '../schema';

export default [
  { id: 'ru-ministry-of-defence', name: 'Russian Ministry of Defence', aliases: ['Ministry of Defence of the Russian Federation', 'Russian Defense Ministry', 'Russian Ministry of Defense', 'Russia’s Defence Ministry', 'Минобороны России', 'Министерство обороны России', 'Министерство обороны Российской Федерации', 'Минобороны РФ', 'Kementerian Pertahanan Rusia', 'Kemhan Rusia', 'Bộ Quốc phòng Nga'], domains: ['mil.ru'], kind: 'government', country: 'RU', languages: ['ru', 'en'] },
] satisfies OutletInput[];
