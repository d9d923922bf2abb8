// seededRandom.ts derives one reproducible random stream per simulated woman from (cohort seed, woman index), on d3-random.

import { randomBinomial, randomGamma, randomLogNormal, randomPoisson } from 'd3-random';

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

/**
 * The samplers one simulated woman needs, all drawing from the same seeded LCG so that her whole life replays exactly.
 * Methods of one object: call them on it (wrap one in an arrow to pass it on).
 */
export interface WomanRandom {
  /** Uniform in [0, 1). */
  uniform(): number;
  poisson(lambda: number): number;
  binomial(n: number, p: number): number;
  gamma(shape: number, scale: number): number;
  /** exp(N(mu, sigma)). */
  logNormal(mu: number, sigma: number): number;
  normal(): number;
}

/**
 * Poisson by inversion of the CDF with one uniform, for small means: d3's sampler builds two closures per call
 * (~0.5 µs each here), which dominates a leap that draws with a new mean for every compartment. Exact; tested
 * against the probability mass function.
 */
export const SMALL_POISSON_MEAN = 30;
/**
 * 1/k for the inversion walks: a multiplication in the loop instead of a division (~4× the latency here, and the walk
 * is a chain of them). λ·(1/k) and λ/k differ by at most an ulp, so a draw can differ only when the uniform falls
 * within ~10^-16 of a CDF step.
 */
