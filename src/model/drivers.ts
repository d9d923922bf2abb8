// drivers.ts evaluates a host's time-dependent inputs: placental traffic and cfDNA, clearance state and injury signals.

import type { HostPlan } from './hostPlan';
import type { ModelRates } from './rates';
import { gestationWeeksAt, placentalCfdnaShape, preeclampsiaRamp, trafficShape } from './gestationTraffic';
import { injurySignal } from './injurySignal';

export const N_TISSUES = 10;

/** Numbers per graft and time of a shape table (`driverShapes`): traffic shape, its preeclampsia ramp, cfDNA shape, its ramp. */
export const SHAPE_SLOTS = 4;

/**
 * Numbers per graft of a leap's driver row (`HostDrivers.leapRow`): traffic at the leap's start, middle and end
 * (ROW_U0..ROW_U1), placental cfDNA at the same three times (ROW_P0..ROW_P1), immune traffic at the middle (ROW_IM).
 */
export const ROW_U0 = 0;
export const ROW_UM = 1;
export const ROW_U1 = 2;
export const ROW_P0 = 3;
export const ROW_PM = 4;
export const ROW_P1 = 5;
export const ROW_IM = 6;
export const ROW_SLOTS = 7;

/**
 * The factors of `traffic`, `immuneTraffic` and `placenta` that depend on time alone, for every graft at each of
 * `times` (time-major, SHAPE_SLOTS per graft; shapes 0 outside the graft's gestation). They read only the plan's
 * gestations, shape parameters and preeclampsia factors (`shapeKey`), so a cohort computes them once for its fixed leaps.
 */
export function driverShapes(plan: HostPlan, times: Float64Array): Float64Array {
  const gs = plan.grafts;
  const out = new Float64Array(times.length * gs.length * SHAPE_SLOTS);
  for (let i = 0, at = 0; i < times.length; i++) {
    const t = times[i]!;
    for (let g = 0; g < gs.length; g++, at += SHAPE_SLOTS) {
      const x = gs[g]!;
      out[at + 1] = 1;
      out[at + 3] = 1;
      if (t < x.conceptionDay || t >= x.endDay) continue;
      const ga = gestationWeeksAt(t, x.conceptionDay);
      out[at] = trafficShape(ga, plan.trafficOnsetWeeks, plan.trafficRisePerWeek);
      out[at + 1] = preeclampsiaRamp(ga, x.preeclampsiaTraffic);
      out[at + 2] = placentalCfdnaShape(ga, plan.cfdnaWeek10);
      out[at + 3] = preeclampsiaRamp(ga, x.preeclampsiaCfdna);
    }
  }
  return out;
}

/** 1 per (triple of times, graft) of a shape table where a shape is not 0 (`leapRow` skips the others). */
export function liveShapes(shapes: Float64Array, nGrafts: number): Uint8Array {
  const stride = nGrafts * SHAPE_SLOTS;
  const out = new Uint8Array(Math.floor(shapes.length / (3 * stride)) * nGrafts);
  for (let i = 0; i < out.length; i++) {
    const s = Math.floor(i / nGrafts) * 3 * stride + (i % nGrafts) * SHAPE_SLOTS;
    for (let p = 0; p < 3; p++) if (shapes[s + p * stride] !== 0 || shapes[s + p * stride + 2] !== 0) out[i] = 1;
  }
  return out;
}

/** Numbers of a plan's shape key before its grafts', and per graft. */
const KEY_HEAD = 3;
const KEY_PER_GRAFT = 4;

/** Entry k of a plan's shape key (`shapeKey`): the one place that says what `driverShapes` reads of a plan. */
function shapeKeyAt(plan: HostPlan, k: number): number {
  if (k === 0) return plan.trafficOnsetWeeks;
  if (k === 1) return plan.trafficRisePerWeek;
  if (k === 2) return plan.cfdnaWeek10;
  const x = plan.grafts[Math.floor((k - KEY_HEAD) / KEY_PER_GRAFT)]!;
  const slot = (k - KEY_HEAD) % KEY_PER_GRAFT;
  return slot === 0 ? x.conceptionDay : slot === 1 ? x.endDay : slot === 2 ? x.preeclampsiaTraffic : x.preeclampsiaCfdna;
}

/** What `driverShapes` reads of a plan: a table stays valid for another woman's plan with the same key. */
export function shapeKey(plan: HostPlan): Float64Array {
  return Float64Array.from({ length: KEY_HEAD + KEY_PER_GRAFT * plan.grafts.length }, (_, k) => shapeKeyAt(plan, k));
}

/** Whether `key` is this plan's `shapeKey`, without allocating (a cohort asks once per woman and host). */
export function sameShapeKey(plan: HostPlan, key: Float64Array): boolean {
  if (key.length !== KEY_HEAD + KEY_PER_GRAFT * plan.grafts.length) return false;
  for (let k = 0; k < key.length; k++) if (key[k] !== shapeKeyAt(plan, k)) return false;
  return true;
}

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
  /** Per graft: 1 while `leapRow`'s row may hold a value other than 0. */
  private readonly rowLive: Uint8Array;

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
    this.rowLive = new Uint8Array(n).fill(1);
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

  /**
   * `traffic`, `placenta` and `immuneTraffic` of every graft at the three times of a leap (times 3·leap … 3·leap + 2
   * of a shape table, `driverShapes`; `live` from `liveShapes`) into `row` (ROW_SLOTS per graft; immune traffic at the
   * middle time): the same operations on the same factors as those methods, so the same bits. `row` must be the same
   * array from call to call (rows of grafts outside their gestation are left at 0).
   */
  leapRow(shapes: Float64Array, live: Uint8Array, leap: number, row: Float64Array): void {
    const n = this.nGrafts;
    const stride = n * SHAPE_SLOTS;
    for (let g = 0, s = 3 * leap * stride; g < n; g++, s += SHAPE_SLOTS) {
      const o = g * ROW_SLOTS;
      // Outside its gestation a graft's row is all 0: written once, then left (most leaps are outside every gestation).
      if (live[leap * n + g] === 0) {
        if (this.rowLive[g] !== 0) {
          for (let k = 0; k < ROW_SLOTS; k++) row[o + k] = 0;
          this.rowLive[g] = 0;
        }
        continue;
      }
      this.rowLive[g] = 1;
      const term = this.trafficTerm[g]!;
      const share = this.immuneShare[g]!;
      const level = this.placentaLevel[g]!;
      for (let p = 0, q = s; p < 3; p++, q += stride) {
        const ts = shapes[q]!;
        row[o + ROW_U0 + p] = ts === 0 ? 0 : term * ts * shapes[q + 1]!;
        const cs = shapes[q + 2]!;
        row[o + ROW_P0 + p] = level === 0 || cs === 0 ? 0 : level * cs * shapes[q + 3]!;
        if (p === 1) row[o + ROW_IM] = share === 0 || ts === 0 ? 0 : term * share * ts;
      }
    }
  }

  /** `leapRow` computed directly at one time t (all three times alike), for callers without a table. */
  rowAt(t: number, row: Float64Array): void {
    for (let g = 0; g < this.nGrafts; g++) {
      const o = g * ROW_SLOTS;
      this.rowLive[g] = 1;
      const u = this.traffic(g, t);
      const p = this.placenta(g, t);
      row[o + ROW_U0] = u;
      row[o + ROW_UM] = u;
      row[o + ROW_U1] = u;
      row[o + ROW_P0] = p;
      row[o + ROW_PM] = p;
      row[o + ROW_P1] = p;
      row[o + ROW_IM] = this.immuneTraffic(g, t);
    }
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
