/** Options glue: settings in storage; taking a site off also gives back its access. */
import '../../lib/jitless'; // first: zod reads it when the imports below build their schemas
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Options } from '../../components/Options';
import type { ToBackground } from '../../lib/messages';
import { originsFor, parseSettings, Settings, SETTINGS_KEY } from '../../lib/settings';

const t = (key: string, subs?: string | string[]) => browser.i18n.getMessage(key as never, subs as never) || key;

function App() {
  const [settings, setSettings] = useState<Settings>(Settings.parse({}));
  useEffect(() => {
    void browser.storage.local.get(SETTINGS_KEY).then((v) => setSettings(parseSettings(v[SETTINGS_KEY])));
  }, []);
  const save = async (next: Settings, release: string[] = []) => {
    setSettings(next);
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    if (release.length) await browser.permissions.remove({ origins: release }).catch(() => false);
    const sync: ToBackground = { type: 'sourcetrace:sync-auto' };
    await browser.runtime.sendMessage(sync);
  };
  return (
    <Options
      settings={settings}
      t={t}
      onRemove={(host) => void save({ ...settings, autoSites: settings.autoSites.filter((h) => h !== host) }, originsFor(host))}
      onAutoFollow={(on) => void save({ ...settings, autoFollow: on })}
      onAll={(on) => {
        if (!on) return void save({ ...settings, autoAll: false }, originsFor('all'));
        void browser.permissions.request({ origins: originsFor('all') }).then((ok) => {
          if (ok) void save({ ...settings, autoAll: true });
        });
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
