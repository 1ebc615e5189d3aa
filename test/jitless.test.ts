/** zod never compiles with `new Function` in the extension: each entrypoint sets jitless before any schema exists. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The popup's entry (popup/main.tsx) only paints its frame and loads popup/app.tsx, where the schemas are.
const ENTRYPOINTS = ['background/index.ts', 'content/index.ts', 'badges.content.ts', 'popup/app.tsx', 'options/main.tsx'];

describe('jitless zod in the extension', () => {
  it.each(ENTRYPOINTS)('%s imports lib/jitless before anything else', (file) => {
    const source = readFileSync(`entrypoints/${file}`, 'utf8');
    const firstImport = source.split('\n').find((line) => line.startsWith('import '));
    expect(firstImport).toMatch(/^import '(\.\.\/)+lib\/jitless';/);
  });

  // The popup's first script (first-ask.ts) asks the tab (popup/ask.ts, only the browser's messaging and the
  // reader's message name), main.tsx takes the ask and loads app.tsx.
  it.each([
    ['first-ask.ts', /from '\.\/popup\/ask';$/],
    ['popup/main.tsx', /from '(preact|wxt\/browser|\.\/ask)';$/],
    ['popup/ask.ts', /from '(wxt\/browser|\.\.\/\.\.\/lib\/read-done)';$/],
    ['../lib/read-done.ts', /^$/],
  ])("the popup's entry loads no schema before app.tsx (which sets jitless first): %s", (file, allowed) => {
    const source = readFileSync(`entrypoints/${file}`, 'utf8');
    // A type-only import is erased from the build.
    const imports = source.split('\n').filter((line) => line.startsWith('import ') && !line.startsWith('import type '));
    expect(imports.length > 0 || file.startsWith('../lib/')).toBe(true);
    expect(imports.every((line) => allowed.test(line))).toBe(true);
  });

  it('the module turns zod jitless, for its full API and for zod/mini (the content script\'s first stage)', async () => {
    const { z } = await import('zod');
    const mini = await import('zod/mini');
    await import('../lib/jitless');
    expect(z.config().jitless).toBe(true);
    expect(mini.config().jitless).toBe(true);
  });
});
