// savedScenarios.test.ts checks that a scenario and its deck survive the store, and that a broken entry is reported, not wiped.
import { describe, expect, it } from 'vitest';
import { presetById } from '../model/presets';
import { savedScenarioStore, SAVED_SCENARIO_PREFIX } from './savedScenarios';

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    key: (i: number) => [...m.keys()][i] ?? null,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

describe('saved scenarios', () => {
  it('round-trips a scenario with its scenes and keeps the others when one is corrupted', () => {
    const storage = memoryStorage();
    const store = savedScenarioStore(storage);
    const scenario = structuredClone(presetById('three-children')!.scenario);
    const scenes = [{ caption: 'Second birth', state: { scenario: { preset: 'three-children' }, view: 'timeline' as const, playheadYears: 29.7 } }];
    const a = store.save('Lecture 1', { scenario, scenes, presetId: 'three-children' });
    expect(a.ok).toBe(true);
    store.save('Lecture 2', { scenario, scenes: [] });
    storage.setItem(SAVED_SCENARIO_PREFIX + 'broken', '{not json');
    const { items, problems } = store.list();
    expect(items.map((i) => i.name)).toEqual(['Lecture 1', 'Lecture 2']);
    expect(items[0]!.value.scenes[0]!.caption).toBe('Second birth');
    expect(items[0]!.value.presetId).toBe('three-children');
    expect(problems).toHaveLength(1);
    expect(storage.getItem(SAVED_SCENARIO_PREFIX + 'broken')).toBe('{not json');
  });
});
