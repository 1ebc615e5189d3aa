/** The user's choice of automatic badges: this site, every site, or off. */
import type { T } from './i18n';

export interface AutoState {
  /** The tab's host, when it is an http(s) page. */
  host?: string;
  on: boolean;
  all: boolean;
  denied?: boolean;
}

export function AutoBadges({ auto, t, onEnable, onDisable }: { auto: AutoState; t: T; onEnable: (scope: 'site' | 'all') => void; onDisable: () => void }) {
  if (!auto.host) return null;
  return (
    <section aria-labelledby="auto-heading" class="auto" data-testid="auto">
      <h2 id="auto-heading">{t('autoHeading')}</h2>
      {auto.on || auto.all ? (
        <p>
          {t('autoIsOn')}{' '}
          <button type="button" onClick={onDisable} data-testid="auto-off">
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
