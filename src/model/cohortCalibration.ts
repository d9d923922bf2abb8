// cohortCalibration.ts reads the cohort through each study's assay (E10, E17, E18, and assay-read E1/E11) and fits the assay lens.

import type { AssaySettings } from './cohortTypes';
import type { Scenario } from './types';
import { presetById } from './presets';
import { prepareCohortModel, type StochasticOptions } from './stochasticEngine';
import { emptyTrajectories } from './cohortRun';
import { assaySees, detectionProbability, expectedCopies, sampleCompartments } from './assay';
import { METHOD_FACTORS, STUDY_ASSAYS, resolveMethodFactor } from './assayMethods';
import { GE_PER_16ML_PER_GEQ } from './rates';

/** Parameters of the table whose defaults the cohort fit sets (fitCohortCalibration, scripts/fitCohort.ts). */
export const COHORT_FITTED_PARAMETERS = ['pbmcYqpcrReadingFactor', 'polymorphismQpcrReadingFactor'] as const;

export interface CohortRow {
  id: 'E1' | 'E10' | 'E11' | 'E17' | 'E18';
  kind: 'prevalence' | 'mean' | 'ratio';
  what: string;
  /** The target band of evidence.md, in `unit`. */
  target: readonly [number, number];
  value: number;
  unit: string;
  pass: boolean;
  /** How the row was read: preset, host, window, assay. */
  readAs: string;
}

export interface CohortCalibrationOptions {
  /** Women per cohort (default 1,000: a prevalence of 30% is then known to ±3 points). */
  n?: number;
  seed?: number;
  stochastic?: StochasticOptions;
  /** Reading factors to use instead of METHOD_FACTORS (the fit tries candidates). */
  pbmcYqpcrFactor?: number;
  polymorphismFactor?: number;
}

/** Per-woman levels an assay reads in one host, at the sample times between two ages. */
interface WindowLevels {
  /** levels[woman * nTimes + k] in gEq/10^5 (before the reading factor). */
  levels: Float64Array;
  nTimes: number;
  n: number;
}

function scenarioOf(id: string): Scenario {
  const p = presetById(id);
  if (!p) throw new Error(`cohortCalibration: preset ${id} is missing`);
  return p.scenario;
}

/** Simulates `n` women and keeps what `assay` reads in `host` between host ages `from` and `to` (years, inclusive). */
function windowLevels(
  scenario: Scenario,
  host: string,
  assay: Pick<AssaySettings, 'assay' | 'sample'>,
  from: number,
  to: number,
  n: number,
  seed: number,
  stochastic: StochasticOptions = {},
): WindowLevels {
  const model = prepareCohortModel(scenario, stochastic);
  const hi = model.layout.hosts.findIndex((h) => h.host === host);
  if (hi < 0) throw new Error(`cohortCalibration: no host ${host} in ${scenario.name}`);
  const h = model.layout.hosts[hi]!;
  const T = h.timeYears.length;
  const times: number[] = [];
  h.timeYears.forEach((t, i) => {
    if (t >= from - 1e-9 && t <= to + 1e-9) times.push(i);
  });
  if (times.length === 0) throw new Error(`cohortCalibration: no sample of ${host} between ages ${from} and ${to}`);
  const comps = sampleCompartments(assay.sample);
  const seriesIdx = h.series.flatMap((s, i) => (comps.includes(s.compartment) && assaySees(assay.assay, s.sex) ? [i] : []));
  const traj = emptyTrajectories(model.layout);
  const levels = new Float64Array(n * times.length);
  for (let w = 0; w < n; w++) {
    model.simulateWoman(seed, w, traj);
    const v = traj[hi]!;
    times.forEach((ti, k) => {
      let s = 0;
      for (const si of seriesIdx) s += v[si * T + ti]!;
      levels[w * times.length + k] = s;
    });
  }
  return { levels, nTimes: times.length, n };
}

/** Share of women testing positive, averaged over the window's sample times (women were sampled across the window). */
function prevalence(w: WindowLevels, a: AssaySettings, readingFactor: number): number {
  const lod = resolveMethodFactor(a).lodCopies;
  let p = 0;
  for (let i = 0; i < w.levels.length; i++) p += detectionProbability(expectedCopies(w.levels[i]!, a.geq, readingFactor), a.replicates, lod);
  return p / w.levels.length;
}

function meanLevel(w: WindowLevels): number {
  let s = 0;
  for (let i = 0; i < w.levels.length; i++) s += w.levels[i]!;
  return s / w.levels.length;
}

function study(row: 'E10' | 'E17' | 'E18'): AssaySettings {
  return STUDY_ASSAYS.find((s) => s.row === row)!.settings;
}

/** The birth age of pregnancy 1 in a preset, in the mother's years (conception + 38 weeks). */
function birthAge(s: Scenario): number {
  const p = s.pregnancies[0]!;
  return p.conceptionAgeYears + ((p.gestationWeeks - 2) * 7) / 365.25;
}

