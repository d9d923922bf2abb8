// streamingQuantiles.ts keeps cohort percentiles in fixed log-spaced histogram bins: memory flat in N, merged by adding counts.

import type { CellCountKernel } from './cellCountKernel';

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

/**
 * A bin index for `value`: the last bin whose lower edge (`binLower`, the same expression) is at or below it. NaN and
 * negatives go to the zero bin (the engines never produce them; this keeps counts whole).
 */
export function binOf(b: LogBins, value: number): number {
  return binIndexer(b).index(value);
}

/**
 * Bins a value without a logarithm or a search (the cohort bins ~10^4 values per woman): the double's exponent and top
 * 6 mantissa bits (a 1/64-octave slice, narrower than a bin) pick a table entry holding the bin of the slice's start,
 * and one comparison with the next bin's lower edge settles the rest. Edges are exactly `binLower`'s.
 */
class BinIndexer {
  private readonly last: number;
  /** Lower edge of every bin (index i, `binLower`'s values; 0 for bins 0 and 1), and +Infinity past the last. */
  readonly lower: Float64Array;
  /** Bin of the start of each 1/64-octave slice, from the slice of `lowKey`. */
  private readonly table: Uint16Array;
  private readonly lowKey: number;
  private readonly highKey: number;
  private readonly min: number;
  private readonly max: number;
  private readonly f64 = new Float64Array(1);
  private readonly u32 = new Uint32Array(this.f64.buffer);
  private readonly hiWord: number;

  constructor(bins: LogBins) {
    // A slice must be narrower than a bin (1/64 octave ≈ 1/213 decade), so that at most one edge falls inside it.
    if (!(bins.binsPerDecade <= 200)) throw new Error(`BinIndexer: at most 200 bins per decade, got ${bins.binsPerDecade}`);
    const n = binCount(bins);
    this.last = n - 1;
    this.lower = new Float64Array(n + 1);
    for (let i = 2; i < n; i++) this.lower[i] = binLower(bins, i);
    this.lower[n] = Infinity;
    this.min = this.lower[2]!;
    this.max = this.lower[n - 1]!;
    this.f64[0] = 1;
    this.hiWord = this.u32[1] === 0x3ff00000 ? 1 : 0;
    this.lowKey = this.key(this.min);
    this.highKey = this.key(this.max);
    this.table = new Uint16Array(this.highKey - this.lowKey + 1);
    let bin = 2;
    for (let k = this.lowKey; k <= this.highKey; k++) {
      const start = this.startOf(k);
      while (bin + 1 < n && this.lower[bin + 1]! <= start) bin++;
      this.table[k - this.lowKey] = bin;
    }
  }

  /** Exponent and top 6 mantissa bits of a positive double. */
  private key(v: number): number {
    this.f64[0] = v;
    return this.u32[this.hiWord]! >>> 14;
  }

  /** The smallest double of slice k. */
  private startOf(k: number): number {
    this.u32[this.hiWord] = k << 14;
    this.u32[1 - this.hiWord] = 0;
    return this.f64[0]!;
  }

  index(value: number): number {
    if (!(value >= this.min)) return value > 0 ? 1 : 0;
    if (value >= this.max) return this.last;
    this.f64[0] = value;
    const bin = this.table[(this.u32[this.hiWord]! >>> 14) - this.lowKey]!;
    return value >= this.lower[bin + 1]! ? bin + 1 : bin;
  }
}

const indexers = new WeakMap<LogBins, BinIndexer>();

