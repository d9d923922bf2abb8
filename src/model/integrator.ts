// integrator.ts advances one host's equations over its sample times: a second-order exponential Runge–Kutta scheme (ETD2RK), fused.

import type { HostPlan } from './hostPlan';
import type { Hypothesis } from './types';
import type { ModelRates } from './rates';
import { CFDNA_GE_PER_ML_PER_GEQ, nicheRenewal } from './rates';
import { HostDrivers, N_TISSUES } from './drivers';
import { damageExtra } from './damage';
import { BLOOD, LODGED, NICHE, TISSUE0, CFDNA, IMMUNE, PER_GRAFT, stateSize } from './equations';
import { contextLimit, grading as gradingOf, DEFAULT_STEP_LIMITS } from './timeGrid';
import type { StepLimits } from './timeGrid';

/** Bolus days are sample days up to the merge tolerance of the grid. */
const BOLUS_TOLERANCE_DAYS = 2e-5;
/** How far before a step's end its end-point source is read (~0.1 ms; steps are at least minutes long). */
const LEFT_LIMIT_DAYS = 1e-9;

// Slots of the factors whose λ never changes (per step size, in StepTables).
const SLOT_LODGED = 0;
const SLOT_CFDNA = 1;
const SLOT_IMMUNE = 2;
const SLOT_TISSUE0 = 3;
/** The niche's net logistic rate a = ρ − δ − r₀ without mobilisation: e^{−ah} and (1 − e^{−ah})/a. */
const SLOT_NICHE = SLOT_TISSUE0 + N_TISSUES;
const CONSTANT_SLOTS = SLOT_NICHE + 1;
/** Step sizes come from a geometric ladder (×1.15 per rung from DEFAULT_STEP_LIMITS.firstStep) up to ~2 years. */
const LOG_LADDER = Math.log(1.15);
const LADDER_RUNGS = 70;
const LADDER_BASE = DEFAULT_STEP_LIMITS.firstStep;
const LADDER = Float64Array.from({ length: LADDER_RUNGS }, (_, k) => LADDER_BASE * Math.exp(k * LOG_LADDER));
/** The smallest limit that allows rung k (a limit within 1e-9 rung of a rung's size counts as that size). */
const RUNG_FROM = Float64Array.from({ length: LADDER_RUNGS }, (_, k) => LADDER_BASE * Math.exp((k - 1e-9) * LOG_LADDER));

/**
 * The highest rung whose size is at most hMax (−1 if none), searched from rung `from` (the limit changes slowly from
 * step to step, so this is a step or two of RUNG_FROM, not a logarithm).
 */
function rungOf(hMax: number, from: number): number {
  let k = from;
  while (k >= 0 && hMax < RUNG_FROM[k]!) k--;
  while (k + 1 < LADDER_RUNGS && hMax >= RUNG_FROM[k + 1]!) k++;
  return k;
}

/** e^{−z}, φ₁ = (1 − e^{−z})/λ, φ₂ = (e^{−z} − 1 + z)/(λz) for z = λh into out[o..o+2] (series for small z: no cancellation). */
function phiFactors(l: number, h: number, out: Float64Array, o: number): void {
  const z = l * h;
  if (Math.abs(z) < 1e-2) {
    out[o] = expSeries(z);
    out[o + 1] = h * phi1Series(z);
    out[o + 2] = h * phi2Series(z);
  } else {
    const e = Math.exp(-z);
    out[o] = e;
    out[o + 1] = (1 - e) / l;
    out[o + 2] = (e - 1 + z) / (l * z);
  }
}

// Taylor series to z⁵ of e^{−z}, (1 − e^{−z})/z and (e^{−z} − 1 + z)/z² for |z| < 1e-2: relative error below 1e-13, no
// cancellation. (One small function each, so that they inline where a step needs them without an array.)
function expSeries(z: number): number {
  const z2 = z * z;
  return 1 - z + z2 / 2 - (z2 * z) / 6 + (z2 * z2) / 24 - (z2 * z2 * z) / 120;
}

function phi1Series(z: number): number {
  const z2 = z * z;
  return 1 - z / 2 + z2 / 6 - (z2 * z) / 24 + (z2 * z2) / 120 - (z2 * z2 * z) / 720;
}

function phi2Series(z: number): number {
  const z2 = z * z;
  return 0.5 - z / 6 + z2 / 24 - (z2 * z) / 120 + (z2 * z2) / 720 - (z2 * z2 * z) / 5040;
}

/** The niche's e^{−ah} and (1 − e^{−ah})/a for its net logistic rate a (no φ₂: the niche's λ is set per step) into out[o..o+1]. */
function nicheFactors(a: number, h: number, out: Float64Array, o: number): void {
  const em = Math.exp(-a * h);
  out[o] = em;
  out[o + 1] = Math.abs(a * h) < 1e-9 ? h : (1 - em) / a;
}

/** K = ∫₀ʰ e^{−μ(h−s)}e^{−λs} ds = (e^{−λh} − e^{−μh})/(μ − λ). */
function kernel(eLam: number, lam: number, eMu: number, mu: number, h: number): number {
  const diff = mu - lam;
  // For μ ≈ λ the limit is h·e^{−λh}; the first-order correction keeps it smooth across the switch.
  return Math.abs(diff * h) < 1e-7 ? h * eLam * (1 - (diff * h) / 2) : (eLam - eMu) / diff;
}

