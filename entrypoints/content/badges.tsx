/**
 * Mounts one badge per credited block, each in its own closed shadow root, next to the line it marks.
 *
 * The host is a plain <span>, not a custom element: a page that defines a custom element under the name we
 * would use runs its constructor on our host and, through `attachInternals()`, gets even a closed shadow root.
 * A <span> can't be upgraded, carries no name of ours, and its shadow is attached (with this world's own
 * `attachShadow`, which the page's monkeypatches don't reach) before it ever enters the page.
 */
import { render } from 'preact';
import { Badge, type BadgeItem } from '../../components/Badge';
import { BadgeGroup } from '../../components/badge-group';
import { BADGE_CSS } from '../../components/badge-css';
import { badgeItems } from '../../components/badge-items';
import type { T } from '../../components/i18n';
import type { Report } from '../../lib/report';
import type { LiveBlock } from './copy';
import { blockRange, flash } from './highlight';
import type { Slices } from './slices';

export interface Mounted {
  remove: () => void;
  /** The badge host of a block. */
  hosts: Map<number, HTMLElement>;
  /** Settles when every badge is in. */
  done: Promise<void>;
  /** "Show in page": scrolls to a block's badge and highlights the line it credits; false when it has none. */
  reveal: (block: number) => boolean;
}

/** Our badge hosts: a later read of the page leaves them out of its copy. */
export const badgeHosts = new WeakSet<Element>();

/**
 * Inline and !important: the page's own `!important` rules on spans can't hide or restyle the host. `all`
 * leaves out `direction` and `unicode-bidi`: the badge takes the UI's direction, isolated from the line's.
 */
const hostStyle = (dir: string) =>
  `all: initial !important; display: inline !important; visibility: visible !important; direction: ${dir === 'rtl' ? 'rtl' : 'ltr'} !important; unicode-bidi: isolate !important;`;
/** Keys typed in the badge's card stay ours: the page's shortcuts don't see them. */
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'];

function badgeHost(dir: string): { host: HTMLElement; container: HTMLElement } {
  const host = document.createElement('span');
  host.setAttribute('style', hostStyle(dir));
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;
  const container = document.createElement('span');
  shadow.append(style, container);
  for (const type of KEY_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
  return { host, container };
}

/**
 * Mounts the report's badges beside the live blocks they mark. Each badge is built apart from the page in
 * the clock's slices; then all go in at once, so the page lays itself out once for them, not once a slice
 * (on a 10 MB page each layout after a change costs the page more than building every badge).
 */
export function mountBadges(report: Report, blocks: Map<number, LiveBlock>, t: T, clock: Slices): Mounted {
  const hosts = new Map<number, HTMLElement>();
  // One card open at a time, across every badge of the page.
  const group = new BadgeGroup();
  const removers: (() => void)[] = [group.listen(window)];
  let removed = false;
  const built: { block: number; host: HTMLElement; place: () => void }[] = [];
  const build = (block: number, items: BadgeItem[]) => {
    // A line of a <br>-separated text is badged at its end, before its <br>; any other block at its own end.
    const line = blocks.get(block)?.end;
    const anchor = line ?? blocks.get(block)?.el;
    if (!anchor) return;
    const { host, container } = badgeHost(t('@@bidi_dir'));
    // Rendered before the host enters the page: the page never sees the badge half built.
    render(<Badge items={items} t={t} group={group} host={host} />, container);
    badgeHosts.add(host);
    removers.push(() => {
      render(null, container);
      host.remove();
    });
    const place = () => {
      if (!anchor.isConnected) return;
      if (line) anchor.before(host);
      else if (anchor.tagName === 'FIGURE' || anchor.tagName === 'IMG') anchor.after(host);
      else anchor.append(host);
    };
    built.push({ block, host, place });
  };
  const done = (async () => {
    for (const [block, items] of badgeItems(report, t)) {
      if (clock.due()) await clock.pause();
      if (removed) return;
      build(block, items);
    }
    for (const { block, host, place } of built) {
      try {
        place();
        if (host.isConnected) hosts.set(block, host);
      } catch {
        // One badge that can't go in (a strange anchor) leaves the others standing.
      }
    }
  })();
  let unflash = () => {};
  const reveal = (block: number): boolean => {
    const host = hosts.get(block);
    const found = blocks.get(block);
    if (!host?.isConnected || !found) return false;
    host.scrollIntoView({ block: 'center', behavior: 'smooth' });
    unflash();
    // The line's own words: the badge at its end is ours, not the page's.
    const range = blockRange(found, [...blocks.values()]);
    if (range.intersectsNode(host)) range.setEndBefore(host);
    unflash = flash(range);
    return true;
  };
  removers.push(() => unflash());
  return {
    hosts,
    done,
    reveal,
    remove: () => {
      removed = true;
      removers.forEach((r) => r());
    },
  };
}
