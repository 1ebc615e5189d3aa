/** Settings: the sites with automatic badges, and every site. */
import type { Settings } from '../lib/settings';
import type { T } from './i18n';

export function Options({ settings, t, onRemove, onAll }: { settings: Settings; t: T; onRemove: (host: string) => void; onAll: (on: boolean) => void }) {
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
      <p>{t('privacyNote')}</p>
    </main>
  );
}
