// scenarioFile.ts reads and writes scenario files (the model's JSON format), with messages that name the file and the field.

import { validateScenario } from '../model/validateScenario';
import type { Scenario } from '../model/types';

export type ScenarioFileResult = { ok: true; scenario: Scenario; migratedFrom?: number } | { ok: false; errors: string[] };

/** Largest file the page will read: a scenario is a few kB; anything far bigger is not one. */
export const MAX_SCENARIO_FILE_BYTES = 1_000_000;

/**
 * Migrations of scenario files from each older format version to the next, kept forever. Format v1 is the
 * first, so the table is empty; a future v2 adds `1: (old) => ({ ...old, version: 2, ... })`.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};
const CURRENT_VERSION = 1;

export function scenarioToFileText(scenario: Scenario): string {
  return JSON.stringify(scenario, null, 2) + '\n';
}

export function scenarioFromFileText(text: string, fileName: string): ScenarioFileResult {
  if (text.length > MAX_SCENARIO_FILE_BYTES) {
    return { ok: false, errors: [`${fileName}: ${text.length} characters is too large for a scenario file (at most ${MAX_SCENARIO_FILE_BYTES}).`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`${fileName}: not a JSON file (${e instanceof Error ? e.message : String(e)}).`] };
  }
  let migratedFrom: number | undefined;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    let obj = raw as Record<string, unknown>;
    const v = obj.version;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v < CURRENT_VERSION) {
      for (let n = v; n < CURRENT_VERSION; n++) {
        const migrate = MIGRATIONS[n];
        if (!migrate) return { ok: false, errors: [`${fileName}: version: no migration from scenario format ${n}.`] };
        obj = migrate(obj);
      }
      migratedFrom = v;
      raw = obj;
    }
  }
  const r = validateScenario(raw);
  if (!r.ok) return { ok: false, errors: r.errors.map((e) => `${fileName}: ${e.message}`) };
  return migratedFrom === undefined ? { ok: true, scenario: r.scenario } : { ok: true, scenario: r.scenario, migratedFrom };
}
