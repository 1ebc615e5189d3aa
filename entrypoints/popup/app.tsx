/** Popup glue: reads the tab's report and the settings, wires the view's actions to browser APIs (loaded by main.tsx once the popup's frame is painted). */
import '../../lib/jitless'; // first: zod reads it when the imports below build their schemas
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AutoState } from '../../components/AutoBadges';
import { Popup, type FollowView, type PopupActions, type PopupState } from '../../components/Popup';
import { firstOrigins, FollowState, followKey, withHops } from '../../lib/follow/state';
import { stripBidi } from '../../lib/bidi';
import { exportName, stamp } from '../../lib/export';
import { formatReport } from '../../lib/format';
import { toMarkdown } from '../../lib/markdown';
import type { ToBackground, ToContent } from '../../lib/messages';
import type { Report } from '../../lib/report';
import { autoOn, turnOff, turnOn, type AutoScope } from '../../lib/auto-access';
import { parseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';
import type { FirstAsk } from './ask';
import { reportOf, stateOf } from './tab';

const t = (key: string, subs?: string | string[]) => browser.i18n.getMessage(key as never, subs as never) || key;

/** Hands the text to the browser's downloads as a file. */
function download(text: string, type: string, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

async function loadSettings(): Promise<Settings> {
  return parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

async function saveSettings(s: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: s });
  const sync: ToBackground = { type: 'sourcetrace:sync-auto' };
  await browser.runtime.sendMessage(sync);
}

const scopeOf = (scope: 'site' | 'all', host: string): AutoScope => (scope === 'all' ? 'all' : { site: host });

/** The chain followed for this page in this browser session, if it was. */
async function followedOf(url: string): Promise<FollowState | undefined> {
  const parsed = FollowState.safeParse((await browser.storage.session.get(followKey(url)))[followKey(url)]);
  return parsed.success ? parsed.data : undefined;
}

function App({ first }: { first: FirstAsk }) {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [follow, setFollow] = useState<FollowView>({ canFollow: false });
  const [tab, setTab] = useState<{ id: number; url?: string }>();
  const [auto, setAuto] = useState<AutoState>({ site: false, all: false });

  useEffect(() => {
    void (async () => {
      const target = await first.target;
      if (!target) return setState({ status: 'unreadable' });
      setTab(target);
      // Asked by main.tsx before this loaded: the page is read while the views and the settings load.
      const reading = first.answer.then((answer) => stateOf(answer));
      const host = target.url && /^https?:/.test(target.url) ? new URL(target.url).host : undefined;
      // The automatic badges' state comes on its own: the chain is not held up by the settings and permission
      // asks (which went out only once this loaded, late when the reader had the shared thread).
      if (host) void loadSettings().then(async (settings) => setAuto({ host, ...(await autoOn(browser.permissions, settings, host)) })).catch(() => undefined);
      const read = await reading;
      setState(read);
      if (read.status === 'ready') setFollow({ canFollow: firstOrigins(read.report).length > 0, state: await followedOf(read.report.url) });
    })().catch((e: unknown) => setState({ status: 'error', message: String(e) }));
  }, []);

  // When the chain is on screen (the e2e prints it): after this render's commit, at the next frame.
  useEffect(() => {
    if (state.status !== 'ready') return;
    performance.mark('sourcetrace:shown');
    requestAnimationFrame(() => setTimeout(() => performance.mark('sourcetrace:painted')));
  }, [state.status]);

  // The background writes each hop as it comes: show them as they come.
  const url = state.status === 'ready' ? state.report.url : undefined;
  useEffect(() => {
    if (!url) return undefined;
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[followKey(url)];
      const parsed = area === 'session' && change ? FollowState.safeParse(change.newValue) : undefined;
      if (parsed?.success) setFollow((f) => ({ ...f, state: parsed.data }));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [url]);

  // Exports carry every hop followed, the time of the trace and the extension's version.
  const full = (report: Report) => stamp(withHops(report, follow.state), browser.runtime.getManifest().version);

  const actions: PopupActions = {
    reveal: (block) => {
      if (!tab) return;
      const message: ToContent = { type: 'sourcetrace:reveal', block };
      void browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
    },
    exportJson: (shown) => {
      const report = full(shown);
      download(stripBidi(JSON.stringify(report, null, 2)), 'application/json', exportName(report, 'json'));
    },
    exportMarkdown: (shown) => {
      const report = full(shown);
      download(toMarkdown(report, t), 'text/markdown;charset=utf-8', exportName(report, 'md'));
    },
    copyText: (report) => navigator.clipboard.writeText(formatReport(full(report), t)),
    follow: (report) => {
      // Asked for inside the click (browsers grant only then), and only the sites needed now: the pages this
      // one names, or the ones a first follow found it had no access to.
      const origins = follow.state?.needs.length ? follow.state.needs : firstOrigins(report);
      const depth = follow.state?.depth ?? 2;
      void browser.permissions
        .request({ origins })
        .catch(() => false)
        .then(async () => {
          // Refused or not, follow: a site without access shows as such, never as a silent gap.
          const message: ToBackground = { type: 'sourcetrace:follow', report, depth };
          setFollow((f) => ({ ...f, state: { url: report.url, depth, running: true, hops: f.state?.hops ?? [], searches: [], needs: [] } }));
          const reply = FollowState.safeParse(await browser.runtime.sendMessage(message));
          if (reply.success) setFollow((f) => ({ ...f, state: reply.data }));
        });
    },
    enableAuto: (scope) => {
      if (!auto.host) return;
      // turnOn asks for the access first, inside this click: browsers grant optional access only then.
      const host = auto.host;
      void turnOn(browser.permissions, scopeOf(scope, host), loadSettings, saveSettings).then(async (next) =>
        setAuto(next ? { host, ...(await autoOn(browser.permissions, next, host)) } : { ...auto, denied: true }),
      );
    },
    readAnyway: () => {
      if (!tab) return;
      setState({ status: 'loading' });
      void reportOf(tab.id, true)
        .then(async (read) => {
          setState(read);
          if (read.status === 'ready') setFollow({ canFollow: firstOrigins(read.report).length > 0, state: await followedOf(read.report.url) });
        })
        .catch((e: unknown) => setState({ status: 'error', message: String(e) }));
    },
    disableAuto: (scope) => {
      if (!auto.host) return;
      // Only what the button names; the access no setting needs any more is given back.
      const host = auto.host;
      void turnOff(browser.permissions, scopeOf(scope, host), loadSettings, saveSettings).then(async (next) =>
        setAuto({ host, ...(await autoOn(browser.permissions, next, host)) }),
      );
    },
  };

  return <Popup state={state} auto={auto} follow={follow} t={t} actions={actions} />;
}

/** Replaces the frame main.tsx painted with the popup itself. */
export function start(root: HTMLElement, first: FirstAsk): void {
  performance.mark('sourcetrace:app');
  render(<App first={first} />, root);
}
