// womanParameters.ts draws one simulated woman's parameters: log-normal around the scenario's values, by each spread.

import { PARAMETERS, isParameterId, type ParameterId, type ParameterValues } from './parameters';
import type { WomanRandom } from './seededRandom';

export interface SpreadOptions {
  /** Replace the table's sdLog for some parameters (the cohort calibration fits these). */
  sdLogOverrides?: Readonly<Record<string, number>>;
  /** Multiply every sdLog (0 turns between-woman variability off). */
  spreadScale?: number;
}

/** The parameters that vary between women, with the sdLog the cohort uses. */
export function spreadTable(options: SpreadOptions = {}): Array<{ id: ParameterId; sdLog: number; min: number; max: number }> {
  const scale = options.spreadScale ?? 1;
  const out: Array<{ id: ParameterId; sdLog: number; min: number; max: number }> = [];
  for (const p of PARAMETERS) {
    const override = options.sdLogOverrides?.[p.id];
    const sd = (override ?? p.spread?.sdLog ?? 0) * scale;
    if (sd > 0 && isParameterId(p.id)) out.push({ id: p.id, sdLog: sd, min: p.min, max: p.max });
  }
  return out;
}

/**
 * The scenario's value is the typical (median) woman: each varying parameter is multiplied by exp(sdLog·Z), Z standard
 * normal, then kept inside the parameter's range. Draws come in table order from the woman's own stream, so they do
 * not depend on which worker simulates her.
 */
export function drawWomanParameters(base: ParameterValues, table: ReturnType<typeof spreadTable>, rng: WomanRandom, into?: ParameterValues): ParameterValues {
  // `into` (a copy of `base` from an earlier call) is reused: only the varying parameters are written (no copy per woman).
  const out = (into ?? { ...base }) as Record<string, number>;
  for (const s of table) {
    const v = base[s.id] * Math.exp(s.sdLog * rng.normal());
    out[s.id] = Math.min(s.max, Math.max(s.min, v));
  }
  return out as ParameterValues;
}
