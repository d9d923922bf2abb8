// ComparePartners.svelte.ts holds Compare's scenario B when it is a whole scenario (one saved in this browser, or one a link or scene carried) rather than a preset.
import type { Scenario } from '../model/types';
import type { ScenarioRef } from './urlCodec';
import type { ViewState } from './ViewState.svelte';

/**
 * B belongs with what the reader is looking at (ViewState keeps its preset form, `compareB`); the whole scenario is
 * kept here, per ViewState, beside it. One counter created with the module, not a $state per view created on first
 * read: state created inside a derived or effect is not tracked by it, so a link built in a derived would miss B's changes.
 */
export class ComparePartners {
  #byView = new WeakMap<ViewState, Scenario>();
  #changes = $state(0);

  /** B's whole scenario (its `name` is the name B is shown by); undefined while B is the preset `view.compareB`. */
  scenarioOf(view: ViewState): Scenario | undefined {
    void this.#changes;
    return this.#byView.get(view);
  }

  /** Makes B the preset `id`. */
  choosePreset(view: ViewState, id: string): void {
    view.compareB = id;
    this.#byView.delete(view);
    this.#changes++;
  }

  /** Makes B a whole scenario (already valid: from the saved store or the URL codec, both of which validate). */
  chooseScenario(view: ViewState, scenario: Scenario): void {
    // A snapshot, not structuredClone: a scene's B sits in the deck's $state, a proxy structuredClone refuses.
    this.#byView.set(view, $state.snapshot(scenario) as Scenario);
    this.#changes++;
  }

  /** B as the URL carries it: a preset by id, or the whole scenario (a saved scenario exists only in this browser). */
  refOf(view: ViewState): ScenarioRef {
    const s = this.scenarioOf(view);
    return s ? { scenario: structuredClone(s) } : { preset: view.compareB };
  }

  /** Sets B from a link or a scene. */
  apply(view: ViewState, ref: ScenarioRef): void {
    if ('preset' in ref) this.choosePreset(view, ref.preset);
    else this.chooseScenario(view, ref.scenario);
  }
}

export const comparePartners = new ComparePartners();
