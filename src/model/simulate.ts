// simulate.ts runs the deterministic trafficking model for a (valid) scenario and returns every host's series and the events.

import { TISSUES } from './types';
import type { Compartment, DamageSeries, GraftInfo, HostResult, Scenario, Series, SimResult } from './types';
import { resolveParameters } from './parameters';
import type { ParameterValues } from './parameters';
import { deriveRates, DAYS_PER_YEAR } from './rates';
import type { ModelRates } from './rates';
import { planEvents, planHosts } from './hostPlan';
import type { HostPlan } from './hostPlan';
import { BLOOD, NICHE, TISSUE0, CFDNA, IMMUNE, PER_GRAFT, stateSize } from './equations';
import { HostIntegrator, StepTables } from './integrator';
import { sampleDays, DEFAULT_STEP_LIMITS } from './timeGrid';
import type { StepLimits } from './timeGrid';

export const UNITS = { cells: 'gEq/10^5 host cells', cfdna: 'GE/mL plasma', time: 'years of host age', damage: 'index 0..1' } as const;

export interface SimulateOptions {
  /** Integration step limits (the numerics test tightens them to build a reference). */
  limits?: StepLimits;
  /** Divide every step limit by this factor. */
  refine?: number;
  /** Parameter values to use instead of resolving the scenario's overrides (the fitting routine sets them directly). */
  parameters?: ParameterValues;
}

/** Which state variable each output series reads: per graft blood, niche, 10 tissues, cfDNA (and immune in a child), then damage. */
export interface HostLayout {
  series: Array<{ graft: number; compartment: Compartment; index: number }>;
  /** State indices to record: the series', then the 10 damage indices. */
  record: Int32Array;
}

export function hostLayout(plan: HostPlan): HostLayout {
  const series: HostLayout['series'] = [];
  plan.grafts.forEach((_, g) => {
    const o = g * PER_GRAFT;
    series.push({ graft: g, compartment: 'blood', index: o + BLOOD });
    series.push({ graft: g, compartment: 'niche', index: o + NICHE });
    TISSUES.forEach((t, j) => series.push({ graft: g, compartment: `tissue:${t}`, index: o + TISSUE0 + j }));
    series.push({ graft: g, compartment: 'cfdna', index: o + CFDNA });
    if (plan.isChild) series.push({ graft: g, compartment: 'immune', index: o + IMMUNE });
  });
  const damageOffset = stateSize(plan.grafts.length) - TISSUES.length;
  const record = new Int32Array(series.length + TISSUES.length);
  series.forEach((s, i) => (record[i] = s.index));
  TISSUES.forEach((_, j) => (record[series.length + j] = damageOffset + j));
  return { series, record };
}

/**
 * Packs recorded arrays (one per `layout.record` entry, over `days`) into a HostResult; `timeYears`, when given, is
 * where to write the time axis (else a new array).
 */
export function hostResult(plan: HostPlan, days: Float64Array, layout: HostLayout, out: Float64Array[], timeYears = new Float64Array(days.length)): HostResult {
  const n = days.length;
  for (let i = 0; i < n; i++) timeYears[i] = (days[i]! - plan.zeroDay) / DAYS_PER_YEAR;
  const series: Series[] = layout.series.map((s, i) => ({ origin: plan.grafts[s.graft]!.origin, compartment: s.compartment, values: out[i]! }));
  const damage: DamageSeries[] = TISSUES.map((tissue, j) => ({ tissue, values: out[layout.series.length + j]! }));
  const grafts: GraftInfo[] = plan.grafts.map((g) => ({ origin: g.origin, pregnancy: g.pregnancy, sex: g.sex, hlaCompatible: g.hlaCompatible }));
  return { host: plan.host, timeYears, series, damage, grafts, motherAgeAtZeroYears: plan.zeroDay / DAYS_PER_YEAR };
}

/** `tables`: decay factors by step size, shared by the hosts of one run (`StepTables.for(rates)` when not given). */
export function simulateHost(plan: HostPlan, rates: ModelRates, options: SimulateOptions = {}, tables?: StepTables): HostResult {
  const days = sampleDays(plan);
  const layout = hostLayout(plan);
  // Every series of the host, and its time axis, is a view on one buffer (typed arrays are slow to create one by one).
  const n = days.length;
  const nOut = layout.record.length;
  const buffer = new Float64Array((nOut + 1) * n);
  new HostIntegrator(plan, rates, tables).run(days, layout.record, buffer, options.limits ?? DEFAULT_STEP_LIMITS, options.refine ?? 1);
  const out: Float64Array[] = [];
  for (let s = 0; s < nOut; s++) out.push(buffer.subarray(s * n, (s + 1) * n));
  return hostResult(plan, days, layout, out, buffer.subarray(nOut * n));
}

/** Runs the model. The scenario is assumed valid (see validateScenario.ts). */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimResult {
  const parameters = options.parameters ?? resolveParameters(scenario.parameters);
  const rates = deriveRates(parameters);
  const plans = planHosts(scenario, parameters);
  const tables = StepTables.for(rates);
  return {
    version: 1,
    scenarioName: scenario.name,
    units: UNITS,
    hosts: plans.map((p) => simulateHost(p, rates, options, tables)),
    events: planEvents(scenario, plans),
  };
}
