// cellCountKernel.test.ts checks the expected-count → whole-cell kernel against draws, and the bands it reads against exact quantiles.

import { describe, expect, it } from 'vitest';
import { cellCountKernel } from './cellCountKernel';
import { DEFAULT_BINS, QuantileGrid, binCount, binLower, binOf, binUpper } from './streamingQuantiles';
import { womanRandom, type WomanRandom } from './seededRandom';

const LAW = { largeCount: 30 };

/** The engine's law of whole cells around μ expected: Poisson, and above 30 the rounded normal (0 below ½). */
function drawCells(mu: number, rng: WomanRandom): number {
  if (mu > LAW.largeCount) {
    const v = mu + Math.sqrt(mu) * rng.normal();
    return v >= 0.5 ? Math.round(v) : 0;
  }
  return rng.poisson(mu);
}

function row(kernel: ReturnType<typeof cellCountKernel>, i: number): Map<number, number> {
  const { cols, weights } = kernel.row(i);
  const out = new Map<number, number>();
  cols.forEach((j, k) => out.set(j, weights[k]!));
  return out;
}

describe('cellCountKernel', { timeout: 60_000 }, () => {
  it('every row is a probability distribution over bins; a zero expected count gives zero cells', () => {
    for (const cellsPerUnit of [1, 37.5, 1e3, 2.4e6]) {
      const k = cellCountKernel(DEFAULT_BINS, cellsPerUnit, LAW);
      for (let i = 0; i < binCount(DEFAULT_BINS); i++) {
        let sum = 0;
        for (const w of row(k, i).values()) {
          expect(w).toBeGreaterThan(0);
          sum += w;
        }
        expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
      }
      expect([...row(k, 0)]).toEqual([[0, 1]]);
    }
  });

  it('matches draws of whole cells around expected counts spread across the bin (Poisson and rounded-normal regimes)', () => {
    const cellsPerUnit = 1e3;
    const kernel = cellCountKernel(DEFAULT_BINS, cellsPerUnit, LAW);
    const rng = womanRandom(7, 0);
    const draws = 200_000;
    // Expected cells 0.05, 0.6, 3, 20 (Poisson), 35 (just past the switch), 800 and 10^6 (rounded normal).
    for (const cells of [0.05, 0.6, 3, 20, 35, 800, 1e6]) {
      const i = binOf(DEFAULT_BINS, cells / cellsPerUnit);
      const lo = Math.log10(binLower(DEFAULT_BINS, i));
      const hi = Math.log10(binUpper(DEFAULT_BINS, i));
      const freq = new Map<number, number>();
      for (let d = 0; d < draws; d++) {
        // Expected levels spread evenly in log across bin i, as the kernel assumes.
        const mu = 10 ** (lo + (hi - lo) * rng.uniform()) * cellsPerUnit;
        const j = binOf(DEFAULT_BINS, drawCells(mu, rng) / cellsPerUnit);
        freq.set(j, (freq.get(j) ?? 0) + 1);
      }
      const want = row(kernel, i);
      for (const j of new Set([...want.keys(), ...freq.keys()])) {
        const p = want.get(j) ?? 0;
        const f = (freq.get(j) ?? 0) / draws;
        // Binomial standard error of a frequency from 2·10^5 draws is at most 0.0011: five of them.
        expect(Math.abs(f - p), `${cells} cells, bin ${j}: drawn ${f}, kernel ${p}`).toBeLessThan(Math.max(0.0056, 5 * Math.sqrt((p * (1 - p)) / draws)));
      }
    }
  });

  it('bands read through it lie within a bin of the exact quantiles of the drawn cells', () => {
    // 40,000 women whose expected cells spread log-normally from ~0.01 to ~10^4 (a tenth with none expected): the
    // grid counts their expected levels; the exact quantiles are those of one draw of whole cells per woman.
    const cellsPerUnit = 250;
    const women = 40_000;
    const rng = womanRandom(11, 3);
    const grid = new QuantileGrid(1, 1);
    const drawn: number[] = [];
    for (let w = 0; w < women; w++) {
      const mu = rng.uniform() < 0.1 ? 0 : Math.exp(Math.log(30) + 2.5 * rng.normal());
      grid.add(0, 0, mu / cellsPerUnit);
      drawn.push(drawCells(mu, rng) / cellsPerUnit);
    }
    drawn.sort((a, b) => a - b);
    const zeroShare = drawn.findIndex((v) => v > 0) / women;
    const qs = [0.05, 0.1, 0.25, 0.5, 0.75, 0.95];
    const est = grid.quantilesSeries(0, qs, women, cellCountKernel(DEFAULT_BINS, cellsPerUnit, LAW));
    let checked = 0;
    qs.forEach((q, k) => {
      // A quantile within sampling noise of the share of zeros may fall either side of it.
      if (Math.abs(q - zeroShare) < 0.01) return;
      const exact = drawn[Math.floor(q * (women - 1))]!;
      const got = est[k]![0]!;
      if (exact === 0) expect(got).toBe(0);
      else {
        expect(got).toBeGreaterThanOrEqual(binLower(DEFAULT_BINS, binOf(DEFAULT_BINS, exact)));
        expect(got).toBeLessThanOrEqual(binUpper(DEFAULT_BINS, binOf(DEFAULT_BINS, exact)));
      }
      checked++;
    });
    expect(checked).toBeGreaterThanOrEqual(5);
    // Without the kernel the same counts read the expected levels, which have more zeros than drawn cells only where
    // none are expected: the kernel's zero share is the drawn one.
    const median = grid.quantilesSeries(0, [zeroShare - 0.02, zeroShare + 0.02], women, cellCountKernel(DEFAULT_BINS, cellsPerUnit, LAW));
    expect(median[0]![0]).toBe(0);
    expect(median[1]![0]).toBeGreaterThan(0);
  });
});
