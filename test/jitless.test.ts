/** zod never compiles with `new Function` in the extension: each entrypoint sets jitless before any schema exists. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ENTRYPOINTS = ['background/index.ts', 'content/index.ts', 'popup/main.tsx', 'options/main.tsx'];

describe('jitless zod in the extension', () => {
  it.each(ENTRYPOINTS)('%s imports lib/jitless before anything else', (file) => {
    const source = readFileSync(`entrypoints/${file}`, 'utf8');
    const firstImport = source.split('\n').find((line) => line.startsWith('import '));
    expect(firstImport).toMatch(/^import '\.\.\/\.\.\/lib\/jitless';/);
  });

  it('the module turns zod jitless', async () => {
    const { z } = await import('zod');
    await import('../lib/jitless');
    expect(z.config().jitless).toBe(true);
  });
});
