/**
 * The content script: injected when the user clicks the toolbar button, or registered for the sites the
 * user chose. Reads the page at idle time (only when it looks like an article), keeps the report for the
 * popup and badges the credit lines. It keeps no state the page can reach.
 */
import { browser } from 'wxt/browser';
import { analyze, notAnArticle } from '../../lib/trace';
import { looksLikeArticle } from '../../lib/article';
import { readMeta } from '../../lib/meta';
import { ReportReply, ToContent, type ToBackground } from '../../lib/messages';
import { Report } from '../../lib/report';
import { mountBadges, type Mounted } from './badges';

const idle = () => new Promise<void>((done) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => done(), { timeout: 1500 }) : setTimeout(done, 50)));
const t = (key: string, subs?: string | string[]) => browser.i18n.getMessage(key as never, subs as never) || key;

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    let mounted: Mounted | undefined;
    const reply: Promise<ReportReply> = (async (): Promise<ReportReply> => {
      await idle();
      const meta = readMeta(document, location.href);
      if (!looksLikeArticle(document, meta.articleMarked)) {
        return { state: 'not-article', report: notAnArticle(document, location.href) };
      }
      const { report, article } = analyze(document, location.href);
      const checked = Report.parse(report);
      if (!checked.isArticle) return { state: 'not-article', report: checked };
      if (ctx.isValid) mounted = await mountBadges(ctx, checked, article, t);
      const traced: ToBackground = { type: 'sourcetrace:traced', sources: checked.sources.length };
      void browser.runtime.sendMessage(traced).catch(() => undefined);
      return { state: 'ready', report: checked };
    })().catch((e: unknown): ReportReply => ({ state: 'error', message: (e as Error)?.message ?? String(e) }));

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (ctx.isInvalid) return undefined;
      const parsed = ToContent.safeParse(message);
      if (!parsed.success) return undefined;
      if (parsed.data.type === 'sourcetrace:get-report') return reply;
      const host = mounted?.hosts.get(parsed.data.block);
      host?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return Promise.resolve(!!host);
    });
    ctx.onInvalidated(() => mounted?.remove());
  },
});
