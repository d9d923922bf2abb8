// appSnapshot.test.ts checks that an unchanged preset travels as its id, an edit as the whole scenario, and that scenes capture and restore the view.
import { describe, expect, it } from 'vitest';
import { presetById } from '../model/presets';
import { validateScenario } from '../model/validateScenario';
import { applySceneNow, captureScene, captureUrlState, sceneKey, scenarioRefOf, showScene } from './appSnapshot';
import { PresentState } from './PresentState.svelte';
import { ScenarioState } from './ScenarioState.svelte';
import { ViewState } from './ViewState.svelte';
import { readBootState } from './UrlSync.svelte';
import { encodeUrlState } from './urlCodec';

function valid(id: string) {
  const r = validateScenario(presetById(id)!.scenario);
  if (!r.ok) throw new Error(id);
  return r.scenario;
}

// ViewState.pause cancels its animation frame; Node has none.
globalThis.cancelAnimationFrame ??= () => undefined;

describe('appSnapshot', () => {
  it('a preset unchanged is its id; an edited one is the whole scenario', () => {
    expect(scenarioRefOf('three-children', valid('three-children'))).toEqual({ preset: 'three-children' });
    const edited = { ...valid('three-children'), name: 'mine' };
    expect(scenarioRefOf('three-children', edited)).toEqual({ scenario: edited });
    expect(scenarioRefOf(undefined, valid('one-son'))).toEqual({ scenario: valid('one-son') });
  });

  it('captures the state and applies a scene back', () => {
    const scenario = new ScenarioState('one-son');
    const view = new ViewState();
    const present = new PresentState();
    view.view = 'child';
    view.zoom = [30, 40];
    view.playheadYears = 33.33333;
    const scene = captureScene(scenario, view);
    expect(scene).toEqual({ scenario: { preset: 'one-son' }, view: 'child', zoom: [30, 40], playheadYears: 33.3333, compare: { preset: 'healthy-control-son' } });
    present.addScene({ caption: 'x', state: scene });
    expect(captureUrlState(scenario, view, present, 'fr')).toMatchObject({ v: 1, theme: 'light', lang: 'fr', scenes: [{ caption: 'x' }] });

    const other = new ScenarioState('three-children');
    const otherView = new ViewState();
    applySceneNow({ ...scene, compare: { preset: 'one-daughter' } }, other, otherView);
    expect(other.presetId).toBe('one-son');
    expect([otherView.view, otherView.zoom, otherView.playheadYears, otherView.compareB]).toEqual(['child', [30, 40], 33.3333, 'one-daughter']);
  });

  it('reads the boot link: none is the default silently, a broken one is named', () => {
    expect(readBootState('')).toMatchObject({ problems: [], state: { scenario: { preset: 'one-son' } } });
    const ok = encodeUrlState({ v: 1, scenario: { preset: 'preeclampsia' }, view: 'compare', theme: 'projector', lang: 'fr', embed: 'timeline' });
    expect(readBootState(`?s=${ok}`)).toMatchObject({ problems: [], state: { scenario: { preset: 'preeclampsia' }, embed: 'timeline' } });
    expect(readBootState('?s=@@').problems[0]).toMatch(/base64url/);
  });

  it('showing a scene names it (position and caption) until the scenario or view is changed away from it', async () => {
    const scenario = new ScenarioState('one-son');
    const view = new ViewState();
    const present = new PresentState();
    present.addScene({ caption: 'One son', state: captureScene(scenario, view) }, sceneKey(scenario, view));
    expect(present.shownScene(sceneKey(scenario, view))).toEqual({ n: 1, total: 1, caption: 'One son' });
    scenario.loadPreset('three-children');
    view.view = 'tissues';
    present.addScene({ caption: 'Three children', state: captureScene(scenario, view) }, sceneKey(scenario, view));

    const reveals = present.reveals;
    await showScene(0, present, scenario, view);
    expect([scenario.presetId, view.view]).toEqual(['one-son', 'timeline']);
    expect(present.shownScene(sceneKey(scenario, view))).toEqual({ n: 1, total: 2, caption: 'One son' });
    expect(present.reveals).toBe(reveals + 1);
    // Playing or zooming is still the scene; another view or scenario is not.
    view.playheadYears = 50;
    view.zoom = [30, 40];
    expect(present.shownScene(sceneKey(scenario, view))?.caption).toBe('One son');
    view.view = 'child';
    expect(present.shownScene(sceneKey(scenario, view))).toBeUndefined();
    view.view = 'timeline';
    scenario.loadPreset('one-daughter');
    expect(present.shownScene(sceneKey(scenario, view))).toBeUndefined();

    await showScene(1, present, scenario, view);
    expect(present.shownScene(sceneKey(scenario, view))).toEqual({ n: 2, total: 2, caption: 'Three children' });
    await showScene(5, present, scenario, view);
    expect(present.sceneIndex).toBe(1);
  });
});
