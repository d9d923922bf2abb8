// gestationTraffic.ts gives the course of placental traffic over a pregnancy: cells each way and placental cell-free DNA.

/** Gestational age is counted from the last menstrual period: conception is at week 2, a term birth at week 40. */
export const CONCEPTION_GESTATION_WEEKS = 2;

export function gestationWeeksAt(dayOfModel: number, conceptionDay: number): number {
  return CONCEPTION_GESTATION_WEEKS + (dayOfModel - conceptionDay) / 7;
}

/** Days from conception to the end of a pregnancy of `gestationWeeks` (LMP-based). */
export function gestationLengthDays(gestationWeeks: number): number {
  return (gestationWeeks - CONCEPTION_GESTATION_WEEKS) * 7;
}

/**
 * Relative cell traffic at gestational age `ga` (1 at 40 weeks): zero before the onset, then exponential growth at
 * `risePerWeek`, so that first-trimester traffic is a few percent of term and rises steadily to delivery (E3, E4).
 * An exponential (rather than a power of the time since onset) is smooth after the onset, which the integrator needs.
 */
export function trafficShape(ga: number, onsetWeeks: number, risePerWeek: number): number {
  // The tolerance (6 µs) makes the onset knot itself count as started despite rounding (~1e-13 weeks), yet stays
  // below the integrator's left-limit offset (1e-9 days), so the step ending at the onset still sees no traffic.
  if (ga < onsetWeeks - 1e-11) return 0;
  return Math.exp(risePerWeek * (ga - 40));
}

/** Preeclampsia sets in over weeks 20–30: its multiplier ramps linearly from 1 to `factor`. */
export function preeclampsiaRamp(ga: number, factor: number): number {
  if (ga <= 20) return 1;
  if (ga >= 30) return factor;
  return 1 + ((factor - 1) * (ga - 20)) / 10;
}

/** Gestational ages (weeks) where the traffic and cfDNA courses have corners: integration steps must meet them. */
export const GESTATION_KNOTS_WEEKS = [4, 10, 20, 21, 30] as const;

/**
 * Placental cell-free fetal DNA relative to term (1 at 40 weeks), piecewise linear after the shape of E6 (Wang et al. 2013):
 * from week 4 it rises to `week10` at week 10, grows slowly (+1%/week of that level) to week 21, then steeply and linearly to term.
 */
export function placentalCfdnaShape(ga: number, week10: number): number {
  if (ga <= 4) return 0;
  if (ga <= 10) return (week10 * (ga - 4)) / 6;
  const at21 = week10 * 1.11;
  if (ga <= 21) return week10 * (1 + 0.01 * (ga - 10));
  return at21 + ((1 - at21) * (ga - 21)) / 19;
}