const RECIPROCALS = Float64Array.from({ length: 256 }, (_, k) => (k > 0 ? 1 / k : 0));
export function poissonByInversion(u: number, lambda: number): number {
  // e^{−λ} ≥ 1 − λ: a uniform below 1 − λ (less a margin far above rounding) is a 0 without the exponential.
  if (u <= 1 - lambda - 1e-12) return 0;
  let p = Math.exp(-lambda);
  let cdf = p;
  let k = 0;
  while (u > cdf && p > 0) {
    k++;
    p *= k < 256 ? lambda * RECIPROCALS[k]! : lambda / k;
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
  // (1 − p)^n ≥ 1 − np: a uniform below it (less a margin) is a 0 without the power.
  if (u <= 1 - n * p - 1e-12) return 0;
  const q = 1 - p;
  const ratio = p / q;
  let pk = powWhole(q, n);
  let cdf = pk;
  let k = 0;
  while (u > cdf && k < n) {
    pk *= ratio * (n - k) * RECIPROCALS[k + 1]!;
    k++;
    cdf += pk;
  }
  return k;
}

/**
 * Failures before the r-th success, success chance 1 − q (NegativeBinomial(r, 1 − q)), by inversion of its CDF with one
 * uniform: P(0) = (1−q)^r, P(k+1) = P(k)·q·(r+k)/(k+1). For small means (the engine keeps it under 30). Exact; tested
 * against the probability mass function.
 */
export function negativeBinomialByInversion(u: number, r: number, q: number): number {
  let pk = powWhole(1 - q, r);
  let cdf = pk;
  let k = 0;
  while (u > cdf && pk > 0) {
    pk *= k < 255 ? q * (r + k) * RECIPROCALS[k + 1]! : (q * (r + k)) / (k + 1);
    k++;
    cdf += pk;
  }
  return k;
}

/** d3-random's randomLcg constants (Numerical Recipes' LCG; d3-random/src/lcg.js). */
const LCG_MUL = 0x19660d;
const LCG_INC = 0x3c6ef35f;
const LCG_EPS = 1 / 0x100000000;

/**
 * Ziggurat tables for the standard normal, 128 layers (Marsaglia & Tsang 2000, J Stat Softw 5(8), `zigset`): layer i
 * accepts |hz| < kn[i] at once (98.8% of draws) and returns hz·wn[i]; fn[i] = e^{−x_i²/2} at its edge.
 */
const ZIG_R = 3.442619855899;
const ZIG_KN = new Float64Array(128);
const ZIG_WN = new Float64Array(128);
const ZIG_FN = new Float64Array(128);
{
  const m1 = 2147483648;
  const vn = 9.91256303526217e-3;
  let dn = ZIG_R;
  let tn = dn;
  const q = vn / Math.exp(-0.5 * dn * dn);
  ZIG_KN[0] = (dn / q) * m1;
  ZIG_KN[1] = 0;
  ZIG_WN[0] = q / m1;
  ZIG_WN[127] = dn / m1;
  ZIG_FN[0] = 1;
  ZIG_FN[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
    ZIG_KN[i + 1] = (dn / tn) * m1;
    tn = dn;
    ZIG_FN[i] = Math.exp(-0.5 * dn * dn);
    ZIG_WN[i] = dn / m1;
  }
}

/**
 * One woman's stream: d3-random's `randomLcg` written as a method (draw for draw the same numbers; seededRandom.test.ts
 * compares them), because the cohort draws ~10^4 numbers per woman and calls through per-woman closures cost several
 * times the arithmetic. Normal draws use the ziggurat (exact; about two uniforms each, where the polar method of
 * d3's randomNormal pays a logarithm, a square root and a division). Large Poisson and binomial draws, gamma and
 * log-normal use d3-random's samplers on this same stream.
 */
class WomanStream implements WomanRandom {
  private state: number;
  private samplers: { poisson: (l: number) => () => number; binomial: (n: number, p: number) => () => number; gamma: (k: number, s: number) => () => number; logNormal: (m: number, s: number) => () => number } | undefined;

  constructor(seed: number) {
    this.state = (0 <= seed && seed < 1 ? seed / LCG_EPS : Math.abs(seed)) | 0;
  }

  uniform(): number {
    this.state = (LCG_MUL * this.state + LCG_INC) | 0;
    return LCG_EPS * (this.state >>> 0);
  }

  /** The next 32 bits of the stream as a signed integer (the state `uniform` scales). */
  private int32(): number {
    this.state = (LCG_MUL * this.state + LCG_INC) | 0;
    return this.state;
  }

  /** d3-random's samplers on this stream, made on first use (most women never need them). */
  private d3() {
    const source = () => this.uniform();
    return (this.samplers ??= {
      poisson: randomPoisson.source(source),
      binomial: randomBinomial.source(source),
      gamma: randomGamma.source(source),
      logNormal: randomLogNormal.source(source),
    });
  }

  /**
   * Standard normal by the ziggurat. The layer comes from the top 7 bits of one draw and the signed value from the
   * next draw (not from the same 32 bits, which correlates them — Doornik 2005 — and whose low bits an LCG makes
   * poor).
   */
  normal(): number {
    for (;;) {
      const iz = this.int32() >>> 25;
      const hz = this.int32();
      const x = hz * ZIG_WN[iz]!;
      if (Math.abs(hz) < ZIG_KN[iz]!) return x;
      if (iz === 0) {
        // The tail beyond R (Marsaglia 1964).
        let xt: number;
        let yt: number;
        do {
          xt = -Math.log1p(-this.uniform()) / ZIG_R;
          yt = -Math.log1p(-this.uniform());
        } while (yt + yt < xt * xt);
        return hz > 0 ? ZIG_R + xt : -ZIG_R - xt;
      }
      if (ZIG_FN[iz]! + this.uniform() * (ZIG_FN[iz - 1]! - ZIG_FN[iz]!) < Math.exp(-0.5 * x * x)) return x;
    }
  }

  /** A draw with mean 0 needs no random number: skipping it keeps zero compartments cheap. */
  poisson(lambda: number): number {
    if (!(lambda > 0)) return 0;
    return lambda <= SMALL_POISSON_MEAN ? poissonByInversion(this.uniform(), lambda) : this.d3().poisson(lambda)();
  }

  binomial(n: number, p: number): number {
    if (!(n > 0 && p > 0)) return 0;
    if (p >= 1) return n;
    return n <= SMALL_BINOMIAL_N ? binomialByInversion(this.uniform(), n, p) : this.d3().binomial(n, p)();
  }

  gamma(shape: number, scale: number): number {
    return this.d3().gamma(shape, scale)();
  }

  logNormal(mu: number, sigma: number): number {
    return sigma > 0 ? this.d3().logNormal(mu, sigma)() : Math.exp(mu);
  }
}

export function womanRandom(cohortSeed: number, womanIndex: number): WomanRandom {
  const stream = new WomanStream(womanSeed(cohortSeed, womanIndex));
  // Discard the first draw: the LCG's first output is a near-linear function of its seed.
  stream.uniform();
  return stream;
}
