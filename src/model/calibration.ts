// calibration.ts computes the model's figure for each row of evidence.md that the deterministic model can answer, beside its target.

import type { HostResult, Scenario, SimResult } from './types';
import { TISSUES } from './types';
import { defaultParameterValues, resolveParameters } from './parameters';
import type { ParameterValues } from './parameters';
import { simulate } from './simulate';
import { GE_PER_16ML_PER_GEQ, DAYS_PER_YEAR } from './rates';
import { gestationLengthDays } from './gestationTraffic';

export type RowKind = 'fit' | 'shape';
export type RowStatus = 'pass' | 'fail' | 'pending';

export interface CalibrationRow {
  id: string;
  kind: RowKind;
  /** The published figure, as in evidence.md. */
  published: string;
  /** The target band (fit rows) or the expected shape. */
  target: string;
  /** The model's figure or statement, read through the same method. */
  model: string;
  status: RowStatus;
}

/** The numbers the fit rows compare (whole-blood Y-PCR family: male genome equivalents per 16 mL). */
export interface CalibrationFigures {
  e1TermPer16Ml: number;
  e2Trisomy21Ratio: number;
  e5EarlyGEPerMl: number;
  e5LateGEPerMl: number;
  e7HalfLifeMinutes: number;
  e7TwoHourFraction: number;
  e8PeakDay: number;
  e8DeliveryOverPeak: number;
  e8MonthOverPeak: number;
  e8SixMonthsOverPeak: number;
  e8YearOverPeak: number;
  e11Ratio: number;
  e11ControlPer16Ml: number;
  e11PatientPer16Ml: number;
  e13PeakPer16Ml: number;
}

/** Mother's age at the son's conception in every calibration scenario. */
const CONCEPTION = 28;
/** Years between the son's birth and the blood sample in E11 (Nelson et al. 1998: 15–18 years on average). */
const E11_YEARS_AFTER = 16.5;
/** Age at onset of systemic sclerosis in the E11 preset (typical onset in the fifth decade; an assumption). */
const SSC_ONSET = 40;

function scenario(over: Partial<Scenario['pregnancies'][number]> = {}, rest: Partial<Scenario> = {}): Scenario {
  return {
    version: 1,
    name: 'calibration',
    horizonYears: 50,
    pregnancies: [
      { conceptionAgeYears: CONCEPTION, gestationWeeks: 40, outcome: 'birth', delivery: 'vaginal', fetalSex: 'male', hlaCompatible: false, conditions: [], ...over },
    ],
    injuries: [],
    hypothesis: 'neutral',
    parameters: {},
    ...rest,
  };
}

/** The scenarios behind the figures (exported so the docs and tests can show them). */
export const CALIBRATION_SCENARIOS = {
  son: scenario(),
  trisomy21: scenario({ conditions: ['trisomy21'] }),
  /** E11's systemic sclerosis preset: an HLA-compatible son, then chronic autoimmune skin disease from 40. */
  systemicSclerosis: scenario(
    { hlaCompatible: true },
    { injuries: [{ host: 'mother', tissue: 'skin', kind: 'autoimmune', ageYears: SSC_ONSET, severity: 0.8, durationDays: 365, chronic: true }] },
  ),
  /** E13: elective termination of a male fetus at 11 weeks. */
  termination: scenario({ gestationWeeks: 11, outcome: 'termination', delivery: undefined }, { horizonYears: 32 }),
  thyroidInjury: scenario({}, { injuries: [{ host: 'mother', tissue: 'thyroid', kind: 'wound', ageYears: 50 - 2, severity: 0.8, durationDays: 90, chronic: false }] }),
  /** E16's mouse models injure the heart around pregnancy: here a month after the birth. */
  heartInjury: scenario({}, { injuries: [{ host: 'mother', tissue: 'heart', kind: 'wound', ageYears: 28.82, severity: 0.8, durationDays: 30, chronic: false }] }),
  hlaCompatible: scenario({ hlaCompatible: true }, { horizonYears: 60 }),
} as const satisfies Record<string, Scenario>;

