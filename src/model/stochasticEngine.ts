// stochasticEngine.ts simulates one woman and her children with whole cells where counts are small (hybrid tau-leaping).

import { TISSUES } from './types';
import type { Compartment, Scenario } from './types';
import { resolveParameters, type ParameterValues } from './parameters';
import { deriveRates, DAYS_PER_YEAR } from './rates';
import { planHosts, type HostPlan } from './hostPlan';
import { HostRates, BLOOD, LODGED, NICHE, TISSUE0, CFDNA, IMMUNE, PER_GRAFT, N_TISSUES } from './hostRates';
import { cellsPerUnit } from './cellScales';
import type { WomanRandom } from './seededRandom';
import { womanRandom } from './seededRandom';
import { drawWomanParameters, spreadTable, type SpreadOptions } from './womanParameters';
import type { CohortLayout, CohortHostLayout, CohortSeriesInfo, WomanTrajectories } from './cohortRun';

/**
 * Longest leap (days) by context. Coarser than the deterministic engine's steps: each leap is exact for first-order loss
 * (binomial survival with e^{−λh}) and takes sources at mid-leap, so only the coupling between compartments carries
 * a step error; the mean test against the deterministic model bounds it.
 */
export interface LeapLimits {
  gestation: number;
  afterEvent: number;
  afterEventWindowDays: number;
  injury: number;
  quiet: number;
}

export const STOCHASTIC_STEP_LIMITS: LeapLimits = { gestation: 7, afterEvent: 1, afterEventWindowDays: 14, injury: 10, quiet: 180 };

/** The longest leap on [t0, t1] (own copy: the deterministic engine's step rule serves its own error target). */
export function leapLimit(plan: HostPlan, t0: number, t1: number, limits: LeapLimits): number {
  let h = limits.quiet;
  for (const g of plan.gestations) if (t0 < g.end && t1 > g.start) h = Math.min(h, limits.gestation);
  for (const ev of plan.eventDays) if (t1 > ev && t0 < ev + limits.afterEventWindowDays) h = Math.min(h, limits.afterEvent);
  for (const c of plan.injuries) if (t1 > c.onsetDay && t0 < c.endDay) h = Math.min(h, limits.injury);
  return h;
}

/** Above this many cells (present plus expected arrivals) a compartment moves by its mean plus Gaussian noise of the right variance. */
export const LARGE_COUNT = 50;

/** Days after an event at which the cohort samples (the delivery surge peaks within a week, E8). */
const EVENT_LADDER_DAYS = [1, 2, 4, 7, 14, 30, 60, 120, 240];
const GESTATION_SAMPLE_DAYS = 14;
const QUIET_SAMPLE_DAYS = DAYS_PER_YEAR;
const MERGE_DAYS = 0.5;
const BOLUS_TOLERANCE_DAYS = 0.5;

/** The cohort's sample days for one host: fortnightly in pregnancy, a ladder after each event, yearly otherwise. */
export function cohortSampleDays(plan: HostPlan): Float64Array {
  const { startDay, endDay } = plan;
  const pts: number[] = [startDay, endDay];
  for (const g of plan.gestations) {
    for (let d = g.start; d < g.end; d += GESTATION_SAMPLE_DAYS) pts.push(d);
    pts.push(g.end);
  }
  for (const ev of plan.eventDays) for (const k of EVENT_LADDER_DAYS) pts.push(ev + k);
  for (const b of plan.boluses) pts.push(b.day);
  const inside = pts.filter((d) => d >= startDay && d <= endDay).sort((a, b) => a - b);
  const out: number[] = [];
  for (const d of inside) {
    const last = out.length > 0 ? out[out.length - 1]! : -Infinity;
    if (d - last < MERGE_DAYS) continue;
    if (last > -Infinity && d - last > QUIET_SAMPLE_DAYS) {
      const n = Math.ceil((d - last) / QUIET_SAMPLE_DAYS);
      for (let i = 1; i < n; i++) out.push(last + ((d - last) * i) / n);
    }
    out.push(d);
  }
  return Float64Array.from(out);
}

interface SeriesSlot extends CohortSeriesInfo {
  stateIndex: number;
}

