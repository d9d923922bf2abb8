// hostRates.ts is the stochastic engine's copy of the model's right-hand side, split as dy/dt = F(t, y) − λ(t)·y.
//
// Why a copy: the deterministic engine (equations.ts, integrator.ts) is free to reorganise its right-hand side for its
// own scheme; the stochastic leaps need loss rates and sources separately and per variable. The equations are the same
// (docs/model.md); the test stochasticEngine.test.ts holds this copy to the deterministic engine's output.

import type { HostPlan } from './hostPlan';
import type { ModelRates } from './rates';
import { CFDNA_GE_PER_ML_PER_GEQ } from './rates';
import { gestationWeeksAt, placentalCfdnaShape, preeclampsiaRamp, trafficShape } from './gestationTraffic';
import { injurySignal } from './injurySignal';

/** Per-graft state layout: blood, lodged (delivery cells awaiting release), niche, 10 tissues, cfDNA, immune. */
export const BLOOD = 0;
export const LODGED = 1;
export const NICHE = 2;
export const TISSUE0 = 3;
export const N_TISSUES = 10;
export const CFDNA = TISSUE0 + N_TISSUES;
export const IMMUNE = CFDNA + 1;
export const PER_GRAFT = IMMUNE + 1;

/**
 * The equations of one host (graft g, tissue j; S_j the injury signal, Σ over the host's grafts):
 *   B_g' = u_g(t) + m·L_g + r(t)·N_g − (k(t)·c_g + e + Σ_j η_j(t))·B_g
 *   L_g' = −m·L_g                                   (boluses at delivery)
 *   N_g' = e·B_g + ρ·N_g·(1 − ΣN/K) − (δ + r(t))·N_g
 *   T_gj' = η_j(t)·B_g − τ_j·T_gj
 *   C_g' = P_g(t) + β·k(t)·c_g·B_g − κ·C_g
 *   I_g' = u^I_g(t) + λ_I·N_g − k_I·I_g              (children only)
 *   D_j' = (a·S_j + path_j)·(1 − D_j) − h·(1 + rep_j)·D_j
 * with k(t) weaker while pregnant (mother) or before birth (child), r(t) = r₀(1 + μ·min(1, Σ_j S_j)), η_j = η₀(1 + G·S_j).
 */
export class HostRates {
  readonly size: number;
  readonly nGrafts: number;
  readonly damageOffset: number;
  private readonly signal = new Float64Array(N_TISSUES);
  /** Homing rate into each tissue at the last time evaluated (the stochastic leap re-uses it for its blood average). */
  readonly homing = new Float64Array(N_TISSUES);
  /** Niche release rate into blood at the last `sources` call (per day). */
  release = 0;

  constructor(
    readonly plan: HostPlan,
    readonly rates: ModelRates,
  ) {
    this.nGrafts = plan.grafts.length;
    this.damageOffset = this.nGrafts * PER_GRAFT;
    this.size = this.damageOffset + N_TISSUES;
  }

  /** Immune clearance now: weaker during the mother's pregnancies, or while the child is a fetus. */
  private clearanceAt(t: number): number {
    const r = this.rates;
    for (const g of this.plan.gestations) {
      if (t >= g.start && t < g.end) return r.clearance * (this.plan.isChild ? r.fetalClearanceFactor : r.pregnancyClearanceFactor);
    }
    return r.clearance;
  }

  /** Fills the signal and homing arrays for time t; returns the mobilisation multiplier of niche release. */
  private signalsAt(t: number): number {
    const s = this.signal;
    s.fill(0);
    const injuries = this.plan.injuries;
    for (let i = 0; i < injuries.length; i++) {
      const c = injuries[i]!;
      s[c.tissue] = s[c.tissue]! + injurySignal(c, t);
    }
    const r = this.rates;
    let total = 0;
    for (let j = 0; j < N_TISSUES; j++) {
      const sj = Math.min(1, s[j]!);
      s[j] = sj;
      total += sj;
      this.homing[j] = r.homing * (1 + r.homingGain * sj);
    }
    return 1 + r.mobilisationGain * Math.min(1, total);
  }

