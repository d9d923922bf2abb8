// seededRandom.ts derives one reproducible random stream per simulated woman from (cohort seed, woman index), on d3-random.

import { randomBinomial, randomGamma, randomLcg, randomLogNormal, randomNormal, randomPoisson } from 'd3-random';

/**
 * 32-bit integer mix (the finaliser of MurmurHash3, Appleby 2011): nearby inputs give unrelated outputs, so the
 * streams of woman 7 and woman 8 do not overlap the way consecutive seeds of one LCG would.
 */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The seed of one woman's stream: a function of the cohort seed and her index only, never of the worker or split. */
export function womanSeed(cohortSeed: number, womanIndex: number): number {
  const s = fmix32((cohortSeed >>> 0) ^ 0x9e3779b9);
  return fmix32(s ^ fmix32(Math.imul(womanIndex + 1, 0x27d4eb2d) >>> 0));
}

/** The samplers one simulated woman needs, all drawing from the same seeded LCG so that her whole life replays exactly. */
export interface WomanRandom {
  /** Uniform in [0, 1). */
  uniform: () => number;
  poisson: (lambda: number) => number;
  binomial: (n: number, p: number) => number;
  gamma: (shape: number, scale: number) => number;
  /** exp(N(mu, sigma)). */
  logNormal: (mu: number, sigma: number) => number;
  normal: () => number;
}

/**
 * Poisson by inversion of the CDF with one uniform, for small means: d3's sampler builds two closures per call
 * (~0.5 µs each here), which dominates a leap that draws with a new mean for every compartment. Exact; tested
 * against the probability mass function.
 */
export const SMALL_POISSON_MEAN = 30;
export function poissonByInversion(u: number, lambda: number): number {
  let p = Math.exp(-lambda);
  let cdf = p;
  let k = 0;
  while (u > cdf && p > 0) {
    k++;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}

/** x^n for a whole n ≥ 0 by repeated squaring (Math.pow costs several times more, and n is small here). */
function powWhole(x: number, n: number): number {
  let out = 1;
  for (let k = n; k > 0; k >>= 1) {
    if (k & 1) out *= x;
    x *= x;
  }
  return out;
}

/** Binomial(n, p) by inversion for small n (same reason); n − Binomial(n, 1 − p) keeps the walk short when p > 1/2. */
export const SMALL_BINOMIAL_N = 64;
export function binomialByInversion(u: number, n: number, p: number): number {
  if (p > 0.5) return n - binomialByInversion(u, n, 1 - p);
  const q = 1 - p;
  const ratio = p / q;
  let pk = powWhole(q, n);
  let cdf = pk;
  let k = 0;
  while (u > cdf && k < n) {
    pk *= (ratio * (n - k)) / (k + 1);
    k++;
    cdf += pk;
  }
  return k;
}

export function womanRandom(cohortSeed: number, womanIndex: number): WomanRandom {
  const uniform = randomLcg(womanSeed(cohortSeed, womanIndex));
  // Discard the first draw: the LCG's first output is a near-linear function of its seed.
  uniform();
  const poisson = randomPoisson.source(uniform);
  const binomial = randomBinomial.source(uniform);
  const gamma = randomGamma.source(uniform);
  const logNormal = randomLogNormal.source(uniform);
  const normal = randomNormal.source(uniform)(0, 1);
  return {
    uniform,
    // A draw with mean 0 needs no random number: skipping it keeps zero compartments cheap.
    poisson: (lambda) => (lambda > 0 ? (lambda <= SMALL_POISSON_MEAN ? poissonByInversion(uniform(), lambda) : poisson(lambda)()) : 0),
    binomial: (n, p) => (n > 0 && p > 0 ? (p >= 1 ? n : n <= SMALL_BINOMIAL_N ? binomialByInversion(uniform(), n, p) : binomial(n, p)()) : 0),
    gamma: (shape, scale) => gamma(shape, scale)(),
    logNormal: (mu, sigma) => (sigma > 0 ? logNormal(mu, sigma)() : Math.exp(mu)),
    normal,
  };
}
