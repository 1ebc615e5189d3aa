/**
 * Popup entry: paints the popup's frame (its title and "Loading") at once, then loads the rest (app.tsx: the
 * schemas and the views, ~130 kB that took the first paint past 100 ms of the click).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';

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
void import('./app').then(({ start }) => start(root));
