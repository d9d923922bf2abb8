// integrator.ts advances one host's equations over its sample times: a second-order exponential Runge–Kutta scheme (ETD2RK), fused.

import type { HostPlan } from './hostPlan';
import type { Hypothesis } from './types';
import type { ModelRates } from './rates';
import { CFDNA_GE_PER_ML_PER_GEQ } from './rates';
import { HostDrivers, N_TISSUES } from './drivers';
import { damageExtra } from './damage';
import { BLOOD, LODGED, NICHE, TISSUE0, CFDNA, IMMUNE, PER_GRAFT, stateSize } from './equations';
import { stepLimit, gradingDays, DEFAULT_STEP_LIMITS } from './timeGrid';
import type { StepLimits } from './timeGrid';

/** Bolus days are sample days up to the merge tolerance of the grid. */
const BOLUS_TOLERANCE_DAYS = 2e-5;
/** How far before a step's end its end-point source is read (~0.1 ms; steps are at least minutes long). */
const LEFT_LIMIT_DAYS = 1e-9;

// Coefficient slots: one per graft's blood, then these shared ones.
// Slots 0..CONSTANT_SLOTS-1 have a λ that never changes (their factors come from the ladder table).
const SLOT_LODGED = 0;
const SLOT_CFDNA = 1;
const SLOT_IMMUNE = 2;
const SLOT_TISSUE0 = 3;
const CONSTANT_SLOTS = SLOT_TISSUE0 + N_TISSUES;
const SLOT_NICHE = CONSTANT_SLOTS;
const SLOT_DAMAGE0 = SLOT_NICHE + 1;
const SHARED_SLOTS = SLOT_DAMAGE0 + N_TISSUES;
/** Step sizes come from a geometric ladder (×1.15 per rung from DEFAULT_STEP_LIMITS.firstStep) up to ~2 years. */
const LOG_LADDER = Math.log(1.15);
const LADDER_RUNGS = 70;
const W_STRIDE = 4 * (N_TISSUES + 1);

/**
 * Why this scheme (ETD2RK, Cox & Matthews 2002): each variable decays at its own rate λ, from minutes (cfDNA) to a century
 * (heart cells). Integrating that decay exactly, y₁ = e^{−λh}y₀ + φ₁F₀ + φ₂(F₁ − F₀), is stable for any step and exact
 * when λ is constant and the source F is linear in time over the step, so the stiff cfDNA needs no small steps.
 * The equations form a cascade (traffic → blood ⇄ niche → tissues, cfDNA, immune cells → damage), so the corrector runs
 * in that order and each compartment's end-of-step source uses the already-corrected upstream level (no predictor needed
 * downstream). Release of cells lodged at delivery is a two-exponential closed form. The factors e^{−λh}, φ₁, φ₂ are
 * cached per slot and recomputed only when λ or h change. No allocation per step.
 */
