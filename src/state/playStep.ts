// playStep.ts is the arithmetic of Play: what range it plays through (the view), how fast (the view in N seconds), one frame's move.

/** A range of the mother's age, in years. */
export type PlayRange = [number, number];

/** Choices of how long Play takes to cross the view, in seconds: a speed that scales with what is in view, so a
 * zoom onto twelve hours plays as watchably as the whole life (a fixed years-per-second left the view in a frame). */
export const PLAY_SECONDS: readonly number[] = [5, 10, 20, 40];
/** The default: the whole 80-year run in 20 s (4 years per second, the former default speed). */
export const DEFAULT_PLAY_SECONDS = 20;

/** What Play plays through: the zoomed view, kept inside the run; the whole run when not zoomed (or the zoom is off it). */
export function playRange(zoom: PlayRange | undefined, full: PlayRange): PlayRange {
  if (!zoom) return full;
  const lo = Math.max(full[0], zoom[0]);
  const hi = Math.min(full[1], zoom[1]);
  return hi > lo ? [lo, hi] : full;
}

/** Years of the mother's life per second of playback: the range crossed in `seconds`. */
export function playRate(range: PlayRange, seconds: number): number {
  return (range[1] - range[0]) / (seconds > 0 ? seconds : DEFAULT_PLAY_SECONDS);
}

/** Where Play starts: the playhead when it is inside the range and short of its end, else the range's start. */
export function playStart(at: number | undefined, range: PlayRange): number {
  return at === undefined || !Number.isFinite(at) || at < range[0] || at >= range[1] ? range[0] : at;
}

/**
 * One frame: the playhead after `dtSeconds` at `seconds` per view. A playhead outside the range (the reader zoomed
 * while playing) is brought to its start; reaching the end stops there (`done`).
 */
export function playStep(at: number, dtSeconds: number, range: PlayRange, seconds: number): { at: number; done: boolean } {
  const from = at < range[0] || !Number.isFinite(at) ? range[0] : at;
  const next = from + Math.max(0, dtSeconds) * playRate(range, seconds);
  return next >= range[1] ? { at: range[1], done: true } : { at: next, done: false };
}
