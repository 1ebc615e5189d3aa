/**
 * Stage 3a: who each name the detector found in the registry is in this story (lib/outlets/story.ts): a
 * shared name gets the entry the story points to, or none; a short name follows the fuller one credited
 * before it.
 */
import type { Finding } from './detect/finding';
import { foldName } from './fold';
import type { Registry } from './outlets/index';
import { Story } from './outlets/story';
import type { PageData } from './page';
import { placeIndex } from './places/index';
import type { Publisher } from './resolve';

/**
 * The story around the credits: its language, its own country (the publisher's, else its country-code
 * domain's), its title, body and captions.
 */
export function storyOf(registry: Registry, page: PageData, lang: string, publisher: Publisher): Story {
  const own = publisher.outlet?.country;
  const home = own && own !== 'INT' ? own : publisher.host ? placeIndex().countryOfHost(publisher.host) : undefined;
  const text = page.blocks.filter((b) => b.kind === 'body' || b.kind === 'caption').map((b) => ({ block: b.index, text: b.text }));
  return new Story(registry, { lang, home, parts: [{ block: -1, text: page.meta.title }, ...text] });
}

/**
 * The shorter names a name holds at its start or end, folded: "The New York Times" holds "new york" and
 * "times" (and "york times"…), "Kementerian Luar Negeri Malaysia" holds "kementerian luar negeri".
 */
function heldNames(name: string): string[] {
  const words = foldName(name).split(' ');
  const out: string[] = [];
  for (let n = 1; n < words.length; n++) out.push(words.slice(0, n).join(' '), words.slice(words.length - n).join(' '));
  return out;
}

/**
 * Settles the registry entry of every finding, in order. A shared name credited after a fuller name that
 * holds it is that one ("told The New York Times … told the Times"); else it is the entry the story points
 * to, or none. A state body's name that a fuller mention gives another country is none of the registry's.
 */
export function settle(findings: Finding[], story: Story, registry: Registry): Finding[] {
  const out: Finding[] = [];
  // The latest finding holding each shorter name: one look-up per shared name, however many findings.
  const holders = new Map<string, Finding>();
  const push = (f: Finding) => {
    out.push(f);
    for (const held of heldNames(f.name)) holders.set(held, f);
  };
  for (const f of findings) {
    if (!f.known) {
      push(f);
      continue;
    }
    const fuller = f.known.candidates ? holders.get(foldName(f.name)) : undefined;
    if (fuller) {
      push({ ...f, name: fuller.name, known: fuller.known });
      continue;
    }
    // The detector may have known the name by its bracketed acronym: ask by that when the name is unknown.
    const asked = registry.candidates(f.name) ? f.name : f.known.candidates ? f.known.name : undefined;
    if (asked === undefined) {
      push(f);
      continue;
    }
    const at = { block: f.block, evidence: f.evidence };
    const o = story.resolve(asked, at);
    // "Ministério da Saúde" after "Ministério da Saúde do Irã" is Iran's ministry: its name says so.
    const name = (asked === f.name && story.fullerName(f.name, at)) || f.name;
    push({ ...f, name, known: o ? { id: o.id, name: o.name, kind: o.kind } : undefined });
  }
  return out;
}
