/**
 * The content script's second stage (content/stage-two.ts): loaded into the frame by the background once the
 * first stage has the reader's answer (the reader told the popup first). It checks the reader's answer with the
 * report's full schema, places the blocks on the live page and mounts the badges. It does nothing on its
 * own: it leaves its functions on this isolated world's global, where only our first stage finds them.
 */
import '../lib/jitless'; // first: zod reads it when the imports below build their schemas
import { browser } from 'wxt/browser';
import { badgeHosts, mountBadges } from './content/badges';
import { offerStageTwo } from './content/stage-two';
import { unpack } from './content/unpack';

const t = (key: string, subs?: string | string[]) => browser.i18n.getMessage(key as never, subs as never) || key;

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    offerStageTwo({
      alive: () => {
        try {
          return !!browser.runtime?.id;
        } catch {
          return false;
        }
      },
      unpack,
      mount: (report, blocks, clock) => mountBadges(report, blocks, t, clock),
      isBadge: (el) => badgeHosts.has(el),
    });
  },
});
