// seededRandom.test.ts checks that each woman's stream depends only on (seed, index), and that the samplers are sound.

import { describe, expect, it } from 'vitest';
import { randomLcg } from 'd3-random';
import { negativeBinomialByInversion, womanRandom, womanSeed } from './seededRandom';

describe('per-woman streams', { timeout: 30_000 }, () => {
  it('the same (seed, index) replays the same draws', () => {
    const a = womanRandom(123, 45);
    const b = womanRandom(123, 45);
    const da = [a.uniform(), a.poisson(3), a.binomial(20, 0.3), a.gamma(2, 1), a.logNormal(0, 1)];
    const db = [b.uniform(), b.poisson(3), b.binomial(20, 0.3), b.gamma(2, 1), b.logNormal(0, 1)];
    expect(da).toEqual(db);
  });
  it('different women and different cohort seeds get different streams', () => {
    const seeds = new Set<number>();
    for (let s = 0; s < 20; s++) for (let i = 0; i < 500; i++) seeds.add(womanSeed(s, i));
    expect(seeds.size).toBe(20 * 500);
  });
  it('first draws of neighbouring women are uncorrelated', () => {
    const n = 4000;
    const x = Array.from({ length: n }, (_, i) => womanRandom(9, i).uniform());
    const mean = x.reduce((s, v) => s + v, 0) / n;
    let c = 0;
    let v = 0;
    for (let i = 0; i + 1 < n; i++) {
      c += (x[i]! - mean) * (x[i + 1]! - mean);
      v += (x[i]! - mean) ** 2;
    }
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(c / v)).toBeLessThan(0.05);
  });
  it('Poisson and binomial draws have the right means', () => {
    const r = womanRandom(5, 0);
    const n = 20000;
    let sp = 0;
    let sb = 0;
    for (let i = 0; i < n; i++) {
      sp += r.poisson(2.5);
      sb += r.binomial(40, 0.1);
    }
    expect(Math.abs(sp / n - 2.5)).toBeLessThan(4 * Math.sqrt(2.5 / n));
    expect(Math.abs(sb / n - 4)).toBeLessThan(4 * Math.sqrt(3.6 / n));
    expect(r.poisson(0)).toBe(0);
    expect(r.binomial(0, 0.5)).toBe(0);
    expect(r.binomial(7, 1)).toBe(7);
  });
});

describe('small-parameter samplers by inversion', { timeout: 30_000 }, () => {
  /** Pearson chi-square of draws against a pmf, cells with expected count ≥ 5 (others pooled). */
  function chiSquare(draws: number[], pmf: (k: number) => number, maxK: number): { stat: number; dof: number } {
    const n = draws.length;
    const counts = new Array<number>(maxK + 2).fill(0);
    for (const d of draws) counts[Math.min(d, maxK + 1)]!++;
    let stat = 0;
    let dof = -1;
    let poolObs = 0;
    let poolExp = 0;
    let tail = 1;
    for (let k = 0; k <= maxK; k++) {
      const e = pmf(k) * n;
      tail -= pmf(k);
      if (e >= 5) {
        stat += (counts[k]! - e) ** 2 / e;
        dof++;
      } else {
        poolObs += counts[k]!;
        poolExp += e;
      }
    }
    poolObs += counts[maxK + 1]!;
    poolExp += Math.max(0, tail) * n;
    if (poolExp >= 5) {
      stat += (poolObs - poolExp) ** 2 / poolExp;
      dof++;
    }
    return { stat, dof };
  }
  const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1));
  const choose = (n: number, k: number) => fact(n) / (fact(k) * fact(n - k));

  it.each([0.01, 0.7, 3.2, 12, 29])('Poisson(%d) matches its pmf (chi-square, p > 0.001)', (lambda) => {
    const r = womanRandom(77, Math.round(lambda * 100));
    const draws = Array.from({ length: 20000 }, () => r.poisson(lambda));
    const { stat, dof } = chiSquare(draws, (k) => (Math.exp(-lambda) * lambda ** k) / fact(k), 80);
    // The 0.999 quantile of chi-square is below dof + 3.1·sqrt(2·dof) + 10 for these dof.
    expect(stat).toBeLessThan(dof + 3.1 * Math.sqrt(2 * Math.max(1, dof)) + 10);
  });
  it.each([
    [5, 0.1],
    [20, 0.9],
    [30, 0.5],
    [64, 0.02],
  ])('Binomial(%d, %d) matches its pmf (chi-square, p > 0.001)', (n, p) => {
    const r = womanRandom(78, n);
    const draws = Array.from({ length: 20000 }, () => r.binomial(n, p));
    const { stat, dof } = chiSquare(draws, (k) => (k > n ? 0 : choose(n, k) * p ** k * (1 - p) ** (n - k)), n);
    expect(stat).toBeLessThan(dof + 3.1 * Math.sqrt(2 * Math.max(1, dof)) + 10);
  });
  it.each([
    [1, 0.5],
    [3, 0.2],
    [12, 0.6],
    [40, 0.3],
  ])('NegativeBinomial(%d clones, extra-cell chance %d) matches its pmf (chi-square, p > 0.001)', (r, q) => {
    const rng = womanRandom(79, r);
    const draws = Array.from({ length: 20000 }, () => negativeBinomialByInversion(rng.uniform(), r, q));
    const { stat, dof } = chiSquare(draws, (k) => choose(k + r - 1, k) * (1 - q) ** r * q ** k, 120);
    expect(stat).toBeLessThan(dof + 3.1 * Math.sqrt(2 * Math.max(1, dof)) + 10);
  });
});

