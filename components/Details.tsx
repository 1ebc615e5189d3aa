/** Photo credits and flags, in plain words. */
import { isolateBidi } from '../lib/bidi';
import { creditWords, excerpt } from '../lib/excerpt';
import type { Report } from '../lib/report';
import { photoGroups } from '../lib/shown';
import type { T } from './i18n';

/** `onReveal`: "Show in page" for each credit, as for sources (it highlights the caption that credits it). */
export function PhotoCredits({ report, t, onReveal }: { report: Report; t: T; onReveal?: (block: number) => void }) {
  if (!report.photoCredits.length) return null;
  const { others, own } = photoGroups(report);
  return (
    <section aria-labelledby="photo-heading" data-testid="photo-credits">
      <h2 id="photo-heading">{t('photoCredits')}</h2>
      <ul class="plain">
        {others.map((p) => (
          <li key={p.credit} data-testid="photo-credit">
            <strong dir="auto">{p.credit}</strong>
            <blockquote class="evidence" dir="auto">{excerpt(p.evidence, creditWords(p.credit, p.mentions[0]?.cueText))}</blockquote>
            {onReveal && p.mentions[0] && (
              <button type="button" class="linklike" onClick={() => onReveal(p.mentions[0]!.block)} data-testid="photo-reveal" aria-label={t('showInPageOf', isolateBidi(p.credit))}>
                {t('showInPage')}
              </button>
            )}
          </li>
        ))}
        {own.length > 0 && (
          // The page's own photographers credit no one outside it: one line, however many pictures.
          <li data-testid="photo-own">
            <strong>{t('photoOwnStaff', isolateBidi(report.page.site ?? report.page.domain ?? ''))}</strong>{' '}
            <bdi>{own.map((p) => p.credit).join(', ')}</bdi>
          </li>
        )}
      </ul>
    </section>
  );
}

export function Flags({ report, t }: { report: Report; t: T }) {
  if (!report.flags.some((f) => f.code !== 'no-sources')) return null;
  return (
    <section aria-labelledby="flags-heading" data-testid="flags">
      <h2 id="flags-heading">{t('flagsHeading')}</h2>
      <ul class="plain flags">
        {/* "No source" is said once, in the chain. */}
        {report.flags.filter((f) => f.code !== 'no-sources').map((f) => (
          <li key={f.code} data-flag={f.code}>
            {t(`flag_${f.code.replace(/-/g, '_')}`, isolateBidi(f.evidence ?? '')) || f.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