export class HostIntegrator {
  readonly size: number;
  readonly damageOffset: number;
  private readonly nGrafts: number;
  private readonly drv: HostDrivers;
  private readonly y: Float64Array;
  private readonly coef: Float64Array;
  private readonly coefLam: Float64Array;
  private readonly coefH: Float64Array;
  private readonly clearanceFactor: Float64Array;
  private readonly pathWeight: Float64Array;
  private readonly s0 = new Float64Array(N_TISSUES);
  private readonly sm = new Float64Array(N_TISSUES);
  private readonly s1 = new Float64Array(N_TISSUES);
  private readonly eta0 = new Float64Array(N_TISSUES);
  private readonly etam = new Float64Array(N_TISSUES);
  private readonly eta1 = new Float64Array(N_TISSUES);
  private readonly predN: Float64Array;
  private readonly activeFrom: Float64Array;
  private readonly lamB: Float64Array;
  private readonly dfB: Float64Array;
  /** Traffic taken exactly as u₀·e^{ρs} over the step: coefficient u₀/(λ+ρ), growth factor e^{ρh} = u₁/u₀, and ρ. */
  private readonly trafCoef: Float64Array;
  private readonly trafGrowth: Float64Array;
  private readonly trafRho: Float64Array;
  private readonly uLin1: Float64Array;
  private readonly lodgedCoef: Float64Array;
  private eLodged = 1;
  private readonly wTmp = new Float64Array(4);
  private readonly wTissue = new Float64Array(4 * (N_TISSUES + 1));
  private wLam = NaN;
  private wH = NaN;
  private readonly ladder: Float64Array;
  private readonly ladderBase: number;
  private readonly coefLadder: Float64Array;
  private readonly coefLadderValid: Uint8Array;
  /** Tissue/cfDNA weights per ladder rung, flat: rung·W_STRIDE + 4·target. */
  private readonly wLadder: Float64Array;
  private readonly wLadderLam: Float64Array;
  private lamN = 0;
  private readonly predB: Float64Array;
  private readonly f0B: Float64Array;
  private readonly b0: Float64Array;
  private readonly n0: Float64Array;
  // Per-tissue sums over grafts at the step's start and end, for the damage equation.
  private readonly x0 = new Float64Array(N_TISSUES);
  private readonly x1 = new Float64Array(N_TISSUES);
  private readonly w0 = new Float64Array(N_TISSUES);
  private readonly w1 = new Float64Array(N_TISSUES);
  /** Steps taken by the last `run` (for the benchmark and the docs). */
  steps = 0;

  constructor(
    readonly plan: HostPlan,
    readonly rates: ModelRates,
  ) {
    const g = plan.grafts.length;
    this.nGrafts = g;
    this.size = stateSize(g);
    this.damageOffset = g * PER_GRAFT;
    this.drv = new HostDrivers(plan, rates);
    this.y = new Float64Array(this.size);
    const slots = g + SHARED_SLOTS;
    this.coef = new Float64Array(3 * slots);
    this.coefLam = new Float64Array(slots);
    this.coefH = new Float64Array(slots);
    this.clearanceFactor = Float64Array.from(plan.grafts, (x) => x.clearanceFactor);
    this.pathWeight = Float64Array.from(plan.grafts, (x) => x.pathogenicWeight);
    this.predN = new Float64Array(g);
    this.activeFrom = Float64Array.from(plan.grafts, (x) => x.conceptionDay);
    if (plan.injuries.length === 0) {
      this.eta0.fill(rates.homing);
      this.etam.fill(rates.homing);
      this.eta1.fill(rates.homing);
    }
    this.predB = new Float64Array(g);
    this.lamB = new Float64Array(g);
    this.dfB = new Float64Array(g);
    this.trafCoef = new Float64Array(g);
    this.trafGrowth = new Float64Array(g);
    this.trafRho = new Float64Array(g);
    this.uLin1 = new Float64Array(g);
    this.lodgedCoef = new Float64Array(g);
    this.ladderBase = DEFAULT_STEP_LIMITS.firstStep;
    this.ladder = new Float64Array(LADDER_RUNGS);
    for (let k = 0; k < LADDER_RUNGS; k++) this.ladder[k] = this.ladderBase * Math.exp(k * LOG_LADDER);
    this.coefLadder = new Float64Array(LADDER_RUNGS * 3 * CONSTANT_SLOTS);
    this.coefLadderValid = new Uint8Array(LADDER_RUNGS);
    this.wLadder = new Float64Array(LADDER_RUNGS * W_STRIDE);
    this.wLadderLam = new Float64Array(LADDER_RUNGS).fill(NaN);
    this.f0B = new Float64Array(g);
    this.b0 = new Float64Array(g);
    this.n0 = new Float64Array(g);
  }

