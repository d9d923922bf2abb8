// injurySignal.ts gives the homing signal (0..1) of each injury over time, shaped by its kind, and the corners of that course.

import type { InjuryKind } from './types';

export interface InjuryCourse {
  tissue: number;
  kind: InjuryKind;
  /** Onset and end in model days (end is Infinity for a chronic course, and for a tumour, which persists). */
  onsetDay: number;
  endDay: number;
  severity: number;
  durationDays: number;
  flareIntervalDays: number;
  flareDays: number;
  /** Between flares an autoimmune tissue keeps this share of the full signal (`autoimmuneBaselineShare`): chronic, relapsing. */
  baseline: number;
}

export function injurySignal(c: InjuryCourse, t: number): number {
  if (t < c.onsetDay || t >= c.endDay) return 0;
  const since = t - c.onsetDay;
  switch (c.kind) {
    case 'wound':
      // Acute and healing: strongest at onset, gone by the end of its duration (unless chronic: then constant).
      return c.endDay === Infinity ? c.severity : c.severity * (1 - since / c.durationDays);
    case 'autoimmune': {
      // Relapsing: a baseline plus a triangular flare at the start of every interval.
      const phase = since % c.flareIntervalDays;
      const half = c.flareDays / 2;
      const flare = phase < half ? phase / half : phase < c.flareDays ? (c.flareDays - phase) / half : 0;
      return c.severity * (c.baseline + (1 - c.baseline) * flare);
    }
    case 'tumour':
      // Grows over its duration, then persists (the tumour stroma of the seed review).
      return since >= c.durationDays ? c.severity : (c.severity * since) / c.durationDays;
  }
}

/** Days where the signal has a corner (onset, end, flare corners), up to `untilDay`. */
export function injuryKnots(c: InjuryCourse, untilDay: number, out: number[]): void {
  const end = Math.min(c.endDay, untilDay);
  if (c.onsetDay >= untilDay) return;
  out.push(c.onsetDay);
  if (c.endDay < untilDay) out.push(c.endDay);
  if (c.kind === 'tumour' && c.onsetDay + c.durationDays < untilDay) out.push(c.onsetDay + c.durationDays);
  if (c.kind === 'autoimmune') {
    for (let s = c.onsetDay; s < end; s += c.flareIntervalDays) {
      out.push(s);
      if (s + c.flareDays / 2 < end) out.push(s + c.flareDays / 2);
      if (s + c.flareDays < end) out.push(s + c.flareDays);
    }
  }
}