/** The raw per-woman readings every cohort row needs; simulated once, re-read for any reading factor. */
export interface CohortReadings {
  e10: WindowLevels;
  e17: WindowLevels;
  e18: WindowLevels;
  e1: WindowLevels;
  e11Ssc: WindowLevels;
  e11Control: WindowLevels;
}

type RowKey = keyof CohortReadings;
const ALL_ROWS: readonly RowKey[] = ['e10', 'e17', 'e18', 'e1', 'e11Ssc', 'e11Control'];

export function cohortReadings(options: CohortCalibrationOptions = {}, rows: readonly RowKey[] = ALL_ROWS): CohortReadings {
  const n = options.n ?? 1000;
  const seed = options.seed ?? 20260101;
  const st = options.stochastic ?? {};
  const control = scenarioOf('healthy-control-son');
  const ssc = scenarioOf('hla-compatible-son-ssc');
  const daughter = scenarioOf('one-daughter');
  const son = scenarioOf('one-son');
  const bControl = birthAge(control);
  const bSon = birthAge(son);
  const wholeBlood = { assay: 'y-qpcr', sample: 'blood' } as const;
  const empty: WindowLevels = { levels: new Float64Array(0), nTimes: 0, n: 0 };
  const only = (k: RowKey, f: () => WindowLevels) => (rows.includes(k) ? f() : empty);
  return {
    // E10: healthy mothers of sons, 10–38 years after the birth.
    e10: only('e10', () => windowLevels(control, 'mother', study('E10'), bControl + 10, bControl + 38, n, seed, st)),
    // E17: newborns (the child host at birth, age 0), cord blood.
    e17: only('e17', () => windowLevels(daughter, 'child:1', study('E17'), -0.001, 0.001, n, seed + 1, st)),
    // E18: adult women (the daughter aged 20–50).
    e18: only('e18', () => windowLevels(daughter, 'child:1', study('E18'), 20, 50, n, seed + 2, st)),
    // E1: male DNA in whole blood at term (the last two weeks of a 40-week pregnancy).
    e1: only('e1', () => windowLevels(son, 'mother', wholeBlood, bSon - 14 / 365.25, bSon - 1 / 365.25, n, seed + 3, st)),
    // E11: 15–18 years after the son, systemic sclerosis preset against the healthy control.
    e11Ssc: only('e11Ssc', () => windowLevels(ssc, 'mother', wholeBlood, birthAge(ssc) + 15, birthAge(ssc) + 18, n, seed + 4, st)),
    e11Control: only('e11Control', () => windowLevels(control, 'mother', wholeBlood, bControl + 15, bControl + 18, n, seed + 5, st)),
  };
}

export function cohortRowsFrom(r: CohortReadings, options: CohortCalibrationOptions = {}): CohortRow[] {
  const pbmcFactor = options.pbmcYqpcrFactor ?? METHOD_FACTORS.pbmcYqpcr.readingFactor;
  const polyFactor = options.polymorphismFactor ?? METHOD_FACTORS.polymorphismQpcr.readingFactor;
  const pbmc = Number(pbmcFactor.toPrecision(3));
  const poly = Number(polyFactor.toPrecision(3));
  const row = (id: CohortRow['id'], kind: CohortRow['kind'], what: string, target: [number, number], value: number, unit: string, readAs: string): CohortRow => ({
    id,
    kind,
    what,
    target,
    value,
    unit,
    readAs,
    pass: value >= target[0] && value <= target[1],
  });
  const e10 = study('E10');
  const e17 = study('E17');
  const e18 = study('E18');
  const ctrl = meanLevel(r.e11Control) * GE_PER_16ML_PER_GEQ;
  return [
    row('E10', 'prevalence', 'mothers of sons positive in PBMC, 10–38 years after the birth', [20, 50], 100 * prevalence(r.e10, e10, pbmcFactor), '%',
      `healthy-control-son, mother, Y-qPCR PBMC ${e10.geq} gEq × ${e10.replicates}, reading ×${pbmc}`),
    row('E17', 'prevalence', 'newborns positive for maternal cells in cord blood', [10, 45], 100 * prevalence(r.e17, e17, polyFactor), '%',
      `one-daughter, child at birth, polymorphism PCR ${e17.geq} gEq × ${e17.replicates}, reading ×${poly}`),
    row('E18', 'prevalence', 'adult women positive for maternal cells in any blood subset', [20, 60], 100 * prevalence(r.e18, e18, polyFactor), '%',
      `one-daughter, child aged 20–50, HLA-specific qPCR ${e18.geq} gEq × ${e18.replicates} subsets, reading ×${poly}`),
    row('E1', 'mean', 'cohort mean male DNA at term, whole blood', [10, 40], meanLevel(r.e1) * GE_PER_16ML_PER_GEQ, 'GE/16 mL',
      'one-son, mother, last two weeks of pregnancy, whole-blood Y-PCR (reading ×1)'),
    row('E11', 'ratio', 'systemic sclerosis / healthy control, cohort means, 15–18 years after the son', [5, 100],
      ctrl > 0 ? (meanLevel(r.e11Ssc) * GE_PER_16ML_PER_GEQ) / ctrl : NaN, '×',
      'hla-compatible-son-ssc vs healthy-control-son, mother, whole-blood Y-PCR (reading ×1)'),
  ];
}

