/** The followed hops as plain text (the CLI, and the popup's "copy as text"): each page with its match. */
import type { Hop, Report } from '../report';

const pct = (score: number) => `${Math.round(score * 100)}%`;

function hopLines(h: Hop): string[] {
  const indent = '  '.repeat(h.depth + 1);
  const head = `${indent}→ [${h.status}] ${h.url}${h.credit ? `  (${h.via === 'based-on' ? 'based on' : 'original of'} ${h.credit})` : ''}`;
  const lines = [head];
  if (h.status !== 'found') {
    if (h.message) lines.push(`${indent}    ${h.message}`);
    return lines;
  }
  lines.push(`${indent}    ${[h.title, h.publisher, h.lang, h.publishedTime].filter(Boolean).join(' · ')}`);
  if (h.match) {
    lines.push(`${indent}    same story: ${pct(h.match.score)}; matched: ${h.match.matched.join(', ') || '—'}; missing: ${h.match.missing.join(', ') || '—'}`);
  }
  if (h.sources.length) lines.push(`${indent}    credits: ${h.sources.map((s) => s.name).join(', ')}`);
  for (const f of h.flags) lines.push(`${indent}    ${f.code}: ${f.message}`);
  return lines;
}

export function formatHops(r: Report): string[] {
  if (!r.hops) return [];
  const lines = [`  Followed (${r.hops.length} page${r.hops.length === 1 ? '' : 's'}):`];
  for (const h of r.hops) lines.push(...hopLines(h));
  for (const s of r.searches ?? []) lines.push(`    search for the original of ${s.source}: ${s.url}`);
  return lines;
}
