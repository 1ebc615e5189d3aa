/**
 * A page traced for following: its report and its story (key facts). The root page and every fetched page
 * go through these same functions, in the CLI and in the background, so both give the same hops. No DOM
 * here: a fetched page is read into page data first (read-html.ts in the CLI, the reader page in the extension).
 */
import type { Registry } from '../outlets/index';
import type { PageData } from '../page-data';
import type { Report } from '../report';
import { analyzePage } from '../trace';
import { storyOf, type Story } from './facts';

export interface Traced {
  report: Report;
  story: Story;
}

/** The story of a page already analysed: what it credits and who publishes it are not its key facts. */
export function storyFor(page: PageData, report: Report): Story {
  const exclude = [
    ...report.sources.flatMap((s) => [s.name, ...(s.outlet?.aliases ?? [])]),
    ...report.basedOn.flatMap((b) => (b.outlet ? [b.outlet.name, ...b.outlet.aliases] : [])),
    report.page.site,
    report.page.publisher,
    page.siteName,
  ].filter((n): n is string => !!n);
  return storyOf({ page, lang: report.lang, published: report.page.published, exclude });
}

/** Analyses page data (as the content script sends it, or as readPage gives it). */
export function tracePageData(page: PageData, registry?: Registry): Traced {
  const report = analyzePage(page, { registry });
  return { report, story: storyFor(page, report) };
}