  /** λ(t) for every state variable (it does not depend on y). */
  lambdas(t: number, lam: Float64Array): void {
    const r = this.rates;
    const k = this.clearanceAt(t);
    const mob = this.signalsAt(t);
    let homingTotal = 0;
    for (let j = 0; j < N_TISSUES; j++) homingTotal += this.homing[j]!;
    for (let g = 0; g < this.nGrafts; g++) {
      const o = g * PER_GRAFT;
      lam[o + BLOOD] = k * this.plan.grafts[g]!.clearanceFactor + r.engraftment + homingTotal;
      lam[o + LODGED] = r.postpartumRelease;
      lam[o + NICHE] = r.nicheLoss + r.nicheRelease * mob;
      for (let j = 0; j < N_TISSUES; j++) lam[o + TISSUE0 + j] = r.tissueTurnover[j]!;
      lam[o + CFDNA] = r.cfdnaDecay;
      lam[o + IMMUNE] = r.immuneDecay;
    }
    const d = this.damageOffset;
    for (let j = 0; j < N_TISSUES; j++) lam[d + j] = r.healing + r.injuryDamage * this.signal[j]!;
  }

  /** F(t, y): every term that is not first-order decay of the variable itself. */
  sources(t: number, y: Float64Array, f: Float64Array): void {
    const r = this.rates;
    const plan = this.plan;
    const k = this.clearanceAt(t);
    const mob = this.signalsAt(t);
    let nicheTotal = 0;
    for (let g = 0; g < this.nGrafts; g++) nicheTotal += y[g * PER_GRAFT + NICHE]!;
    const crowding = 1 - nicheTotal / r.capacity;
    const release = r.nicheRelease * mob;
    this.release = release;
    for (let g = 0; g < this.nGrafts; g++) {
      const o = g * PER_GRAFT;
      const gr = plan.grafts[g]!;
      let traffic = 0;
      let immuneTraffic = 0;
      let placenta = 0;
      if (t >= gr.conceptionDay && t < gr.endDay) {
        const ga = gestationWeeksAt(t, gr.conceptionDay);
        const shape = trafficShape(ga, plan.trafficOnsetWeeks, plan.trafficExponent);
        traffic = gr.trafficTerm * shape * preeclampsiaRamp(ga, gr.preeclampsiaTraffic);
        immuneTraffic = gr.immuneTrafficTerm * shape;
        if (gr.cfdnaTerm > 0) {
          placenta = r.cfdnaDecay * gr.cfdnaTerm * placentalCfdnaShape(ga, plan.cfdnaWeek10) * preeclampsiaRamp(ga, gr.preeclampsiaCfdna);
        }
      }
      const b = y[o + BLOOD]!;
      const n = y[o + NICHE]!;
      f[o + BLOOD] = traffic + r.postpartumRelease * y[o + LODGED]! + release * n;
      f[o + LODGED] = 0;
      f[o + NICHE] = r.engraftment * b + r.selfRenewal * n * crowding;
      for (let j = 0; j < N_TISSUES; j++) f[o + TISSUE0 + j] = this.homing[j]! * b;
      f[o + CFDNA] = placenta + CFDNA_GE_PER_ML_PER_GEQ * k * gr.clearanceFactor * b;
      f[o + IMMUNE] = plan.isChild ? immuneTraffic + r.immuneFromNiche * n : 0;
    }
    const d = this.damageOffset;
    const hyp = plan.hypothesis;
    for (let j = 0; j < N_TISSUES; j++) {
      const dj = y[d + j]!;
      const sj = this.signal[j]!;
      let extra = 0;
      if (hyp !== 'neutral') {
        let cells = 0;
        let weighted = 0;
        for (let g = 0; g < this.nGrafts; g++) {
          const o = g * PER_GRAFT;
          const tc = y[o + TISSUE0 + j]!;
          cells += tc;
          weighted += tc * plan.grafts[g]!.pathogenicWeight;
          // Maternal immune cells act in the child's inflamed tissue (the juvenile myopathy exception).
          if (plan.isChild) weighted += r.immuneDamageWeight * y[o + IMMUNE]! * Math.min(1, sj + dj);
        }
        if (hyp === 'repair') {
          extra = -r.healing * r.repairGain * (cells / (cells + r.cellEffectHalf)) * dj;
        } else {
          // Pathogenic cells act only where the tissue is inflamed or damaged, then can keep damage going.
          extra = r.pathogenicDamage * Math.min(1, sj + dj) * (weighted / (weighted + r.cellEffectHalf)) * (1 - dj);
        }
      }
      f[d + j] = r.injuryDamage * sj + extra;
    }
  }
}