describe('the stream and its normal draws', { timeout: 30_000 }, () => {
  it('uniform draws are d3-random randomLcg draws, number for number', () => {
    for (const [seed, index] of [
      [1, 0],
      [2024, 17],
      [99, 99_999],
    ] as const) {
      const d3 = randomLcg(womanSeed(seed, index));
      d3(); // womanRandom discards the first draw
      const r = womanRandom(seed, index);
      for (let i = 0; i < 1000; i++) expect(r.uniform()).toBe(d3());
    }
  });
  it('normal draws (ziggurat) have the standard normal distribution: moments, tails, Kolmogorov–Smirnov', () => {
    const r = womanRandom(31, 4);
    const n = 200_000;
    const z = new Float64Array(n);
    let m1 = 0;
    let m2 = 0;
    let m4 = 0;
    let beyond2 = 0;
    let beyond3 = 0;
    for (let i = 0; i < n; i++) {
      const v = r.normal();
      z[i] = v;
      m1 += v;
      m2 += v * v;
      m4 += v ** 4;
      if (Math.abs(v) > 2) beyond2++;
      if (Math.abs(v) > 3.5) beyond3++;
    }
    expect(Math.abs(m1 / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(m2 / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Math.abs(m4 / n - 3)).toBeLessThan(4 * Math.sqrt(96 / n));
    // P(|Z| > 2) = 0.0455, P(|Z| > 3.5) = 4.65e-4 (the second is drawn from the ziggurat's tail beyond 3.44).
    expect(Math.abs(beyond2 / n - 0.0455)).toBeLessThan(4 * Math.sqrt(0.0455 / n));
    expect(Math.abs(beyond3 / n - 4.65e-4)).toBeLessThan(5 * Math.sqrt(4.65e-4 / n));
    // Kolmogorov–Smirnov against Φ: D·√n < 1.95 (p > 0.001).
    z.sort();
    const phi = (x: number) => 0.5 * (1 + erf(x / Math.SQRT2));
    let d = 0;
    for (let i = 0; i < n; i++) {
      const c = phi(z[i]!);
      d = Math.max(d, Math.abs(c - i / n), Math.abs(c - (i + 1) / n));
    }
    expect(d * Math.sqrt(n)).toBeLessThan(1.95);
  });
});

/** erf by Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7, far below the KS tolerance here). */
function erf(x: number): number {
  const s = Math.sign(x);
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a);
  return s * y;
}
