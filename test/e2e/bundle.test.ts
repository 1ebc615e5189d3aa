/**
 * background.js carries neither Readability nor an HTML parser (linkedom, htmlparser2), in the Chrome and the
 * Firefox build: the reader page reads the pages' copies and the pages the follower fetches
 * (entrypoints/reader/). Each library is recognised by a string its code keeps through minification, and
 * each marker is first checked against the library's own source, so a marker that stops matching fails here
 * instead of passing for nothing.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

const LIBRARIES = [
  { name: 'Readability', marker: 'readability-page-1', source: 'node_modules/@mozilla/readability/Readability.js' },
  { name: 'linkedom', marker: 'CustomElements', source: 'node_modules/linkedom/esm/shared/symbols.js' },
  { name: 'htmlparser2 (linkedom’s parser)', marker: 'onopentagname', source: 'node_modules/htmlparser2/dist/esm/Parser.js' },
];

const BUILDS = ['chrome-mv3', 'firefox-mv3'];
const background = (build: string) => `.output/${build}/background.js`;

beforeAll(() => {
  // The e2e setup builds Chrome's (test/e2e/global-setup.ts); Firefox's is built here.
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', '-b', 'firefox'], { stdio: 'pipe', env: { ...process.env, SOURCETRACE_E2E: '' } });
});

describe('background.js', () => {
  it.each(LIBRARIES)('the marker of $name is in its source', ({ marker, source }) => {
    expect(readFileSync(source, 'utf8')).toContain(marker);
  });

  it.each(BUILDS.flatMap((build) => LIBRARIES.map((lib) => ({ build, ...lib }))))('$build: has no $name', ({ build, marker }) => {
    expect(readFileSync(background(build), 'utf8')).not.toContain(marker);
  });

  it.each(BUILDS)('%s: Readability is in the reader page, which reads instead', (build) => {
    const chunks = readdirSync(`.output/${build}/chunks`).filter((f) => f.startsWith('reader-'));
    expect(chunks.some((f) => readFileSync(`.output/${build}/chunks/${f}`, 'utf8').includes('readability-page-1'))).toBe(true);
    console.log(`${build}: background.js ${(statSync(background(build)).size / 1024).toFixed(0)} kB`);
  });
});

/**
 * The content script's first stage, which the click waits for, carries zod/mini and not zod's full API (most
 * of its compile time when it was one 150 kB script); the full API comes with the second stage (the answer's
 * check, the badges), loaded while the reader reads.
 */
describe('the content script', () => {
  const FULL_ZOD = { marker: 'superRefine', source: 'node_modules/zod/v4/classic/schemas.js' };
  const script = (build: string, name: string) => `.output/${build}/content-scripts/${name}.js`;

  it("the marker of zod's full API is in its source", () => {
    expect(readFileSync(FULL_ZOD.source, 'utf8')).toContain(FULL_ZOD.marker);
  });

  it.each(BUILDS)("%s: its first stage has no zod full API, its second has it", (build) => {
    expect(readFileSync(script(build, 'content'), 'utf8')).not.toContain(FULL_ZOD.marker);
    expect(readFileSync(script(build, 'badges'), 'utf8')).toContain(FULL_ZOD.marker);
    const kB = (name: string) => (statSync(script(build, name)).size / 1024).toFixed(0);
    console.log(`${build}: content.js ${kB('content')} kB, badges.js ${kB('badges')} kB`);
  });
});