/**
 * The four weights of ∫₀ʰ e^{−μ(h−s)} B(s) ds for a compartment decaying at μ (factors eMu, p1Mu, p2Mu over h), with B(s)
 * the blood level as the blood step models it (decay λ, factor eLam): the weights of B₀, F₀, F₁ − F₀ and the lodged
 * release coefficient (lodged cells released at m, factor eLod), into w[o..o+3].
 */
function bloodWeights(lam: number, eLam: number, eMu: number, mu: number, p1Mu: number, p2Mu: number, h: number, eLod: number, m: number, w: Float64Array, o: number): void {
  const k = kernel(eLam, lam, eMu, mu, h);
  w[o] = k;
  if (lam * h > 1e-5) {
    const a = (p1Mu - k) / lam;
    w[o + 1] = a;
    w[o + 2] = (p2Mu - a / h) / lam;
  } else {
    w[o + 1] = h * p2Mu;
    w[o + 2] = h * p2Mu * 0.5;
  }
  w[o + 3] = kernel(eLod, m, eMu, mu, h) - k;
}

const hashBits = new Float64Array(1);
const hashWords = new Int32Array(hashBits.buffer);

/** Step size → entry: open addressing on the size's bits (a Map would box every double it is asked about). */
class SizeIndex {
  private keys = new Float64Array(256);
  private vals = new Int32Array(256).fill(-1);
  private count = 0;

  private static slot(h: number, mask: number): number {
    hashBits[0] = h;
    let x = hashWords[0]! ^ Math.imul(hashWords[1]!, 0x27d4eb2d);
    x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d);
    return (x ^ (x >>> 16)) & mask;
  }

  /** The entry of h, −1 if none. */
  get(h: number): number {
    const keys = this.keys;
    const vals = this.vals;
    const mask = keys.length - 1;
    for (let i = SizeIndex.slot(h, mask); ; i = (i + 1) & mask) {
      const v = vals[i]!;
      if (v < 0 || keys[i] === h) return v;
    }
  }

  set(h: number, e: number): void {
    if (2 * (this.count + 1) > this.keys.length) {
      const keys = this.keys;
      const vals = this.vals;
      this.keys = new Float64Array(keys.length * 2);
      this.vals = new Int32Array(keys.length * 2).fill(-1);
      for (let i = 0; i < keys.length; i++) if (vals[i]! >= 0) this.insert(keys[i]!, vals[i]!);
    }
    this.insert(h, e);
    this.count++;
  }

  private insert(h: number, e: number): void {
    const mask = this.keys.length - 1;
    let i = SizeIndex.slot(h, mask);
    while (this.vals[i]! >= 0) i = (i + 1) & mask;
    this.keys[i] = h;
    this.vals[i] = e;
  }
}

/** Weight sets kept per step size (blood λ differs with clearance: pregnant or not, HLA-compatible or not). */
const WEIGHT_SETS = 4;
/** One weight set: blood's e^{−λh}, φ₁, φ₂, then 4 weights per target (10 tissues, cfDNA). */
const WSET = 3 + 4 * (N_TISSUES + 1);
const CSET = 3 * CONSTANT_SLOTS;

/**
 * Decay factors and blood-integral weights by step size, shared by every host of one run: they depend only on the
 * rates, the step size and blood's λ, and a run takes a few hundred distinct step sizes over thousands of steps
 * (the ladder's rungs, weekly and yearly sample spacings, the minute ladder after each delivery).
 */
export class StepTables {
  private readonly index = new SizeIndex();
  private readonly rungEntry = new Int32Array(LADDER_RUNGS).fill(-1);
  entries = 0;
  private sets = 0;
  /** Constant-λ slots (lodged, cfDNA, immune, tissues) per entry: e^{−λh}, φ₁, φ₂. */
  coef: Float64Array = new Float64Array(64 * CSET);
  /** Weight sets, WSET numbers each; entry e's sets are `setOf[e·WEIGHT_SETS + i]` (−1: none), for blood λ `setLam`. */
  w: Float64Array = new Float64Array(64 * WSET);
  private setOf: Int32Array = new Int32Array(64 * WEIGHT_SETS).fill(-1);
  private setLam: Float64Array = new Float64Array(64 * WEIGHT_SETS);
  private setNext: Uint8Array = new Uint8Array(64);
  /** The step each set was last used in (`beginStep`), so that a set in use is not replaced within its step. */
  private setStamp: Float64Array = new Float64Array(64 * WEIGHT_SETS);
  private stamp = 0;

  constructor(readonly rates: ModelRates) {}

  /**
   * Tables for these rates: the last ones built if their rates are the same numbers (a new scenario, or an edit of a
   * parameter that is not a rate, such as traffic or a bolus size, reuses them), else new ones.
   */
  static for(rates: ModelRates): StepTables {
    const last = lastTables;
    if (last && last.entries < MAX_REUSED_ENTRIES && sameRates(last.rates, rates)) return last;
    lastTables = new StepTables(rates);
    return lastTables;
  }

