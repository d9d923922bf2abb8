// ComparePartners.test.ts checks that Compare's B travels as a preset id or as its whole scenario, through a link and back.
import { describe, expect, it } from 'vitest';
import { presetById } from '../model/presets';
import { validateScenario } from '../model/validateScenario';
import { applySceneNow, captureScene } from './appSnapshot';
import { comparePartners } from './ComparePartners.svelte';
import { ScenarioState } from './ScenarioState.svelte';
import { ViewState } from './ViewState.svelte';
import { decodeUrlState, encodeUrlState, URL_STATE_VERSION } from './urlCodec';

// ViewState.pause cancels its animation frame; Node has none.
globalThis.cancelAnimationFrame ??= () => undefined;

function saved(name: string) {
  const r = validateScenario({ ...presetById('three-children')!.scenario, name, horizonYears: 70 });
  if (!r.ok) throw new Error(name);
  return r.scenario;
}

describe('comparePartners', () => {
  it('is the preset view.compareB until a whole scenario is chosen, and again after a preset is', () => {
    const view = new ViewState();
    expect(comparePartners.refOf(view)).toEqual({ preset: 'healthy-control-son' });
    comparePartners.chooseScenario(view, saved('my variant'));
    expect(comparePartners.refOf(view)).toEqual({ scenario: saved('my variant') });
    expect(comparePartners.scenarioOf(new ViewState())).toBeUndefined();
    comparePartners.choosePreset(view, 'one-daughter');
    expect(comparePartners.refOf(view)).toEqual({ preset: 'one-daughter' });
    expect(view.compareB).toBe('one-daughter');
  });

  it('a link carries a saved B whole, with its name, and opening it restores B with no problem reported', () => {
    const scenario = new ScenarioState('one-son');
    const view = new ViewState();
    view.view = 'compare';
    comparePartners.chooseScenario(view, saved('my variant'));
    const param = encodeUrlState({ v: URL_STATE_VERSION, ...captureScene(scenario, view), theme: 'light', lang: 'en' });
    const decoded = decodeUrlState(param);
    expect(decoded.problems).toEqual([]);
    expect(decoded.state.compare).toEqual({ scenario: saved('my variant') });

    const otherView = new ViewState();
    applySceneNow(decoded.state, new ScenarioState('one-son'), otherView);
    expect(comparePartners.scenarioOf(otherView)).toEqual(saved('my variant'));
    expect(comparePartners.scenarioOf(otherView)?.name).toBe('my variant');
    // A later scene with a preset B replaces the whole scenario.
    applySceneNow({ ...decoded.state, compare: { preset: 'one-daughter' } }, new ScenarioState('one-son'), otherView);
    expect(comparePartners.refOf(otherView)).toEqual({ preset: 'one-daughter' });
  });
});