/** The indexer of a bin layout, built once per layout object. */
function binIndexer(b: LogBins): BinIndexer {
  let ix = indexers.get(b);
  if (!ix) indexers.set(b, (ix = new BinIndexer(b)));
  return ix;
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
 * The value at a rank that falls `offsetInBin` counts into bin `i` (of `nBins`, holding `c`): 0 in the zero bin, the
 * range's ends in the under- and overflow bins, else log-linear within the bin. The one rule every quantile reading uses.
 */
function valueInBin(b: LogBins, i: number, nBins: number, offsetInBin: number, c: number, lower = binIndexer(b).lower): number {
  if (i === 0) return 0;
  if (i === 1) return Math.pow(10, b.minLog10);
  if (i === nBins - 1) return Math.pow(10, b.maxLog10);
  // Whole counts keep (offset + ½)/c below 1; a fractional count (a mixed histogram) may not.
  // `lower` holds binLower's values (a table: the cohort reads thousands of percentiles per partial result).
  return lower[i]! * Math.pow(10, Math.min(1, (offsetInBin + 0.5) / c) / b.binsPerDecade);
}

/**
 * The q-quantile (0..1) read from `nBins` counts starting at `offset`. It estimates the order statistic of rank
 * floor(q·(n−1)) (0-based): 0 if that element is an exact zero, else a point inside its bin, spread geometrically by
 * its rank among the bin's elements. So the estimate always lies within one bin of the exact quantile: its
 * log10 differs by at most 1/binsPerDecade (tested against exact quantiles). NaN when the counts are empty.
 */
export function quantileFromCounts(b: LogBins, counts: ArrayLike<number>, offset: number, q: number, total?: number, stride = 1): number {
  const nBins = binCount(b);
  let n = total ?? 0;
  if (total === undefined) for (let i = 0; i < nBins; i++) n += counts[offset + i * stride]!;
  if (n <= 0) return NaN;
  const rank = Math.floor(Math.min(1, Math.max(0, q)) * (n - 1));
  let below = 0;
  for (let i = 0; i < nBins; i++) {
    const c = counts[offset + i * stride]!;
    if (rank < below + c) return valueInBin(b, i, nBins, rank - below, c);
    below += c;
  }
  return Math.pow(10, b.maxLog10);
}

/**
 * Several quantiles (ascending qs) of one cell in one pass over its bins, written to out[k][at]; the same estimates as
 * `quantileFromCounts` (the cohort reads five percentiles of thousands of cells for every partial result). Bin i of the
 * cell is at `offset + i·stride`.
 */
export function quantilesFromCounts(b: LogBins, counts: ArrayLike<number>, offset: number, qs: readonly number[], out: Float64Array[], at: number, stride = 1): void {
  const nBins = binCount(b);
  let n = 0;
  for (let i = 0; i < nBins; i++) n += counts[offset + i * stride]!;
  if (n <= 0) {
    for (let k = 0; k < qs.length; k++) out[k]![at] = NaN;
    return;
  }
  let k = 0;
  let below = 0;
  for (let i = 0; i < nBins && k < qs.length; i++) {
    const c = counts[offset + i * stride]!;
    while (k < qs.length) {
      const rank = Math.floor(Math.min(1, Math.max(0, qs[k]!)) * (n - 1));
      if (rank >= below + c) break;
      out[k]![at] = valueInBin(b, i, nBins, rank - below, c);
      k++;
    }
    below += c;
  }
  for (; k < qs.length; k++) out[k]![at] = Math.pow(10, b.maxLog10);
}

/**
 * Histogram counts for `series` × `times` cells: one host's cohort summary. Adding a woman touches one bin per cell;
 * merging two summaries adds integer counts, so the result is the same whatever the split and the order of merges.
 * Layout: series, then bin, then time (count of bin b at time t of series s at `(s·nBins + b)·times + t`): one woman's
 * level changes little from one sample to the next, so her increments land close together in memory.
 */
export class QuantileGrid {
  readonly bins: LogBins;
  readonly nBins: number;
  readonly series: number;
  readonly times: number;
  private counts_: Uint32Array;
  private readonly indexer: BinIndexer;
  /**
   * Counts staged one byte per cell (`stageTrajectory`), folded into the counts every 255 women and whenever the
   * counts are read. A worker's counts (1–5 MB) outgrow the core's cache; the byte array is a quarter of that, and one
   * woman's ~10^4 increments land mostly in cache.
   */
  private stage: Uint8Array | undefined;
  /** The stage four cells at a time (its whole words; the last 0–3 cells are not in it). */
  private stageWords: Uint32Array | undefined;
  private stagedWomen = 0;
  /** Scratch for `mixedCounts` (one series' bins × times). */
  private mixed: Float64Array | undefined;

  constructor(series: number, times: number, bins: LogBins = DEFAULT_BINS, counts?: Uint32Array) {
    this.bins = bins;
    this.nBins = binCount(bins);
    this.series = series;
    this.times = times;
    this.indexer = binIndexer(bins);
    const size = series * times * this.nBins;
    if (counts && counts.length !== size) throw new Error(`QuantileGrid: counts has ${counts.length} entries, expected ${size}`);
    this.counts_ = counts ?? new Uint32Array(size);
  }

  get counts(): Uint32Array {
    if (this.stagedWomen > 0) this.fold();
    return this.counts_;
  }

  /**
   * Takes `next` as the counts from now on and returns the current ones: a flush without copying. `next` is zeroed here
   * unless the caller says it is fresh (a new typed array is already zero, and filling megabytes is not free).
   */
  swapCounts(next: Uint32Array, fresh = false): Uint32Array {
    if (next.length !== this.counts_.length) throw new Error('QuantileGrid.swapCounts: layouts differ');
    if (this.stagedWomen > 0) this.fold();
    if (!fresh) next.fill(0);
    const out = this.counts_;
    this.counts_ = next;
    return out;
  }

  /** Offset of bin 0 of (series, time); bin b is `times·b` further on. */
  private cell(series: number, time: number): number {
    return series * this.nBins * this.times + time;
  }

  add(series: number, time: number, value: number): void {
    this.counts[this.cell(series, time) + this.indexer.index(value) * this.times]! += 1;
  }

  /** Adds one woman's whole trajectory of one series (values over every time). */
  addTrajectory(series: number, values: ArrayLike<number>, valuesOffset = 0): void {
    const T = this.times;
    const base = series * this.nBins * T;
    const counts = this.counts;
    const ix = this.indexer;
    for (let t = 0; t < T; t++) counts[base + ix.index(values[valuesOffset + t]!) * T + t]! += 1;
  }

  /**
   * `addTrajectory` into the byte stage: each woman adds at most one to a cell (one trajectory per series), so after
   * `endWoman` has counted 255 women the stage is folded into the counts before any byte can overflow.
   */
  stageTrajectory(series: number, values: ArrayLike<number>, valuesOffset = 0): void {
    if (!this.stage) {
      this.stage = new Uint8Array(this.counts_.length);
      this.stageWords = new Uint32Array(this.stage.buffer, 0, this.stage.length >> 2);
    }
    const stage = this.stage;
    const T = this.times;
    const base = series * this.nBins * T;
    const ix = this.indexer;
    let t = 0;
    // A leading run of exact zeros (a graft not yet conceived: a fifth of a cohort's values) goes to bin 0 directly.
    while (t < T && values[valuesOffset + t] === 0) stage[base + t++]! += 1;
    for (; t < T; t++) stage[base + ix.index(values[valuesOffset + t]!) * T + t]! += 1;
  }

  /** One woman's trajectories are staged (each series once). */
  endWoman(): void {
    if (++this.stagedWomen >= 255) this.fold();
  }

  private fold(): void {
    const stage = this.stage;
    this.stagedWomen = 0;
    if (!stage) return;
    const counts = this.counts_;
    // Most cells of a stage are 0 (a woman fills one bin of ~143 per series and time): skip them four at a time.
    const words = this.stageWords!;
    for (let w = 0; w < words.length; w++) {
      if (words[w] === 0) continue;
      for (let i = 4 * w; i < 4 * w + 4; i++) counts[i]! += stage[i]!;
      words[w] = 0;
    }
    for (let i = 4 * words.length; i < stage.length; i++) {
      counts[i]! += stage[i]!;
      stage[i] = 0;
    }
  }

  merge(counts: Uint32Array): void {
    this.mergeRange(counts, 0, counts.length);
  }

  /** Adds entries `from` to `to` (exclusive) of another grid's counts (same layout): a merge done in slices. */
  mergeRange(counts: Uint32Array, from: number, to: number): void {
    const own = this.counts_;
    if (counts.length !== own.length) throw new Error('QuantileGrid.merge: layouts differ');
    const end = Math.min(to, counts.length);
    for (let i = Math.max(0, from); i < end; i++) own[i]! += counts[i]!;
  }

  /** Number of values counted in one cell (the same for every cell once whole women are added). */
  cellTotal(series: number, time: number): number {
    const off = this.cell(series, time);
    let n = 0;
    for (let i = 0; i < this.nBins; i++) n += this.counts[off + i * this.times]!;
    return n;
  }

  quantile(series: number, time: number, q: number): number {
    return quantileFromCounts(this.bins, this.counts, this.cell(series, time), q, undefined, this.times);
  }

  /**
   * Several quantiles (ascending) of one series at every time: out[k] for qs[k], the same numbers as
   * `quantilesFromCounts` cell by cell. It walks the series' counts in memory order (bin by bin, all times at once),
   * as the main thread does for every partial result. `cellTotal`, when given, is every cell's total count (true when
   * whole women were added, one count per series and time each). With a `kernel`, the counts are of expected cells and
   * the quantiles are those of the whole cells drawn around them (`mixedCounts`).
   */
  quantilesSeries(series: number, qs: readonly number[], cellTotal?: number, kernel?: CellCountKernel): Float64Array[] {
    const T = this.times;
    const nB = this.nBins;
    const b = this.bins;
    const counts = kernel ? this.mixedCounts(series, kernel) : this.counts;
    const base = kernel ? 0 : series * nB * T;
    const K = qs.length;
    const out = qs.map(() => new Float64Array(T));
    const total = new Float64Array(T);
    // Every cell holds one count per woman once whole women are added: a caller that knows it passes the total, and
    // the counts are read once instead of twice.
    if (cellTotal !== undefined) total.fill(cellTotal);
    else for (let i = 0; i < nB; i++) for (let t = 0, at = base + i * T; t < T; t++, at++) total[t]! += counts[at]!;
    // Per time: the rank of each quantile, the count below the current bin, the next quantile to place.
    const rank = new Float64Array(T * K);
    const below = new Float64Array(T);
    const next = new Uint8Array(T);
    for (let t = 0; t < T; t++) {
      const n = total[t]!;
      if (n <= 0) {
        for (let k = 0; k < K; k++) out[k]![t] = NaN;
        next[t] = K;
        continue;
      }
      for (let k = 0; k < K; k++) rank[t * K + k] = Math.floor(Math.min(1, Math.max(0, qs[k]!)) * (n - 1));
    }
    const top = Math.pow(10, b.maxLog10);
    const lower = this.indexer.lower;
    for (let i = 0; i < nB; i++) {
      const row = base + i * T;
      for (let t = 0; t < T; t++) {
        const c = counts[row + t]!;
        if (!(c > 0)) continue;
        let k = next[t]!;
        const bel = below[t]!;
        while (k < K) {
          const r = rank[t * K + k]!;
          if (r >= bel + c) break;
          out[k]![t] = valueInBin(b, i, nB, r - bel, c, lower);
          k++;
        }
        next[t] = k;
        below[t] = bel + c;
      }
    }
    for (let t = 0; t < T; t++) for (let k = next[t]!; k < K; k++) out[k]![t] = top;
    return out;
  }

  /**
   * One series' counts (bin, then time) carried through `kernel`: bin j at time t holds Σᵢ counts(i, t)·K(i, j), the
   * expected number of women whose whole cells would fall in bin j had each been drawn around her expected count. The
   * same women and total per time; fractional. Reading percentiles from it gives what drawing would give on average,
   * without the draws' noise (Rao–Blackwell).
   */
  private mixedCounts(series: number, kernel: CellCountKernel): Float64Array {
    const T = this.times;
    const nB = this.nBins;
    const counts = this.counts;
    const base = series * nB * T;
    // One buffer per grid, reused by every mixed series (read within the same `quantilesSeries` call).
    const out = (this.mixed ??= new Float64Array(nB * T)).fill(0);
    for (let i = 0; i < nB; i++) {
      const row = base + i * T;
      let cols: Int32Array | undefined;
      let weights: Float64Array | undefined;
      for (let t = 0; t < T; t++) {
        const c = counts[row + t]!;
        if (c === 0) continue;
        if (!cols || !weights) ({ cols, weights } = kernel.row(i));
        for (let k = 0; k < cols.length; k++) out[cols[k]! * T + t]! += c * weights[k]!;
      }
    }
    return out;
  }

  /** The q-quantile of one series at every time. */
  quantileSeries(series: number, q: number): Float64Array {
    const out = new Float64Array(this.times);
    for (let t = 0; t < this.times; t++) out[t] = this.quantile(series, t, q);
    return out;
  }

  reset(): void {
    this.counts_.fill(0);
    this.stage?.fill(0);
    this.stagedWomen = 0;
  }
}