  /** The entry of step size h (its constant-slot factors at `coef[entry·CSET]`), computed on first use; `rung` ≥ 0 for a ladder step. */
  entry(h: number, rung: number): number {
    if (rung >= 0) {
      const e = this.rungEntry[rung]!;
      if (e >= 0) return e;
    } else {
      const e = this.index.get(h);
      if (e >= 0) return e;
    }
    return this.addEntry(h, rung);
  }

  // The first use of a step size or weight set is a method of its own, so that the lookups stay small enough to inline.
  private addEntry(h: number, rung: number): number {
    const e = this.entries++;
    if (e * CSET >= this.coef.length) {
      this.coef = grown(this.coef, this.coef.length * 2);
      this.setOf = grownInt(this.setOf, this.setOf.length * 2);
      this.setLam = grown(this.setLam, this.setLam.length * 2);
      this.setStamp = grown(this.setStamp, this.setStamp.length * 2);
      const next = new Uint8Array(this.setNext.length * 2);
      next.set(this.setNext);
      this.setNext = next;
    }
    if (rung >= 0) this.rungEntry[rung] = e;
    else this.index.set(h, e);
    const r = this.rates;
    const o = e * CSET;
    const c = this.coef;
    phiFactors(r.postpartumRelease, h, c, o + 3 * SLOT_LODGED);
    phiFactors(r.cfdnaDecay, h, c, o + 3 * SLOT_CFDNA);
    phiFactors(r.immuneDecay, h, c, o + 3 * SLOT_IMMUNE);
    for (let j = 0; j < N_TISSUES; j++) phiFactors(r.tissueTurnover[j]!, h, c, o + 3 * (SLOT_TISSUE0 + j));
    nicheFactors(r.selfRenewal - r.nicheLoss - r.nicheRelease, h, c, o + 3 * SLOT_NICHE);
    return e;
  }

  /** Marks the start of a step: the weight sets `weights` returns until the next call stay valid. */
  beginStep(): void {
    this.stamp++;
  }

  /** Offset in `w` of the weight set of entry e (step h) for blood decaying at `lamB`, computed on first use. */
  weights(e: number, h: number, lamB: number): number {
    const base = e * WEIGHT_SETS;
    const setOf = this.setOf;
    const stamp = this.stamp;
    for (let i = 0; i < WEIGHT_SETS; i++) {
      const id = setOf[base + i]!;
      if (id < 0) break;
      if (this.setLam[base + i] === lamB) {
        this.setStamp[base + i] = stamp;
        return id * WSET;
      }
    }
    return this.addWeights(e, h, lamB);
  }

  private addWeights(e: number, h: number, lamB: number): number {
    const base = e * WEIGHT_SETS;
    const setOf = this.setOf;
    const stamp = this.stamp;
    // A new set, or (with more blood λs than WEIGHT_SETS at this size: injuries change λ every step) the oldest reused,
    // never one that another graft uses in this step.
    let i = this.setNext[e]!;
    for (let k = 0; k < WEIGHT_SETS - 1 && this.setStamp[base + i] === stamp && setOf[base + i]! >= 0; k++) i = (i + 1) % WEIGHT_SETS;
    this.setNext[e] = (i + 1) % WEIGHT_SETS;
    this.setStamp[base + i] = stamp;
    let id = setOf[base + i]!;
    if (id < 0) {
      id = this.sets++;
      setOf[base + i] = id;
      if ((id + 1) * WSET > this.w.length) this.w = grown(this.w, this.w.length * 2);
    }
    this.setLam[base + i] = lamB;
    const o = id * WSET;
    const w = this.w;
    const c = this.coef;
    const co = e * CSET;
    const r = this.rates;
    phiFactors(lamB, h, w, o);
    const eB = w[o]!;
    const eL = c[co + 3 * SLOT_LODGED]!;
    const m = r.postpartumRelease;
    for (let j = 0; j < N_TISSUES; j++) {
      const s = co + 3 * (SLOT_TISSUE0 + j);
      bloodWeights(lamB, eB, c[s]!, r.tissueTurnover[j]!, c[s + 1]!, c[s + 2]!, h, eL, m, w, o + 3 + 4 * j);
    }
    const sc = co + 3 * SLOT_CFDNA;
    bloodWeights(lamB, eB, c[sc]!, r.cfdnaDecay, c[sc + 1]!, c[sc + 2]!, h, eL, m, w, o + 3 + 4 * N_TISSUES);
    return o;
  }
}

let lastTables: StepTables | undefined;
/** A table reused across runs is dropped once it holds this many step sizes (~2 MB at most; a run adds up to ~200). */
const MAX_REUSED_ENTRIES = 1024;

function sameRates(a: ModelRates, b: ModelRates): boolean {
  if (a === b) return true;
  for (const key of Object.keys(a) as Array<keyof ModelRates>) {
    const x = a[key];
    const y = b[key];
    if (typeof x === 'number') {
      if (x !== y) return false;
    } else {
      const v = y as Float64Array;
      if (v.length !== x.length) return false;
      for (let i = 0; i < x.length; i++) if (x[i] !== v[i]) return false;
    }
  }
  return true;
}

