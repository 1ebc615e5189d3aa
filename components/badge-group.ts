/**
 * The badges of one page as a group: one card open at a time, Escape closes it (focus goes back to its
 * badge), a click outside closes it. Each badge lives in its own closed shadow root, so the group is the
 * one place that knows which card is open; it lives in the content script's world, out of the page's reach.
 */

export interface OpenCard {
  close: () => void;
  /** Moves focus back to the badge's own button. */
  focusBadge: () => void;
  /** The badge's host element: a click whose path crosses it is inside the badge. */
  host?: EventTarget;
}

export class BadgeGroup {
  private open?: OpenCard;

  /** A card opened: the one open before closes. */
  opened(card: OpenCard): void {
    if (this.open && this.open !== card) this.open.close();
    this.open = card;
  }

  /** A card closed by itself (its button, blur). */
  closed(card: OpenCard): void {
    if (this.open === card) this.open = undefined;
  }

  /** Escape: closes the open card and returns focus to its badge; false when none was open. */
  escape(): boolean {
    const card = this.open;
    if (!card) return false;
    this.open = undefined;
    card.close();
    card.focusBadge();
    return true;
  }

  /** A pointer went down somewhere: the open card closes unless it was inside its badge. */
  pointerDown(path: EventTarget[]): void {
    const card = this.open;
    if (card && !(card.host && path.includes(card.host))) {
      this.open = undefined;
      card.close();
    }
  }

  /** Listens on the window (capture, before the page's own handlers can stop the event); returns the remover. */
  listen(win: Window): () => void {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && this.escape()) e.stopPropagation();
    };
    const onPointer = (e: Event) => this.pointerDown(e.composedPath());
    win.addEventListener('keydown', onKey, true);
    win.addEventListener('pointerdown', onPointer, true);
    return () => {
      win.removeEventListener('keydown', onKey, true);
      win.removeEventListener('pointerdown', onPointer, true);
    };
  }
}
