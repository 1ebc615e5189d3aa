/** What both exports (JSON and Markdown) share: the stamp of when and by which version, and the file's name. */
import type { Report } from './report';

/** The report with the time of the trace and the version that made it (kept if it already has them). */
export function stamp(report: Report, version: string, now: Date = new Date()): Report {
  return { ...report, tracedAt: report.tracedAt ?? now.toISOString(), version: report.version ?? version };
}

/** `sourcetrace-<domain>-<YYYY-MM-DD>.<ext>`: the page's domain and the day it was traced. */
export function exportName(report: Report, ext: 'json' | 'md', now: Date = new Date()): string {
  const domain = (report.page.domain ?? hostOf(report.url) ?? 'page').replace(/[^a-z0-9.-]/gi, '_').replace(/^\.+/, '_');
  const day = /^\d{4}-\d{2}-\d{2}/.exec(report.tracedAt ?? '')?.[0] ?? now.toISOString().slice(0, 10);
  return `sourcetrace-${domain}-${day}.${ext}`;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}
