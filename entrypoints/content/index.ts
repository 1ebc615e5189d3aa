/**
 * The content script: injected when the user clicks the toolbar button, or registered for the sites the
 * user chose. Reads the page at idle time (only when it looks like an article), has the background analyse
 * what it read, keeps the report for the popup and badges the credit lines. It keeps no state the page can
 * reach.
 */
import { browser } from 'wxt/browser';
import { looksLikeArticle } from '../../lib/article';
import { ReportReply, ToContent, type ToBackground } from '../../lib/messages';
import { readMeta } from '../../lib/meta';
import { readPage } from '../../lib/page';
import { Report } from '../../lib/report';
import { notAnArticle } from '../../lib/empty-report';
import { isHtmlDocument } from '../../lib/sniff';
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
      // A JSON viewer, a plain-text tab or a PDF viewer holds no article, whatever its text says.
      if (!isHtmlDocument(document) || !looksLikeArticle(document, meta.articleMarked)) {
        return { state: 'not-article', report: notAnArticle(document, location.href) };
      }
      const { page, article } = readPage(document, location.href);
      const message: ToBackground = { type: 'sourcetrace:analyze', page };
      const report = Report.parse(await browser.runtime.sendMessage(message));
      if (!report.isArticle) return { state: 'not-article', report };
      if (ctx.isValid) mounted = await mountBadges(ctx, report, article, t);
      return { state: 'ready', report };
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
