// cellCountKernel.ts maps a histogram of expected cell counts onto the histogram of the whole cells drawn around them.

import { binCount, binLower, binOf, type LogBins } from './streamingQuantiles';

/**
 * Whole cells around an expected count μ follow the law the stochastic engine draws them from: Poisson(μ), and above
 * `largeCount` cells μ + √μ·Z rounded to the nearest whole cell (0 below ½). Must match the engine's `LARGE_COUNT`.
 */
export interface CellLaw {
  largeCount: number;
}

/** One row of a kernel: chance `weights[k]` that the whole cells fall in bin `cols[k]`; the weights sum to 1. */
export interface KernelRow {
  cols: Int32Array;
  weights: Float64Array;
}

/** Expected counts per bin at which a row is evaluated: spread evenly in log across the bin (its values are unknown within it). */
const POINTS_PER_BIN = 8;
/** Chances below this are dropped from a row (the row is then rescaled to sum to 1). */
const NEGLIGIBLE = 1e-12;

/**
 * Φ(x), the standard normal distribution function, from erfc by its Chebyshev fit (Press et al., Numerical Recipes,
 * 2nd ed., §6.2 `erfcc`: relative error below 1.2·10^-7 everywhere), ample for the chance of a bin.
 */
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** Adds to `row` (by bin) the law of the level of whole cells around μ expected cells, times `weight`. */
function addCellLaw(bins: LogBins, cellsPerUnit: number, mu: number, law: CellLaw, weight: number, row: Float64Array): void {
  if (!(mu > 0)) {
    row[0]! += weight;
    return;
  }
  if (mu <= law.largeCount) {
    // Poisson(μ) term by term until the terms are negligible past the mode (they then fall geometrically; a sum of
    // them is rounded and may never reach 1 − ε, so it is not the test).
    let p = Math.exp(-mu);
    row[0]! += weight * p;
    for (let k = 1; k <= mu || p >= NEGLIGIBLE * 1e-4; k++) {
      p *= mu / k;
      row[binOf(bins, k / cellsPerUnit)]! += weight * p;
    }
    return;
  }
  // Rounded normal: k whole cells when μ + σZ falls in [k − ½, k + ½); none below ½.
  const sigma = Math.sqrt(mu);
  const cdfAt = (v: number) => normalCdf((v - mu) / sigma);
  row[0]! += weight * cdfAt(0.5);
  const lo = Math.max(1, Math.floor(mu - 9 * sigma));
  const hi = Math.ceil(mu + 9 * sigma);
  // Walk the bins the whole counts lo..hi fall in: bin j holds counts k with binLower(j) ≤ k/c < binLower(j + 1).
  const nBins = binCount(bins);
  let k = lo;
  while (k <= hi) {
    const j = binOf(bins, k / cellsPerUnit);
    // The last whole count in bin j, from its upper edge, then checked against binOf itself (edges are rounded).
    let last = j < nBins - 1 ? Math.min(hi, Math.max(k, Math.ceil(binLower(bins, j + 1) * cellsPerUnit) - 1)) : hi;
    while (last > k && binOf(bins, last / cellsPerUnit) !== j) last--;
    while (last < hi && binOf(bins, (last + 1) / cellsPerUnit) === j) last++;
    row[j]! += weight * (cdfAt(last + 0.5) - cdfAt(k - 0.5));
    k = last + 1;
  }
}

/**
 * Row i gives, for a level whose expected value lies in bin i, the chance that the level of the whole cells drawn around
 * it (cells / cellsPerUnit) lies in each bin. A row averages the cell law over POINTS_PER_BIN expected levels spread
 * evenly in log across its bin (the underflow bin over the decade below its edge, the overflow bin at its edge). Rows
 * are sparse (Poisson noise spans a few bins except for a handful of cells) and built on first use: a cohort's
 * expected levels fill a fraction of the bins, and the page builds them while it reads its first bands.
 */
export class CellCountKernel {
  private readonly rows: (KernelRow | undefined)[];
  private readonly scratch: Float64Array;

  constructor(
    readonly bins: LogBins,
    readonly cellsPerUnit: number,
    readonly law: CellLaw,
  ) {
    const n = binCount(bins);
    this.rows = new Array<KernelRow | undefined>(n).fill(undefined);
    this.scratch = new Float64Array(n);
  }

  row(i: number): KernelRow {
    return (this.rows[i] ??= this.build(i));
  }

  private build(i: number): KernelRow {
    const { bins, cellsPerUnit, law } = this;
    const n = this.scratch.length;
    const row = this.scratch;
    row.fill(0);
    if (i === 0) row[0] = 1;
    else {
      // Log10 of the first expected level's bin edge, and the bin's width in decades.
      let from = bins.minLog10 - 1;
      let width = 1;
      if (i === n - 1) {
        from = bins.maxLog10;
        width = 0;
      } else if (i > 1) {
        from = Math.log10(binLower(bins, i));
        width = 1 / bins.binsPerDecade;
      }
      for (let m = 0; m < POINTS_PER_BIN; m++) {
        const level = Math.pow(10, from + (width * (m + 0.5)) / POINTS_PER_BIN);
        addCellLaw(bins, cellsPerUnit, level * cellsPerUnit, law, 1 / POINTS_PER_BIN, row);
      }
    }
    let total = 0;
    let kept = 0;
    for (let j = 0; j < n; j++) {
      if (row[j]! < NEGLIGIBLE) continue;
      total += row[j]!;
      kept++;
    }
    const cols = new Int32Array(kept);
    const weights = new Float64Array(kept);
    for (let j = 0, k = 0; j < n; j++) {
      if (row[j]! < NEGLIGIBLE) continue;
      cols[k] = j;
      weights[k++] = row[j]! / total;
    }
    return { cols, weights };
  }
}

const kernels = new WeakMap<LogBins, Map<string, CellCountKernel>>();

/** The kernel for series with `cellsPerUnit` cells per unit level, one per bin layout, scale and law (rows kept). */
export function cellCountKernel(bins: LogBins, cellsPerUnit: number, law: CellLaw): CellCountKernel {
  let byScale = kernels.get(bins);
  if (!byScale) kernels.set(bins, (byScale = new Map()));
  const key = `${cellsPerUnit}|${law.largeCount}`;
  let kernel = byScale.get(key);
  if (!kernel) byScale.set(key, (kernel = new CellCountKernel(bins, cellsPerUnit, law)));
  return kernel;
}
