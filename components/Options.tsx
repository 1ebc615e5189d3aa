/** Settings: the sites with automatic badges, and every site; following chains by itself (off by default). */
import type { Settings } from '../lib/settings';
import type { T } from './i18n';

export interface OptionsProps {
  settings: Settings;
  t: T;
  onRemove: (host: string) => void;
  onAll: (on: boolean) => void;
  onAutoFollow: (on: boolean) => void;
}

export function Options({ settings, t, onRemove, onAll, onAutoFollow }: OptionsProps) {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <label>
        <input type="checkbox" checked={settings.autoAll} onChange={(e) => onAll((e.target as HTMLInputElement).checked)} /> {t('optionsAll')}
      </label>
      <h2>{t('optionsSites')}</h2>
      {settings.autoSites.length === 0 ? (
        <p>{t('optionsNone')}</p>
      ) : (
        <ul>
          {settings.autoSites.map((host) => (
            <li key={host}>
              {host}{' '}
              <button type="button" onClick={() => onRemove(host)} aria-label={`${t('optionsRemove')} ${host}`}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('followHeading')}</h2>
      <label>
        <input type="checkbox" checked={settings.autoFollow} onChange={(e) => onAutoFollow((e.target as HTMLInputElement).checked)} data-testid="auto-follow" />{' '}
        {t('optionsAutoFollow')}
      </label>
      <p class="hint">{t('optionsAutoFollowHint')}</p>
      <p>{t('privacyNote')}</p>
    </main>
  );
}
