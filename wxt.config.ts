import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { manifestFor } from './lib/manifest';

// The e2e and demo builds (SOURCETRACE_E2E=1) carry localhost host access, which a headless browser cannot
// grant by prompt; the production manifest is checked by test/manifest.test.ts.
const e2e = process.env.SOURCETRACE_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  outDir: '.output',
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}${e2e ? '-e2e' : ''}`,
  webExt: { disabled: true },
  manifest: ({ browser }) => manifestFor(browser, { e2e }),
  // linkedom's CSS parser stays out of the background: nothing reads a style sheet (lib/shims/no-stylesheets.ts).
  // Readability does nothing at load: where nothing calls it (background.js, which reaches lib/article.ts only
  // through lib/trace.ts's DOM entry) it is left out; the reader page reads (test/e2e/bundle.test.ts).
  vite: () => ({
    resolve: { alias: { 'cssomnom/parse': fileURLToPath(new URL('./lib/shims/no-stylesheets.ts', import.meta.url)) } },
    build: { rollupOptions: { treeshake: { moduleSideEffects: [{ test: /@mozilla[\\/]readability[\\/]/, sideEffects: false }] } } },
  }),
});
