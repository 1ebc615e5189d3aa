/** Builds the extension once for the e2e tests: the e2e flavour (localhost access) and production. */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  const wxt = ['node_modules/wxt/bin/wxt.mjs', 'build'];
  execFileSync(process.execPath, wxt, { stdio: 'pipe', env: { ...process.env, SOURCETRACE_E2E: '1' } });
  execFileSync(process.execPath, wxt, { stdio: 'pipe', env: { ...process.env, SOURCETRACE_E2E: '' } });
}
