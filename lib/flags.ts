/**
 * Flags: what a careful reader would point out about the page's provenance, in plain words.
 */
import type { PageBlock } from './page';
import type { BasedOn, Flag, Source } from './report';

// Placeholders an automated copy leaves behind: [iklan_2], [ads_1], {{related}}, %%AD%%, [Gambas:Video 20detik].
const RESIDUE = /\[(?:[a-z][a-z0-9]*[_:-][a-z0-9 _:-]{1,30}|[A-Z][a-z]+:[A-Za-z0-9 ]{1,30})\]|\{\{\s*[a-z_][a-z0-9_.]{1,30}\s*\}\}|%%[A-Z_]{2,30}%%/u;

function residue(blocks: PageBlock[]): string | undefined {
  for (const b of blocks) {
    if (b.kind === 'furniture' || b.kind === 'heading') continue;
    const m = RESIDUE.exec(b.text);
    if (m) return m[0];
  }
  return undefined;
}

export function flagsFor(input: { blocks: PageBlock[]; lang: string; isArticle: boolean; sources: Source[]; basedOn: BasedOn[] }): Flag[] {
  const flags: Flag[] = [];
  if (!input.isArticle) return flags;
  for (const b of input.basedOn) {
    flags.push({ code: 'republished', message: `This page says it is based on another page: ${b.url}`, evidence: b.evidence });
  }
  const foreign = input.basedOn.find((b) => b.lang && b.lang !== input.lang);
  if (foreign) {
    flags.push({ code: 'translated', message: `The page is in ${input.lang}, but the page it is based on is in ${foreign.lang}: probably a translation.`, evidence: foreign.evidence });
  }
  const left = residue(input.blocks);
  if (left) flags.push({ code: 'template-residue', message: `A placeholder an automated copy left behind: ${left}`, evidence: left });
  if (input.sources.length === 0) flags.push({ code: 'no-sources', message: 'The article credits no outlet or organization as its source.' });
  // Worth a warning only for what reads as an outlet (or a bare label's name): public bodies and companies
  // are not outlets, and the registry holds few of them.
  const unresolved = input.sources.filter((s) => !s.resolved && (s.kind === 'outlet' || s.kind === 'unknown'));
  if (unresolved.length) {
    flags.push({ code: 'unresolved-sources', message: `Outlets not in the registry: ${unresolved.map((s) => s.name).join(', ')}` });
  }
  return flags;
}
