// assay.test.ts checks Poisson detection against its closed form and against simulated tests.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assaySees, detectionProbability, expectedCopies, poissonAtLeast, sampleTest, sampleCompartments } from './assay';
import { womanRandom } from './seededRandom';

describe('expected copies', { timeout: 30_000 }, () => {
  it('is level/1e5 × geq × reading factor', () => {
    expect(expectedCopies(1, 1e5)).toBe(1);
    expect(expectedCopies(0.02, 1e5, 2)).toBeCloseTo(0.04, 15);
    expect(expectedCopies(0, 1e5)).toBe(0);
    expect(expectedCopies(NaN, 1e5)).toBe(0);
  });
});

describe('detection probability (closed form)', { timeout: 30_000 }, () => {
  it.each([
    [0, 1, 1, 0],
    [1, 1, 1, 1 - Math.exp(-1)],
    [0.5, 3, 1, 1 - Math.exp(-1.5)],
    [2, 1, 2, 1 - 3 * Math.exp(-2)],
    [2, 2, 3, 1 - (5 * Math.exp(-2)) ** 2],
    [1e-12, 1, 1, 1e-12],
  ])('lambda %d, %d replicates, LOD %d copies', (lambda, reps, lod, expected) => {
    expect(detectionProbability(lambda, reps, lod)).toBeCloseTo(expected, 12);
  });
  it('P(Poisson >= k) matches the series sum', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 30, noNaN: true }), fc.integer({ min: 1, max: 6 }), (lambda, k) => {
        let below = 0;
        let fact = 1;
        for (let j = 0; j < k; j++) {
          if (j > 0) fact *= j;
          below += (Math.exp(-lambda) * lambda ** j) / fact;
        }
        expect(poissonAtLeast(lambda, k)).toBeCloseTo(1 - below, 10);
      }),
    );
  });
  it('never decreases with the level, the replicates or the DNA tested', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 }), (a, b, r, k) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(detectionProbability(hi, r, k)).toBeGreaterThanOrEqual(detectionProbability(lo, r, k));
        expect(detectionProbability(lo, r + 1, k)).toBeGreaterThanOrEqual(detectionProbability(lo, r, k));
      }),
    );
  });
  it('agrees with simulated tests (Poisson sampling) within 4 standard errors', () => {
    const rng = womanRandom(1, 1);
    for (const [lambda, reps, lod] of [
      [0.3, 3, 1],
      [1.2, 2, 2],
      [0.05, 1, 1],
    ] as const) {
      const n = 20000;
      let pos = 0;
      for (let i = 0; i < n; i++) if (sampleTest((l) => rng.poisson(l), lambda, reps, lod)) pos++;
      const p = detectionProbability(lambda, reps, lod);
      expect(Math.abs(pos / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n) + 1e-9);
    }
  });
});

describe('what an assay sees', { timeout: 30_000 }, () => {
  it('Y-PCR sees only male grafts; polymorphism assays see any', () => {
    expect(assaySees('y-qpcr', 'male')).toBe(true);
    expect(assaySees('y-qpcr', 'female')).toBe(false);
    expect(assaySees('polymorphism', 'female')).toBe(true);
  });
  it('a blood sample includes circulating immune cells', () => {
    expect(sampleCompartments('blood')).toEqual(['blood', 'immune']);
    expect(sampleCompartments('tissue:thyroid')).toEqual(['tissue:thyroid']);
  });
});
