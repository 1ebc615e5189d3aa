/** Builds the Firefox extension once for the Firefox e2e: the e2e flavour (localhost access, popup reachable from localhost). */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', '-b', 'firefox'], { stdio: 'pipe', env: { ...process.env, SOURCETRACE_E2E: '1' } });
}
