/**
 * What the popup, the badges and "Copy as text" show of a report: each body once, under the name the page
 * prints (the registry's name beside it when it differs); a source named only by the line that gives the
 * page's origin ("来源：澎湃新闻网", linked to the original) shown as the page it is based on, not as a credit;
 * the page's own staff photographers folded into one line. The report itself keeps every finding.
 */
import { isolateBidi } from './bidi';
import type { BasedOn, OutletRef, PhotoCredit, Report, Source } from './report';

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

/** A message by key, as the extension's i18n gives it (lib/words.ts for the CLI and the tests). */
type Say = (key: string, substitutions?: string | string[]) => string;

/** The language the words are in (each messages.json says so under `uiLang`). */
export const wordsLang = (t: Say): string => {
  const lang = t('uiLang');
  return /^[a-z]{2,3}$/.test(lang) ? lang : 'en';
};

/** Each language's country names, made once: the first one made in a process loads the platform's data (~20 ms). */
const regionNames = new Map<string, Intl.DisplayNames | null>();

function regionNamesIn(lang: string): Intl.DisplayNames | null {
  let names = regionNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(lang, names);
  }
  return names;
}

/** A country's name in the UI's language ("RU" → "Rusia" in Indonesian); the code when there is none. */
export function countryName(code: string | undefined, lang: string): string {
  if (!code || code === 'INT') return '';
  try {
    return regionNamesIn(lang)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The bodies a shared name may stand for, each with its country in the UI's language ("The Star (Malaysia)",
 * "The Star (Malaisia)" in Indonesian), never a code; a name that says its country already keeps it alone.
 */
export function candidateNames(s: Source, t: Say): string[] {
  const lang = wordsLang(t);
  return (s.candidates ?? []).map((c) => {
    const country = countryName(c.country, lang);
    return country && !c.name.includes(country) ? `${c.name} (${country})` : c.name;
  });
}

/** What a registry entry is, in the UI's language: "kantor berita · Rusia". */
export function kindLine(o: OutletRef, t: Say): string {
  return [t(`kind_${o.kind}`), countryName(o.country, wordsLang(t))].filter(Boolean).join(' · ');
}

/**
 * Who owns it, in the UI's language: the kind (translated) and the owner's name as printed; in English the
 * registry's fact itself, which is written in English.
 */
export function ownershipWords(o: OutletRef, t: Say): { label: string; detail?: string; url: string } | undefined {
  const own = o.ownership;
  if (!own) return undefined;
  const label = t(`ownership_${own.kind.replace('-', '_')}`);
  if (wordsLang(t) === 'en') return { label, detail: own.fact, url: own.url };
  return { label, ...(own.owner ? { detail: t('ownershipUnder', isolateBidi(own.owner)) } : {}), url: own.url };
}
