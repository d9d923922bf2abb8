// streamingQuantiles.ts keeps cohort percentiles in fixed log-spaced histogram bins: memory flat in N, merged by adding counts.

/**
 * Microchimerism levels span many decades and are often exactly 0 (a graft lost, or never founded), so the bins are:
 * bin 0 holds exact zeros; bin 1 holds values in (0, 10^minLog10); bins 2.. split [10^minLog10, 10^maxLog10) into
 * `binsPerDecade` equal steps of log10; the last bin holds everything at or above 10^maxLog10.
 */
export interface LogBins {
  binsPerDecade: number;
  minLog10: number;
  maxLog10: number;
}

/**
 * 10 bins per decade over 10^-9..10^5: a percentile is known to within a factor 10^(1/10) ≈ 1.26 (about the width of a
 * line on a log axis spanning many decades), and one host's grid stays a few MB whatever N.
 */
export const DEFAULT_BINS: LogBins = { binsPerDecade: 10, minLog10: -9, maxLog10: 5 };

export function binCount(b: LogBins): number {
  return 3 + Math.round((b.maxLog10 - b.minLog10) * b.binsPerDecade);
}

/** A bin index for `value`; NaN and negatives go to the zero bin (the engines never produce them; this keeps counts whole). */
export function binOf(b: LogBins, value: number): number {
  if (!(value > 0)) return 0;
  const x = (Math.log10(value) - b.minLog10) * b.binsPerDecade;
  if (x < 0) return 1;
  const last = binCount(b) - 1;
  const i = 2 + Math.floor(x);
  return i >= last ? last : i;
}

/** Lower edge of bin `i` (0 for the zero and underflow bins). */
export function binLower(b: LogBins, i: number): number {
  if (i <= 1) return 0;
  return Math.pow(10, b.minLog10 + (i - 2) / b.binsPerDecade);
}

/** Upper edge of bin `i` (Infinity for the overflow bin). */
export function binUpper(b: LogBins, i: number): number {
  if (i === 0) return 0;
  if (i >= binCount(b) - 1) return Infinity;
  return Math.pow(10, b.minLog10 + (i - 1) / b.binsPerDecade);
}

/**
 * The q-quantile (0..1) read from `nBins` counts starting at `offset`. It estimates the order statistic of rank
 * floor(q·(n−1)) (0-based): 0 if that element is an exact zero, else a point inside its bin, spread geometrically by
 * its rank among the bin's elements. So the estimate always lies within one bin of the exact quantile: its
 * log10 differs by at most 1/binsPerDecade (tested against exact quantiles). NaN when the counts are empty.
 */
export function quantileFromCounts(b: LogBins, counts: ArrayLike<number>, offset: number, q: number, total?: number): number {
  const nBins = binCount(b);
  let n = total ?? 0;
  if (total === undefined) for (let i = 0; i < nBins; i++) n += counts[offset + i]!;
  if (n <= 0) return NaN;
  const rank = Math.floor(Math.min(1, Math.max(0, q)) * (n - 1));
  let below = 0;
  for (let i = 0; i < nBins; i++) {
    const c = counts[offset + i]!;
    if (rank < below + c) {
      if (i === 0) return 0;
      if (i === 1) return Math.pow(10, b.minLog10);
      if (i === nBins - 1) return Math.pow(10, b.maxLog10);
      const lo = binLower(b, i);
      const frac = (rank - below + 0.5) / c;
      return lo * Math.pow(10, frac / b.binsPerDecade);
    }
    below += c;
  }
  return Math.pow(10, b.maxLog10);
}

/**
 * Several quantiles (ascending qs) of one cell in one pass over its bins, written to out[k][at]; the same estimates as
 * `quantileFromCounts` (the cohort reads five percentiles of thousands of cells for every partial result).
 */