function grown(a: Float64Array, length: number): Float64Array {
  const b = new Float64Array(length);
  b.set(a);
  return b;
}

function grownInt(a: Int32Array, length: number): Int32Array {
  const b = new Int32Array(length).fill(-1);
  b.set(a);
  return b;
}

/**
 * Why this scheme (ETD2RK, Cox & Matthews 2002): each variable decays at its own rate λ, from minutes (cfDNA) to a century
 * (heart cells). Integrating that decay exactly, y₁ = e^{−λh}y₀ + φ₁F₀ + φ₂(F₁ − F₀), is stable for any step and exact
 * when λ is constant and the source F is linear in time over the step, so the stiff cfDNA needs no small steps.
 * The equations form a cascade (traffic → blood ⇄ niche → tissues, cfDNA, immune cells → damage), so the corrector runs
 * in that order and each compartment's end-of-step source uses the already-corrected upstream level (no predictor needed
 * downstream). Release of cells lodged at delivery is a two-exponential closed form. The niche's logistic growth enters
 * its λ at the crowding that gives the step's exact logistic growth factor. The factors e^{−λh}, φ₁, φ₂ and the blood
 * weights of the downstream compartments come from `StepTables` (computed once per step size and run). No allocation
 * per step.
 */
export class HostIntegrator {
  readonly size: number;
  readonly damageOffset: number;
  private readonly nGrafts: number;
  private readonly drv: HostDrivers;
  private readonly tables: StepTables;
  private readonly y: Float64Array;
  /** Damage slots' factors (λ changes every step). */
  private readonly dcoef: Float64Array;
  /** Niche factors of the current step, and its blood-integral weights (scratch). */
  private readonly nf: Float64Array;
  private readonly wN: Float64Array;
  private readonly clearanceFactor: Float64Array;
  private readonly pathWeight: Float64Array;
  private readonly s0: Float64Array;
  private readonly sm: Float64Array;
  private readonly s1: Float64Array;
  private readonly eta0: Float64Array;
  private readonly etam: Float64Array;
  private readonly eta1: Float64Array;
  private readonly activeFrom: Float64Array;
  /** The end of each graft's pregnancy: its sources (traffic, placental cfDNA, immune-cell traffic) are zero from then on. */
  private readonly sourcesTo: Float64Array;
  /**
   * Per graft, set by the predictor: blood's weight-set offset (an Int32Array: an offset read from a Float64Array is a
   * double, and every index computed from it would be converted back), start levels, source F₀, predicted blood and niche.
   */
  private readonly wOff: Int32Array;
  private readonly lamB: Float64Array;
  private readonly b0: Float64Array;
  private readonly n0: Float64Array;
  private readonly f0B: Float64Array;
  private readonly predB: Float64Array;
  private readonly predN: Float64Array;
  /** Traffic taken exactly as u₀·e^{ρs} over the step: coefficient u₀/(λ+ρ) (0 when not), growth factor e^{ρh}, and ρ. */
  private readonly trafCoef: Float64Array;
  private readonly trafGrowth: Float64Array;
  private readonly trafRho: Float64Array;
  private readonly uLin1: Float64Array;
  private readonly lodgedCoef: Float64Array;
  // Per-tissue sums over grafts at the step's start and end, for the damage equation.
  private readonly x0: Float64Array;
  private readonly x1: Float64Array;
  private readonly w0: Float64Array;
  private readonly w1: Float64Array;
  /** Σ_j η_j: blood's homing loss, constant without injuries (else summed each step). */
  private readonly etaTotal: number = 0;
  /** Steps taken by the last `run` (for the benchmark and the docs). */
  steps = 0;
  /** The largest relative change per day of a graft's niche over the last step (sets the step in calm decades). */
  private nicheChange = 0;

  constructor(
    readonly plan: HostPlan,
    readonly rates: ModelRates,
    tables?: StepTables,
  ) {
    const g = plan.grafts.length;
    this.nGrafts = g;
    this.size = stateSize(g);
    this.damageOffset = g * PER_GRAFT;
    this.drv = new HostDrivers(plan, rates);
    this.tables = tables && sameRates(tables.rates, rates) ? tables : StepTables.for(rates);
    // Every array of this integrator is a view on one buffer (one allocation: typed arrays are slow to create).
    const buffer = new Float64Array(this.size + 10 + 10 * N_TISSUES + 15 * g);
    let at = 0;
    const take = (n: number): Float64Array => buffer.subarray(at, (at += n));
    this.y = take(this.size);
    this.dcoef = take(3);
    this.nf = take(3);
    this.wN = take(4);
    this.s0 = take(N_TISSUES);
    this.sm = take(N_TISSUES);
    this.s1 = take(N_TISSUES);
    this.eta0 = take(N_TISSUES);
    this.etam = take(N_TISSUES);
    this.eta1 = take(N_TISSUES);
    this.x0 = take(N_TISSUES);
    this.x1 = take(N_TISSUES);
    this.w0 = take(N_TISSUES);
    this.w1 = take(N_TISSUES);
    this.clearanceFactor = take(g);
    this.pathWeight = take(g);
    this.activeFrom = take(g);
    this.sourcesTo = take(g);
    for (let k = 0; k < g; k++) {
      const graft = plan.grafts[k]!;
      this.clearanceFactor[k] = graft.clearanceFactor;
      this.pathWeight[k] = graft.pathogenicWeight;
      this.activeFrom[k] = graft.conceptionDay;
      this.sourcesTo[k] = graft.endDay;
    }
    if (plan.injuries.length === 0) {
      this.eta0.fill(rates.homing);
      this.etam.fill(rates.homing);
      this.eta1.fill(rates.homing);
      let etaTotal = 0;
      for (let j = 0; j < N_TISSUES; j++) etaTotal += this.etam[j]!;
      this.etaTotal = etaTotal;
    }
    this.wOff = new Int32Array(g);
    this.lamB = take(g);
    this.b0 = take(g);
    this.n0 = take(g);
    this.f0B = take(g);
    this.predB = take(g);
    this.predN = take(g);
    this.trafCoef = take(g);
    this.trafGrowth = take(g);
    this.trafRho = take(g);
    this.uLin1 = take(g);
    this.lodgedCoef = take(g);
  }

