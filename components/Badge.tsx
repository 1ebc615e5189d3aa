/**
 * A badge beside a credit line or a credited photo, inside a closed shadow root: it names what the line
 * credits and opens a small card on click or keyboard focus. One card is open at a time (the group), and it
 * closes when focus leaves the badge, on Escape and on a click outside; it stays inside the viewport.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isolateBidi } from '../lib/bidi';
import type { BadgeGroup, OpenCard } from './badge-group';
import { placeCard, type Placement } from './card-place';
import { safeHref, type T } from './i18n';

export interface BadgeItem {
  kind: 'source' | 'photo' | 'basedOn';
  label: string;
  evidence: string;
  cueText: string;
  /** Best link to the original. */
  url?: string;
  detail?: string;
}

let seq = 0;

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
  const [place, setPlace] = useState<Placement>();
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
    // The badge is the card's containing block: offsets from its box are the card's own.
    const pill = badge.current.getBoundingClientRect();
    const view = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
    setPlace(placeCard(pill, { width: card.current.offsetWidth, height: card.current.scrollHeight }, view));
  }, [open]);

  const names = (kind: BadgeItem['kind']) => items.filter((i) => i.kind === kind).map((i) => isolateBidi(i.label)).join(', ');
  const text = [
    names('source') && t('badgeLabel', names('source')),
    names('photo') && t('badgePhoto', names('photo')),
    names('basedOn') && t('badgeBasedOn', names('basedOn')),
  ]
    .filter(Boolean)
    .join(' · ');
  const style = place && {
    left: `${place.left}px`,
    maxHeight: `${place.maxHeight}px`,
    ...(place.above ? { top: 'auto', bottom: `${place.offset}px` } : { top: `${place.offset}px` }),
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
        class="st-pill"
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
        <span class="st-card" id={id} ref={card} role="dialog" aria-label={text} tabIndex={-1} style={style} data-testid="badge-card">
          {items.map((item) => (
            <span class="st-item" key={`${item.kind}:${item.label}`}>
              <strong dir="auto">{item.label}</strong>
              {item.detail && (
                <span class="st-detail">
                  {' · '}
                  <bdi>{item.detail}</bdi>
                </span>
              )}
              <span class="st-evidence">
                <bdi class="st-cue">{item.cueText}</bdi>
                {/* Its own paragraph direction: a right-to-left quote reads and wraps right to left. */}
                <q class="st-quote" dir="auto" data-testid="badge-quote">
                  {item.evidence}
                </q>
              </span>
              {safeHref(item.url) && (
                <a href={safeHref(item.url)} target="_blank" rel="noopener noreferrer">
                  {safeHref(item.url)!.replace(/^https?:\/\//, '').slice(0, 60)}
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
