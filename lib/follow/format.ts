/** The followed hops as plain text (the CLI, and the popup's "copy as text"): each page with its match. */
import type { Hop, Report } from '../report';

const pct = (score: number) => `${Math.round(score * 100)}%`;

/** The UI's words (the popup's "Copy as text"); without them, the CLI's fixed English. */
type Say = (key: string, substitutions?: string | string[]) => string;

function hopLines(h: Hop, t?: Say): string[] {
  const indent = '  '.repeat(h.depth + 1);
  const status = (t && t(`hop_${h.status.replace(/-/g, '_')}`)) || h.status;
  const why = !h.credit ? '' : t ? (h.via === 'based-on' ? t('hopBasedOn') : t('hopOriginalOf', h.credit)) : `${h.via === 'based-on' ? 'based on' : 'original of'} ${h.credit}`;
  const head = `${indent}→ [${status}] ${h.url}${why ? `  (${why})` : ''}`;
  const lines = [head];
  if (h.status !== 'found') {
    if (h.message) lines.push(`${indent}    ${h.message}`);
    return lines;
  }
  lines.push(`${indent}    ${[h.title, h.publisher, h.lang, h.publishedTime].filter(Boolean).join(' · ')}`);
  if (h.match) {
    const m = h.match;
    lines.push(
      t
        ? `${indent}    ${t('hopScore', String(Math.round(m.score * 100)))} ${t('hopMatched')}: ${m.matched.join(', ') || '—'}; ${t('hopMissing')}: ${m.missing.join(', ') || '—'}`
        : `${indent}    same story: ${pct(m.score)}; matched: ${m.matched.join(', ') || '—'}; missing: ${m.missing.join(', ') || '—'}`,
    );
  }
  if (h.sources.length) lines.push(`${indent}    credits: ${h.sources.map((s) => s.name).join(', ')}`);
  for (const f of h.flags) lines.push(`${indent}    ${f.code}: ${f.message}`);
  return lines;
}

export function formatHops(r: Report, t?: Say): string[] {
  if (!r.hops) return [];
  const lines = [t ? `  ${t('followHeading')}:` : `  Followed (${r.hops.length} page${r.hops.length === 1 ? '' : 's'}):`];
  for (const h of r.hops) lines.push(...hopLines(h, t));
  for (const s of r.searches ?? []) lines.push(t ? `    ${t('hopSearch', s.source)}: ${s.url}` : `    search for the original of ${s.source}: ${s.url}`);
  return lines;
}
