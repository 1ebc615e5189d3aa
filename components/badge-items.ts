/**
 * Which badge goes on which block: every mention of a source, a photo credit or an origin. A source credited
 * on several lines is one group, as other repeats are (one badge per photo credit, the page's own staff in
 * one line): its first line's badge says on how many lines it is credited, the later lines' badges are its
 * repeats (a quieter "Again: X" pill).
 */
import { isolateBidi } from '../lib/bidi';
import { creditWords, excerpt } from '../lib/excerpt';
import { readableUrl } from '../lib/readable-url';
import { creditWay, wayKey } from '../lib/credit-way';
import type { Evidence, Report } from '../lib/report';
import { basedOnName, creditedSources, registryName, shownName } from '../lib/shown';
import type { BadgeItem } from './Badge';
import type { T } from './i18n';
import { sourceLinkWords } from '../lib/link-words';

export function badgeItems(report: Report, t: T): Map<number, BadgeItem[]> {
  const byBlock = new Map<number, BadgeItem[]>();
  const how = (m: Evidence, role: 'source' | 'photo' | 'basedOn') => t(wayKey(m.how ?? creditWay(m.cue, role)));
  const add = (block: number, item: BadgeItem) => {
    const list = byBlock.get(block) ?? byBlock.set(block, []).get(block)!;
    if (!list.some((i) => i.kind === item.kind && i.label === item.label)) list.push(item);
  };
  // A source named only by the origin line gets that line's "based on" badge, not one of its own.
  for (const s of creditedSources(report)) {
    const detail = [registryName(s), s.outlet ? t(`kind_${s.outlet.kind}`) : t('notInRegistry')].filter(Boolean).join(' · ');
    const words = (cueText: string) => creditWords(shownName(s), cueText, [s.name, ...(s.outlet?.aliases ?? [])]);
    const best = s.links[0];
    const link = best && { url: best.url, ...sourceLinkWords(best, shownName(s), t) };
    for (const m of s.mentions) add(m.block, { kind: 'source', label: shownName(s), evidence: excerpt(m.evidence, words(m.cueText)), how: how(m, 'source'), link, detail });
  }
  // One badge for a photo credit, at its first picture: the same credit on every picture is noise, and the
  // page's own photographers credit no one outside it (the popup lists them in one line).
  for (const p of report.photoCredits) {
    const m = p.mentions[0];
    if (m && !p.own) add(m.block, { kind: 'photo', label: p.credit, evidence: excerpt(m.evidence, creditWords(p.credit, m.cueText)), how: how(m, 'photo') });
  }
  for (const b of report.basedOn) {
    const label = basedOnName(report, b);
    const text = t('basedOnLink', [isolateBidi(label), readableUrl(b.url)]);
    const link = { url: b.url, text, label: text };
    for (const m of b.mentions) if (m.cue !== 'meta.is-based-on') add(m.block, { kind: 'basedOn', label, evidence: excerpt(m.evidence, creditWords(b.url, m.cueText)), how: how(m, 'basedOn'), link });
  }
  markRepeats(byBlock);
  return byBlock;
}

/** Groups each source's lines: how many there are, and which are repeats of the first (blocks in page order). */
function markRepeats(byBlock: Map<number, BadgeItem[]>): void {
  const lines = new Map<string, BadgeItem[]>();
  for (const block of [...byBlock.keys()].sort((a, b) => a - b)) {
    for (const item of byBlock.get(block)!) if (item.kind === 'source') lines.get(item.label)?.push(item) ?? lines.set(item.label, [item]);
  }
  for (const group of lines.values()) {
    if (group.length < 2) continue;
    group.forEach((item, i) => Object.assign(item, i ? { repeat: true } : { lines: group.length }));
  }
}
