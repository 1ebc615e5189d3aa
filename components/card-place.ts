/**
 * Where a badge's card goes: below its pill when it fits (or has more room there), else above; shifted
 * sideways to stay inside the viewport; never taller than the room it has (the card scrolls beyond that).
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  /** Above the pill instead of below. */
  above: boolean;
  /** Horizontal offset from the pill's left edge, in px. */
  left: number;
  /** Vertical offset from the pill's top edge (below) or bottom edge (above), in px. */
  offset: number;
  /** The card's maximum height, in px. */
  maxHeight: number;
}

/** Space kept between the card and the viewport's edges. */
const MARGIN = 8;
/** Gap between the pill and the card. */
const GAP = 4;
/** A card is never squeezed below this (it scrolls inside). */
const MIN_HEIGHT = 96;

/** Places a card of `size` (its natural size, border included) beside `pill` in a viewport of `view`. */
export function placeCard(pill: Box, size: { width: number; height: number }, view: { width: number; height: number }): Placement {
  const below = view.height - pill.bottom - GAP - MARGIN;
  const above = pill.top - GAP - MARGIN;
  const up = size.height > below && above > below;
  const room = Math.max(MIN_HEIGHT, up ? above : below);
  // Keep the right edge inside the viewport first, then the left edge (which wins on a narrow screen).
  const overflowRight = pill.left + size.width - (view.width - MARGIN);
  let left = overflowRight > 0 ? -overflowRight : 0;
  if (pill.left + left < MARGIN) left = MARGIN - pill.left;
  return { above: up, left: Math.round(left), offset: Math.ceil(pill.bottom - pill.top) + GAP, maxHeight: Math.floor(room) };
}
