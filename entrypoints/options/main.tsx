/** Options glue: settings in storage; each control turns on or off exactly what it names (lib/auto-access). */
import '../../lib/jitless'; // first: zod reads it when the imports below build their schemas
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Options } from '../../components/Options';
import { turnOff, turnOn } from '../../lib/auto-access';
import type { ToBackground } from '../../lib/messages';
import { parseSettings, Settings, SETTINGS_KEY } from '../../lib/settings';

const t = (key: string, subs?: string | string[]) => browser.i18n.getMessage(key as never, subs as never) || key;
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');

const load = async () => parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);

async function store(next: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  const sync: ToBackground = { type: 'sourcetrace:sync-auto' };
  await browser.runtime.sendMessage(sync);
}

function App() {
  const [settings, setSettings] = useState<Settings>(Settings.parse({}));
  useEffect(() => void load().then(setSettings), []);
  // Refused access changes nothing: the view goes back to what is stored.
  const show = (next: Settings | undefined) => void (next ? setSettings(next) : load().then(setSettings));
  return (
    <Options
      settings={settings}
      t={t}
      onRemove={(host) => void turnOff(browser.permissions, { site: host }, load, store).then(show)}
      onAutoFollow={(on) => {
        const next = { ...settings, autoFollow: on };
        setSettings(next);
        void store(next);
      }}
      onAll={(on) => void (on ? turnOn(browser.permissions, 'all', load, store) : turnOff(browser.permissions, 'all', load, store)).then(show)}
    />
  );
}

render(<App />, document.getElementById('app')!);
