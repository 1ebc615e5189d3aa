/** zod never compiles with `new Function` in the extension: each entrypoint sets jitless before any schema exists. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The popup's entry (popup/main.tsx) only paints its frame and loads popup/app.tsx, where the schemas are.
const ENTRYPOINTS = ['background/index.ts', 'content/index.ts', 'popup/app.tsx', 'options/main.tsx'];

describe('jitless zod in the extension', () => {
  it.each(ENTRYPOINTS)('%s imports lib/jitless before anything else', (file) => {
    const source = readFileSync(`entrypoints/${file}`, 'utf8');
    const firstImport = source.split('\n').find((line) => line.startsWith('import '));
    expect(firstImport).toMatch(/^import '\.\.\/\.\.\/lib\/jitless';/);
  });

  it("the popup's entry loads no schema before app.tsx (which sets jitless first)", () => {
    const source = readFileSync('entrypoints/popup/main.tsx', 'utf8');
    const imports = source.split('\n').filter((line) => line.startsWith('import '));
    expect(imports.every((line) => /from '(preact|wxt\/browser)';$/.test(line))).toBe(true);
  });

  it('the module turns zod jitless', async () => {
    const { z } = await import('zod');
    await import('../lib/jitless');
    expect(z.config().jitless).toBe(true);
  });
});