  /** e^{−λh}, φ₁ = (1 − e^{−λh})/λ, φ₂ = (e^{−λh} − 1 + λh)/(λ²h) into slot `s` (series for small λh, no cancellation). */
  private setCoef(s: number, l: number, h: number): void {
    if (this.coefLam[s] === l && this.coefH[s] === h) return;
    this.coefLam[s] = l;
    this.coefH[s] = h;
    const z = l * h;
    const c = this.coef;
    if (Math.abs(z) < 1e-2) {
      // Taylor series to z⁵: relative error below 1e-13.
      const z2 = z * z;
      c[3 * s] = 1 - z + z2 / 2 - (z2 * z) / 6 + (z2 * z2) / 24 - (z2 * z2 * z) / 120;
      c[3 * s + 1] = h * (1 - z / 2 + z2 / 6 - (z2 * z) / 24 + (z2 * z2) / 120 - (z2 * z2 * z) / 720);
      c[3 * s + 2] = h * (0.5 - z / 6 + z2 / 24 - (z2 * z) / 120 + (z2 * z2) / 720 - (z2 * z2 * z) / 5040);
    } else {
      const e = Math.exp(-z);
      c[3 * s] = e;
      c[3 * s + 1] = (1 - e) / l;
      c[3 * s + 2] = (e - 1 + z) / (l * z);
    }
  }

  /** K = ∫₀ʰ e^{−μ(h−s)}e^{−λs} ds = (e^{−λh} − e^{−μh})/(μ − λ). */
  private static kernel(eLam: number, lam: number, eMu: number, mu: number, h: number): number {
    const diff = mu - lam;
    // For μ ≈ λ the limit is h·e^{−λh}; the first-order correction keeps it smooth across the switch.
    return Math.abs(diff * h) < 1e-7 ? h * eLam * (1 - (diff * h) / 2) : (eLam - eMu) / diff;
  }

  /**
   * ∫₀ʰ e^{−μ(h−s)} B(s) ds for a downstream compartment decaying at μ, with B(s) the blood level *as the blood step
   * models it*: B₀e^{−λs}, plus its source F₀ + (F₁ − F₀)s/h integrated exactly, plus the release of lodged cells.
   * Using blood's own course within the step (not a straight line between its ends) keeps tissues, niche and cfDNA
   * accurate where blood relaxes within a step (λh ≫ 1 after a delivery or a termination); it reduces to the trapezoid
   * when λh ≪ 1.
   */
  private bloodIntegral(g: number, eMu: number, mu: number, p1Mu: number, p2Mu: number, h: number): number {
    this.weights(g, eMu, mu, p1Mu, p2Mu, h, this.wTmp, 0);
    return this.applyWeights(g, this.wTmp, 0) + this.trafficIntegral(g, eMu, mu, this.wTmp[0]!, h);
  }

  /** The four weights of `bloodIntegral` for blood class g and target decay μ, into w[4i..4i+3]. */
  private weights(g: number, eMu: number, mu: number, p1Mu: number, p2Mu: number, h: number, w: Float64Array, i: number): void {
    const lam = this.lamB[g]!;
    const eLam = this.coef[3 * g]!;
    const k = HostIntegrator.kernel(eLam, lam, eMu, mu, h);
    w[4 * i] = k;
    if (lam * h > 1e-5) {
      const a = (p1Mu - k) / lam;
      w[4 * i + 1] = a;
      w[4 * i + 2] = (p2Mu - a / h) / lam;
    } else {
      w[4 * i + 1] = h * p2Mu;
      w[4 * i + 2] = h * p2Mu * 0.5;
    }
    w[4 * i + 3] = HostIntegrator.kernel(this.eLodged, this.rates.postpartumRelease, eMu, mu, h) - k;
  }

  /** dD/dt of one tissue: a·S·(1 − D) − h·D + the hypothesis' term. */
  private damageRate(hyp: Hypothesis, r: ModelRates, cells: number, weighted: number, immune: number, s: number, d: number): number {
    return r.injuryDamage * s * (1 - d) - r.healing * d + damageExtra(hyp, r, cells, weighted, immune, s, d);
  }

