/**
 * The user's choice of automatic badges, said as it is: on every site, on this site, or off; each control
 * changes exactly what it names. Turning them on is offered only on an article.
 */
import type { T } from './i18n';

export interface AutoState {
  /** The tab's host, when it is an http(s) page. */
  host?: string;
  /** On for this site (chosen for it, and its access granted). */
  site: boolean;
  /** On for every site (chosen, and the access granted). */
  all: boolean;
  /** The page is an article: turning badges on for its site makes sense. */
  offer?: boolean;
  denied?: boolean;
}

export type AutoScope = 'site' | 'all';

export interface AutoBadgesProps {
  auto: AutoState;
  t: T;
  onEnable: (scope: AutoScope) => void;
  onDisable: (scope: AutoScope) => void;
}

export function AutoBadges({ auto, t, onEnable, onDisable }: AutoBadgesProps) {
  if (!auto.host || !(auto.all || auto.site || auto.offer)) return null;
  return (
    <section aria-labelledby="auto-heading" class="auto" data-testid="auto">
      <h2 id="auto-heading">{t('autoHeading')}</h2>
      {auto.all ? (
        <p data-testid="auto-state">
          {t('autoIsOnAll')}{' '}
          <button type="button" onClick={() => onDisable('all')} data-testid="auto-off-all">
            {t('autoTurnOffAll')}
          </button>
        </p>
      ) : auto.site ? (
        <p data-testid="auto-state">
          {t('autoIsOn')}{' '}
          <button type="button" onClick={() => onDisable('site')} data-testid="auto-off">
            {t('autoTurnOff')}
          </button>
        </p>
      ) : (
        <>
          <p class="hint">{t('autoExplain')}</p>
          <div class="buttons">
            <button type="button" onClick={() => onEnable('site')} data-testid="auto-site">
              {t('autoThisSite', auto.host)}
            </button>
            <button type="button" onClick={() => onEnable('all')} data-testid="auto-all">
              {t('autoAllSites')}
            </button>
          </div>
        </>
      )}
      {auto.denied && <p role="status">{t('autoDenied')}</p>}
    </section>
  );
}