const birthAge = CONCEPTION + gestationLengthDays(40) / DAYS_PER_YEAR;

/** Linear interpolation of a host's series at an age. */
export function valueAt(h: HostResult, values: Float64Array, ageYears: number): number {
  const t = h.timeYears;
  if (ageYears <= t[0]!) return values[0]!;
  let lo = 0;
  let hi = t.length - 1;
  if (ageYears >= t[hi]!) return values[hi]!;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t[mid]! <= ageYears) lo = mid;
    else hi = mid;
  }
  const f = (ageYears - t[lo]!) / (t[hi]! - t[lo]!);
  return values[lo]! + f * (values[hi]! - values[lo]!);
}

/** What a Y-chromosome assay sees: the sum over male grafts of one compartment in the mother. */
export function maleSum(r: SimResult, compartment: string): { host: HostResult; values: Float64Array } {
  const host = r.hosts[0]!;
  const male = new Set((host.grafts ?? []).filter((g) => g.sex === 'male').map((g) => g.origin));
  const values = new Float64Array(host.timeYears.length);
  for (const s of host.series) if (s.compartment === compartment && male.has(s.origin)) s.values.forEach((v, i) => (values[i] = values[i]! + v));
  return { host, values };
}

function per16(x: number): number {
  return x * GE_PER_16ML_PER_GEQ;
}

export function calibrationFigures(params: ParameterValues = resolveParameters()): CalibrationFigures {
  const run = (s: Scenario): SimResult => simulate(s, { parameters: params });
  const son = run(CALIBRATION_SCENARIOS.son);
  const blood = maleSum(son, 'blood');
  const cf = maleSum(son, 'cfdna');
  const h = blood.host;
  const term = valueAt(h, blood.values, birthAge);
  const t21 = maleSum(run(CALIBRATION_SCENARIOS.trisomy21), 'blood');
  const gaToAge = (ga: number): number => CONCEPTION + ((ga - 2) * 7) / DAYS_PER_YEAR;
  const meanOver = (from: number, to: number): number => {
    let sum = 0;
    let n = 0;
    for (let ga = from; ga <= to + 1e-9; ga += 0.5) {
      sum += valueAt(h, cf.values, Math.min(gaToAge(ga), birthAge));
      n++;
    }
    return sum / n;
  };
  const minute = 1 / (1440 * DAYS_PER_YEAR);
  const c0 = valueAt(h, cf.values, birthAge);
  const c60 = valueAt(h, cf.values, birthAge + 60 * minute);
  const c120 = valueAt(h, cf.values, birthAge + 120 * minute);
  // E8: the blood course over the year after delivery, on the samples (hours, then log-spaced days).
  let peak = 0;
  let peakAge = birthAge;
  for (let i = 0; i < h.timeYears.length; i++) {
    const t = h.timeYears[i]!;
    if (t < birthAge || t > birthAge + 1) continue;
    if (blood.values[i]! > peak) {
      peak = blood.values[i]!;
      peakAge = t;
    }
  }
  const after = (days: number): number => valueAt(h, blood.values, birthAge + days / DAYS_PER_YEAR);
  const sampleAge = birthAge + E11_YEARS_AFTER;
  const ssc = maleSum(run(CALIBRATION_SCENARIOS.systemicSclerosis), 'blood');
  const control = valueAt(h, blood.values, sampleAge);
  const patient = valueAt(ssc.host, ssc.values, sampleAge);
  const term11 = maleSum(run(CALIBRATION_SCENARIOS.termination), 'blood');
  const end11 = CONCEPTION + gestationLengthDays(11) / DAYS_PER_YEAR;
  let peak11 = 0;
  term11.host.timeYears.forEach((t, i) => {
    if (t >= end11 - 1e-9 && t <= end11 + 0.1) peak11 = Math.max(peak11, term11.values[i]!);
  });
  return {
    e1TermPer16Ml: per16(term),
    e2Trisomy21Ratio: valueAt(t21.host, t21.values, birthAge) / term,
    e5EarlyGEPerMl: meanOver(11, 17),
    e5LateGEPerMl: meanOver(37, 40),
    e7HalfLifeMinutes: (60 * Math.LN2) / Math.log(c0 / c60),
    e7TwoHourFraction: c120 / c0,
    e8PeakDay: (peakAge - birthAge) * DAYS_PER_YEAR,
    e8DeliveryOverPeak: term / peak,
    e8MonthOverPeak: after(30.44) / peak,
    e8SixMonthsOverPeak: after(182.6) / peak,
    e8YearOverPeak: after(365.25) / peak,
    e11Ratio: patient / control,
    e11ControlPer16Ml: per16(control),
    e11PatientPer16Ml: per16(patient),
    e13PeakPer16Ml: per16(peak11),
  };
}

