// drivers.ts evaluates a host's time-dependent inputs: placental traffic and cfDNA, clearance state and injury signals.

import type { HostPlan } from './hostPlan';
import type { ModelRates } from './rates';
import { gestationWeeksAt, placentalCfdnaShape, preeclampsiaRamp, trafficShape } from './gestationTraffic';
import { injurySignal } from './injurySignal';

export const N_TISSUES = 10;

export class HostDrivers {
  readonly nGrafts: number;
  hasInjuries = false;
  private readonly conception: Float64Array;
  private readonly end: Float64Array;
  private readonly trafficTerm: Float64Array;
  private readonly peTraffic: Float64Array;
  private readonly peCfdna: Float64Array;
  private readonly placentaLevel: Float64Array;
  private readonly immuneShare: Float64Array;
  private pregnantClearance = 0;

  constructor(
    public plan: HostPlan,
    public rates: ModelRates,
  ) {
    const n = plan.grafts.length;
    this.nGrafts = n;
    this.conception = new Float64Array(n);
    this.end = new Float64Array(n);
    this.trafficTerm = new Float64Array(n);
    this.peTraffic = new Float64Array(n);
    this.peCfdna = new Float64Array(n);
    this.placentaLevel = new Float64Array(n);
    this.immuneShare = new Float64Array(n);
    this.reset(plan, rates);
  }

  /**
   * The same host for another woman (the same grafts, her own plan and rates): the cohort re-uses one object per host
   * rather than allocating per woman.
   */
  reset(plan: HostPlan, rates: ModelRates): void {
    const gs = plan.grafts;
    if (gs.length !== this.nGrafts) throw new Error(`HostDrivers.reset: ${gs.length} grafts, built for ${this.nGrafts}`);
    this.plan = plan;
    this.rates = rates;
    this.hasInjuries = plan.injuries.length > 0;
    for (let g = 0; g < gs.length; g++) {
      const x = gs[g]!;
      this.conception[g] = x.conceptionDay;
      this.end[g] = x.endDay;
      this.trafficTerm[g] = x.trafficTerm;
      this.peTraffic[g] = x.preeclampsiaTraffic;
      this.peCfdna[g] = x.preeclampsiaCfdna;
      // Placental production = decay rate × the level it sustains (cfDNA equilibrates within an hour).
      this.placentaLevel[g] = rates.cfdnaDecay * x.cfdnaTerm;
      this.immuneShare[g] = x.trafficTerm > 0 ? x.immuneTrafficTerm / x.trafficTerm : 0;
    }
    this.pregnantClearance = rates.clearance * (plan.isChild ? rates.fetalClearanceFactor : rates.pregnancyClearanceFactor);
  }

  /** Immune clearance rate now (per day): weaker during the mother's pregnancies, or while the child is a fetus. */
  clearanceAt(t: number): number {
    const gs = this.plan.gestations;
    for (let i = 0; i < gs.length; i++) {
      const g = gs[i]!;
      if (t >= g.start && t < g.end) return this.pregnantClearance;
    }
    return this.rates.clearance;
  }

  /** Cell traffic into this host from graft g's pregnancy now (gEq/10^5 per day); immune cells are `immuneShare(g)` of it. */
  traffic(g: number, t: number): number {
    if (t < this.conception[g]! || t >= this.end[g]!) return 0;
    const ga = gestationWeeksAt(t, this.conception[g]!);
    const shape = trafficShape(ga, this.plan.trafficOnsetWeeks, this.plan.trafficRisePerWeek);
    if (shape === 0) return 0;
    return this.trafficTerm[g]! * shape * preeclampsiaRamp(ga, this.peTraffic[g]!);
  }

  /** Immune-cell traffic without the preeclampsia ramp (the ramp is a placental-barrier effect on the fetal side only). */
  immuneTraffic(g: number, t: number): number {
    const share = this.immuneShare[g]!;
    if (share === 0 || t < this.conception[g]! || t >= this.end[g]!) return 0;
    const ga = gestationWeeksAt(t, this.conception[g]!);
    return this.trafficTerm[g]! * share * trafficShape(ga, this.plan.trafficOnsetWeeks, this.plan.trafficRisePerWeek);
  }

  /** Placental cell-free DNA production into this host's plasma (GE/mL per day). */
  placenta(g: number, t: number): number {
    const level = this.placentaLevel[g]!;
    if (level === 0 || t < this.conception[g]! || t >= this.end[g]!) return 0;
    const ga = gestationWeeksAt(t, this.conception[g]!);
    return level * placentalCfdnaShape(ga, this.plan.cfdnaWeek10) * preeclampsiaRamp(ga, this.peCfdna[g]!);
  }

  /**
   * Injury signal per tissue (each capped at 1) into `signal`, homing rate per tissue into `homing`;
   * returns the mobilisation multiplier of niche release, 1 + μ·min(1, Σ_j S_j).
   */
  signals(t: number, signal: Float64Array, homing: Float64Array): number {
    const r = this.rates;
    signal.fill(0);
    const injuries = this.plan.injuries;
    for (let i = 0; i < injuries.length; i++) {
      const c = injuries[i]!;
      signal[c.tissue] = signal[c.tissue]! + injurySignal(c, t);
    }
    let total = 0;
    for (let j = 0; j < N_TISSUES; j++) {
      const sj = Math.min(1, signal[j]!);
      signal[j] = sj;
      total += sj;
      homing[j] = r.homing * (1 + r.homingGain * sj);
    }
    return 1 + r.mobilisationGain * Math.min(1, total);
  }
}
