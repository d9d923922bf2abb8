// savedScenarios.ts is the store of saved scenarios: each one a scenario, the preset it came from, and its deck of scenes.
import { validateScenario } from '../model/validateScenario';
import type { Scenario } from '../model/types';
import { SavedStore, type KeyValueStorage, type ParseResult } from './savedStore';
import { readScenes, type Scene } from './urlCodec';

export interface SavedScenario {
  scenario: Scenario;
  presetId?: string;
  scenes: Scene[];
}

export const SAVED_SCENARIO_PREFIX = 'chimera.scenario.v1.';

export function parseSavedScenario(raw: unknown): ParseResult<SavedScenario> {
  if (typeof raw !== 'object' || raw === null) return { ok: false, message: 'not a saved scenario.' };
  const o = raw as Record<string, unknown>;
  const r = validateScenario(o.scenario);
  if (!r.ok) return { ok: false, message: r.errors.slice(0, 3).map((e) => e.message).join('; ') };
  const { scenes, problems } = readScenes(o.scenes ?? []);
  if (problems.length > 0) return { ok: false, message: problems.slice(0, 3).join('; ') };
  const value: SavedScenario = { scenario: r.scenario, scenes };
  if (typeof o.presetId === 'string') value.presetId = o.presetId;
  return { ok: true, value };
}

function browserStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function savedScenarioStore(storage: KeyValueStorage | undefined = browserStorage()): SavedStore<SavedScenario> {
  return new SavedStore(storage, SAVED_SCENARIO_PREFIX, parseSavedScenario);
}