  /** dD/dt of one tissue: a·S·(1 − D) − h·D + the hypothesis' term. */
  private damageRate(hyp: Hypothesis, r: ModelRates, cells: number, weighted: number, immune: number, s: number, d: number): number {
    return r.injuryDamage * s * (1 - d) - r.healing * d + damageExtra(hyp, r, cells, weighted, immune, s, d);
  }

  /** The exactly integrated traffic's share of ∫ e^{−μ(h−s)} B(s) ds: u₀/(λ+ρ)·(K(−ρ, μ) − K(λ, μ)), K(λ, μ) = `kLam`. */
  private trafficIntegral(g: number, eMu: number, mu: number, kLam: number, h: number): number {
    const tc = this.trafCoef[g]!;
    if (tc === 0) return 0;
    const rho = this.trafRho[g]!;
    const d = mu + rho;
    const kRho = Math.abs(d * h) < 1e-8 ? h * eMu : (this.trafGrowth[g]! - eMu) / d;
    return tc * (kRho - kLam);
  }

  private step(t: number, h: number, rung: number): void {
    const r = this.rates;
    const drv = this.drv;
    const y = this.y;
    const G = this.nGrafts;
    const tab = this.tables;
    const t1 = t + h - LEFT_LIMIT_DAYS;
    const tm = t + h / 2;
    const k = drv.clearanceAt(tm);
    const injured = drv.hasInjuries;
    let mob0 = 1;
    let mobm = 1;
    let mob1 = 1;
    const eta0 = this.eta0;
    const etam = this.etam;
    const eta1 = this.eta1;
    if (injured) {
      mob0 = drv.signals(t, this.s0, eta0);
      mobm = drv.signals(tm, this.sm, etam);
      mob1 = drv.signals(t1, this.s1, eta1);
    }
    let etaTotal = this.etaTotal;
    if (injured) {
      etaTotal = 0;
      for (let j = 0; j < N_TISSUES; j++) etaTotal += etam[j]!;
    }

    // Constant-λ factors of this step size.
    const ent = tab.entry(h, rung);
    tab.beginStep();
    const cc = tab.coef;
    const ccOff = ent * CSET;

    // The niche: logistic growth of its total (all grafts share the capacity K) has the exact growth factor over the
    // step G = 1/(e^{−ah} + (ρ/K)·Σ₀·(1 − e^{−ah})/a), a = ρ − δ − r. Its λ is −ln(G)/h, i.e. the crowding at the
    // constant total Σ̄ that gives the same growth; the difference of the crowding from Σ̄ stays in F (predictor and
    // corrector), with engraftment from blood.
    let nicheTotal = 0;
    for (let g = 0; g < G; g++) nicheTotal += y[g * PER_GRAFT + NICHE]!;
    // Self-renewal rises with mobilisation (`nicheRenewal`): a = ρ' − δ − r·mob keeps its value without an injury.
    const renewal = nicheRenewal(r, mobm);
    const bN = renewal / r.capacity;
    const aN = renewal - r.nicheLoss - r.nicheRelease * mobm;
    // The step table's factors of a without mobilisation, else computed here (into the niche scratch, rewritten below).
    let na = cc;
    let no = ccOff + 3 * SLOT_NICHE;
    if (mobm !== 1) {
      na = this.nf;
      no = 0;
      nicheFactors(aN, h, na, 0);
    }
    const emA = na[no]!;
    const phiA = na[no + 1]!;
    const growN = 1 / (emA + bN * nicheTotal * phiA);
    const lamN = -Math.log(growN) / h;
    const sigBar = (aN + lamN) / bN;
    // Its e^{−λh}, φ₁, φ₂ (as phiFactors).
    const zN = lamN * h;
    let eN: number;
    let p1N: number;
    let p2N: number;
    if (Math.abs(zN) < 1e-2) {
      eN = expSeries(zN);
      p1N = h * phi1Series(zN);
      p2N = h * phi2Series(zN);
    } else {
      // e^{−λh} is G itself.
      eN = growN;
      p1N = (1 - growN) / lamN;
      p2N = (growN - 1 + zN) / (lamN * zN);
    }
    const eL = cc[ccOff + 3 * SLOT_LODGED]!;
    const m = r.postpartumRelease;
    const rel0 = r.nicheRelease * mob0;
    const rel1 = r.nicheRelease * mob1;
    const e = r.engraftment;

    // Blood and niche: predictor.
    let predTotal = 0;
    let wo = 0;
    let woLam = -1;
    const activeFrom = this.activeFrom;
    const sourcesTo = this.sourcesTo;
    for (let g = 0; g < G; g++) {
      // A graft whose pregnancy has not begun is all zeros with no sources: nothing to do.
      if (t < activeFrom[g]!) continue;
      const o = g * PER_GRAFT;
      const lb = k * this.clearanceFactor[g]! + e + etaTotal;
      this.lamB[g] = lb;
      // Grafts with the same blood λ (same clearance) share a weight set.
      if (lb !== woLam) {
        wo = tab.weights(ent, h, lb);
        woLam = lb;
      }
      this.wOff[g] = wo;
      const wt = tab.w;
      const eB = wt[wo]!;
      const p1B = wt[wo + 1]!;
      const b = y[o + BLOOD]!;
      const n = y[o + NICHE]!;
      const l = y[o + LODGED]!;
      this.b0[g] = b;
      this.n0[g] = n;
      // Traffic grows exponentially with gestational age: integrate it as u₀·e^{ρs} (ρ from its two ends), exactly,
      // rather than as a straight line, so steps in pregnancy can be a week long.
      const during = t < sourcesTo[g]!;
      const u0 = during ? drv.traffic(g, t) : 0;
      const u1 = u0 > 0 ? drv.traffic(g, t1) : 0;
      let uLin0 = u0;
      let uLin1 = u1;
      let trafficB = 0;
      let tc = 0;
      if (u0 > 0 && u1 > 0) {
        const growth = u1 / u0;
        const rho = Math.log(growth) / h;
        const lr = lb + rho;
        if (Math.abs(lr * h) > 1e-9) {
          tc = u0 / lr;
          this.trafGrowth[g] = growth;
          this.trafRho[g] = rho;
          trafficB = tc * (growth - eB);
          uLin0 = 0;
          uLin1 = 0;
        }
      } else if (u0 === 0 && during) uLin1 = drv.traffic(g, t1);
      this.trafCoef[g] = tc;
      this.uLin1[g] = uLin1;
      const f0B = uLin0 + rel0 * n;
      this.f0B[g] = f0B;
      // Release of lodged cells into blood, exact: ∫ m·L₀e^{−ms}·e^{−λ(h−s)} ds = m·L₀·(e^{−mh} − e^{−λh})/(λ − m).
      // Written as lodgedCoef·(K(m) − K(λ)) with lodgedCoef = m·L₀/(λ − m); a tiny offset avoids λ = m exactly.
      let lodged = 0;
      let lcoef = 0;
      if (l > 0) {
        let diff = lb - m;
        if (Math.abs(diff * h) < 1e-6) diff = 1e-6 / h;
        lcoef = (m * l) / diff;
        lodged = lcoef * (eL - eB);
        y[o + LODGED] = eL * l;
      }
      this.lodgedCoef[g] = lcoef;
      const pb = eB * b + p1B * f0B + lodged + trafficB;
      this.predB[g] = pb > 0 ? pb : 0;
      const pn = eN * n + p1N * (e * b + bN * (sigBar - nicheTotal) * n);
      const pnc = pn > 0 ? pn : 0;
      this.predN[g] = pnc;
      predTotal += pnc;
    }

    // Correctors in cascade order.
    const eC = cc[ccOff + 3 * SLOT_CFDNA]!;
    const p1C = cc[ccOff + 3 * SLOT_CFDNA + 1]!;
    const p2C = cc[ccOff + 3 * SLOT_CFDNA + 2]!;
    const eI = cc[ccOff + 3 * SLOT_IMMUNE]!;
    const p1I = cc[ccOff + 3 * SLOT_IMMUNE + 1]!;
    const p2I = cc[ccOff + 3 * SLOT_IMMUNE + 2]!;
    const isChild = this.plan.isChild;
    if (injured) {
      this.x0.fill(0);
      this.x1.fill(0);
      this.w0.fill(0);
      this.w1.fill(0);
    }
    const wN = this.wN;
    let wNLam = -1;
    let nicheChange = 0;
    let immune0 = 0;
    let immune1 = 0;
    for (let g = 0; g < G; g++) {
      if (t < activeFrom[g]!) continue;
      const o = g * PER_GRAFT;
      const wt = tab.w;
      const wo = this.wOff[g]!;
      const eB = wt[wo]!;
      const lb = this.lamB[g]!;
      const b0 = this.b0[g]!;
      const n0 = this.n0[g]!;
      const pn = this.predN[g]!;
      const f0 = this.f0B[g]!;
      const lc = this.lodgedCoef[g]!;
      const traffic = this.trafCoef[g] !== 0;
      // Niche: engraftment integrates blood's own course over the step (blood's end source from the predicted niche).
      let df = this.uLin1[g]! + rel1 * pn - f0;
      // Grafts with the same blood λ (same clearance) share these weights within the step.
      if (lb !== wNLam) {
        bloodWeights(lb, eB, eN, lamN, p1N, p2N, h, eL, m, wN, 0);
        wNLam = lb;
      }
      let engrafted = b0 * wN[0]! + f0 * wN[1]! + df * wN[2]! + lc * wN[3]!;
      if (traffic) engrafted += this.trafficIntegral(g, eN, lamN, wN[0]!, h);
      const fc0 = bN * (sigBar - nicheTotal) * n0;
      const fc1 = bN * (sigBar - predTotal) * pn;
      let n1 = eN * n0 + p1N * fc0 + p2N * (fc1 - fc0) + e * engrafted;
      if (!(n1 > 0)) n1 = 0;
      y[o + NICHE] = n1;
      if (n0 > 0 && n1 > 0) {
        const change = (n1 > n0 ? n1 - n0 : n0 - n1) / ((n1 > n0 ? n0 : n1) * h);
        if (change > nicheChange) nicheChange = change;
      }
      // Blood, with its end source from the corrected niche.
      df = this.uLin1[g]! + rel1 * n1 - f0;
      let b1 = this.predB[g]! + wt[wo + 2]! * df;
      if (!(b1 > 0)) b1 = 0;
      y[o + BLOOD] = b1;
      // Tissues: downstream of blood only, integrated against blood's own relaxation over the step (weights from the
      // step tables: they depend only on blood's λ and h).
      // The common case (no traffic, no injury) has a loop of its own, without their branches.
      if (!traffic && !injured) {
        // Without injuries every tissue's homing rate is η₀.
        const homing = r.homing;
        for (let j = 0, s = ccOff + 3 * SLOT_TISSUE0, i = o + TISSUE0, q = wo + 3; j < N_TISSUES; j++, s += 3, i++, q += 4) {
          const integral = b0 * wt[q]! + f0 * wt[q + 1]! + df * wt[q + 2]! + lc * wt[q + 3]!;
          const tNew = cc[s]! * y[i]! + homing * integral;
          y[i] = tNew > 0 ? tNew : 0;
        }
      } else {
        const pw = this.pathWeight[g]!;
        const tt = r.tissueTurnover;
        const { x0, x1, w0, w1 } = this;
        for (let j = 0; j < N_TISSUES; j++) {
          const s = ccOff + 3 * (SLOT_TISSUE0 + j);
          const i = o + TISSUE0 + j;
          const tOld = y[i]!;
          const q = wo + 3 + 4 * j;
          let integral = b0 * wt[q]! + f0 * wt[q + 1]! + df * wt[q + 2]! + lc * wt[q + 3]!;
          if (traffic) integral += this.trafficIntegral(g, cc[s]!, tt[j]!, wt[q]!, h);
          let tNew = cc[s]! * tOld + etam[j]! * integral;
          if (!(tNew > 0)) tNew = 0;
          y[i] = tNew;
          if (injured) {
            x0[j] = x0[j]! + tOld;
            x1[j] = x1[j]! + tNew;
            w0[j] = w0[j]! + pw * tOld;
            w1[j] = w1[j]! + pw * tNew;
          }
        }
      }
      const kc = CFDNA_GE_PER_ML_PER_GEQ * k * this.clearanceFactor[g]!;
      const during = t < sourcesTo[g]!;
      const pl0 = during ? drv.placenta(g, t) : 0;
      const pl1 = during ? drv.placenta(g, t1) : 0;
      const qc = wo + 3 + 4 * N_TISSUES;
      let cleared = b0 * wt[qc]! + f0 * wt[qc + 1]! + df * wt[qc + 2]! + lc * wt[qc + 3]!;
      if (traffic) cleared += this.trafficIntegral(g, eC, r.cfdnaDecay, wt[qc]!, h);
      const cNew = eC * y[o + CFDNA]! + p1C * pl0 + p2C * (pl1 - pl0) + kc * cleared;
      y[o + CFDNA] = cNew > 0 ? cNew : 0;
      if (isChild) {
        const ui0 = during ? drv.immuneTraffic(g, t) : 0;
        const ui1 = during ? drv.immuneTraffic(g, t1) : 0;
        let fi0 = ui0 + r.immuneFromNiche * n0;
        let fi1 = ui1 + r.immuneFromNiche * n1;
        let exact = 0;
        if (ui0 > 0 && ui1 > 0) {
          // Immune-cell traffic has the same exponential course: integrate it exactly too.
          const rho = Math.log(ui1 / ui0) / h;
          const d = r.immuneDecay + rho;
          if (Math.abs(d * h) > 1e-9) {
            exact = (ui0 * (ui1 / ui0 - eI)) / d;
            fi0 -= ui0;
            fi1 -= ui1;
          }
        }
        const iOld = y[o + IMMUNE]!;
        const iNew = eI * iOld + p1I * fi0 + p2I * (fi1 - fi0) + exact;
        y[o + IMMUNE] = iNew > 0 ? iNew : 0;
        immune0 += iOld;
        immune1 += y[o + IMMUNE]!;
      }
    }
    this.nicheChange = nicheChange;
    if (injured) this.damage(h, immune0, immune1);
  }

