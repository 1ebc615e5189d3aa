/**
 * Vietnam: newspapers, broadcasters, news sites and the aggregators that copy them. Facts: each outlet's
 * own site. Edit: as in wires.ts.
 */
import type { OutletInput } from '../schema';

export default [
  { id: 'nguoiduatin', name: 'Người Đưa Tin', aliases: ['Nguoi Dua Tin', 'Báo Người Đưa Tin'], domains: ['nguoiduatin.vn'], kind: 'online', country: 'VN', languages: ['vi'] },
] satisfies OutletInput[];