/** The same series, in the same order, as the deterministic result (simulate.ts). */
function seriesSlots(plan: HostPlan): SeriesSlot[] {
  const out: SeriesSlot[] = [];
  plan.grafts.forEach((g, gi) => {
    const o = gi * PER_GRAFT;
    const push = (compartment: Compartment, stateIndex: number) => out.push({ origin: g.origin, compartment, sex: g.sex, stateIndex });
    push('blood', o + BLOOD);
    push('niche', o + NICHE);
    TISSUES.forEach((t, j) => push(`tissue:${t}`, o + TISSUE0 + j));
    push('cfdna', o + CFDNA);
    if (plan.isChild) push('immune', o + IMMUNE);
  });
  return out;
}

/** Cells per unit level for every state variable of a host; 0 marks a variable kept deterministic (cfDNA, damage). */
export function stateCellScales(eqs: HostRates, multiplier = 1): Float64Array {
  const s = new Float64Array(eqs.size);
  for (let g = 0; g < eqs.nGrafts; g++) {
    const o = g * PER_GRAFT;
    s[o + BLOOD] = cellsPerUnit('blood') * multiplier;
    s[o + LODGED] = cellsPerUnit('blood') * multiplier;
    s[o + NICHE] = cellsPerUnit('niche') * multiplier;
    for (let j = 0; j < N_TISSUES; j++) s[o + TISSUE0 + j] = cellsPerUnit(TISSUES[j]!) * multiplier;
    s[o + IMMUNE] = cellsPerUnit('blood') * multiplier;
  }
  return s;
}

/** How each state variable moves: 0 deterministic (cfDNA, damage), 1 whole cells. */
function stateKinds(eqs: HostRates): Uint8Array {
  const k = new Uint8Array(eqs.size);
  for (let g = 0; g < eqs.nGrafts; g++) {
    const o = g * PER_GRAFT;
    k[o + BLOOD] = 1;
    k[o + LODGED] = 1;
    k[o + NICHE] = 1;
    for (let j = 0; j < N_TISSUES; j++) k[o + TISSUE0 + j] = 1;
    k[o + IMMUNE] = 1;
  }
  return k;
}

/**
 * One leap of length h from t. For every variable: loss rate λ and source F from the deterministic equations, taken at
 * mid-leap from the state at the leap's start. Deterministic variables take the exponential-Euler step
 * y' = e^{−λh}y + φ₁F, φ₁ = (1−e^{−λh})/λ. Cell variables with few cells take survivors ~ Binomial(n, e^{−λh}) and
 * newcomers ~ Poisson(φ₁·F·cells), the newcomers still there at the leap's end. Niche self-renewal ρ·N·(1 − ΣN/K) is a
 * source, so divisions are Poisson births from the cells present: a lineage of a few cells can die out before it
 * grows (a branching process), and founding one from engrafting blood cells is a Poisson event. The mean of a leap is
 * the deterministic step, so many runs average to the deterministic model where counts are large.
 * Above LARGE_COUNT cells a compartment takes its mean plus Gaussian noise of the same variance (Langevin).
 */
function leap(
  eqs: HostRates,
  kinds: Uint8Array,
  y: Float64Array,
  lam: Float64Array,
  f: Float64Array,
  scale: Float64Array,
  t: number,
  h: number,
  rng: WomanRandom,
): void {
  const tm = t + h / 2;
  eqs.lambdas(tm, lam);
  eqs.sources(tm, y, f);
  const n = y.length;
  const damage = eqs.damageOffset;
  for (let i = 0; i < n; i++) {
    const yi = y[i]!;
    let fi = f[i]!;
    if (yi === 0 && fi <= 0) continue;
    const kind = kinds[i]!;
    let l = lam[i]!;
    if (fi < 0) {
      // A negative source (crowding grown since the reference state) is extra loss.
      l += -fi / yi;
      fi = 0;
    }
    if (kind === 0) {
      const z = l * h;
      const e = Math.exp(-z);
      const phi = Math.abs(z) < 1e-9 ? h : (1 - e) / l;
      const v = e * yi + phi * fi;
      y[i] = i >= damage ? Math.min(1, Math.max(0, v)) : Math.max(0, v);
      continue;
    }
    const d = Math.max(0, l);
    const zd = d * h;
    const survive = Math.exp(-zd);
    const phi = zd < 1e-9 ? h : (1 - survive) / d;
    const sc = scale[i]!;
    const cells = yi * sc;
    const arrivals = phi * fi * sc;
    let next: number;
    if (cells + arrivals > LARGE_COUNT) {
      const variance = cells * survive * (1 - survive) + arrivals;
      next = cells * survive + arrivals + Math.sqrt(variance) * rng.normal();
      next = next > 0 ? Math.round(next) : 0;
    } else {
      // Cheap cases first: no cells, or none can survive the leap (blood over months) — no draw needed.
      const whole = Math.round(cells);
      next = (whole > 0 && survive > 1e-12 ? rng.binomial(whole, survive) : 0) + rng.poisson(arrivals);
    }
    y[i] = next / sc;
  }
}

