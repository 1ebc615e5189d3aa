/**
 * Retailers, utilities, carriers, media and games companies the US and UK press credits for results and
 * statements ("Home Depot reported", "PG&E officials said", "Ubisoft said") that companies-global.ts lacks.
 * Facts: each company's own site. Edit: one entry per company; aliases as the press prints them; domains
 * without `www.`.
 * Names that are also ordinary words or surnames are marked `words` (they match only as printed): Target,
 * Lowe's, Macy's, and UPS ("ups" is a word). Left out on purpose: "EA" (initials of much else).
 */
import type { OutletInput } from '../schema';

export default [
  // ── Retail ──
  { id: 'home-depot', name: 'The Home Depot', aliases: ['Home Depot', 'Home Depot Inc.', 'homedepot.com'], domains: ['homedepot.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'lowes', name: "Lowe's", aliases: ["Lowe's Companies", "Lowe's Cos."], words: ["Lowe's"], domains: ['lowes.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'target-corp', name: 'Target', aliases: ['Target Corp.', 'Target Corporation'], words: ['Target'], domains: ['target.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'costco', name: 'Costco', aliases: ['Costco Wholesale', 'Costco Wholesale Corp.'], domains: ['costco.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'kroger', name: 'Kroger', aliases: ['The Kroger Co.', 'Kroger Co.'], domains: ['kroger.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'best-buy', name: 'Best Buy', aliases: ['Best Buy Co.'], domains: ['bestbuy.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'macys', name: "Macy's", aliases: ["Macy's Inc."], words: ["Macy's"], domains: ['macys.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'cvs-health', name: 'CVS Health', aliases: ['CVS', 'CVS Pharmacy', 'CVS Health Corp.'], domains: ['cvshealth.com', 'cvs.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'walgreens', name: 'Walgreens', aliases: ['Walgreens Boots Alliance'], domains: ['walgreens.com', 'walgreensbootsalliance.com'], kind: 'company', country: 'US', languages: ['en'] },
  // ── Health, utilities, carriers, media ──
  { id: 'unitedhealth', name: 'UnitedHealth Group', aliases: ['UnitedHealth', 'UnitedHealthcare'], domains: ['unitedhealthgroup.com', 'uhc.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'pge', name: 'Pacific Gas and Electric', aliases: ['PG&E', 'Pacific Gas & Electric', 'Pacific Gas & Electric Co.', 'PG&E Corp.'], domains: ['pge.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'fedex', name: 'FedEx', aliases: ['FedEx Corp.', 'Federal Express'], domains: ['fedex.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'ups', name: 'UPS', aliases: ['United Parcel Service'], words: ['UPS'], domains: ['ups.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'comcast', name: 'Comcast', aliases: ['Comcast Corp.', 'Xfinity'], domains: ['comcast.com', 'comcastcorporation.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'spotify', name: 'Spotify', aliases: ['Spotify Technology'], domains: ['spotify.com'], kind: 'company', country: 'SE', languages: ['en', 'sv'] },
  { id: 'wework', name: 'WeWork', aliases: ['The We Company', 'WeWork Inc.'], domains: ['wework.com'], kind: 'company', country: 'US', languages: ['en'] },
  // ── Games ──
  { id: 'ubisoft', name: 'Ubisoft', aliases: ['Ubisoft Entertainment'], domains: ['ubisoft.com'], kind: 'company', country: 'FR', languages: ['fr', 'en'] },
  { id: 'take-two', name: 'Take-Two Interactive', aliases: ['Take-Two', 'Take-Two Interactive Software'], domains: ['take2games.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'electronic-arts', name: 'Electronic Arts', aliases: ['Electronic Arts Inc.'], domains: ['ea.com'], kind: 'company', country: 'US', languages: ['en'] },
  { id: 'activision-blizzard', name: 'Activision Blizzard', aliases: ['Activision'], domains: ['activisionblizzard.com', 'activision.com'], kind: 'company', country: 'US', languages: ['en'] },
] satisfies OutletInput[];
