/**
 * A badge beside a credit line or a credited photo, inside a closed shadow root: it names what the line
 * credits and opens a small card on click or focus.
 */
import { useState } from 'preact/hooks';
import { isolateBidi } from '../lib/bidi';
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

export function Badge({ items, t }: { items: BadgeItem[]; t: T }) {
  const [open, setOpen] = useState(false);
  const [id] = useState(() => `st-card-${++seq}`);
  const names = (kind: BadgeItem['kind']) => items.filter((i) => i.kind === kind).map((i) => isolateBidi(i.label)).join(', ');
  const text = [
    names('source') && t('badgeLabel', names('source')),
    names('photo') && t('badgePhoto', names('photo')),
    names('basedOn') && t('badgeBasedOn', names('basedOn')),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <span class="st-badge" data-testid="badge" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        class="st-pill"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        // Keyboard focus opens the card; a mouse click focuses too, and then only its click decides.
        onFocus={(e) => (e.currentTarget as HTMLElement).matches(':focus-visible') && setOpen(true)}
        data-testid="badge-button"
      >
        <span aria-hidden="true" class="st-mark" />
        {text}
      </button>
      {open && (
        <span class="st-card" id={id} role="dialog" aria-label={text} data-testid="badge-card">
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
                <bdi>{item.cueText}</bdi>: “<bdi>{item.evidence}</bdi>”
              </span>
              {safeHref(item.url) && (
                <a href={safeHref(item.url)} target="_blank" rel="noopener noreferrer">
                  {safeHref(item.url)!.replace(/^https?:\/\//, '').slice(0, 60)}
                </a>
              )}
            </span>
          ))}
          <button type="button" class="st-close" onClick={() => setOpen(false)}>
            {t('close')}
          </button>
        </span>
      )}
    </span>
  );
}