  // The damage is a method of its own (needed only with injuries), so that `step` stays small enough for V8 to inline the
  // helpers of its common path.

  /** Damage: nonlinear in itself, so predictor and corrector; the cells' levels at both ends are known. */
  private damage(h: number, immune0: number, immune1: number): void {
    const y = this.y;
    const r = this.rates;
    const { x0, x1, w0, w1 } = this;
    const d = this.damageOffset;
    const hyp = this.plan.hypothesis;
    for (let j = 0; j < N_TISSUES; j++) {
      const s0 = this.s0[j]!;
      const s1 = this.s1[j]!;
      const d0 = y[d + j]!;
      if (s0 === 0 && s1 === 0 && this.sm[j] === 0 && d0 === 0) continue;
      // Linearised at the step's start (an exponential Rosenbrock step): λ is minus the derivative of dD/dt in D there
      // (healing, the injury's (1 − D) factor and the hypothesis' term), so healing sped up by many cells stays stable
      // with long steps; F carries the rest, evaluated exactly at both ends.
      const sm = this.sm[j]!;
      const eps = 1e-7;
      const g0 = this.damageRate(hyp, r, x0[j]!, w0[j]!, immune0, sm, d0);
      const lamD = Math.max(0, -(this.damageRate(hyp, r, x0[j]!, w0[j]!, immune0, sm, d0 + eps) - g0) / eps);
      const c = this.dcoef;
      phiFactors(lamD, h, c, 0);
      const f0 = this.damageRate(hyp, r, x0[j]!, w0[j]!, immune0, s0, d0) + lamD * d0;
      let pd = c[0]! * d0 + c[1]! * f0;
      pd = pd < 0 ? 0 : pd > 1 ? 1 : pd;
      const f1 = this.damageRate(hyp, r, x1[j]!, w1[j]!, immune1, s1, pd) + lamD * pd;
      const d1 = pd + c[2]! * (f1 - f0);
      y[d + j] = d1 < 0 ? 0 : d1 > 1 ? 1 : d1;
    }
  }

