// simulate.ts runs the deterministic trafficking model for a (valid) scenario and returns every host's series and the events.

import { TISSUES } from './types';
import type { Compartment, DamageSeries, GraftInfo, HostResult, Scenario, Series, SimResult } from './types';
import { resolveParameters } from './parameters';
import type { ParameterValues } from './parameters';
import { deriveRates, DAYS_PER_YEAR } from './rates';
import { planEvents, planHosts } from './hostPlan';
import type { HostPlan } from './hostPlan';
import { BLOOD, NICHE, TISSUE0, CFDNA, IMMUNE, PER_GRAFT } from './equations';
import { HostIntegrator } from './integrator';
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

function seriesLayout(plan: HostPlan): Array<{ graft: number; compartment: Compartment; index: number }> {
  const out: Array<{ graft: number; compartment: Compartment; index: number }> = [];
  plan.grafts.forEach((_, g) => {
    const o = g * PER_GRAFT;
    out.push({ graft: g, compartment: 'blood', index: o + BLOOD });
    out.push({ graft: g, compartment: 'niche', index: o + NICHE });
    TISSUES.forEach((t, j) => out.push({ graft: g, compartment: `tissue:${t}`, index: o + TISSUE0 + j }));
    out.push({ graft: g, compartment: 'cfdna', index: o + CFDNA });
    if (plan.isChild) out.push({ graft: g, compartment: 'immune', index: o + IMMUNE });
  });
  return out;
}

export function simulateHost(plan: HostPlan, parameters: ParameterValues, options: SimulateOptions = {}): HostResult {
  const rates = deriveRates(parameters);
  const integrator = new HostIntegrator(plan, rates);
  const days = sampleDays(plan);
  const layout = seriesLayout(plan);
  const n = days.length;
  const record = new Int32Array(layout.length + TISSUES.length);
  const out: Float64Array[] = [];
  layout.forEach((s, i) => {
    record[i] = s.index;
    out.push(new Float64Array(n));
  });
  TISSUES.forEach((_, j) => {
    record[layout.length + j] = integrator.damageOffset + j;
    out.push(new Float64Array(n));
  });
  integrator.run(days, record, out, options.limits ?? DEFAULT_STEP_LIMITS, options.refine ?? 1);
  const timeYears = new Float64Array(n);
  for (let i = 0; i < n; i++) timeYears[i] = (days[i]! - plan.zeroDay) / DAYS_PER_YEAR;
  const series: Series[] = layout.map((s, i) => ({ origin: plan.grafts[s.graft]!.origin, compartment: s.compartment, values: out[i]! }));
  const damage: DamageSeries[] = TISSUES.map((tissue, j) => ({ tissue, values: out[layout.length + j]! }));
  const grafts: GraftInfo[] = plan.grafts.map((g) => ({ origin: g.origin, pregnancy: g.pregnancy, sex: g.sex, hlaCompatible: g.hlaCompatible }));
  return { host: plan.host, timeYears, series, damage, grafts, motherAgeAtZeroYears: plan.zeroDay / DAYS_PER_YEAR };
}

/** Runs the model. The scenario is assumed valid (see validateScenario.ts). */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimResult {
  const parameters = options.parameters ?? resolveParameters(scenario.parameters);
  const plans = planHosts(scenario, parameters);
  return {
    version: 1,
    scenarioName: scenario.name,
    units: UNITS,
    hosts: plans.map((p) => simulateHost(p, parameters, options)),
    events: planEvents(scenario, plans),
  };
}
