/** Which badge goes on which block: every mention of a source, a photo credit or an origin. */
import { creditWords, excerpt } from '../lib/excerpt';
import type { Report } from '../lib/report';
import type { BadgeItem } from './Badge';
import type { T } from './i18n';

export function badgeItems(report: Report, t: T): Map<number, BadgeItem[]> {
  const byBlock = new Map<number, BadgeItem[]>();
  const add = (block: number, item: BadgeItem) => {
    const list = byBlock.get(block) ?? byBlock.set(block, []).get(block)!;
    if (!list.some((i) => i.kind === item.kind && i.label === item.label)) list.push(item);
  };
  for (const s of report.sources) {
    const detail = s.outlet ? t(`kind_${s.outlet.kind}`) : t('notInRegistry');
    for (const m of s.mentions) add(m.block, { kind: 'source', label: s.name, evidence: excerpt(m.evidence, creditWords(s.name, m.cueText, s.outlet?.aliases)), cueText: m.cueText, url: s.links[0]?.url, detail });
  }
  for (const p of report.photoCredits) {
    for (const m of p.mentions) add(m.block, { kind: 'photo', label: p.credit, evidence: excerpt(m.evidence, creditWords(p.credit, m.cueText)), cueText: m.cueText });
  }
  for (const b of report.basedOn) {
    for (const m of b.mentions) if (m.cue !== 'meta.is-based-on') add(m.block, { kind: 'basedOn', label: b.outlet?.name ?? new URL(b.url).hostname, evidence: excerpt(m.evidence, creditWords(b.url, m.cueText)), cueText: m.cueText, url: b.url });
  }
  return byBlock;
}