export interface StochasticOptions extends SpreadOptions {
  /** Multiply every body-wide cell count (the mean test uses a large one to make counts large). */
  cellScaleMultiplier?: number;
  limits?: LeapLimits;
}

/** One host's stochastic run over its sample days, recording series-major into `out` (series s at sample i: s·T + i). */
export function simulateHostStochastic(
  plan: HostPlan,
  parameters: ParameterValues,
  days: Float64Array,
  rng: WomanRandom,
  out: Float64Array,
  options: StochasticOptions = {},
): void {
  const eqs = new HostRates(plan, deriveRates(parameters));
  const scale = stateCellScales(eqs, options.cellScaleMultiplier ?? 1);
  const kinds = stateKinds(eqs);
  const slots = seriesSlots(plan);
  const limits = options.limits ?? STOCHASTIC_STEP_LIMITS;
  const y = new Float64Array(eqs.size);
  const lam = new Float64Array(eqs.size);
  const f = new Float64Array(eqs.size);
  const T = days.length;
  const boluses = plan.boluses;
  let nextBolus = 0;
  for (let i = 0; i < T; i++) {
    const t = days[i]!;
    for (let s = 0; s < slots.length; s++) out[s * T + i] = y[slots[s]!.stateIndex]!;
    while (nextBolus < boluses.length && boluses[nextBolus]!.day <= t + BOLUS_TOLERANCE_DAYS) {
      const b = boluses[nextBolus++]!;
      const idx = b.graft * PER_GRAFT + (b.target === 'blood' ? BLOOD : LODGED);
      // Whole cells cross at a delivery or a loss: how many is a Poisson draw around the bolus.
      y[idx] = y[idx]! + rng.poisson(b.amount * scale[idx]!) / scale[idx]!;
    }
    if (i + 1 === T) break;
    const t1 = days[i + 1]!;
    const span = t1 - t;
    const steps = Math.max(1, Math.ceil(span / leapLimit(plan, t, t1, limits) - 1e-9));
    const h = span / steps;
    for (let k = 0; k < steps; k++) leap(eqs, kinds, y, lam, f, scale, t + k * h, h, rng);
  }
}

/** A prepared cohort: the shared layout, and a function that simulates woman `index` into trajectories. */
export interface CohortModel {
  layout: CohortLayout;
  simulateWoman(seed: number, index: number, out: WomanTrajectories): void;
}

export function prepareCohortModel(scenario: Scenario, options: StochasticOptions = {}): CohortModel {
  const base = resolveParameters(scenario.parameters);
  const refPlans = planHosts(scenario, base);
  const grids = refPlans.map(cohortSampleDays);
  const hosts: CohortHostLayout[] = refPlans.map((p, h) => {
    const days = grids[h]!;
    const timeYears = new Float64Array(days.length);
    for (let i = 0; i < days.length; i++) timeYears[i] = (days[i]! - p.zeroDay) / DAYS_PER_YEAR;
    return {
      host: p.host,
      timeYears,
      motherAgeAtZeroYears: p.zeroDay / DAYS_PER_YEAR,
      series: seriesSlots(p).map(({ origin, compartment, sex }) => ({ origin, compartment, sex })),
    };
  });
  const table = spreadTable(options);
  return {
    layout: { scenarioName: scenario.name, hosts },
    simulateWoman(seed, index, out) {
      const rng = womanRandom(seed, index);
      const p = drawWomanParameters(base, table, rng);
      const plans = table.length > 0 ? planHosts(scenario, p) : refPlans;
      plans.forEach((plan, h) => simulateHostStochastic(plan, p, grids[h]!, rng, out[h]!, options));
    },
  };
}
