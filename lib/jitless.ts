/**
 * Imported first by every extension entrypoint (a side effect, so it runs before any module builds a
 * schema). zod compiles object parsers with `new Function` unless told not to, and probes for it: an
 * extension's CSP forbids eval, so the probe only fails and, under a strict CSP, reports a violation.
 * zod reads the setting when a schema is built, hence "first". Set through zod's core, which its full API and
 * zod/mini share: the content script's first stage (lib/content-messages.ts) loads only zod/mini.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
