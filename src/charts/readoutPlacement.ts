// readoutPlacement.ts places a cursor readout beside the cursor without leaving the chart: right of it, else left, else narrower, else over it.

/** Where the box goes, in the plot's px: `right` of the cursor (x = its left edge), `left` of it (x = its right edge), or
 * `over` the cursor when no side has room (x = its left edge); `maxWidth` is the room it has there (its rows wrap to it). */
export interface ReadoutPlacement {
  side: 'right' | 'left' | 'over';
  x: number;
  maxWidth: number;
}

/**
 * Places a readout whose natural width is `width` for a cursor at `cursor`, inside the chart's edges [lo, hi]: right of
 * the cursor when it fits there, else left of it; when it fits on neither side it wraps to the roomier side (if that
 * side has at least `minRoom`), and only a chart too narrow for that puts it over the cursor, clamped to the edges.
 */
export function readoutPlacement(cursor: number, width: number, lo: number, hi: number, gap = 14, minRoom = 180): ReadoutPlacement {
  const roomRight = hi - cursor - gap;
  const roomLeft = cursor - gap - lo;
  const right: ReadoutPlacement = { side: 'right', x: cursor + gap, maxWidth: roomRight };
  const left: ReadoutPlacement = { side: 'left', x: cursor - gap, maxWidth: roomLeft };
  if (width <= roomRight) return right;
  if (width <= roomLeft) return left;
  if (Math.max(roomLeft, roomRight) >= minRoom) return roomLeft > roomRight ? left : right;
  const w = Math.min(width, hi - lo);
  return { side: 'over', x: Math.max(lo, Math.min(hi - w, cursor + gap)), maxWidth: hi - lo };
}
