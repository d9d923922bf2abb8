// appSnapshot.ts captures the dashboard's state as the URL codec's UrlState and applies one back (links, scenes, saved decks).
import { tick } from 'svelte';
import { presetById } from '../model/presets';
import { validateScenario } from '../model/validateScenario';
import type { Scenario } from '../model/types';
import type { ScenarioState } from './ScenarioState.svelte';
import type { ViewState } from './ViewState.svelte';
import type { PresentState } from './PresentState.svelte';
import { comparePartners } from './ComparePartners.svelte';
import { URL_STATE_VERSION, type Lang, type ScenarioRef, type SceneState, type UrlState } from './urlCodec';

const presetScenarioJson = new Map<string, string>();
/** The preset as the validator normalises it, so that an unedited preset compares equal to the running scenario. */
function presetJson(id: string): string | undefined {
  let s = presetScenarioJson.get(id);
  if (s === undefined) {
    const p = presetById(id);
    if (!p) return undefined;
    const r = validateScenario(p.scenario);
    s = JSON.stringify(r.ok ? r.scenario : p.scenario);
    presetScenarioJson.set(id, s);
  }
  return s;
}

/** A preset id while the scenario is the preset unchanged (short links), else the whole scenario. */
export function scenarioRefOf(presetId: string | undefined, valid: Scenario): ScenarioRef {
  if (presetId !== undefined && presetJson(presetId) === JSON.stringify(valid)) return { preset: presetId };
  return { scenario: structuredClone(valid) };
}

export function captureScene(scenario: ScenarioState, view: ViewState): SceneState {
  const s: SceneState = { scenario: scenarioRefOf(scenario.presetId, scenario.valid), view: view.view };
  if (view.zoom) s.zoom = [view.zoom[0], view.zoom[1]];
  if (view.playheadYears !== undefined) s.playheadYears = Math.round(view.playheadYears * 1e4) / 1e4;
  // Compare's B: a preset by id, or the whole scenario (a saved one exists only in this browser, so the link carries it).
  if (view.compareB) s.compare = comparePartners.refOf(view);
  return s;
}

/**
 * What a scene shows, as a comparable string: the scenario (a preset id while unedited) and the view. Zoom and
 * playhead are left out: playing or zooming during a scene is still that scene.
 */
export function sceneKey(scenario: ScenarioState, view: ViewState): string {
  return JSON.stringify([scenarioRefOf(scenario.presetId, scenario.valid), view.view]);
}

export function captureUrlState(scenario: ScenarioState, view: ViewState, present: PresentState, lang: Lang): UrlState {
  const state: UrlState = { v: URL_STATE_VERSION, ...captureScene(scenario, view), theme: present.theme, lang };
  if (present.scenes.length > 0) state.scenes = present.scenes.map((s) => ({ caption: s.caption, state: s.state }));
  return state;
}

function loadRef(ref: ScenarioRef, scenario: ScenarioState): boolean {
  if ('preset' in ref) {
    if (scenario.presetId === ref.preset && presetJson(ref.preset) === JSON.stringify(scenario.valid)) return false;
    scenario.loadPreset(ref.preset);
  } else {
    if (JSON.stringify(ref.scenario) === JSON.stringify(scenario.valid) && scenario.errors.length === 0) return false;
    scenario.load(ref.scenario);
  }
  return true;
}

function applyView(s: SceneState, view: ViewState): void {
  view.view = s.view;
  view.zoom = s.zoom ? [s.zoom[0], s.zoom[1]] : undefined;
  view.playheadYears = s.playheadYears;
  if (s.compare) comparePartners.apply(view, s.compare);
}

/** Applies a scene at once (boot, before the app's effects first run). */
export function applySceneNow(s: SceneState, scenario: ScenarioState, view: ViewState): void {
  view.pause();
  loadRef(s.scenario, scenario);
  applyView(s, view);
}

/**
 * Applies a scene while the app runs: the scenario first, then (after the app's "new preset resets the view"
 * effect has run) the view, so the scene's zoom and playhead are the ones kept.
 */
export async function applyScene(s: SceneState, scenario: ScenarioState, view: ViewState): Promise<void> {
  view.pause();
  if (loadRef(s.scenario, scenario)) await tick();
  applyView(s, view);
}

/** Shows scene `i` of the deck (presenter keys, the banner and the scenes list) and brings the chart into view. */
export async function showScene(i: number, present: PresentState, scenario: ScenarioState, view: ViewState): Promise<void> {
  const s = present.scenes[i];
  if (!s) return;
  present.sceneIndex = i;
  // Until the scene is applied the page does not show it yet: no banner for it in between.
  present.shownKey = undefined;
  await applyScene(s.state, scenario, view);
  // The key of the page as the scene left it (a scenario from a link may be normalised on loading).
  present.shownKey = sceneKey(scenario, view);
  present.reveal();
}

/** Shows the next (+1) or previous (−1) scene; from no scene, the first or the last; at either end, that end again. */
export async function stepScene(by: -1 | 1, present: PresentState, scenario: ScenarioState, view: ViewState): Promise<void> {
  const n = present.scenes.length;
  if (n === 0) return;
  const at = present.sceneIndex;
  const i = at === undefined ? (by > 0 ? 0 : n - 1) : Math.min(n - 1, Math.max(0, at + by));
  await showScene(i, present, scenario, view);
}
