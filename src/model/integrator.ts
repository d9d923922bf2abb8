// integrator.ts advances one host's equations over its sample times with a second-order exponential Runge–Kutta scheme (ETD2RK).

import type { HostEquations } from './equations';
import { stepLimit, DEFAULT_STEP_LIMITS } from './timeGrid';
import type { StepLimits } from './timeGrid';
import { BLOOD, LODGED, PER_GRAFT } from './equations';

/** Bolus days are sample days up to the merge tolerance of the grid. */
const BOLUS_TOLERANCE_DAYS = 2e-5;
/** How far before a step's end its end-point source is read (~0.1 ms; steps are at least minutes long). */
const LEFT_LIMIT_DAYS = 1e-9;

/**
 * Why ETD2RK (Cox & Matthews 2002): each variable decays at its own rate λ (minutes for cfDNA, decades for heart cells).
 * Integrating that decay exactly, y₁ = e^{−λh}y₀ + φ₁F₀ + φ₂(F₁−F₀), is stable for any step and exact when λ is constant
 * and the source F is linear in time over the step; the coupling terms get second-order accuracy from the corrector.
 * The factors e^{−λh}, φ₁, φ₂ are recomputed only when λ or h change, so quiet decades cost a few multiply-adds per variable.
 */
export class Etd2Integrator {
  private readonly y: Float64Array;
  private readonly pred: Float64Array;
  private readonly f0: Float64Array;
  private readonly f1: Float64Array;
  private readonly lam: Float64Array;
  private readonly lastLam: Float64Array;
  private readonly decay: Float64Array;
  private readonly phi1: Float64Array;
  private readonly phi2: Float64Array;
  private lastH = NaN;

  constructor(private readonly eqs: HostEquations) {
    const n = eqs.size;
    this.y = new Float64Array(n);
    this.pred = new Float64Array(n);
    this.f0 = new Float64Array(n);
    this.f1 = new Float64Array(n);
    this.lam = new Float64Array(n);
    this.lastLam = new Float64Array(n).fill(NaN);
    this.decay = new Float64Array(n);
    this.phi1 = new Float64Array(n);
    this.phi2 = new Float64Array(n);
  }

  private coefficients(h: number): void {
    const { lam, lastLam, decay, phi1, phi2 } = this;
    const sameH = h === this.lastH;
    for (let i = 0; i < lam.length; i++) {
      const l = lam[i]!;
      if (sameH && l === lastLam[i]) continue;
      lastLam[i] = l;
      const z = l * h;
      const e = Math.exp(-z);
      decay[i] = e;
      if (z < 1e-3) {
        phi1[i] = h * (1 - z / 2 + (z * z) / 6 - (z * z * z) / 24);
        phi2[i] = h * (0.5 - z / 6 + (z * z) / 24 - (z * z * z) / 120);
      } else {
        phi1[i] = (1 - e) / l;
        phi2[i] = (e - 1 + z) / (l * z);
      }
    }
    this.lastH = h;
  }

  private step(t: number, h: number): void {
    const eqs = this.eqs;
    const { y, pred, f0, f1, decay, phi1, phi2 } = this;
    eqs.lambdas(t + h / 2, this.lam);
    this.coefficients(h);
    eqs.sources(t, y, f0);
    const n = y.length;
    for (let i = 0; i < n; i++) {
      const v = decay[i]! * y[i]! + phi1[i]! * f0[i]!;
      pred[i] = v > 0 ? v : 0;
    }
    // The end-of-step source is the left limit: drivers jump at knots (an onset, a delivery) and the jump belongs to the next step.
    eqs.sources(t + h - LEFT_LIMIT_DAYS, pred, f1);
    for (let i = 0; i < n; i++) {
      const v = pred[i]! + phi2[i]! * (f1[i]! - f0[i]!);
      y[i] = v > 0 ? v : 0;
    }
    const d = eqs.damageOffset;
    for (let i = d; i < n; i++) if (y[i]! > 1) y[i] = 1;
  }

  /**
   * Integrates from `days[0]` (all zero) through every sample day, writing state `record[s]` into `out[s][i]` at day i.
   * A bolus at a sample day is recorded after it lands, one sample later (the level just before it is the sample itself).
   */
  run(days: Float64Array, record: Int32Array, out: Float64Array[], limits: StepLimits = DEFAULT_STEP_LIMITS, refine = 1): void {
    const y = this.y;
    y.fill(0);
    this.lastLam.fill(NaN);
    this.lastH = NaN;
    const plan = this.eqs.plan;
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
      const span = t1 - t;
      const hMax = stepLimit(plan, t, t1, limits) / refine;
      const nSteps = Math.max(1, Math.ceil(span / hMax - 1e-9));
      const h = span / nSteps;
      let tt = t;
      for (let k = 0; k < nSteps; k++) {
        this.step(tt, h);
        tt = k + 1 === nSteps ? t1 : tt + h;
      }
    }
  }
}
