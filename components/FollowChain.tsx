/**
 * "Follow the chain": each page reached, with what became of it (found, or why not), its language, publisher,
 * date and title, whether it tells the same story (score, facts found and missing), its own credits and
 * flags; searches for the originals nothing links to. Props in, JSX out: the glue does the asking.
 */
import type { FollowState } from '../lib/follow/state';
import { isolateBidi } from '../lib/bidi';
import { hostName, readableUrl, searchedSite } from '../lib/readable-url';
import type { Hop } from '../lib/report';
import { plural, safeHref, type T } from './i18n';

const pct = (score: number) => String(Math.round(score * 100));

function HopItem({ hop, t }: { hop: Hop; t: T }) {
  const found = hop.status === 'found';
  return (
    <li class={`hop hop-${hop.status}`} data-testid="hop" data-status={hop.status} data-depth={hop.depth} style={{ marginLeft: `${(hop.depth - 1) * 12}px` }}>
      <div class="hop-head">
        <span class={`hop-status status-${found ? 'ok' : 'bad'}`} data-testid="hop-status">
          {t(`hop_${hop.status.replace(/-/g, '_')}`)}
        </span>{' '}
        <span class="node-role">{t(hop.via === 'based-on' ? 'hopBasedOn' : 'hopOriginalOf', hop.credit ?? '')}</span>
      </div>
      <a
        href={safeHref(hop.url)}
        target="_blank"
        rel="noopener noreferrer"
        class="hop-title"
        data-testid="hop-link"
        dir="auto"
        aria-label={t('hopLink', [isolateBidi(hop.title || readableUrl(hop.url)), hostName(hop.url) ?? ''])}
      >
        {hop.title || readableUrl(hop.url)}
      </a>
      {found && <span class="meta">{[hop.publisher, hop.lang, hop.publishedTime?.slice(0, 10)].filter(Boolean).join(' · ')}</span>}
      {!found && hop.message && <span class="meta">{hop.message}</span>}
      {hop.match && (
        <p class="match" data-testid="hop-score" data-score={hop.match.score}>
          {t('hopScore', pct(hop.match.score))}
          {hop.match.matched.length > 0 && <span class="facts"> {t('hopMatched')}: {hop.match.matched.join(', ')}</span>}
          {hop.match.missing.length > 0 && <span class="facts missing"> {t('hopMissing')}: {hop.match.missing.join(', ')}</span>}
        </p>
      )}
      {hop.sources.length > 0 && (
        <p class="meta" data-testid="hop-credits">
          {t('credits')}: {hop.sources.map((s) => s.name).join(', ')}
        </p>
      )}
      {hop.flags.length > 0 && (
        <ul class="plain flags">
          {hop.flags.map((f) => (
            <li key={f.code} data-flag={f.code}>
              {t(`hopflag_${f.code.replace(/-/g, '_')}`) || f.message}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function FollowChain({ state, t, onFollow, canFollow }: { state?: FollowState; t: T; onFollow: () => void; canFollow: boolean }) {
  const more = state && !state.running && state.needs.length > 0;
  return (
    <section aria-labelledby="follow-heading" data-testid="follow-chain">
      <h2 id="follow-heading">{t('followHeading')}</h2>
      {!state && canFollow && <p class="hint">{t('followHint')}</p>}
      {!state && !canFollow && <p class="empty">{t('followNothing')}</p>}
      {state?.error && <p role="alert">{state.error}</p>}
      {state && state.hops.length > 0 && (
        <ol class="hops" data-testid="hops">
          {state.hops.map((h) => (
            <HopItem key={`${h.depth}:${h.url}`} hop={h} t={t} />
          ))}
        </ol>
      )}
      {state && state.searches.length > 0 && (
        <ul class="plain links" data-testid="searches">
          {state.searches.map((s) => (
            <li key={s.source}>
              <a href={safeHref(s.url)} target="_blank" rel="noopener noreferrer" title={s.terms.join(' ')}>
                {t('hopSearch', [isolateBidi(s.source), searchedSite(s.url) ?? ''])}
              </a>
            </li>
          ))}
        </ul>
      )}
      {state?.running && <p role="status" data-testid="follow-running">{t('followRunning')}</p>}
      {canFollow && !state?.running && (!state || more) && (
        <div class="buttons">
          <button type="button" onClick={onFollow} data-testid={more ? 'follow-more' : 'follow'}>
            {more ? plural(t, 'followMore', state!.needs.length, String(state!.needs.length)) : t('followButton')}
          </button>
        </div>
      )}
    </section>
  );
}
