/**
 * What the popup, the badges and "Copy as text" show of a report: each body once, under the name the page
 * prints (the registry's name beside it when it differs); a source named only by the line that gives the
 * page's origin ("来源：澎湃新闻网", linked to the original) shown as the page it is based on, not as a credit;
 * the page's own staff photographers folded into one line. The report itself keeps every finding.
 */
import type { BasedOn, PhotoCredit, Report, Source } from './report';

/** The name as the page prints it. */
export const shownName = (s: Source): string => s.printed ?? s.name;

/** The registry's name, when the page prints another. */
export const registryName = (s: Source): string | undefined => (s.printed && s.printed !== s.name ? s.name : undefined);

const sameLine = (a: { block: number; evidence: string }, b: { block: number; evidence: string }) => a.block === b.block && a.evidence === b.evidence;

/** The source the origin line of `b` names, when that line is all that credits it. */
export function originSource(report: Report, b: BasedOn): Source | undefined {
  return report.sources.find((s) => s.mentions.every((m) => b.mentions.some((o) => sameLine(m, o))));
}

/** The sources the page credits, without those that only name the page it is based on. */
export function creditedSources(report: Report): Source[] {
  const origins = new Set(report.basedOn.map((b) => originSource(report, b)).filter(Boolean));
  return report.sources.filter((s) => !origins.has(s));
}

/** The name a page it is based on goes by: the name its origin line prints, its outlet's, or its site. */
export function basedOnName(report: Report, b: BasedOn): string {
  const named = originSource(report, b);
  return named ? shownName(named) : (b.outlet?.name ?? new URL(b.url).hostname.replace(/^www\./, ''));
}

/** Photo credits of others, and those of the page's own staff (folded into one line by the views). */
export function photoGroups(report: Report): { others: PhotoCredit[]; own: PhotoCredit[] } {
  return { others: report.photoCredits.filter((p) => !p.own), own: report.photoCredits.filter((p) => p.own) };
}