  /**
   * Integrates from `days[0]` (all zero) through every sample day, writing state `record[s]` at day i into
   * `out[s·days.length + i]` (one row per recorded variable, in one buffer).
   * A bolus at a sample day is recorded after it lands, one sample later (the level just before it is the sample itself).
   */
  run(days: Float64Array, record: Int32Array, out: Float64Array, limits: StepLimits = DEFAULT_STEP_LIMITS, refine = 1): void {
    const y = this.y;
    y.fill(0);
    this.steps = 0;
    this.nicheChange = 0;
    const plan = this.plan;
    const { days: grading, firstSteps } = gradingOf(plan, limits);
    const boluses = plan.boluses;
    let nextBolus = 0;
    let nextGrading = 0;
    let lastRung = -1;
    const nOut = record.length;
    const n = days.length;
    for (let i = 0; i < n; i++) {
      const t = days[i]!;
      for (let s = 0, at = i; s < nOut; s++, at += n) out[at] = y[record[s]!]!;
      while (nextBolus < boluses.length && boluses[nextBolus]!.day <= t + BOLUS_TOLERANCE_DAYS) {
        const b = boluses[nextBolus++]!;
        const idx = b.graft * PER_GRAFT + (b.target === 'blood' ? BLOOD : LODGED);
        y[idx] = y[idx]! + b.amount;
      }
      if (i + 1 === n) break;
      const t1 = days[i + 1]!;
      // Steps grow within the interval as the grading allows (the context does not change within a sample interval:
      // every context boundary is a knot and so a sample), on a fixed ladder of
      // sizes so that their decay factors are computed once per run and size; the last one or two land on t1 exactly.
      const context = contextLimit(plan, t, t1, limits);
      let tt = t;
      while (tt < t1) {
        while (nextGrading < grading.length && grading[nextGrading]! <= tt + 1e-9) nextGrading++;
        // In quiet stretches the step grows up to `calm` as long as no niche graft changes by more than `calmChange` over
        // it (at the rate of the last step): only the niche moves there, and the error of a step grows with its change.
        let limit = context;
        if (context >= limits.quiet) limit = Math.max(limits.quiet, Math.min(limits.calm, limits.calmChange / this.nicheChange));
        const graded = nextGrading === 0 ? limit : Math.min(limit, firstSteps[nextGrading - 1]! + limits.growth * (tt - grading[nextGrading - 1]!));
        const hMax = graded / refine;
        const left = t1 - tt;
        let h: number;
        let rung = -1;
        if (left <= hMax * 1.000001) h = left;
        else {
          rung = rungOf(hMax, lastRung);
          lastRung = rung;
          h = rung < 0 ? hMax : LADDER[rung]!;
          if (left < 2 * h) {
            h = left / 2;
            rung = -1;
          }
        }
        this.step(tt, h, rung);
        this.steps++;
        tt = h === left ? t1 : tt + h;
      }
    }
  }
}
