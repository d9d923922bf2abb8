// seriesMath.ts holds the small numeric helpers the charts share: interpolation at a time, peaks, sums of series.

/** Index of the last sample at or before t (0 when t is before the first). */
export function indexAtOrBefore(x: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = x.length - 1;
  if (hi < 0) return -1;
  if (t <= x[0]!) return 0;
  if (t >= x[hi]!) return hi;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid]! <= t) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The value at time t by interpolation between samples (log-linear when both ends are positive, since the
 * levels decay exponentially between samples); NaN outside the sampled range.
 */
export function valueAt(x: ArrayLike<number>, y: ArrayLike<number>, t: number): number {
  const n = x.length;
  if (n === 0 || !(t >= x[0]!) || !(t <= x[n - 1]!)) return NaN;
  const i = indexAtOrBefore(x, t);
  if (i >= n - 1 || x[i] === t) return y[i]!;
  const x0 = x[i]!;
  const x1 = x[i + 1]!;
  const y0 = y[i]!;
  const y1 = y[i + 1]!;
  const f = x1 === x0 ? 0 : (t - x0) / (x1 - x0);
  if (y0 > 0 && y1 > 0) return Math.exp(Math.log(y0) + f * (Math.log(y1) - Math.log(y0)));
  return y0 + f * (y1 - y0);
}

/** The largest value and where it occurs; `{value: 0, at: NaN}` for an empty series. */
export function peakOf(x: ArrayLike<number>, y: ArrayLike<number>, from = -Infinity, to = Infinity): { value: number; at: number } {
  let value = 0;
  let at = NaN;
  for (let i = 0; i < y.length; i++) {
    const t = x[i]!;
    if (t < from || t > to) continue;
    const v = y[i]!;
    if (Number.isFinite(v) && (Number.isNaN(at) || v > value)) {
      value = v;
      at = t;
    }
  }
  return { value, at };
}

/** Element-wise sum of equally long series. */
export function sumSeries(list: readonly ArrayLike<number>[], length: number): Float64Array {
  const out = new Float64Array(length);
  for (const s of list) for (let i = 0; i < length; i++) out[i]! += s[i] ?? 0;
  return out;
}

/** Element-wise mean of equally long series (zeros when the list is empty). */
export function meanSeries(list: readonly ArrayLike<number>[], length: number): Float64Array {
  const out = sumSeries(list, length);
  if (list.length > 0) for (let i = 0; i < length; i++) out[i]! /= list.length;
  return out;
}

/** The first time after `from` from which the series stays below `limit` to the end; undefined if it never does, `from` if it already is. */
export function timeBelowFor(x: ArrayLike<number>, y: ArrayLike<number>, limit: number, from: number): number | undefined {
  const n = x.length;
  let lastAbove = -1;
  for (let i = 0; i < n; i++) if (x[i]! >= from && y[i]! >= limit) lastAbove = i;
  if (lastAbove === -1) return from;
  if (lastAbove === n - 1) return undefined;
  // Log-linear crossing between the last sample above and the next one below.
  const x0 = x[lastAbove]!;
  const x1 = x[lastAbove + 1]!;
  const y0 = y[lastAbove]!;
  const y1 = y[lastAbove + 1]!;
  if (y0 > 0 && y1 > 0 && y0 !== y1) return x0 + ((Math.log(limit) - Math.log(y0)) / (Math.log(y1) - Math.log(y0))) * (x1 - x0);
  return x1;
}