export function quantilesFromCounts(b: LogBins, counts: ArrayLike<number>, offset: number, qs: readonly number[], out: Float64Array[], at: number): void {
  const nBins = binCount(b);
  let n = 0;
  for (let i = 0; i < nBins; i++) n += counts[offset + i]!;
  if (n <= 0) {
    for (let k = 0; k < qs.length; k++) out[k]![at] = NaN;
    return;
  }
  let k = 0;
  let below = 0;
  for (let i = 0; i < nBins && k < qs.length; i++) {
    const c = counts[offset + i]!;
    while (k < qs.length) {
      const rank = Math.floor(Math.min(1, Math.max(0, qs[k]!)) * (n - 1));
      if (rank >= below + c) break;
      let v: number;
      if (i === 0) v = 0;
      else if (i === 1) v = Math.pow(10, b.minLog10);
      else if (i === nBins - 1) v = Math.pow(10, b.maxLog10);
      else v = binLower(b, i) * Math.pow(10, (rank - below + 0.5) / c / b.binsPerDecade);
      out[k]![at] = v;
      k++;
    }
    below += c;
  }
  for (; k < qs.length; k++) out[k]![at] = Math.pow(10, b.maxLog10);
}

/**
 * Histogram counts for `series` × `times` cells: one host's cohort summary. Adding a woman touches one bin per cell;
 * merging two summaries adds integer counts, so the result is the same whatever the split and the order of merges.
 */
export class QuantileGrid {
  readonly bins: LogBins;
  readonly nBins: number;
  readonly series: number;
  readonly times: number;
  readonly counts: Uint32Array;

  constructor(series: number, times: number, bins: LogBins = DEFAULT_BINS, counts?: Uint32Array) {
    this.bins = bins;
    this.nBins = binCount(bins);
    this.series = series;
    this.times = times;
    const size = series * times * this.nBins;
    if (counts && counts.length !== size) throw new Error(`QuantileGrid: counts has ${counts.length} entries, expected ${size}`);
    this.counts = counts ?? new Uint32Array(size);
  }

  add(series: number, time: number, value: number): void {
    this.counts[(series * this.times + time) * this.nBins + binOf(this.bins, value)]! += 1;
  }

  /** Adds one woman's whole trajectory of one series (values over every time). */
  addTrajectory(series: number, values: ArrayLike<number>, valuesOffset = 0): void {
    const base = series * this.times * this.nBins;
    for (let t = 0; t < this.times; t++) this.counts[base + t * this.nBins + binOf(this.bins, values[valuesOffset + t]!)]! += 1;
  }

  merge(counts: Uint32Array): void {
    if (counts.length !== this.counts.length) throw new Error('QuantileGrid.merge: layouts differ');
    for (let i = 0; i < counts.length; i++) this.counts[i]! += counts[i]!;
  }

  /** Number of values counted in one cell (the same for every cell once whole women are added). */
  cellTotal(series: number, time: number): number {
    const off = (series * this.times + time) * this.nBins;
    let n = 0;
    for (let i = 0; i < this.nBins; i++) n += this.counts[off + i]!;
    return n;
  }

  quantile(series: number, time: number, q: number): number {
    return quantileFromCounts(this.bins, this.counts, (series * this.times + time) * this.nBins, q);
  }

  /** Several quantiles (ascending) of one series at every time, one pass per cell: out[k] for qs[k]. */
  quantilesSeries(series: number, qs: readonly number[]): Float64Array[] {
    const out = qs.map(() => new Float64Array(this.times));
    for (let t = 0; t < this.times; t++) quantilesFromCounts(this.bins, this.counts, (series * this.times + t) * this.nBins, qs, out, t);
    return out;
  }

  /** The q-quantile of one series at every time. */
  quantileSeries(series: number, q: number): Float64Array {
    const out = new Float64Array(this.times);
    for (let t = 0; t < this.times; t++) out[t] = this.quantile(series, t, q);
    return out;
  }

  reset(): void {
    this.counts.fill(0);
  }
}