/** Every cohort row with the current defaults (what `npm run calibrate` prints and the calibration test holds). */
export function cohortCalibrationRows(options: CohortCalibrationOptions = {}): CohortRow[] {
  return cohortRowsFrom(cohortReadings(options), options);
}

/** The reading factor that puts a prevalence at `share` (bisection on log10 of the factor; prevalence rises with it). */
function solveFactor(w: WindowLevels, a: AssaySettings, share: number): number {
  let lo = -2;
  let hi = 6;
  for (let k = 0; k < 50; k++) {
    const mid = (lo + hi) / 2;
    if (prevalence(w, a, 10 ** mid) < share) lo = mid;
    else hi = mid;
  }
  return 10 ** ((lo + hi) / 2);
}

export interface CohortFit {
  pbmcYqpcrFactor: number;
  polymorphismFactor: number;
  /** sdLog of maternal traffic into the fetus (between pregnancies), fitted jointly with the polymorphism factor. */
  maternalTrafficSdLog: number;
  /** Squared error on the logit scale of E17 and E18 against their published centres, per candidate spread. */
  trace: Array<{ maternalTrafficSdLog: number; polymorphismFactor: number; e17: number; e18: number; loss: number }>;
}

const logit = (p: number) => Math.log(p / (1 - p));

/**
 * Fits the assay lens to the published centres: E10 33% (one factor for PBMC Y-qPCR), E17 24% and E18 39% (one
 * factor for polymorphism/HLA PCR, with the between-pregnancy spread of maternal traffic, which sets how the newborn
 * and the adult shares differ). Grid over the spread, closed-form bisection for each factor.
 */
export function fitCohortCalibration(options: CohortCalibrationOptions = {}, sdLogGrid = [0, 0.5, 1, 1.5, 2]): CohortFit {
  const base = cohortReadings(options, ['e10']);
  const pbmcYqpcrFactor = solveFactor(base.e10, study('E10'), 0.33);
  const trace: CohortFit['trace'] = [];
  for (const sd of sdLogGrid) {
    const st: StochasticOptions = { ...options.stochastic, sdLogOverrides: { ...options.stochastic?.sdLogOverrides, maternalTrafficTermPerDay: sd } };
    const r = cohortReadings({ ...options, stochastic: st }, ['e17', 'e18']);
    // One factor for both rows: golden-section search on log10(factor) between each row's own solution.
    const loss = (lf: number) => {
      const e17 = prevalence(r.e17, study('E17'), 10 ** lf);
      const e18 = prevalence(r.e18, study('E18'), 10 ** lf);
      return { e17, e18, loss: (logit(e17) - logit(0.24)) ** 2 + (logit(e18) - logit(0.39)) ** 2 };
    };
    let a = Math.log10(solveFactor(r.e17, study('E17'), 0.24));
    let b = Math.log10(solveFactor(r.e18, study('E18'), 0.39));
    if (a > b) [a, b] = [b, a];
    const g = (Math.sqrt(5) - 1) / 2;
    for (let k = 0; k < 40; k++) {
      const c = b - g * (b - a);
      const d = a + g * (b - a);
      if (loss(c).loss < loss(d).loss) b = d;
      else a = c;
    }
    const lf = (a + b) / 2;
    trace.push({ maternalTrafficSdLog: sd, polymorphismFactor: 10 ** lf, ...loss(lf) });
  }
  const best = trace.reduce((a, b) => (b.loss < a.loss ? b : a));
  return { pbmcYqpcrFactor, polymorphismFactor: best.polymorphismFactor, maternalTrafficSdLog: best.maternalTrafficSdLog, trace };
}

/** The cohort rows as text lines for `npm run calibrate` (a table of their own, apart from the deterministic rows). */
export function formatCohortRows(rows: readonly CohortRow[]): string[] {
  const lines = ['Cohort rows (stochastic engine, read through each study\'s assay; cohortCalibration.ts)', ''];
  const table = rows.map((r) => [r.id, r.value.toPrecision(3) + ' ' + r.unit, `${r.target[0]}–${r.target[1]} ${r.unit}`, r.pass ? 'ok' : 'OUT', r.what, r.readAs]);
  const head = ['id', 'model', 'target', '', 'figure', 'read as'];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const fmt = (row: string[]) => row.map((c, i) => (i < 5 ? c.padEnd(widths[i]!) : c)).join('  ');
  lines.push(fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...table.map(fmt));
  return lines;
}
