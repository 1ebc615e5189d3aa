/**
 * Popup entry: asks the tab for its report (ask.ts), paints the popup's frame (its title and "Loading") at
 * once, then loads the rest (app.tsx: the schemas and the views, ~130 kB that took the first paint past
 * 100 ms of the click), which shows the answer.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { takeFirstAsk } from './ask';

performance.mark('sourcetrace:main');
// Asked by the popup's first script (entrypoints/first-ask.ts) while this loaded: the page is copied and read
// while the popup paints and loads.
const first = takeFirstAsk();
const t = (key: string) => browser.i18n.getMessage(key as never) || key;
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');

const root = document.getElementById('app')!;
// The same markup as the Popup view's loading state, which replaces it.
render(
  <main class="popup" aria-busy="true">
    <h1 class="brand">{t('extName')}</h1>
    <p role="status">{t('loading')}</p>
  </main>,
  root,
);
performance.mark('sourcetrace:frame');
void import('./app').then(({ start }) => start(root, first));
