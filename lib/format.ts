/**
 * The chain as plain text, for people at a terminal and the popup's "Copy as text": in the words of the UI
 * (the popup passes its i18n; the CLI gets English from the same message files), no bidi controls a page
 * slipped in, each body once under the name the page prints (lib/shown.ts).
 */
import { stripBidi } from './bidi';
import { creditWords, excerpt } from './excerpt';
import { formatHops } from './follow/format';
import type { Report, Source } from './report';
import { basedOnName, candidateNames, creditedSources, kindLine, ownershipWords, photoGroups, registryName, shownName, wordsLang } from './shown';
import { englishWords, type Words } from './words';

// Cut as every view cuts a quote: around the credit, at sentence or word bounds, each cut marked.
const quote = (s: string, keep: string[], max = 200) => `“${excerpt(s, keep, max)}”`;

const LINK_KEYS: Record<string, string> = { article: 'link_article', 'text-url': 'link_text_url', search: 'link_search', homepage: 'link_homepage' };

function sourceLines(s: Source, indent: string, t: Words): string[] {
  const what = s.outlet ? kindLine(s.outlet, t) : s.candidates?.length ? t('sharedName', candidateNames(s, t).join(', ')) : t('notInRegistry');
  const registry = registryName(s);
  const lines = [`${indent}↳ ${shownName(s)}${registry ? ` (${registry})` : ''}  (${what})`];
  const owned = s.outlet && ownershipWords(s.outlet, t);
  if (owned) lines.push(`${indent}    ${owned.label}${owned.detail ? `: ${owned.detail}` : ''} (${t('factSource')}: ${owned.url})`);
  lines.push(`${indent}    ${quote(s.evidence, creditWords(s.name, s.mentions[0]?.cueText, [shownName(s), ...(s.outlet?.aliases ?? [])]))}`);
  const best = s.links[0];
  if (best) lines.push(`${indent}    ${t(LINK_KEYS[best.kind] ?? best.kind) || best.kind}: ${best.url}`);
  return lines;
}

/** The report as text; `t` gives the words (English by default). */
export function formatReport(r: Report, t: Words = englishWords): string {
  const lines: string[] = [];
  lines.push(r.title || r.url);
  lines.push(`  ${r.url}  [${r.lang}]${r.page.site ? `  ${r.page.site}` : ''}`);
  if (!r.isArticle) {
    lines.push(`  ${t('notArticle')}`);
    return stripBidi(lines.join('\n'));
  }
  let indent = '  ';
  for (const b of r.basedOn) {
    lines.push(`${indent}↳ ${t('basedOn')} ${basedOnName(r, b)}: ${b.url}${b.lang ? `  [${b.lang}]` : ''}`);
  }
  if (r.basedOn.length) indent += '  ';
  const sources = creditedSources(r);
  if (sources.length === 0 && !r.basedOn.length) lines.push(`${indent}↳ ${t('noSources')}`);
  for (const s of sources) lines.push(...sourceLines(s, indent, t));
  if (r.photoCredits.length) {
    const { others, own } = photoGroups(r);
    lines.push(`  ${t('photoCredits')}:`);
    for (const p of others) lines.push(`    ${p.credit}  ${quote(p.evidence, creditWords(p.credit, p.mentions[0]?.cueText), 120)}`);
    if (own.length) lines.push(`    ${t('photoOwnStaff', r.page.site ?? r.page.domain ?? '')} ${own.map((p) => p.credit).join(', ')}`);
  }
  // "No source" is said once, above; in English the report's own code and message are the most precise.
  const flags = r.flags.filter((f) => f.code !== 'no-sources');
  if (flags.length) {
    lines.push(`  ${t('flagsHeading')}:`);
    const english = wordsLang(t) === 'en';
    for (const f of flags) lines.push(`    ${(!english && t(`flag_${f.code.replace(/-/g, '_')}`, f.evidence ?? '')) || `${f.code}: ${f.message}`}`);
  }
  lines.push(...formatHops(r, t === englishWords ? undefined : t));
  return stripBidi(lines.join('\n'));
}
