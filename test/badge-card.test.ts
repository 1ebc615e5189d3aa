/** Badge cards: placed inside the viewport, and one open at a time (Escape and outside clicks close it). */
import { describe, expect, it, vi } from 'vitest';
import { BadgeGroup, type OpenCard } from '../components/badge-group';
import { placeCard } from '../components/card-place';

const view = { width: 1000, height: 800 };
const pill = (left: number, top: number, width = 120) => ({ left, top, right: left + width, bottom: top + 20 });

describe('placeCard', () => {
  it.each([
    ['below, when it fits', pill(100, 100), { width: 300, height: 200 }, { above: false, left: 0, offset: 24, maxHeight: 668 }],
    ['above, near the bottom with more room up there', pill(100, 700), { width: 300, height: 200 }, { above: true, left: 0, offset: 24, maxHeight: 688 }],
    ['below near the bottom when it still fits', pill(100, 500), { width: 300, height: 200 }, { above: false, left: 0, offset: 24, maxHeight: 268 }],
    ['shifted left near the right edge', pill(900, 100), { width: 300, height: 200 }, { above: false, left: -208, offset: 24, maxHeight: 668 }],
    ['left edge kept on a viewport narrower than the card', pill(20, 100), { width: 1200, height: 200 }, { above: false, left: -12, offset: 24, maxHeight: 668 }],
    ['never squeezed below the minimum (it scrolls)', pill(100, 40, 120), { width: 300, height: 2000 }, { above: false, left: 0, offset: 24, maxHeight: 728 }],
  ])('%s', (_, p, size, expected) => {
    expect(placeCard(p, size, view)).toEqual(expected);
  });

  it('a card taller than any room gets the larger side and scrolls', () => {
    const placed = placeCard(pill(100, 600), { width: 300, height: 5000 }, view);
    expect(placed).toEqual({ above: true, left: 0, offset: 24, maxHeight: 588 });
  });
});

describe('BadgeGroup', () => {
  const card = (host?: EventTarget) => ({ close: vi.fn<() => void>(), focusBadge: vi.fn<() => void>(), host }) satisfies OpenCard;

  it('keeps one card open: opening another closes the first', () => {
    const group = new BadgeGroup();
    const [a, b] = [card(), card()];
    group.opened(a);
    group.opened(b);
    expect(a.close).toHaveBeenCalledOnce();
    expect(b.close).not.toHaveBeenCalled();
  });

  it('Escape closes the open card and gives focus back to its badge; with none open it does nothing', () => {
    const group = new BadgeGroup();
    expect(group.escape()).toBe(false);
    const a = card();
    group.opened(a);
    expect(group.escape()).toBe(true);
    expect(a.close).toHaveBeenCalledOnce();
    expect(a.focusBadge).toHaveBeenCalledOnce();
    expect(group.escape()).toBe(false);
  });

  it('a pointer outside the badge closes its card, one inside does not', () => {
    const group = new BadgeGroup();
    const host = {} as EventTarget;
    const a = card(host);
    group.opened(a);
    group.pointerDown([{} as EventTarget, host]);
    expect(a.close).not.toHaveBeenCalled();
    group.pointerDown([{} as EventTarget]);
    expect(a.close).toHaveBeenCalledOnce();
  });

  it('a card that closed by itself is no longer the open one', () => {
    const group = new BadgeGroup();
    const a = card();
    group.opened(a);
    group.closed(a);
    expect(group.escape()).toBe(false);
  });
});
