// timeGrid.ts chooses each host's sample times and the longest integration step allowed in each stretch of its life.

import type { HostPlan } from './hostPlan';
import { MINUTES_PER_DAY } from './rates';

/** Minutes after a pregnancy ends at which to sample: cell-free DNA halves every ~16 minutes. */
const MINUTE_LADDER = [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720];
/** After an event the spacing grows geometrically from one day to the coarse spacing (log-spaced in time since it). */
const LADDER_FIRST_DAYS = 1;
const LADDER_GROWTH = 1.3;
/** The coarsest sample spacing, about monthly→yearly drawn at 80-year scale. */
export const MAX_SAMPLE_SPACING_DAYS = 365.25;
/** Two samples closer than this (~0.9 s) are one. */
const MERGE_DAYS = 1e-5;

/** Longest integration step (days) by context; chosen so that the result is within 1e-3 of a tight reference (numerics test). */
export interface StepLimits {
  gestation: number;
  /** In pregnancy while preeclampsia sets in (weeks 20–30), where traffic is not a pure exponential. */
  ramp: number;
  injury: number;
  quiet: number;
  /** In quiet stretches the step may grow up to `calm` while every niche graft changes by less than `calmChange`
   * (relative) per step: decades near the niche's plateau need few steps. */
  calm: number;
  calmChange: number;
  /** After every knot the step may grow only as `firstStep + growth × (time since the knot)`: transients that start at a
   * knot (a delivery, a traffic onset, a flare) decay on time scales comparable to the time since it, so this keeps the
   * error per step even while the number of steps grows only with the logarithm of time. */
  firstStep: number;
  growth: number;
  /** The first step after a soft transient (`HostPlan.softTransientDays`), graded with the same growth. */
  softFirstStep: number;
}

export const DEFAULT_STEP_LIMITS: StepLimits = { gestation: 7, ramp: 3, injury: 2, quiet: 90, calm: 365.25, calmChange: 0.005, firstStep: 0.05, growth: 0.07, softFirstStep: 1 };


/** Scratch for the unsorted sample days and for sorting them (grown as needed; their contents never outlive a call). */
let scratch = new Float64Array(1024);
let scratch2 = new Float64Array(1024);

/**
 * Sorts a[0, n) ascending (no NaN) with b as room, returning the one of the two that holds the result. A natural merge
 * sort, because the sample days come as a few ascending runs (the lattice, each gestation, each ladder): a few µs where
 * Float64Array.prototype.sort took about four times as long.
 */
function sortRuns(a: Float64Array, b: Float64Array, n: number): Float64Array {
  let from = a;
  let to = b;
  for (;;) {
    let runs = 0;
    for (let i = 0, k = 0; i < n; runs++) {
      // Merge the run starting at i with the one after it.
      let m = i + 1;
      while (m < n && from[m - 1]! <= from[m]!) m++;
      let e = m;
      if (m < n) {
        e = m + 1;
        while (e < n && from[e - 1]! <= from[e]!) e++;
      }
      let x = i;
      let y = m;
      while (x < m && y < e) to[k++] = from[y]! < from[x]! ? from[y++]! : from[x++]!;
      while (x < m) to[k++] = from[x++]!;
      while (y < e) to[k++] = from[y++]!;
      i = e;
    }
    const t = from;
    from = to;
    to = t;
    if (runs <= 1) return from;
  }
}

export function sampleDays(plan: HostPlan): Float64Array {
  const { startDay, endDay } = plan;
  let pts = scratch;
  let n = 0;
  const push = (d: number): void => {
    if (n === pts.length) {
      const grown = new Float64Array(2 * n);
      grown.set(pts);
      pts = scratch = grown;
      scratch2 = new Float64Array(2 * n);
    }
    pts[n++] = d;
  };
  push(startDay);
  push(endDay);
  for (const g of plan.gestations) {
    for (let d = g.start; d < g.end; d += 7) push(d);
    push(g.end);
    for (const m of MINUTE_LADDER) push(g.end + m / MINUTES_PER_DAY);
  }
  for (const ev of plan.eventDays) {
    let step = LADDER_FIRST_DAYS;
    for (let d = ev + step; d < endDay && step < MAX_SAMPLE_SPACING_DAYS; d += step, step *= LADDER_GROWTH) push(d);
  }
  for (const k of plan.knots) push(k);
  // The coarse samples sit on a fixed lattice of model days (not filled in between events), so that adding a later
  // event never moves an earlier sample: results before an injury's onset are then bit-identical with and without it.
  for (let k = Math.ceil(startDay / MAX_SAMPLE_SPACING_DAYS); k * MAX_SAMPLE_SPACING_DAYS < endDay; k++) push(k * MAX_SAMPLE_SPACING_DAYS);
  const sorted = sortRuns(pts, scratch2, n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const d = sorted[i]!;
    if (d < startDay || d > endDay) continue;
    if (kept > 0 && d - sorted[kept - 1]! < MERGE_DAYS) continue;
    sorted[kept++] = d;
  }
  return sorted.slice(0, kept);
}

/** Grading days (sorted) with the first step after each: transients, and soft transients with their longer first step. */
export function grading(plan: HostPlan, limits: StepLimits): { days: Float64Array; firstSteps: Float64Array } {
  const { transientDays, softTransientDays, startDay, endDay } = plan;
  const days = new Float64Array(transientDays.length + softTransientDays.length);
  const firstSteps = new Float64Array(days.length);
  let n = 0;
  // Insertion by day, after any equal day (transients before soft ones on the same day).
  const add = (d: number, first: number): void => {
    if (!(d >= startDay && d <= endDay)) return;
    let i = n++;
    for (; i > 0 && days[i - 1]! > d; i--) {
      days[i] = days[i - 1]!;
      firstSteps[i] = firstSteps[i - 1]!;
    }
    days[i] = d;
    firstSteps[i] = first;
  };
  for (const d of transientDays) add(d, limits.firstStep);
  for (const d of softTransientDays) add(d, limits.softFirstStep);
  return n === days.length ? { days, firstSteps } : { days: days.subarray(0, n), firstSteps: firstSteps.subarray(0, n) };
}

/**
 * The longest step allowed on [t0, t1] by context (gestation, preeclampsia ramp, injury, else quiet), before grading: the
 * integrator (`HostIntegrator.run`) takes the smaller of it and `first step + growth × (time since the latest grading
 * day)`, and in quiet stretches lets it grow to `calm` while the niche barely changes.
 */
export function contextLimit(plan: HostPlan, t0: number, t1: number, limits: StepLimits): number {
  let h = limits.quiet;
  for (const g of plan.gestations) if (t0 < g.end && t1 > g.start) h = Math.min(h, limits.gestation);
  for (const w of plan.rampWindows) if (t0 < w.end && t1 > w.start) h = Math.min(h, limits.ramp);
  for (const c of plan.injuries) if (t1 > c.onsetDay && t0 < c.endDay) h = Math.min(h, limits.injury);
  return h;
}
