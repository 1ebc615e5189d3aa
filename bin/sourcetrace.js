#!/usr/bin/env node
// The CLI runs the TypeScript core directly (tsx), so `npx sourcetrace` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli.ts');
const code = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
process.exitCode = code;
