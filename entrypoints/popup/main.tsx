/** Popup glue: reads the tab's report and the settings, wires the view's actions to browser APIs. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AutoState } from '../../components/AutoBadges';
import { Popup, type PopupActions, type PopupState } from '../../components/Popup';
import { formatReport } from '../../lib/format';
import type { ToBackground, ToContent } from '../../lib/messages';
import { originsFor, parseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';
import { reportOf, targetTab } from './tab';

const t = (key: string, subs?: string | string[]) => browser.i18n.getMessage(key as never, subs as never) || key;
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');

async function loadSettings(): Promise<Settings> {
  return parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

async function saveSettings(s: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: s });
  const sync: ToBackground = { type: 'sourcetrace:sync-auto' };
  await browser.runtime.sendMessage(sync);
}

function App() {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [tab, setTab] = useState<{ id: number; url?: string }>();
  const [auto, setAuto] = useState<AutoState>({ on: false, all: false });

  useEffect(() => {
    void (async () => {
      const target = await targetTab();
      if (!target) return setState({ status: 'unreadable' });
      setTab(target);
      const host = target.url && /^https?:/.test(target.url) ? new URL(target.url).host : undefined;
      const settings = await loadSettings();
      setAuto({ host, on: !!host && settings.autoSites.includes(host), all: settings.autoAll });
      setState(await reportOf(target.id));
    })().catch((e: unknown) => setState({ status: 'error', message: String(e) }));
  }, []);

  const actions: PopupActions = {
    reveal: (block) => {
      if (!tab) return;
      const message: ToContent = { type: 'sourcetrace:reveal', block };
      void browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
    },
    exportJson: (report) => {
      const blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `sourcetrace-${(report.page.domain ?? 'page').replace(/[^a-z0-9.-]/gi, '_')}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    },
    copyText: (report) => navigator.clipboard.writeText(formatReport(report)),
    enableAuto: (scope) => {
      if (!auto.host) return;
      // Asked for here, inside the click: browsers grant optional access only during a user gesture.
      const request = browser.permissions.request({ origins: originsFor(scope === 'all' ? 'all' : auto.host) });
      void request.then(async (granted) => {
        if (!granted) return setAuto({ ...auto, denied: true });
        const s = await loadSettings();
        const next = scope === 'all' ? { ...s, autoAll: true } : { ...s, autoSites: [...new Set([...s.autoSites, auto.host!])] };
        await saveSettings(next);
        setAuto({ ...auto, on: scope === 'site', all: scope === 'all', denied: false });
      });
    },
    disableAuto: () => {
      void (async () => {
        const s = await loadSettings();
        await saveSettings({ autoAll: false, autoSites: s.autoSites.filter((h) => h !== auto.host) });
        setAuto({ ...auto, on: false, all: false });
      })();
    },
  };

  return <Popup state={state} auto={auto} t={t} actions={actions} />;
}

render(<App />, document.getElementById('app')!);
