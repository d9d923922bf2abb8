// hostRates.ts splits the model's right-hand side (equations.ts) per variable into a loss rate λ and a source F, for the stochastic leaps.
//
// Why a split of its own: the deterministic engine solves dy/dt in the form its integrator needs; a stochastic leap needs,
// for each compartment, the per-cell loss rate (cells leave one by one: binomial survival) apart from the inflow
// (newcomers: Poisson). The time-dependent inputs come from the engine's own HostDrivers and damageExtra, so the two
// engines share traffic, clearance, injury signals and the hypothesis; stochasticEngine.test.ts holds the mean of this
// engine to the deterministic result.

import type { HostPlan } from './hostPlan';
import type { ModelRates } from './rates';
import { CFDNA_GE_PER_ML_PER_GEQ, nicheRenewal } from './rates';
import { HostDrivers, ROW_IM, ROW_PM, ROW_SLOTS, ROW_UM } from './drivers';
import { BLOOD, LODGED, NICHE, TISSUE0, CFDNA, IMMUNE, PER_GRAFT, N_TISSUES, stateSize, tissueDamageExtra } from './equations';

export { BLOOD, LODGED, NICHE, TISSUE0, CFDNA, IMMUNE, PER_GRAFT, N_TISSUES };

/**
 * dy/dt = F(t, y) − λ(t)·y with, per graft (equations.ts):
 *   blood   λ = k(t)·c + e + Σ_j η_j(t)      F = u(t) + m·L + r(t)·N
 *   lodged  λ = m                           F = 0
 *   niche   λ = δ + r(t)                    F = e·B + ρ·N·(1 − ΣN/K)   (self-renewal: the leap treats it as births)
 *   tissue  λ = τ_j                         F = η_j(t)·B
 *   cfDNA   λ = κ                           F = P(t) + β·k(t)·c·B
 *   immune  λ = k_I                         F = u^I(t) + λ_I·N         (children)
 *   damage  λ = h + a·S_j                   F = a·S_j + extra_j
 */
export class HostRates {
  readonly size: number;
  readonly nGrafts: number;
  readonly damageOffset: number;
  readonly drivers: HostDrivers;
  private readonly signal = new Float64Array(N_TISSUES);
  /** Homing rate into each tissue at the last time evaluated (the leap re-uses it for its blood average). */
  readonly homing = new Float64Array(N_TISSUES);
  /** Niche release rate into blood at the last `sources` call (per day). */
  release = 0;
  /** The niche's self-renewal per cell (before crowding) at the last `sources` call (`nicheRenewal`: it rises with mobilisation). */
  renewal = 0;
  /** The niche's crowding 1 − ΣN/K at the last `sources` call (the leap splits self-renewal into births and deaths with it). */
  crowding = 1;
  /** cfDNA source per unit of blood level, per graft, at the last `sources` call (β·k(t)·c): the leap couples cfDNA to blood's change. */
  readonly cfdnaPerBlood: Float64Array;
  /**
   * Traffic and placental cfDNA per graft at the times the sources are taken (`HostDrivers.leapRow` layout): `evaluate`
   * reads it as its caller filled it, `sources` fills it itself.
   */
  readonly driverRow: Float64Array;

  constructor(
    public plan: HostPlan,
    public rates: ModelRates,
  ) {
    this.nGrafts = plan.grafts.length;
    this.damageOffset = this.nGrafts * PER_GRAFT;
    this.size = stateSize(this.nGrafts);
    this.drivers = new HostDrivers(plan, rates);
    this.cfdnaPerBlood = new Float64Array(this.nGrafts);
    this.driverRow = new Float64Array(this.nGrafts * ROW_SLOTS);
  }

  /** The same host for another woman (see `HostDrivers.reset`): forgets the last λ written, so `evaluate` writes it anew. */
  reset(plan: HostPlan, rates: ModelRates): void {
    this.plan = plan;
    this.rates = rates;
    this.drivers.reset(plan, rates);
    this.release = 0;
    this.crowding = 1;
    this.lastK = NaN;
    this.lastMob = NaN;
    this.lastSignal.fill(NaN);
  }

  lambdas(t: number, lam: Float64Array): void {
    const k = this.drivers.clearanceAt(t);
    const mob = this.drivers.signals(t, this.signal, this.homing);
    this.writeLambdas(k, mob, lam);
  }

