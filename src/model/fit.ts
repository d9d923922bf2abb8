// fit.ts fits the `fitted` parameters to evidence.md's fit rows: least squares in log space, by Levenberg–Marquardt.

import { defaultParameterValues } from './parameters';
import type { ParameterId, ParameterValues } from './parameters';
import { PARAMETERS } from './parameters';
import { calibrationFigures } from './calibration';
import type { CalibrationFigures } from './calibration';

/** The parameters the fit sets (tier `fitted` in the table), each with the row that mainly pins it. */
export const FITTED: ReadonlyArray<{ id: ParameterId; pinnedBy: string }> = [
  { id: 'fetalTrafficTermPerDay', pinnedBy: 'E1' },
  { id: 'trisomy21TrafficFactor', pinnedBy: 'E2' },
  { id: 'cfdnaTermGEPerMl', pinnedBy: 'E5 late' },
  { id: 'cfdnaWeek10RelativeToTerm', pinnedBy: 'E5 early' },
  { id: 'deliverySurgePerHundredThousand', pinnedBy: 'E8' },
  { id: 'postpartumReleaseHalfLifeDays', pinnedBy: 'E8' },
  { id: 'bloodClearanceHalfLifeDays', pinnedBy: 'E8' },
  { id: 'nicheReleaseShare', pinnedBy: 'E11 control level' },
  { id: 'hlaCompatibleClearanceFactor', pinnedBy: 'E11 ratio' },
  { id: 'injuryMobilisationGain', pinnedBy: 'E11 ratio (with the HLA factor; a weak prior splits them)' },
  { id: 'terminationBolusPerHundredThousand', pinnedBy: 'E13' },
];

export interface Residual {
  name: string;
  /** ln(model / published), or the excess of a one-sided bound. */
  logResidual: number;
  model: number;
  published: number;
}

/**
 * The published central values the fit aims at, in the whole-blood PCR family (E1, E2, E11, E13 are one family, so the
 * E11 control level and the E1–E13 pair are fitted as absolute levels; E8's colonies only as ratios to their own peak).
 */
export function residuals(f: CalibrationFigures): Residual[] {
  const r = (name: string, model: number, published: number): Residual => ({ name, model, published, logResidual: Math.log(Math.max(model, 1e-300) / published) });
  // Osada et al. 2001 found no colonies at 1 year: a one-sided bound at 1% of the peak (half the target's 2%).
  const yearBound = Math.max(0, Math.log(Math.max(f.e8YearOverPeak, 1e-300) / 0.01));
  // The peak was seen at day 4 of samples at 0, 4, 30 days: anywhere in days 2–7 fits it.
  const peakDay = f.e8PeakDay < 2 ? Math.log(Math.max(f.e8PeakDay, 0.05) / 2) : f.e8PeakDay > 7 ? Math.log(f.e8PeakDay / 7) : 0;
  return [
    r('E1 term GE/16 mL', f.e1TermPer16Ml, 19),
    r('E2 trisomy 21 ratio', f.e2Trisomy21Ratio, 110 / 19),
    r('E5 weeks 11–17 GE/mL', f.e5EarlyGEPerMl, 25.4),
    r('E5 weeks 37–40 GE/mL', f.e5LateGEPerMl, 292),
    r('E8 delivery / peak', f.e8DeliveryOverPeak, 1.63 / 2.48),
    r('E8 1 month / peak', f.e8MonthOverPeak, 0.56 / 2.48),
    // The model has one release phase after delivery; Osada's slow tail (1 → 6 months) is beyond it, so 6 months
    // enters as a one-sided bound at the published ratio rather than pulling the first month out of shape.
    { name: 'E8 6 months / peak ≤ 4.8%', model: f.e8SixMonthsOverPeak, published: 0.12 / 2.48, logResidual: Math.max(0, Math.log(Math.max(f.e8SixMonthsOverPeak, 1e-300) / (0.12 / 2.48))) },
    { name: 'E8 1 year / peak ≤ 1%', model: f.e8YearOverPeak, published: 0.01, logResidual: yearBound },
    { name: 'E8 peak in days 2–7', model: f.e8PeakDay, published: 4, logResidual: peakDay },
    r('E11 control GE/16 mL', f.e11ControlPer16Ml, 0.38),
    r('E11 patient / control', f.e11Ratio, 11.1 / 0.38),
    r('E13 termination GE/16 mL', f.e13PeakPer16Ml, 1552),
  ];
}

function clamp(id: ParameterId, v: number): number {
  const spec = PARAMETERS.find((p) => p.id === id)!;
  return Math.min(spec.max, Math.max(spec.min, v));
}

