// figure.ts is the shape of one benchmark figure and the timing helpers the suites share.

export interface Figure {
  /** Stable dotted name, e.g. `model.threeChildren.medianMs`; the key in `--json` output. */
  name: string;
  value: number;
  unit: string;
  /** What was measured, for the printed table. */
  label: string;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the sorted durations in ms. */
export function timeRuns(fn: () => void, runs: number, warmup = Math.ceil(runs / 5)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

/** The q-quantile (0..1) of an ascending array, by linear interpolation. */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
