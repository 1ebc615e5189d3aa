/**
 * The entertainment, music, games and technology trade press that general news credits for scoops and
 * statements ("according to Variety", "Deadline reports", "told People", "first reported by The Information").
 * Facts: each outlet's own site. Edit: one entry per outlet; aliases as the press prints them; domains without
 * `www.`.
 * Names that are ordinary words (Variety, Deadline, People, Billboard, Vulture, Pitchfork, Polygon, Collider,
 * The Information) are marked `words`: they match only as printed, and not as a capital opening a sentence.
 * Left out on purpose: "E!" and "EW" alone (an interjection, initials), "ET" (a time zone). "IGN" is shared:
 * Spain's and France's geographic institutes go by it too.
 */
import type { OutletInput } from '../schema';

export default [
  // ── Film, television and celebrity news ──
  { id: 'variety', name: 'Variety', aliases: ['Variety magazine', 'variety.com'], words: ['Variety'], domains: ['variety.com'], kind: 'magazine', country: 'US', languages: ['en'] },
  { id: 'deadline', name: 'Deadline', aliases: ['Deadline Hollywood', 'deadline.com'], words: ['Deadline'], domains: ['deadline.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'thewrap', name: 'TheWrap', aliases: ['The Wrap', 'thewrap.com'], domains: ['thewrap.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'e-news', name: 'E! News', aliases: ['E! Online', 'eonline.com'], domains: ['eonline.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'people-magazine', name: 'People', aliases: ['People magazine', 'People.com'], words: ['People'], domains: ['people.com'], kind: 'magazine', country: 'US', languages: ['en'] },
  { id: 'us-weekly', name: 'Us Weekly', aliases: ['usmagazine.com'], domains: ['usmagazine.com'], kind: 'magazine', country: 'US', languages: ['en'] },
  { id: 'entertainment-weekly', name: 'Entertainment Weekly', aliases: ['ew.com'], domains: ['ew.com'], kind: 'magazine', country: 'US', languages: ['en'] },
  { id: 'entertainment-tonight', name: 'Entertainment Tonight', aliases: ['ET Online', 'etonline.com'], domains: ['etonline.com'], kind: 'broadcaster', country: 'US', languages: ['en'] },
  { id: 'page-six', name: 'Page Six', aliases: ['pagesix.com'], domains: ['pagesix.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'vulture', name: 'Vulture', aliases: ['vulture.com'], words: ['Vulture'], domains: ['vulture.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'indiewire', name: 'IndieWire', aliases: ['Indiewire', 'indiewire.com'], domains: ['indiewire.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'screen-daily', name: 'Screen Daily', aliases: ['Screen International', 'screendaily.com'], domains: ['screendaily.com'], kind: 'magazine', country: 'GB', languages: ['en'] },
  { id: 'box-office-mojo', name: 'Box Office Mojo', aliases: ['boxofficemojo.com'], domains: ['boxofficemojo.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'just-jared', name: 'Just Jared', aliases: ['justjared.com'], domains: ['justjared.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'collider', name: 'Collider', aliases: ['collider.com'], words: ['Collider'], domains: ['collider.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'radar-online', name: 'Radar Online', aliases: ['RadarOnline', 'radaronline.com'], domains: ['radaronline.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'hello-magazine', name: 'Hello!', aliases: ['Hello! magazine', 'HELLO!', 'hellomagazine.com'], domains: ['hellomagazine.com'], kind: 'magazine', country: 'GB', languages: ['en'] },
  // ── Music ──
  { id: 'billboard', name: 'Billboard', aliases: ['Billboard magazine', 'billboard.com'], words: ['Billboard'], domains: ['billboard.com'], kind: 'magazine', country: 'US', languages: ['en'] },
  { id: 'pitchfork', name: 'Pitchfork', aliases: ['pitchfork.com'], words: ['Pitchfork'], domains: ['pitchfork.com'], kind: 'online', country: 'US', languages: ['en'] },
  // ── Games ──
  { id: 'ign', name: 'IGN', aliases: ['ign.com'], shared: ['IGN'], domains: ['ign.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'polygon', name: 'Polygon', aliases: ['polygon.com'], words: ['Polygon'], domains: ['polygon.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'kotaku', name: 'Kotaku', aliases: ['kotaku.com'], domains: ['kotaku.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'gamespot', name: 'GameSpot', aliases: ['gamespot.com'], domains: ['gamespot.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'eurogamer', name: 'Eurogamer', aliases: ['eurogamer.net'], domains: ['eurogamer.net'], kind: 'online', country: 'GB', languages: ['en'] },
  // ── Technology ──
  { id: 'zdnet', name: 'ZDNet', aliases: ['ZDNET', 'zdnet.com'], domains: ['zdnet.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: '9to5mac', name: '9to5Mac', aliases: ['9to5mac.com'], domains: ['9to5mac.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'macrumors', name: 'MacRumors', aliases: ['macrumors.com'], domains: ['macrumors.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'appleinsider', name: 'AppleInsider', aliases: ['appleinsider.com'], domains: ['appleinsider.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'tomshardware', name: "Tom's Hardware", aliases: ['tomshardware.com'], domains: ['tomshardware.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'pcmag', name: 'PCMag', aliases: ['PC Magazine', 'pcmag.com'], domains: ['pcmag.com'], kind: 'magazine', country: 'US', languages: ['en'] },
  { id: 'venturebeat', name: 'VentureBeat', aliases: ['venturebeat.com'], domains: ['venturebeat.com'], kind: 'online', country: 'US', languages: ['en'] },
  { id: 'the-information', name: 'The Information', aliases: ['theinformation.com'], words: ['The Information'], domains: ['theinformation.com'], kind: 'online', country: 'US', languages: ['en'] },
] satisfies OutletInput[];