function withValues(base: ParameterValues, x: readonly number[], ids: readonly ParameterId[] = FITTED.map((f) => f.id)): ParameterValues {
  const out: Record<string, number> = { ...base };
  ids.forEach((id, i) => (out[id] = clamp(id, Math.exp(x[i]!))));
  return out as ParameterValues;
}

export function objective(values: ParameterValues): number {
  return residuals(calibrationFigures(values)).reduce((a, r) => a + r.logResidual * r.logResidual, 0);
}

/** Weak prior: each fitted value is pulled towards its starting guess by ln(value/start) × PRIOR_WEIGHT. */
const PRIOR_WEIGHT = 0.05;

function residualVector(base: ParameterValues, start: readonly number[], x: readonly number[], ids?: readonly ParameterId[]): number[] {
  const res = residuals(calibrationFigures(withValues(base, x, ids))).map((r) => r.logResidual);
  return [...res, ...x.map((v, i) => PRIOR_WEIGHT * (v - start[i]!))];
}

/** Solves A·x = b (small, dense) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k] = m[r]![k]! - f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/**
 * Levenberg–Marquardt in log-parameter space with a forward-difference Jacobian: the residuals are nearly linear in
 * the log parameters, so it converges in a few dozen iterations where Nelder–Mead would need thousands of evaluations.
 */
export function levenbergMarquardt(fn: (x: number[]) => number[], x0: number[], maxIterations = 40): { x: number[]; value: number; evaluations: number } {
  let x = [...x0];
  let r = fn(x);
  let evaluations = 1;
  let cost = r.reduce((a, v) => a + v * v, 0);
  let mu = 1e-2;
  for (let it = 0; it < maxIterations; it++) {
    const h = 1e-4;
    const jac = x.map((_, j) => {
      const xp = [...x];
      xp[j] = xp[j]! + h;
      const rp = fn(xp);
      evaluations++;
      return rp.map((v, i) => (v - r[i]!) / h);
    });
    const n = x.length;
    const jtj = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => jac[a]!.reduce((s, v, i) => s + v * jac[b]![i]!, 0)));
    const jtr = jac.map((col) => col.reduce((s, v, i) => s + v * r[i]!, 0));
    let improved = false;
    for (let tries = 0; tries < 8; tries++) {
      const damped = jtj.map((row, a) => row.map((v, b) => (a === b ? v * (1 + mu) + 1e-9 : v)));
      const step = solve(damped, jtr.map((v) => -v));
      const xn = x.map((v, i) => v + Math.max(-1, Math.min(1, step[i]!)));
      const rn = fn(xn);
      evaluations++;
      const cn = rn.reduce((a, v) => a + v * v, 0);
      if (cn < cost) {
        x = xn;
        r = rn;
        const gain = cost - cn;
        cost = cn;
        mu = Math.max(1e-6, mu / 3);
        improved = gain > 1e-10;
        break;
      }
      mu *= 4;
    }
    if (!improved) break;
  }
  return { x, value: cost, evaluations };
}

export interface FitResult {
  values: Record<ParameterId, number>;
  /** Fitted values rounded to 3 significant digits, as written into the parameter table. */
  rounded: Array<{ id: ParameterId; value: number; pinnedBy: string }>;
  residuals: Residual[];
  sumOfSquares: number;
  evaluations: number;
}

const round3 = (v: number): number => Number(v.toPrecision(3));

/**
 * Fits from the current defaults (Levenberg–Marquardt), rounds, and reports residuals. `only` fits a subset of the
 * fitted parameters and keeps the others at their table values: after a model change that moves some rows alone, a
 * refit of the parameters those rows pin changes nothing else (the fit has about as many parameters as data, so a full
 * refit also drifts along directions no row pins).
 */
export function fitDefaults(maxIterations = 40, only?: readonly ParameterId[]): FitResult {
  const base = defaultParameterValues();
  const subset = only ? FITTED.filter((f) => only.includes(f.id)) : FITTED;
  if (only && subset.length !== only.length) throw new Error(`fitDefaults: not fitted parameters: ${only.filter((id) => !FITTED.some((f) => f.id === id)).join(', ')}`);
  const ids = subset.map((f) => f.id);
  const start = ids.map((id) => Math.log(base[id]));
  const lm = levenbergMarquardt((x) => residualVector(base, start, x, ids), start, maxIterations);
  const fitted = withValues(base, lm.x, ids);
  const rounded = subset.map((f) => ({ id: f.id, value: round3(fitted[f.id]), pinnedBy: f.pinnedBy }));
  const roundedValues = { ...base } as Record<ParameterId, number>;
  for (const r of rounded) roundedValues[r.id] = r.value;
  const res = residuals(calibrationFigures(roundedValues));
  return { values: roundedValues, rounded, residuals: res, sumOfSquares: res.reduce((a, r) => a + r.logResidual ** 2, 0), evaluations: lm.evaluations };
}
