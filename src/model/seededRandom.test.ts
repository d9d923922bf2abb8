// seededRandom.test.ts checks that each woman's stream depends only on (seed, index), and that the samplers are sound.

import { describe, expect, it } from 'vitest';
import { womanRandom, womanSeed } from './seededRandom';

describe('per-woman streams', () => {
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