  private fillWeights(g: number, h: number, cc: Float64Array, ccOff: number, w: Float64Array, wOff: number): void {
    const r = this.rates;
    for (let j = 0; j < N_TISSUES; j++) {
      const s = ccOff + 3 * (SLOT_TISSUE0 + j);
      this.weights(g, cc[s]!, r.tissueTurnover[j]!, cc[s + 1]!, cc[s + 2]!, h, w, wOff / 4 + j);
    }
    const sc = ccOff + 3 * SLOT_CFDNA;
    this.weights(g, cc[sc]!, r.cfdnaDecay, cc[sc + 1]!, cc[sc + 2]!, h, w, wOff / 4 + N_TISSUES);
  }

  /** Fills the ladder table's decay factors for the slots whose λ never changes (lodged, cfDNA, immune, tissues). */
  private fillConstantLadder(rung: number, h: number): void {
    const r = this.rates;
    const tab = this.coefLadder;
    const off = rung * 3 * CONSTANT_SLOTS;
    const put = (slot: number, l: number): void => {
      const z = l * h;
      const o = off + 3 * slot;
      if (Math.abs(z) < 1e-2) {
        const z2 = z * z;
        tab[o] = 1 - z + z2 / 2 - (z2 * z) / 6 + (z2 * z2) / 24 - (z2 * z2 * z) / 120;
        tab[o + 1] = h * (1 - z / 2 + z2 / 6 - (z2 * z) / 24 + (z2 * z2) / 120 - (z2 * z2 * z) / 720);
        tab[o + 2] = h * (0.5 - z / 6 + z2 / 24 - (z2 * z) / 120 + (z2 * z2) / 720 - (z2 * z2 * z) / 5040);
      } else {
        const e = Math.exp(-z);
        tab[o] = e;
        tab[o + 1] = (1 - e) / l;
        tab[o + 2] = (e - 1 + z) / (l * z);
      }
    };
    put(SLOT_LODGED, r.postpartumRelease);
    put(SLOT_CFDNA, r.cfdnaDecay);
    put(SLOT_IMMUNE, r.immuneDecay);
    for (let j = 0; j < N_TISSUES; j++) put(SLOT_TISSUE0 + j, r.tissueTurnover[j]!);
    this.coefLadderValid[rung] = 1;
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

  private applyWeights(g: number, w: Float64Array, i: number): number {
    const lc = this.lodgedCoef[g]!;
    const v = this.b0[g]! * w[4 * i]! + this.f0B[g]! * w[4 * i + 1]! + this.dfB[g]! * w[4 * i + 2]!;
    return lc === 0 ? v : v + lc * w[4 * i + 3]!;
  }

  private step(t: number, h: number, rung: number): void {
    const r = this.rates;
    const drv = this.drv;
    const y = this.y;
    const c = this.coef;
    const G = this.nGrafts;
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
    let etaTotal = 0;
    for (let j = 0; j < N_TISSUES; j++) etaTotal += etam[j]!;

    // Coefficients. The niche's self-renewal is put into its λ with the crowding frozen at the step's start, so that
    // logistic growth over decades is integrated almost exactly; the change in crowding over the step stays in F.
    let nicheTotal = 0;
    for (let g = 0; g < G; g++) nicheTotal += y[g * PER_GRAFT + NICHE]!;
    const crowd0 = 1 - nicheTotal / r.capacity;
    const base = G * 3;
    // Constant-λ slots read from `cc` at `ccOff`: the ladder table for ladder steps, else the per-slot cache.
    let cc = c;
    let ccOff = 3 * G;
    if (rung >= 0) {
      if (!this.coefLadderValid[rung]) this.fillConstantLadder(rung, h);
      cc = this.coefLadder;
      ccOff = rung * 3 * CONSTANT_SLOTS;
    } else {
      this.setCoef(G + SLOT_LODGED, r.postpartumRelease, h);
      this.setCoef(G + SLOT_CFDNA, r.cfdnaDecay, h);
      this.setCoef(G + SLOT_IMMUNE, r.immuneDecay, h);
      for (let j = 0; j < N_TISSUES; j++) this.setCoef(G + SLOT_TISSUE0 + j, r.tissueTurnover[j]!, h);
    }
    this.lamN = r.nicheLoss + r.nicheRelease * mobm - r.selfRenewal * crowd0;
    this.setCoef(G + SLOT_NICHE, this.lamN, h);
    const eL = cc[ccOff + 3 * SLOT_LODGED]!;
    this.eLodged = eL;
    const eN = c[base + 3 * SLOT_NICHE]!;
    const p1N = c[base + 3 * SLOT_NICHE + 1]!;
    const p2N = c[base + 3 * SLOT_NICHE + 2]!;
    const m = r.postpartumRelease;
    const rel0 = r.nicheRelease * mob0;
    const rel1 = r.nicheRelease * mob1;
    const e = r.engraftment;

    // Blood and niche: predictor.
    let predTotal = 0;
    const activeFrom = this.activeFrom;
    for (let g = 0; g < G; g++) {
      // A graft whose pregnancy has not begun is all zeros with no sources: nothing to do.
      if (t < activeFrom[g]!) continue;
      const o = g * PER_GRAFT;
      const lb = k * this.clearanceFactor[g]! + e + etaTotal;
      this.lamB[g] = lb;
      this.setCoef(g, lb, h);
      const eB = c[3 * g]!;
      const p1B = c[3 * g + 1]!;
      const b = y[o + BLOOD]!;
      const n = y[o + NICHE]!;
      const l = y[o + LODGED]!;
      this.b0[g] = b;
      this.n0[g] = n;
      // Traffic grows exponentially with gestational age: integrate it as u₀·e^{ρs} (ρ from its two ends), exactly,
      // rather than as a straight line, so steps in pregnancy can be a week long.
      const u0 = drv.traffic(g, t);
      const u1 = drv.traffic(g, t1);
      let uLin0 = u0;
      let trafficB = 0;
      this.trafCoef[g] = 0;
      if (u0 > 0 && u1 > 0) {
        const growth = u1 / u0;
        const rho = Math.log(growth) / h;
        const lr = lb + rho;
        if (Math.abs(lr * h) > 1e-9) {
          const tc = u0 / lr;
          this.trafCoef[g] = tc;
          this.trafGrowth[g] = growth;
          this.trafRho[g] = rho;
          trafficB = tc * (growth - c[3 * g]!);
          uLin0 = 0;
        }
      }
      this.uLin1[g] = uLin0 === 0 && this.trafCoef[g] !== 0 ? 0 : u1;
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
      }
      this.lodgedCoef[g] = lcoef;
      const pb = eB * b + p1B * f0B + lodged + trafficB;
      this.predB[g] = pb > 0 ? pb : 0;
      const pn = eN * n + p1N * e * b;
      this.predN[g] = pn > 0 ? pn : 0;
      predTotal += this.predN[g]!;
      y[o + LODGED] = eL * l;
    }
    const crowdP = 1 - predTotal / r.capacity;

    // Correctors in cascade order.
    const eC = cc[ccOff + 3 * SLOT_CFDNA]!;
    const p1C = cc[ccOff + 3 * SLOT_CFDNA + 1]!;
    const p2C = cc[ccOff + 3 * SLOT_CFDNA + 2]!;
    const eI = cc[ccOff + 3 * SLOT_IMMUNE]!;
    const p1I = cc[ccOff + 3 * SLOT_IMMUNE + 1]!;
    const p2I = cc[ccOff + 3 * SLOT_IMMUNE + 2]!;
    const isChild = this.plan.isChild;
    const x0 = this.x0;
    const x1 = this.x1;
    const w0 = this.w0;
    const w1 = this.w1;
    if (injured) {
      x0.fill(0);
      x1.fill(0);
      w0.fill(0);
      w1.fill(0);
    }
    let immune0 = 0;
    let immune1 = 0;
    for (let g = 0; g < G; g++) {
      if (t < activeFrom[g]!) continue;
      const o = g * PER_GRAFT;
      const b0 = this.b0[g]!;
      const n0 = this.n0[g]!;
      const pn = this.predN[g]!;
      const f1B = this.uLin1[g]! + rel1 * pn;
      this.dfB[g] = f1B - this.f0B[g]!;
      let b1 = this.predB[g]! + c[3 * g + 2]! * this.dfB[g]!;
      if (!(b1 > 0)) b1 = 0;
      y[o + BLOOD] = b1;
      let n1 = eN * n0 + e * this.bloodIntegral(g, eN, this.lamN, p1N, p2N, h) + p2N * r.selfRenewal * pn * (crowdP - crowd0);
      if (!(n1 > 0)) n1 = 0;
      y[o + NICHE] = n1;
      // Tissues: downstream of blood only, integrated against blood's own relaxation over the step. Their weights depend
      // only on blood's λ and h, so grafts with the same clearance, and runs of equal steps, share them.
      let wt: Float64Array = this.wTissue;
      let wOff = 0;
      if (rung >= 0) {
        wt = this.wLadder;
        wOff = rung * W_STRIDE;
        if (this.wLadderLam[rung] !== this.lamB[g]) {
          this.wLadderLam[rung] = this.lamB[g]!;
          this.fillWeights(g, h, cc, ccOff, wt, wOff);
        }
      } else if (this.lamB[g] !== this.wLam || h !== this.wH) {
        this.wLam = this.lamB[g]!;
        this.wH = h;
        this.fillWeights(g, h, cc, ccOff, wt, 0);
      }
      const pw = this.pathWeight[g]!;
      const f0 = this.f0B[g]!;
      const df = this.dfB[g]!;
      const traffic = this.trafCoef[g] !== 0;
      const lc = this.lodgedCoef[g]!;
      for (let j = 0; j < N_TISSUES; j++) {
        const s = ccOff + 3 * (SLOT_TISSUE0 + j);
        const i = o + TISSUE0 + j;
        const tOld = y[i]!;
        const q = wOff + 4 * j;
        let integral = b0 * wt[q]! + f0 * wt[q + 1]! + df * wt[q + 2]! + lc * wt[q + 3]!;
        if (traffic) integral += this.trafficIntegral(g, cc[s]!, r.tissueTurnover[j]!, wt[q]!, h);
        const tNew = cc[s]! * tOld + etam[j]! * integral;
        y[i] = tNew > 0 ? tNew : 0;
        if (injured) {
          x0[j] = x0[j]! + tOld;
          x1[j] = x1[j]! + y[i]!;
          w0[j] = w0[j]! + pw * tOld;
          w1[j] = w1[j]! + pw * y[i]!;
        }
      }
      const kc = CFDNA_GE_PER_ML_PER_GEQ * k * this.clearanceFactor[g]!;
      const pl0 = drv.placenta(g, t);
      const pl1 = drv.placenta(g, t1);
      const cNew = eC * y[o + CFDNA]! + p1C * pl0 + p2C * (pl1 - pl0) + kc * (this.applyWeights(g, wt, wOff / 4 + N_TISSUES) + (traffic ? this.trafficIntegral(g, eC, r.cfdnaDecay, wt[wOff + 4 * N_TISSUES]!, h) : 0));
      y[o + CFDNA] = cNew > 0 ? cNew : 0;
      if (isChild) {
        const ui0 = drv.immuneTraffic(g, t);
        const ui1 = drv.immuneTraffic(g, t1);
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
    if (!injured) return;

    // Damage: nonlinear in itself, so predictor and corrector; the cells' levels at both ends are known.
    const d = this.damageOffset;
    const hyp = this.plan.hypothesis;
    for (let j = 0; j < N_TISSUES; j++) {
      const s0 = this.s0[j]!;
      const s1 = this.s1[j]!;
      const d0 = y[d + j]!;
      if (s0 === 0 && s1 === 0 && this.sm[j] === 0 && d0 === 0) continue;
      const slot = G + SLOT_DAMAGE0 + j;
      // Linearised at the step's start (an exponential Rosenbrock step): λ is minus the derivative of dD/dt in D there
      // (healing, the injury's (1 − D) factor and the hypothesis' term), so healing sped up by many cells stays stable
      // with long steps; F carries the rest, evaluated exactly at both ends.
      const sm = this.sm[j]!;
      const eps = 1e-7;
      const g0 = this.damageRate(hyp, r, x0[j]!, w0[j]!, immune0, sm, d0);
      const lamD = Math.max(0, -(this.damageRate(hyp, r, x0[j]!, w0[j]!, immune0, sm, d0 + eps) - g0) / eps);
      this.setCoef(slot, lamD, h);
      const cs = 3 * slot;
      const f0 = this.damageRate(hyp, r, x0[j]!, w0[j]!, immune0, s0, d0) + lamD * d0;
      let pd = c[cs]! * d0 + c[cs + 1]! * f0;
      pd = pd < 0 ? 0 : pd > 1 ? 1 : pd;
      const f1 = this.damageRate(hyp, r, x1[j]!, w1[j]!, immune1, s1, pd) + lamD * pd;
      const d1 = pd + c[cs + 2]! * (f1 - f0);
      y[d + j] = d1 < 0 ? 0 : d1 > 1 ? 1 : d1;
    }
  }

  /**
   * Integrates from `days[0]` (all zero) through every sample day, writing state `record[s]` into `out[s][i]` at day i.
   * A bolus at a sample day is recorded after it lands, one sample later (the level just before it is the sample itself).
   */
  run(days: Float64Array, record: Int32Array, out: Float64Array[], limits: StepLimits = DEFAULT_STEP_LIMITS, refine = 1): void {
    const y = this.y;
    y.fill(0);
    this.coefLam.fill(NaN);
    this.wLam = NaN;
    this.coefLadderValid.fill(0);
    this.wLadderLam.fill(NaN);
    this.steps = 0;
    const plan = this.plan;
    const grading = gradingDays(plan);
    const boluses = plan.boluses;
    let nextBolus = 0;
    const nOut = record.length;
    for (let i = 0; i < days.length; i++) {
      const t = days[i]!;
      for (let s = 0; s < nOut; s++) out[s]![i] = y[record[s]!]!;
      while (nextBolus < boluses.length && boluses[nextBolus]!.day <= t + BOLUS_TOLERANCE_DAYS) {
        const b = boluses[nextBolus++]!;
        const idx = b.graft * PER_GRAFT + (b.target === 'blood' ? BLOOD : LODGED);
        y[idx] = y[idx]! + b.amount;
      }
      if (i + 1 === days.length) break;
      const t1 = days[i + 1]!;
      // Steps grow within the interval as the grading allows, on a fixed ladder of sizes so that their decay factors are
      // computed once per host and size; the last one or two land on t1 exactly.
      let tt = t;
      while (tt < t1) {
        const hMax = stepLimit(plan, grading, tt, t1, limits) / refine;
        const left = t1 - tt;
        let h: number;
        let rung = -1;
        if (left <= hMax * 1.000001) h = left;
        else {
          rung = Math.min(LADDER_RUNGS - 1, Math.floor(Math.log(hMax / this.ladderBase) / LOG_LADDER + 1e-9));
          if (rung < 0) {
            rung = -1;
            h = hMax;
          } else h = this.ladder[rung]!;
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