const fmt = (x: number, digits = 3): string => (Math.abs(x) >= 1000 || (Math.abs(x) < 0.01 && x !== 0) ? x.toExponential(2) : x.toPrecision(digits));
const within = (x: number, lo: number, hi: number): RowStatus => (x >= lo && x <= hi ? 'pass' : 'fail');
const check = (ok: boolean): RowStatus => (ok ? 'pass' : 'fail');

/** Every row of evidence.md: fit rows with their targets, shape rows with a short statement, cohort shares pending. */
export function calibrationRows(params: ParameterValues = resolveParameters()): CalibrationRow[] {
  const f = calibrationFigures(params);
  const run = (s: Scenario): SimResult => simulate(s, { parameters: params });
  const son = run(CALIBRATION_SCENARIOS.son);
  const blood = maleSum(son, 'blood');
  const h = blood.host;
  const term = valueAt(h, blood.values, birthAge);
  const ga = (w: number): number => valueAt(h, blood.values, CONCEPTION + ((w - 2) * 7) / DAYS_PER_YEAR);
  const cf = maleSum(son, 'cfdna');
  const cfAt = (w: number): number => valueAt(h, cf.values, CONCEPTION + ((w - 2) * 7) / DAYS_PER_YEAR);
  const slowSlope = (cfAt(21) / cfAt(10) - 1) / 11;
  const fastSlope = (cfAt(39) / cfAt(21) - 1) / 18;
  let pregnancyPeakAge = 0;
  let pregnancyPeak = 0;
  h.timeYears.forEach((t, i) => {
    if (t >= CONCEPTION && t <= birthAge + 1e-9 && blood.values[i]! > pregnancyPeak) {
      pregnancyPeak = blood.values[i]!;
      pregnancyPeakAge = t;
    }
  });
  const niche = maleSum(son, 'niche');
  const niche27 = valueAt(niche.host, niche.values, birthAge + 27 > 50 ? 50 : birthAge + 21);
  const hla = maleSum(run(CALIBRATION_SCENARIOS.hlaCompatible), 'blood');
  const son60 = maleSum(run({ ...CALIBRATION_SCENARIOS.son, horizonYears: 60 }), 'blood');
  const hlaRatio = valueAt(hla.host, hla.values, birthAge + 30) / valueAt(son60.host, son60.values, birthAge + 30);
  const tissueAt = (r: SimResult, tissue: string, age: number): number => {
    const s = maleSum(r, `tissue:${tissue}`);
    return valueAt(s.host, s.values, age);
  };
  const thy = run(CALIBRATION_SCENARIOS.thyroidInjury);
  const thyInjured = tissueAt(thy, 'thyroid', 48.3);
  const thyBase = tissueAt(son, 'thyroid', 48.3);
  const heart = run(CALIBRATION_SCENARIOS.heartInjury);
  const heartFold = tissueAt(heart, 'heart', 29) / tissueAt(son, 'heart', 29);
  const liverFold = tissueAt(heart, 'liver', 29) / tissueAt(son, 'liver', 29);
  const p = params;
  return [
    {
      id: 'E1', kind: 'fit', published: 'term: mean 19 male GE/16 mL (0–91)', target: '10–40 GE/16 mL',
      model: `${fmt(f.e1TermPer16Ml)} GE/16 mL at delivery`, status: within(f.e1TermPer16Ml, 10, 40),
    },
    {
      id: 'E2', kind: 'fit', published: 'trisomy 21: 110/16 mL, ~6× normal', target: '3–12×',
      model: `${fmt(f.e2Trisomy21Ratio)}× at term`, status: within(f.e2Trisomy21Ratio, 3, 12),
    },
    {
      id: 'E3', kind: 'shape', published: 'detectable weeks 7–16, rise after 24, peak at delivery, fast fall',
      target: 'rise through pregnancy, peak at delivery, fall after',
      model: `week 16 = ${fmt((100 * ga(16)) / term, 2)}% of term, week 24 = ${fmt((100 * ga(24)) / term, 2)}%; peak of pregnancy at delivery: ${Math.abs(pregnancyPeakAge - birthAge) < 1 / 365.25 ? 'yes' : 'no'}; 1 month after: ${fmt(100 * valueAt(h, blood.values, birthAge + 30.44 / 365.25) / term, 2)}% of delivery`,
      status: check(ga(16) < ga(24) && ga(24) < term && Math.abs(pregnancyPeakAge - birthAge) < 1 / 365.25 && valueAt(h, blood.values, birthAge + 30.44 / 365.25) < 0.5 * term),
    },
    {
      id: 'E4', kind: 'shape', published: 'FISH: <1/10^5 first trimester, ~1/10^4 at term', target: 'first trimester under a tenth of term',
      model: `week 12 / term = ${fmt(ga(12) / term, 2)}`, status: check(ga(12) / term < 0.1),
    },
    {
      id: 'E5', kind: 'fit', published: '25.4 GE/mL early (3.3–69.4), 292 late (76.9–769)', target: 'weeks 11–17: 3.3–69; 37–40: 77–769 GE/mL',
      model: `${fmt(f.e5EarlyGEPerMl)} early, ${fmt(f.e5LateGEPerMl)} late GE/mL`,
      status: f.e5EarlyGEPerMl >= 3.3 && f.e5EarlyGEPerMl <= 69 && f.e5LateGEPerMl >= 77 && f.e5LateGEPerMl <= 769 ? 'pass' : 'fail',
    },
    {
      id: 'E6', kind: 'shape', published: 'fetal fraction +0.1%/week to week 21, +1%/week after', target: 'slow rise to week 21, faster after',
      model: `cfDNA +${fmt(100 * slowSlope, 2)}%/week (10–21) vs +${fmt(100 * fastSlope, 2)}%/week (21–39) of its level`,
      status: check(fastSlope > 3 * slowSlope),
    },
    {
      id: 'E7', kind: 'fit', published: 'half-life 16.3 min (4–30); undetectable by 2 h in most', target: '4–30 min; <5% at 2 h',
      model: `${fmt(f.e7HalfLifeMinutes)} min; ${fmt(100 * f.e7TwoHourFraction, 2)}% at 2 h`,
      status: f.e7HalfLifeMinutes >= 4 && f.e7HalfLifeMinutes <= 30 && f.e7TwoHourFraction < 0.05 ? 'pass' : 'fail',
    },
    {
      id: 'E8', kind: 'fit', published: 'colonies/mL 1.63 delivery, 2.48 day 4, 0.56 1 mo, 0.12 6 mo, 0 1 yr',
      target: 'peak ≤ day 7; <40% 1 mo, <10% 6 mo, <2% 1 yr',
      model: `peak day ${fmt(f.e8PeakDay, 2)}; delivery ${fmt(100 * f.e8DeliveryOverPeak, 2)}%, 1 mo ${fmt(100 * f.e8MonthOverPeak, 2)}%, 6 mo ${fmt(100 * f.e8SixMonthsOverPeak, 2)}%, 1 yr ${fmt(100 * f.e8YearOverPeak, 2)}% of peak`,
      status: f.e8PeakDay <= 7 && f.e8MonthOverPeak < 0.4 && f.e8SixMonthsOverPeak < 0.1 && f.e8YearOverPeak < 0.02 ? 'pass' : 'fail',
    },
    {
      id: 'E9', kind: 'shape', published: 'male DNA in CD34+ cells up to 27 years after a son', target: 'niche graft persists for decades',
      model: `male niche 21 years after birth: ${fmt(niche27)} gEq/10^5 (${niche27 > 0 ? 'present' : 'absent'})`, status: check(niche27 > 1e-4),
    },
    { id: 'E10', kind: 'fit', published: '33% of healthy mothers of sons positive in PBMC', target: '20–50% positive', model: 'a share of women: see the cohort rows (cohortCalibration)', status: 'pending' },
    {
      id: 'E11', kind: 'fit', published: 'SSc 11.1 vs controls 0.38 male GE/16 mL, 15–18 years after a son', target: 'SSc / control 5–100×',
      model: `${fmt(f.e11Ratio)}× (${fmt(f.e11PatientPer16Ml)} vs ${fmt(f.e11ControlPer16Ml)} GE/16 mL, ${E11_YEARS_AFTER} years after)`,
      status: within(f.e11Ratio, 5, 100),
    },
    {
      id: 'E12', kind: 'shape', published: 'HLA-compatible child: SSc risk, longer persistence', target: 'compatible graft persists at higher levels',
      model: `compatible / incompatible blood 30 years after: ${fmt(hlaRatio)}×`, status: check(hlaRatio > 1),
    },
    {
      id: 'E13', kind: 'fit', published: 'after termination: median 1,552 GE/16 mL (50–37,618)', target: '500–5,000 GE/16 mL at 10–12 weeks',
      model: `${fmt(f.e13PeakPer16Ml)} GE/16 mL (11 weeks)`, status: within(f.e13PeakPer16Ml, 500, 5000),
    },
    {
      id: 'E14', kind: 'shape', published: '227 ± 128 fetal cells per 10^6 in diseased maternal organs (FISH)', target: 'injured tissue holds many more cells',
      model: `injured thyroid ${fmt(thyInjured * 10)} per 10^6 vs ${fmt(thyBase * 10)} uninjured (PCR scale)`, status: check(thyInjured > 3 * thyBase),
    },
    {
      id: 'E15', kind: 'shape', published: 'male cells in 16/29 diseased thyroids, 0/8 controls', target: 'injured thyroid recruits fetal cells',
      model: `thyroid with injury / without: ${fmt(thyInjured / thyBase)}×`, status: check(thyInjured > 3 * thyBase),
    },
    {
      id: 'E16', kind: 'shape', published: 'mouse: fetal cells home selectively to injured heart and wounds', target: 'homing to the injured organ, not elsewhere',
      model: `injured heart ${fmt(heartFold)}× baseline; liver ${fmt(liverFold)}×`, status: check(heartFold > 3 && liverFold < 1.5),
    },
    { id: 'E17', kind: 'fit', published: 'maternal DNA in cord blood of 24% of newborns', target: '10–45% positive', model: 'a share of women: see the cohort rows (cohortCalibration)', status: 'pending' },
    { id: 'E18', kind: 'fit', published: 'maternal cells in 39% of adult women', target: '20–60% positive', model: 'a share of women: see the cohort rows (cohortCalibration)', status: 'pending' },
    {
      id: 'E19', kind: 'shape', published: 'HSC divide about once per 40 weeks (25–50)', target: 'niche division interval 25–50 weeks',
      model: `nicheDivisionIntervalWeeks = ${p.nicheDivisionIntervalWeeks} (input)`, status: within(p.nicheDivisionIntervalWeeks, 25, 50),
    },
  ];
}

export { TISSUES, defaultParameterValues };
