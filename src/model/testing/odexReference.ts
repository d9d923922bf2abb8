// odexReference.ts solves the model's plain right-hand side (equations.ts) with odex, the reference for the numerics test and the benchmark.

import type { Scenario, SimResult } from '../types';
import { resolveParameters } from '../parameters';
import { deriveRates } from '../rates';
import { planEvents, planHosts } from '../hostPlan';
import type { HostPlan } from '../hostPlan';
import type { ModelRates } from '../rates';
import { HostEquations, BLOOD, LODGED, PER_GRAFT } from '../equations';
import { sampleDays } from '../timeGrid';
import { hostLayout, hostResult, UNITS } from '../simulate';

/** The few members of odex's `Solver` used here. */
export interface OdexSolver {
  relativeTolerance: number | number[];
  absoluteTolerance: number | number[];
  maxSteps: number;
  solve(f: (x: number, y: number[]) => number[], x: number, y0: number[], xEnd: number): { y: number[]; outcome: number };
}
export type OdexSolverClass = new (n: number) => OdexSolver;

// Why a computed specifier: odex ships its TypeScript source without declarations, and that source does not compile
// under this project's strict settings; a literal import would pull it into the type check.
const ODEX: string = 'odex';

/** Loads odex's Solver class (CommonJS, so it may sit on the default export). */
export async function loadOdex(): Promise<OdexSolverClass> {
  const mod = (await import(/* @vite-ignore */ ODEX)) as { Solver?: OdexSolverClass; default?: { Solver: OdexSolverClass } };
  const cls = mod.Solver ?? mod.default?.Solver;
  if (!cls) throw new Error('odex: no Solver export');
  return cls;
}

export interface OdexOptions {
  Solver: OdexSolverClass;
  /** Relative and absolute tolerance of odex (absolute in the state's units, gEq/10^5 and GE/mL). */
  tolerance: number;
}

/** One host, integrated sample interval by sample interval (every driver corner is a sample day), boluses as in the engine. */
export function solveHostWithOdex(plan: HostPlan, rates: ModelRates, options: OdexOptions): { days: Float64Array; out: Float64Array[]; evaluations: number } {
  const eqs = new HostEquations(plan, rates);
  const days = sampleDays(plan);
  const layout = hostLayout(plan);
  const out = Array.from(layout.record, () => new Float64Array(days.length));
  const solver = new options.Solver(eqs.size);
  solver.relativeTolerance = options.tolerance;
  solver.absoluteTolerance = options.tolerance;
  solver.maxSteps = 1e7;
  let y: number[] = new Array<number>(eqs.size).fill(0);
  const dy = new Float64Array(eqs.size);
  let evaluations = 0;
  // The engine reads the end of each interval as a left limit; odex never evaluates exactly at xEnd's right side either.
  const f = (t: number, yy: number[]): number[] => {
    evaluations++;
    eqs.rhs(t, yy, dy);
    return Array.from(dy);
  };
  let nextBolus = 0;
  for (let i = 0; i < days.length; i++) {
    const t = days[i]!;
    for (let s = 0; s < layout.record.length; s++) out[s]![i] = Math.max(0, y[layout.record[s]!]!);
    while (nextBolus < plan.boluses.length && plan.boluses[nextBolus]!.day <= t + 2e-5) {
      const b = plan.boluses[nextBolus++]!;
      const idx = b.graft * PER_GRAFT + (b.target === 'blood' ? BLOOD : LODGED);
      y[idx] = y[idx]! + b.amount;
    }
    if (i + 1 === days.length) break;
    const r = solver.solve(f, t, y, days[i + 1]!);
    y = r.y;
  }
  return { days, out, evaluations };
}

/** The whole scenario through odex: the same result shape as `simulate`. */
export function simulateWithOdex(scenario: Scenario, options: OdexOptions): SimResult {
  const parameters = resolveParameters(scenario.parameters);
  const rates = deriveRates(parameters);
  const plans = planHosts(scenario, parameters);
  return {
    version: 1,
    scenarioName: scenario.name,
    units: UNITS,
    hosts: plans.map((plan) => {
      const { days, out } = solveHostWithOdex(plan, rates, options);
      return hostResult(plan, days, hostLayout(plan), out);
    }),
    events: planEvents(scenario, plans),
  };
}
