/** The chain as plain text, for people at a terminal (and the popup's copy as text): no bidi controls a page slipped in. */
import { stripBidi } from './bidi';
import { creditWords, excerpt } from './excerpt';
import { formatHops } from './follow/format';
import type { Report } from './report';

// Cut as every view cuts a quote: around the credit, at sentence or word bounds, each cut marked.
const quote = (s: string, keep: string[], max = 200) => `“${excerpt(s, keep, max)}”`;

export function formatReport(r: Report): string {
  const lines: string[] = [];
  lines.push(r.title || r.url);
  lines.push(`  ${r.url}  [${r.lang}]${r.page.site ? `  ${r.page.site}` : ''}`);
  if (!r.isArticle) {
    lines.push('  Not an article: nothing to trace.');
    return stripBidi(lines.join('\n'));
  }
  let indent = '  ';
  for (const b of r.basedOn) {
    lines.push(`${indent}↳ based on ${b.outlet?.name ? `${b.outlet.name}: ` : ''}${b.url}${b.lang ? `  [${b.lang}]` : ''}`);
  }
  if (r.basedOn.length) indent += '  ';
  if (r.sources.length === 0) lines.push(`${indent}↳ credits no source`);
  for (const s of r.sources) {
    const what = s.outlet ? `${s.outlet.kind}${s.outlet.country ? `, ${s.outlet.country}` : ''}` : 'not in the registry';
    lines.push(`${indent}↳ ${s.name}  (${what})`);
    lines.push(`${indent}    ${quote(s.evidence, creditWords(s.name, s.mentions[0]?.cueText, s.outlet?.aliases))}`);
    const best = s.links[0];
    if (best) lines.push(`${indent}    ${best.kind}: ${best.url}`);
  }
  if (r.photoCredits.length) {
    lines.push('  Photo credits:');
    for (const p of r.photoCredits) lines.push(`    ${p.credit}  ${quote(p.evidence, creditWords(p.credit, p.mentions[0]?.cueText), 120)}`);
  }
  if (r.flags.length) {
    lines.push('  Flags:');
    for (const f of r.flags) lines.push(`    ${f.code}: ${f.message}`);
  }
  lines.push(...formatHops(r));
  return stripBidi(lines.join('\n'));
}
