/**
 * A badge beside a credit line or a credited photo, inside a closed shadow root: it names what the line
 * credits and opens a small card on click or keyboard focus. One card is open at a time (the group), and it
 * closes when focus leaves the badge, on Escape and on a click outside; it stays inside the viewport.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isolateBidi } from '../lib/bidi';
import type { BadgeGroup, OpenCard } from './badge-group';
import { placeCard, type Placement } from './card-place';
import { plural, safeHref, type T } from './i18n';

export interface BadgeItem {
  kind: 'source' | 'photo' | 'basedOn';
  label: string;
  evidence: string;
  /** How the line credits it, in words (`according to …`, `end credit`): never a rule id or a bare cue word. */
  how: string;
  /** Best link to the original, with the words it shows and its accessible name (components/link-words.ts). */
  link?: { url: string; text: string; label: string };
  detail?: string;
  /** How many lines of the page credit it, when more than one (components/badge-items.ts). */
  lines?: number;
  /** It is credited on an earlier line already: this badge is one of its repeats. */
  repeat?: boolean;
}

let seq = 0;

/** Where the pill is in document coordinates, and the height of the page's initial containing block. */
interface Origin {
  left: number;
  top: number;
  bottom: number;
  height: number;
}

/**
 * Shows the card in the page's top layer, above everything the page stacks (a paragraph with a huge z-index,
 * a container that clips its overflow): no page CSS can cover or cut it there. False where popovers are
 * missing: the card then stays an absolutely placed child of its badge.
 */
function toTopLayer(el: HTMLElement): boolean {
  try {
    const pop = el as HTMLElement & { showPopover?: () => void };
    if (typeof pop.showPopover !== 'function') return false;
    if (!el.matches(':popover-open')) pop.showPopover();
    return el.matches(':popover-open');
  } catch {
    return false;
  }
}

export interface BadgeProps {
  items: BadgeItem[];
  t: T;
  /** The page's badges, so that opening this card closes another. */
  group?: BadgeGroup;
  /** The element holding this badge's shadow root (what a click in the page sees of it). */
  host?: EventTarget;
}

export function Badge({ items, t, group, host }: BadgeProps) {
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState<Placement & { origin?: Origin }>();
  const [id] = useState(() => `st-card-${++seq}`);
  const badge = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLSpanElement>(null);
  // Focus we give back (Escape, Close) must not reopen the card as keyboard focus would.
  const returning = useRef(false);
  const handle = useMemo<OpenCard>(
    () => ({
      host,
      close: () => setOpen(false),
      focusBadge: () => {
        returning.current = true;
        button.current?.focus();
        returning.current = false;
      },
    }),
    [host],
  );
  const show = (on: boolean) => {
    setOpen(on);
    if (on) group?.opened(handle);
    else group?.closed(handle);
  };

  // Placed once open, from its natural size: below or above the pill, inside the viewport.
  useLayoutEffect(() => {
    if (!open || !card.current || !badge.current) return setPlace(undefined);
    const onTop = toTopLayer(card.current);
    const pill = badge.current.getBoundingClientRect();
    const view = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
    const placed = placeCard(pill, { width: card.current.offsetWidth, height: card.current.scrollHeight }, view);
    // In the top layer the card's containing block is the page's initial one (document coordinates); else
    // it is the badge, and offsets from its box are the card's own.
    const origin = onTop ? { left: pill.left + scrollX, top: pill.top + scrollY, bottom: pill.bottom + scrollY, height: document.documentElement.clientHeight || innerHeight } : undefined;
    setPlace({ ...placed, ...(origin ? { origin } : {}) });
  }, [open]);

  const of = (kind: BadgeItem['kind']) => items.filter((i) => i.kind === kind).map((i) => isolateBidi(i.label));
  // "Source: X" for one, "Sources: X, Y" for more, in the UI language's plural forms.
  const said = (kind: BadgeItem['kind'], key: string) => of(kind).length > 0 && plural(t, key, of(kind).length, of(kind).join(', '));
  // A line that only repeats what earlier lines credit says so in a quieter pill ("Again: Reuters").
  const repeats = items.length > 0 && items.every((i) => i.repeat);
  const text = repeats
    ? t('badgeAgain', items.map((i) => isolateBidi(i.label)).join(', '))
    : [said('source', 'badgeLabel'), said('photo', 'badgePhoto'), of('basedOn').length > 0 && t('badgeBasedOn', of('basedOn').join(', '))].filter(Boolean).join(' · ');
  const o = place?.origin ?? { left: 0, top: 0, bottom: 0, height: 0 };
  const style = place && {
    left: `${o.left + place.left}px`,
    right: 'auto',
    maxHeight: `${place.maxHeight}px`,
    ...(place.above
      ? { top: 'auto', bottom: `${place.origin ? o.height - (o.bottom - place.offset) : place.offset}px` }
      : { top: `${o.top + place.offset}px`, bottom: 'auto' }),
  };
  return (
    <span
      class="st-badge"
      ref={badge}
      data-testid="badge"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        show(false);
        handle.focusBadge();
      }}
      // Focus leaving both the pill and the card closes it (a card opened by Tab must not stay over the text).
      onFocusOut={(e) => {
        const next = e.relatedTarget as Node | null;
        if (open && !(next && (e.currentTarget as HTMLElement).contains(next))) show(false);
      }}
    >
      <button
        type="button"
        class={repeats ? 'st-pill st-repeat' : 'st-pill'}
        ref={button}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => show(!open)}
        // Keyboard focus opens the card; a mouse click focuses too, and then only its click decides.
        onFocus={(e) => !returning.current && (e.currentTarget as HTMLElement).matches(':focus-visible') && show(true)}
        data-testid="badge-button"
      >
        <span aria-hidden="true" class="st-mark" />
        {text}
      </button>
      {open && (
        // tabIndex -1: a click on the card's text focuses the card, so focus stays inside the badge.
        <span class="st-card" id={id} ref={card} role="dialog" aria-label={text} tabIndex={-1} style={style} popover="manual" data-testid="badge-card">
          {items.map((item) => (
            <span class="st-item" key={`${item.kind}:${item.label}`}>
              <strong dir="auto">{item.label}</strong>
              {item.detail && (
                <span class="st-detail">
                  {' · '}
                  <bdi>{item.detail}</bdi>
                </span>
              )}
              {item.lines && item.lines > 1 && (
                <span class="st-lines" data-testid="badge-lines">
                  {t('badgeLines', String(item.lines))}
                </span>
              )}
              <span class="st-evidence">
                <span class="st-cue">{item.how}</span>
                {/* Its own paragraph direction: a right-to-left quote reads and wraps right to left. */}
                <q class="st-quote" dir="auto" data-testid="badge-quote">
                  {item.evidence}
                </q>
              </span>
              {item.link && safeHref(item.link.url) && (
                <a href={safeHref(item.link.url)} target="_blank" rel="noopener noreferrer" aria-label={item.link.label}>
                  {item.link.text}
                </a>
              )}
            </span>
          ))}
          <button
            type="button"
            class="st-close"
            onClick={() => {
              show(false);
              handle.focusBadge();
            }}
          >
            {t('close')}
          </button>
        </span>
      )}
    </span>
  );
}
