/**
 * The business and financial press. Facts: each outlet's own site. Edit: as in wires.ts.
 */
import type { OutletInput } from '../schema';

export default [
  { id: 'barrons', name: "Barron's", aliases: ['Barrons', "Barron's magazine"], domains: ['barrons.com'], kind: 'magazine', country: 'US', languages: ['en'], search: 'https://www.barrons.com/search?query={q}' },
  { id: 'bloomberg', name: 'Bloomberg', aliases: ['Bloomberg News', 'Bloomberg L.P.', 'ブルームバーグ', '彭博社', '彭博'], domains: ['bloomberg.com'], kind: 'wire', country: 'US', languages: ['en'] },
  { id: 'wsj', name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'], domains: ['wsj.com'], kind: 'newspaper', country: 'US', languages: ['en'] },
  { id: 'ft', name: 'Financial Times', aliases: ['FT', 'The Financial Times'], domains: ['ft.com'], kind: 'newspaper', country: 'GB', languages: ['en'] },
] satisfies OutletInput[];
