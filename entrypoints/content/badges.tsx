/** Mounts one badge per credited block, each in its own closed shadow root, next to the line it marks. */
import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { Badge } from '../../components/Badge';
import { BADGE_CSS } from '../../components/badge-css';
import { badgeItems } from '../../components/badge-items';
import type { T } from '../../components/i18n';
import type { Article } from '../../lib/article';
import type { Report } from '../../lib/report';

export interface Mounted {
  remove: () => void;
  /** The badge host of a block, for "show in page". */
  hosts: Map<number, HTMLElement>;
}

export async function mountBadges(ctx: ContentScriptContext, report: Report, article: Article, t: T): Promise<Mounted> {
  const hosts = new Map<number, HTMLElement>();
  const removers: (() => void)[] = [];
  for (const [block, items] of badgeItems(report, t)) {
    // A line of a <br>-separated text is badged at its end, before its <br>; any other block at its own end.
    const line = article.blocks[block]?.end;
    const anchor = line ?? article.blocks[block]?.el;
    if (!anchor?.isConnected) continue;
    try {
      const ui = await createShadowRootUi(ctx, {
        name: 'sourcetrace-badge',
        position: 'inline',
        anchor,
        append: line ? 'before' : anchor.tagName === 'FIGURE' || anchor.tagName === 'IMG' ? 'after' : 'last',
        mode: 'closed',
        isolateEvents: true,
        css: BADGE_CSS,
        onMount: (container) => {
          render(<Badge items={items} t={t} />, container);
          return container;
        },
        onRemove: (container) => container && render(null, container),
      });
      ui.mount();
      hosts.set(block, ui.shadowHost);
      removers.push(() => ui.remove());
    } catch {
      // One badge that can't mount (a strange anchor) leaves the others standing.
    }
  }
  return { hosts, remove: () => removers.forEach((r) => r()) };
}
