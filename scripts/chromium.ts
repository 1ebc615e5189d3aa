/** Where Chromium is: CHROME_PATH, else the usual places. Nothing here downloads a browser. */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];

export function chromiumPath(): string {
  const found = [process.env.CHROME_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Chromium or Chrome found: install it (apt-get install -y chromium) or set CHROME_PATH.');
  return found;
}

/** Flags that keep a test browser quiet on a closed network. */
export const QUIET_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-default-apps'];
