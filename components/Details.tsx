/** Photo credits and flags, in plain words. */
import { isolateBidi } from '../lib/bidi';
import { creditWords, excerpt } from '../lib/excerpt';
import type { Report } from '../lib/report';
import type { T } from './i18n';

export function PhotoCredits({ report, t }: { report: Report; t: T }) {
  if (!report.photoCredits.length) return null;
  return (
    <section aria-labelledby="photo-heading" data-testid="photo-credits">
      <h2 id="photo-heading">{t('photoCredits')}</h2>
      <ul class="plain">
        {report.photoCredits.map((p) => (
          <li key={p.credit}>
            <strong dir="auto">{p.credit}</strong>
            <blockquote class="evidence" dir="auto">{excerpt(p.evidence, creditWords(p.credit, p.mentions[0]?.cueText))}</blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Flags({ report, t }: { report: Report; t: T }) {
  if (!report.flags.length) return null;
  return (
    <section aria-labelledby="flags-heading" data-testid="flags">
      <h2 id="flags-heading">{t('flagsHeading')}</h2>
      <ul class="plain flags">
        {report.flags.map((f) => (
          <li key={f.code} data-flag={f.code}>
            {t(`flag_${f.code.replace(/-/g, '_')}`, isolateBidi(f.evidence ?? '')) || f.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
