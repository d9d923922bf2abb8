// streamingQuantiles.test.ts checks histogram percentiles against exact quantiles, and that merging is split-independent.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_BINS, QuantileGrid, binCount, binLower, binOf, binUpper, quantileFromCounts, quantilesFromCounts, type LogBins } from './streamingQuantiles';
import { womanRandom } from './seededRandom';
import { quantileSorted } from 'd3-array';

/** Order statistic of 0-based rank floor(q(n−1)) and the next one: the exact quantile lies between them. */
function exactNeighbours(sorted: number[], q: number): [number, number] {
  const pos = q * (sorted.length - 1);
  return [sorted[Math.floor(pos)]!, sorted[Math.ceil(pos)]!];
}

function histogramOf(b: LogBins, values: number[]): Uint32Array {
  const c = new Uint32Array(binCount(b));
  for (const v of values) c[binOf(b, v)]! += 1;
  return c;
}

/** Stated tolerance: the estimate lies in [lower edge of the bin of x_floor, upper edge of the bin of x_ceil], and is 0 iff x_floor is 0. */
function expectWithinOneBin(b: LogBins, est: number, sorted: number[], q: number): void {
  const [lo, hi] = exactNeighbours(sorted, q);
  if (lo === 0) {
    expect(est).toBe(0);
    return;
  }
  expect(est).toBeGreaterThanOrEqual(binLower(b, binOf(b, lo)) * (1 - 1e-12));
  expect(est).toBeLessThanOrEqual(binUpper(b, binOf(b, hi)) * (1 + 1e-12));
  // Hence within 1/binsPerDecade of log10 of the order statistic x_floor (when it lies in the binned range); with dense
  // data (as in a cohort) x_floor and x_ceil are close, so this is the error against the interpolated exact quantile too.
  if (lo >= 10 ** b.minLog10 && lo < 10 ** b.maxLog10) expect(Math.abs(Math.log10(est / lo))).toBeLessThanOrEqual(1 / b.binsPerDecade + 1e-9);
}

describe('log bins', { timeout: 30_000 }, () => {
  it('puts zeros in bin 0, tiny values in the underflow bin, huge ones in the last', () => {
    const b = DEFAULT_BINS;
    expect(binOf(b, 0)).toBe(0);
    expect(binOf(b, -1)).toBe(0);
    expect(binOf(b, NaN)).toBe(0);
    expect(binOf(b, 1e-12)).toBe(1);
    expect(binOf(b, 1e9)).toBe(binCount(b) - 1);
    expect(binOf(b, 1)).toBe(2 + 9 * 10);
  });
  it('bins contain their values', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 9.99e4, noNaN: true }), (v) => {
        const i = binOf(DEFAULT_BINS, v);
        expect(binLower(DEFAULT_BINS, i)).toBeLessThanOrEqual(v * (1 + 1e-12));
        expect(binUpper(DEFAULT_BINS, i)).toBeGreaterThanOrEqual(v * (1 - 1e-12));
      }),
    );
  });
});

describe('quantiles from counts against exact quantiles', { timeout: 30_000 }, () => {
  const qs = [0, 0.05, 0.25, 0.5, 0.75, 0.95, 1];
  it('log-normal data spanning decades with a share of exact zeros', () => {
    const rng = womanRandom(42, 0);
    for (const zeroShare of [0, 0.3, 0.6, 0.97]) {
      const values = Array.from({ length: 5000 }, () => (rng.uniform() < zeroShare ? 0 : rng.logNormal(Math.log(1e-3), 3)));
      const sorted = [...values].sort((a, b) => a - b);
      const counts = histogramOf(DEFAULT_BINS, values);
      for (const q of qs) {
        const est = quantileFromCounts(DEFAULT_BINS, counts, 0, q);
        expectWithinOneBin(DEFAULT_BINS, est, sorted, q);
        // Dense data: also within one bin of d3's interpolated quantile.
        const exact = quantileSorted(sorted, q)!;
        if (exact > 0 && sorted[Math.floor(q * (sorted.length - 1))]! > 0) expect(Math.abs(Math.log10(est / exact))).toBeLessThanOrEqual(0.1 + 1e-9);
      }
    }
  });
  it('any data, any bins (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e3, noNaN: true })), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        (values, q, perDecade) => {
          const b: LogBins = { binsPerDecade: perDecade, minLog10: -7, maxLog10: 4 };
          const sorted = [...values].sort((a, c) => a - c);
          expectWithinOneBin(b, quantileFromCounts(b, histogramOf(b, values), 0, q), sorted, q);
        },
      ),
    );
  });
  it('is NaN for empty counts', () => {
    expect(quantileFromCounts(DEFAULT_BINS, new Uint32Array(binCount(DEFAULT_BINS)), 0, 0.5)).toBeNaN();
  });
});

