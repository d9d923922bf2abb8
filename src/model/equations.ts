// equations.ts is the model's right-hand side dy/dt for one host in plain form: the reference the fast integrator is tested against.

import type { HostPlan } from './hostPlan';
import type { ModelRates } from './rates';
import { CFDNA_GE_PER_ML_PER_GEQ, nicheRenewal } from './rates';
import { HostDrivers, N_TISSUES } from './drivers';
import { damageExtra } from './damage';

export { N_TISSUES };
/** Per-graft state layout: blood, lodged (delivery cells awaiting release), niche, 10 tissues, cfDNA, immune. */
export const BLOOD = 0;
export const LODGED = 1;
export const NICHE = 2;
export const TISSUE0 = 3;
export const CFDNA = TISSUE0 + N_TISSUES;
export const IMMUNE = CFDNA + 1;
export const PER_GRAFT = IMMUNE + 1;

/** Size of a host's state vector: PER_GRAFT per graft, then one damage index per tissue. */
export function stateSize(nGrafts: number): number {
  return nGrafts * PER_GRAFT + N_TISSUES;
}

/**
 * The equations of one host (graft g, tissue j; S_j the injury signal, Σ over the host's grafts):
 *   B_g' = u_g(t) + m·L_g + r(t)·N_g − (k(t)·c_g + e + Σ_j η_j(t))·B_g
 *   L_g' = −m·L_g                                   (plus the bolus lodged at delivery)
 *   N_g' = e·B_g + ρ·N_g·(1 − ΣN/K) − (δ + r(t))·N_g
 *   T_gj' = η_j(t)·B_g − τ_j·T_gj
 *   C_g' = P_g(t) + β·k(t)·c_g·B_g − κ·C_g
 *   I_g' = u^I_g(t) + λ_I·N_g − k_I·I_g              (children only)
 *   D_j' = a·S_j·(1 − D_j) − h·D_j + extra_j          (extra: the hypothesis, damage.ts)
 * with k(t) weaker while pregnant (mother) or before birth (child), r(t) = r₀(1 + μ·min(1, Σ_j S_j)), η_j = η₀(1 + G·S_j).
 */
export class HostEquations {
  readonly size: number;
  readonly nGrafts: number;
  readonly damageOffset: number;
  readonly drivers: HostDrivers;
  private readonly signal = new Float64Array(N_TISSUES);
  private readonly homing = new Float64Array(N_TISSUES);

  constructor(
    readonly plan: HostPlan,
    readonly rates: ModelRates,
  ) {
    this.nGrafts = plan.grafts.length;
    this.damageOffset = this.nGrafts * PER_GRAFT;
    this.size = stateSize(this.nGrafts);
    this.drivers = new HostDrivers(plan, rates);
  }

  rhs(t: number, y: ArrayLike<number>, dy: Float64Array | number[]): void {
    const r = this.rates;
    const plan = this.plan;
    const drv = this.drivers;
    const k = drv.clearanceAt(t);
    const mob = drv.signals(t, this.signal, this.homing);
    let homingTotal = 0;
    for (let j = 0; j < N_TISSUES; j++) homingTotal += this.homing[j]!;
    let nicheTotal = 0;
    for (let g = 0; g < this.nGrafts; g++) nicheTotal += y[g * PER_GRAFT + NICHE]!;
    const release = r.nicheRelease * mob;
    const renewal = nicheRenewal(r, mob);
    for (let g = 0; g < this.nGrafts; g++) {
      const o = g * PER_GRAFT;
      const c = plan.grafts[g]!.clearanceFactor;
      const b = y[o + BLOOD]!;
      const l = y[o + LODGED]!;
      const n = y[o + NICHE]!;
      dy[o + BLOOD] = drv.traffic(g, t) + r.postpartumRelease * l + release * n - (k * c + r.engraftment + homingTotal) * b;
      dy[o + LODGED] = -r.postpartumRelease * l;
      dy[o + NICHE] = r.engraftment * b + renewal * n * (1 - nicheTotal / r.capacity) - (r.nicheLoss + release) * n;
      for (let j = 0; j < N_TISSUES; j++) dy[o + TISSUE0 + j] = this.homing[j]! * b - r.tissueTurnover[j]! * y[o + TISSUE0 + j]!;
      dy[o + CFDNA] = drv.placenta(g, t) + CFDNA_GE_PER_ML_PER_GEQ * k * c * b - r.cfdnaDecay * y[o + CFDNA]!;
      dy[o + IMMUNE] = plan.isChild ? drv.immuneTraffic(g, t) + r.immuneFromNiche * n - r.immuneDecay * y[o + IMMUNE]! : 0;
    }
    const d = this.damageOffset;
    for (let j = 0; j < N_TISSUES; j++) {
      const sj = this.signal[j]!;
      const dj = y[d + j]!;
      dy[d + j] = r.injuryDamage * sj * (1 - dj) - r.healing * dj + tissueDamageExtra(plan, r, y, j, sj, dj);
    }
  }
}

/**
 * The hypothesis's extra damage rate in tissue j of a host (see damage.ts), from the graft cells in that tissue:
 * all of them, weighted by each graft's pathogenic weight, and maternal immune cells in a child. Shared by these
 * equations and the stochastic engine's rate split (hostRates.ts).
 */
export function tissueDamageExtra(plan: HostPlan, r: ModelRates, y: ArrayLike<number>, j: number, signal: number, damage: number): number {
  if (plan.hypothesis === 'neutral') return 0;
  let cells = 0;
  let weighted = 0;
  let immune = 0;
  for (let g = 0; g < plan.grafts.length; g++) {
    const o = g * PER_GRAFT;
    const tc = y[o + TISSUE0 + j]!;
    cells += tc;
    weighted += tc * plan.grafts[g]!.pathogenicWeight;
    if (plan.isChild) immune += y[o + IMMUNE]!;
  }
  return damageExtra(plan.hypothesis, r, cells, weighted, immune, signal, damage);
}
