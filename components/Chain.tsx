/** The chain as a reader sees it: this page → the page it is based on → each credited source. */
import { isolateBidi } from '../lib/bidi';
import { hostName, readableUrl } from '../lib/readable-url';
import type { Report } from '../lib/report';
import { basedOnName, creditedSources } from '../lib/shown';
import { plural, safeHref, type T } from './i18n';
import { SourceCard } from './SourceCard';

export function Chain({ report, t, onReveal }: { report: Report; t: T; onReveal?: (block: number) => void }) {
  // A source named only by the origin line is the page it is based on, shown there, not as a credit.
  const sources = creditedSources(report);
  return (
    <section aria-labelledby="chain-heading" data-testid="chain">
      <h2 id="chain-heading">{t('chainHeading')}</h2>
      <ol class="chain">
        <li class="node node-page" data-testid="node-page">
          <span class="node-role">{t('thisPage')}</span>
          <strong dir="auto" data-testid="page-title">{report.title || readableUrl(report.url)}</strong>
          <span class="meta" data-testid="page-meta">
            <bdi data-testid="page-site">{report.page.site ?? report.page.domain}</bdi>
            {report.lang ? ` · ${report.lang}` : ''}
          </span>
        </li>
        {report.basedOn.map((b) => (
          <li class="node node-based-on" data-testid="node-based-on" key={b.url}>
            <span class="node-role">{t('basedOn')}</span>
            <a href={safeHref(b.url)} target="_blank" rel="noopener noreferrer" dir="auto" aria-label={t('basedOnLink', [isolateBidi(basedOnName(report, b)), readableUrl(b.url)])}>
              {basedOnName(report, b)}
            </a>
            <span class="meta">
              {b.lang ? `${b.lang} · ` : ''}
              <bdi>{readableUrl(b.url)}</bdi>
            </span>
          </li>
        ))}
        {(sources.length > 0 || report.basedOn.length === 0) && (
          <li class="node node-sources">
            <span class="node-role">{t('credits')}</span>
            <h3>{plural(t, 'sourcesHeading', sources.length, String(sources.length))}</h3>
            {sources.length === 0 ? (
              <p class="empty" data-testid="no-sources">{t('noSources')}</p>
            ) : (
              <ul class="sources">
                {sources.map((s) => (
                  <SourceCard key={s.name} source={s} t={t} onReveal={onReveal} />
                ))}
              </ul>
            )}
          </li>
        )}
      </ol>
    </section>
  );
}
