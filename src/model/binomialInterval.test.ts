// binomialInterval.test.ts checks the Wilson interval against published values and its basic properties.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wilsonInterval } from './binomialInterval';

describe('Wilson score interval', { timeout: 30_000 }, () => {
  it.each([
    // Reference values from an independent implementation of the closed form (Python), as R's prop.test(correct = FALSE) gives.
    [0, 10, 0, 0.2775328],
    [5, 10, 0.2365931, 0.7634069],
    [10, 10, 0.7224672, 1],
    [81, 263, 0.2553, 0.3662],
    [33, 100, 0.2456, 0.4269],
  ])('%d of %d', (k, n, lo, hi) => {
    const { lower, upper } = wilsonInterval(k, n);
    expect(lower).toBeCloseTo(lo, 3);
    expect(upper).toBeCloseTo(hi, 3);
  });
  it('contains the share and stays in [0, 1]; narrows with n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        const { lower, upper } = wilsonInterval(p * n, n);
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(upper).toBeLessThanOrEqual(1);
        expect(lower).toBeLessThanOrEqual(p + 1e-12);
        expect(upper).toBeGreaterThanOrEqual(p - 1e-12);
        const wide = wilsonInterval(p * n, n);
        const narrow = wilsonInterval(p * n * 4, n * 4);
        expect(narrow.upper - narrow.lower).toBeLessThanOrEqual(wide.upper - wide.lower + 1e-12);
      }),
    );
  });
  it('covers the true share about 95% of the time', () => {
    // Deterministic check over the exact binomial distribution for n = 50, p = 0.24 (E17's setting).
    const n = 50;
    const p = 0.24;
    let coverage = 0;
    let pk = (1 - p) ** n;
    for (let k = 0; k <= n; k++) {
      if (k > 0) pk *= ((n - k + 1) / k) * (p / (1 - p));
      const { lower, upper } = wilsonInterval(k, n);
      if (lower <= p && p <= upper) coverage += pk;
    }
    expect(coverage).toBeGreaterThan(0.92);
    expect(coverage).toBeLessThan(0.98);
  });
  it('is exactly 0 below at no positives and exactly 1 above at all positives (no rounding residue)', () => {
    for (const n of [100, 2000, 3000, 100000]) {
      expect(wilsonInterval(0, n).lower).toBe(0);
      expect(wilsonInterval(n, n).upper).toBe(1);
    }
  });
  it('is the whole range with no data', () => {
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1 });
  });
});
