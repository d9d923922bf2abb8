// zoomDomain.ts computes zoomed and panned time domains (keyboard +/-, arrows, brush), clamped to the run.

export type Domain = [number, number];

/** The smallest span a zoom may reach: one hour, in years (the scale of cell-free DNA clearance). */
export const MIN_SPAN_YEARS = 1 / (365.25 * 24);

function clampTo(d: Domain, full: Domain): Domain {
  const span = Math.min(d[1] - d[0], full[1] - full[0]);
  let lo = Math.max(full[0], d[0]);
  let hi = lo + span;
  if (hi > full[1]) {
    hi = full[1];
    lo = hi - span;
  }
  return [lo, hi];
}

/** Zooms by `factor` (< 1 zooms in) around `center`, keeping it at the same place on screen. */
export function zoomBy(d: Domain, factor: number, center: number, full: Domain): Domain {
  const span = Math.max(MIN_SPAN_YEARS, (d[1] - d[0]) * factor);
  const f = d[1] === d[0] ? 0.5 : (center - d[0]) / (d[1] - d[0]);
  const lo = center - f * span;
  return clampTo([lo, lo + span], full);
}

/** Pans by a share of the span (negative = earlier). */
export function panBy(d: Domain, share: number, full: Domain): Domain {
  const dx = (d[1] - d[0]) * share;
  return clampTo([d[0] + dx, d[1] + dx], full);
}

/** A brushed range, widened to the minimum span and clamped; undefined when the brush is a click. */
export function fromBrush(a: number, b: number, full: Domain): Domain | undefined {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (!(hi - lo > MIN_SPAN_YEARS / 10)) return undefined;
  const mid = (lo + hi) / 2;
  const span = Math.max(MIN_SPAN_YEARS, hi - lo);
  return clampTo([mid - span / 2, mid + span / 2], full);
}

/** True when the domain is (nearly) the whole run. */
export function isFull(d: Domain | undefined, full: Domain): boolean {
  return !d || (d[0] <= full[0] + 1e-9 && d[1] >= full[1] - 1e-9);
}
