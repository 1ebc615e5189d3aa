/** Meta-tests: every language file is registered, valid and tested; no duplicate cue ids. */
import { readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cueFiles, languages } from '../../lib/cues/index';

const CUE_FILES = cueFiles();

const ENGINE = new Set(['schema.ts', 'compile.ts', 'index.ts', 'inflection.ts', 'probe.ts']);
const dataFiles = readdirSync('lib/cues').filter((f) => f.endsWith('.ts') && !ENGINE.has(f));

describe('cue registry', () => {
  it('registers every language file', () => {
    expect(CUE_FILES.map((f) => `${f.lang}.ts`).sort()).toEqual(dataFiles.sort());
  });

  it.each(CUE_FILES.map((f) => [f.lang, f] as const))('%s: has a test file', (lang) => {
    expect(existsSync(`test/cues/${lang}.test.ts`)).toBe(true);
  });

  it.each(CUE_FILES.map((f) => [f.lang, f] as const))('%s: cue ids are unique and cues compile', (lang, file) => {
    const ids = file.cues.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(languages().get(lang)!.cues.length).toBe(file.cues.length);
  });
});