  private writeLambdas(k: number, mob: number, lam: Float64Array): void {
    const r = this.rates;
    let homingTotal = 0;
    for (let j = 0; j < N_TISSUES; j++) homingTotal += this.homing[j]!;
    for (let g = 0; g < this.nGrafts; g++) {
      const o = g * PER_GRAFT;
      lam[o + BLOOD] = k * this.plan.grafts[g]!.clearanceFactor + r.engraftment + homingTotal;
      lam[o + LODGED] = r.postpartumRelease;
      lam[o + NICHE] = r.nicheLoss + r.nicheRelease * mob;
      for (let j = 0; j < N_TISSUES; j++) lam[o + TISSUE0 + j] = r.tissueTurnover[j]!;
      lam[o + CFDNA] = r.cfdnaDecay;
      lam[o + IMMUNE] = this.plan.isChild ? r.immuneDecay : 0;
    }
    const d = this.damageOffset;
    for (let j = 0; j < N_TISSUES; j++) lam[d + j] = r.healing + r.injuryDamage * this.signal[j]!;
  }

  private lastK = NaN;
  private lastMob = NaN;
  private readonly lastSignal = new Float64Array(N_TISSUES).fill(NaN);

  /**
   * `lambdas` and `sources` at one time in one pass (the leap's hot path). λ depends on t only through clearance and
   * the injury signals, which stay put for years: it is rewritten only when they change, so `lam` must be the same
   * array from call to call. `damage` false leaves the damage sources alone (the leap reads them only with injuries).
   * The drivers at t come from `driverRow`, which the caller fills first (the leap, from its cohort's shape table).
   */
  evaluate(t: number, y: Float64Array, lam: Float64Array, f: Float64Array, damage = true, tissueSources = true): void {
    const k = this.drivers.clearanceAt(t);
    let same = k === this.lastK;
    let mob: number;
    if (this.drivers.hasInjuries || Number.isNaN(this.lastMob)) {
      mob = this.drivers.signals(t, this.signal, this.homing);
      same &&= mob === this.lastMob;
      for (let j = 0; same && j < N_TISSUES; j++) same = this.signal[j] === this.lastSignal[j];
    } else {
      // Without injuries the signals are 0 at all times: homing and mobilisation were set by the first call.
      mob = this.lastMob;
    }
    if (!same) {
      this.writeLambdas(k, mob, lam);
      this.lastK = k;
      this.lastMob = mob;
      this.lastSignal.set(this.signal);
    }
    this.atK = k;
    this.atMob = mob;
    this.writeSources(y, f, damage, tissueSources);
  }

  sources(t: number, y: Float64Array, f: Float64Array): void {
    const k = this.drivers.clearanceAt(t);
    const mob = this.drivers.signals(t, this.signal, this.homing);
    this.drivers.rowAt(t, this.driverRow);
    this.atK = k;
    this.atMob = mob;
    this.writeSources(y, f);
  }

  /**
   * The clearance and mobilisation `writeSources` evaluates at (its drivers are in `driverRow`): set by its callers as
   * fields rather than passed, because V8 boxes the numbers passed to a call it does not inline (one heap allocation
   * each, per leap of every woman).
   */
  private atK = 0;
  private atMob = 0;

  /** `tissueSources` false leaves the tissue sources η_j·B alone (the stochastic leap forms them itself). */
  private writeSources(y: Float64Array, f: Float64Array, damage = true, tissueSources = true): void {
    const k = this.atK;
    const mob = this.atMob;
    const r = this.rates;
    const plan = this.plan;
    const row = this.driverRow;
    let nicheTotal = 0;
    for (let g = 0; g < this.nGrafts; g++) nicheTotal += y[g * PER_GRAFT + NICHE]!;
    const crowding = 1 - nicheTotal / r.capacity;
    this.crowding = crowding;
    const release = r.nicheRelease * mob;
    this.release = release;
    const renewal = nicheRenewal(r, mob);
    this.renewal = renewal;
    for (let g = 0; g < this.nGrafts; g++) {
      const o = g * PER_GRAFT;
      const c = plan.grafts[g]!.clearanceFactor;
      const b = y[o + BLOOD]!;
      const n = y[o + NICHE]!;
      const w = g * ROW_SLOTS;
      f[o + BLOOD] = row[w + ROW_UM]! + r.postpartumRelease * y[o + LODGED]! + release * n;
      f[o + LODGED] = 0;
      f[o + NICHE] = r.engraftment * b + renewal * n * crowding;
      if (tissueSources) for (let j = 0; j < N_TISSUES; j++) f[o + TISSUE0 + j] = this.homing[j]! * b;
      const perBlood = CFDNA_GE_PER_ML_PER_GEQ * k * c;
      this.cfdnaPerBlood[g] = perBlood;
      f[o + CFDNA] = row[w + ROW_PM]! + perBlood * b;
      f[o + IMMUNE] = plan.isChild ? row[w + ROW_IM]! + r.immuneFromNiche * n : 0;
    }
    if (!damage) return;
    const d = this.damageOffset;
    for (let j = 0; j < N_TISSUES; j++) {
      const sj = this.signal[j]!;
      const extra = tissueDamageExtra(plan, r, y, j, sj, y[d + j]!);
      f[d + j] = r.injuryDamage * sj + extra;
    }
  }
}
