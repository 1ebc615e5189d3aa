/** Says when the read knows it missed part of the page (a frame of another site, a page past its bounds, a closed shadow root). */
import { isolateBidi } from '../lib/bidi';
import type { Report } from '../lib/report';
import { hostOf } from '../lib/url';
import type { T } from './i18n';

export function Unread({ report, t }: { report?: Report; t: T }) {
  const unread = report?.unread ?? [];
  if (!unread.length) return null;
  const frames = unread.filter((u) => u.reason === 'frame');
  const hosts = [...new Set(frames.map((u) => hostOf(u.url)).filter((h): h is string => !!h))];
  return (
    <ul class="plain unread" role="note" data-testid="unread">
      {frames.length > 0 && (
        <li data-unread="frame">{hosts.length ? t('unreadFrames', isolateBidi(hosts.slice(0, 3).join(', '))) : t('unreadFramesNoSite')}</li>
      )}
      {unread.some((u) => u.reason === 'cut') && <li data-unread="cut">{t('unreadCut')}</li>}
      {unread.some((u) => u.reason === 'shadow') && <li data-unread="shadow">{t('unreadShadow')}</li>}
    </ul>
  );
}