describe('QuantileGrid', { timeout: 30_000 }, () => {
  it('merging parts gives exactly the counts of the whole, whatever the split', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 199 }), { maxLength: 6 }), (cuts) => {
        const rng = womanRandom(7, 3);
        const data = Array.from({ length: 200 }, () => [rng.uniform() < 0.4 ? 0 : rng.logNormal(-5, 2), rng.logNormal(0, 1)]);
        const whole = new QuantileGrid(1, 2);
        data.forEach((d) => whole.addTrajectory(0, d));
        const bounds = [0, ...[...new Set(cuts)].sort((a, b) => a - b), 200];
        const merged = new QuantileGrid(1, 2);
        for (let i = bounds.length - 1; i > 0; i--) {
          const part = new QuantileGrid(1, 2);
          data.slice(bounds[i - 1], bounds[i]).forEach((d) => part.addTrajectory(0, d));
          merged.merge(part.counts);
        }
        expect(merged.counts).toEqual(whole.counts);
        expect(merged.cellTotal(0, 1)).toBe(200);
      }),
      { numRuns: 30 },
    );
  });
  it('reads percentiles per series over time', () => {
    const g = new QuantileGrid(2, 3);
    for (let i = 1; i <= 100; i++) {
      g.addTrajectory(0, [0, i / 100, i]);
      g.addTrajectory(1, [1, 1, 1]);
    }
    const med = g.quantileSeries(0, 0.5);
    expect(med[0]).toBe(0);
    expect(Math.abs(Math.log10(med[1]! / 0.505))).toBeLessThan(0.1);
    expect(Math.abs(Math.log10(med[2]! / 50.5))).toBeLessThan(0.1);
    expect(Math.abs(Math.log10(g.quantile(1, 0, 0.05)))).toBeLessThan(0.1);
  });
  it('rejects counts of another layout', () => {
    expect(() => new QuantileGrid(1, 2).merge(new Uint32Array(3))).toThrow(/layouts differ/);
  });
});

describe('several quantiles in one pass', { timeout: 30_000 }, () => {
  it('equal the one-at-a-time estimates', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-12, max: 1e7, noNaN: true })), { minLength: 0, maxLength: 200 }), (values) => {
        const g = new QuantileGrid(1, 1);
        values.forEach((v) => g.add(0, 0, v));
        const qs = [0, 0.05, 0.25, 0.5, 0.75, 0.95, 1];
        const out = qs.map(() => new Float64Array(1));
        quantilesFromCounts(DEFAULT_BINS, g.counts, 0, qs, out, 0);
        qs.forEach((q, k) => expect(out[k]![0]).toBe(g.quantile(0, 0, q)));
      }),
    );
  });
});

describe('quantiles of a whole series', { timeout: 30_000 }, () => {
  it('equal the cell-by-cell estimates (any data, empty cells included)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-12, max: 1e7, noNaN: true })), { minLength: 5, maxLength: 5 }), { maxLength: 60 }),
        (series, women) => {
          const g = new QuantileGrid(series, 5);
          women.forEach((w, i) => g.addTrajectory(i % series, w));
          const qs = [0, 0.05, 0.25, 0.5, 0.75, 0.95, 1];
          for (let s = 0; s < series; s++) {
            const all = g.quantilesSeries(s, qs);
            const one = qs.map(() => new Float64Array(5));
            for (let t = 0; t < 5; t++) quantilesFromCounts(DEFAULT_BINS, g.counts, s * g.nBins * 5 + t, qs, one, t, 5);
            expect(all).toEqual(one);
            qs.forEach((q, k) => expect(all[k]).toEqual(g.quantileSeries(s, q)));
            // Series 0 has a count per woman in every cell: its known total gives the same quantiles in one pass.
            if (s === 0) expect(g.quantilesSeries(0, qs, g.cellTotal(0, 0))).toEqual(all);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('staged counts', () => {
  it('byte-staged trajectories give the same counts as direct ones, past the 255-woman fold and across swaps', () => {
    const series = 3;
    const times = 7;
    const direct = new QuantileGrid(series, times);
    const staged = new QuantileGrid(series, times);
    const values = new Float64Array(series * times);
    let seed = 1;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const swapped: Uint32Array[] = [];
    for (let w = 0; w < 700; w++) {
      // Every woman in the same bin of one cell (the worst case for a byte), spread values elsewhere.
      for (let i = 0; i < values.length; i++) values[i] = i === 0 ? 0.5 : next() < 0.2 ? 0 : 10 ** (-8 + 9 * next());
      // Leading runs of exact zeros (+0 or −0) of any length, whole series included (grafts not yet conceived).
      for (let s = 1; s < series; s++) {
        const run = next() < 0.5 ? Math.floor(next() * (times + 1)) : 0;
        for (let t = 0; t < run; t++) values[s * times + t] = next() < 0.5 ? 0 : -0;
      }
      for (let s = 0; s < series; s++) {
        direct.addTrajectory(s, values, s * times);
        staged.stageTrajectory(s, values, s * times);
      }
      staged.endWoman();
      // A recycled array (zeroed by the swap) and a fresh one (taken as it is).
      if (w === 400) swapped.push(staged.swapCounts(new Uint32Array(staged.counts.length).fill(7)));
      if (w === 600) swapped.push(staged.swapCounts(new Uint32Array(staged.counts.length), true));
    }
    const total = staged.counts.slice();
    for (const part of swapped) for (let i = 0; i < total.length; i++) total[i]! += part[i]!;
    expect(Array.from(total)).toEqual(Array.from(direct.counts));
    expect(direct.cellTotal(0, 0)).toBe(700);
  });
});

