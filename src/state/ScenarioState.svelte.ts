// ScenarioState.svelte.ts holds the scenario being edited, the last valid one (the one that runs), and the validator's messages.
//
// Every edit goes to `draft`; the draft is validated at once. A valid draft becomes `valid` (and is run);
// an invalid one leaves `valid` as it was, so the last good scenario keeps running while the messages
// are shown beside the fields they name.

import { locale, t } from '../i18n/locale.svelte';
import { presetText } from '../i18n/presets.fr';
import { presetById, PRESETS } from '../model/presets';
import type { Preset } from '../model/presets';
import { validateScenario } from '../model/validateScenario';
import type { ScenarioError } from '../model/validateScenario';
import type { Injury, Pregnancy, Scenario } from '../model/types';
import { newInjury, newPregnancy } from './scenarioEdits';
import { TypedNumbers } from './TypedNumbers.svelte';

function copy(s: Scenario): Scenario {
  return structuredClone(s);
}

export class ScenarioState {
  /** The preset the scenario started from (undefined once the user loads a file or a link). */
  presetId = $state<string | undefined>(undefined);
  /** What the editor shows; may be invalid. */
  draft = $state<Scenario>() as unknown as Scenario;
  /** The last scenario that passed the validator; the one that runs. Replaced whole. */
  valid = $state.raw<Scenario>() as unknown as Scenario;
  errors = $state.raw<readonly ScenarioError[]>([]);
  /** True once the reader has changed the scenario since it was loaded. */
  edited = $state(false);
  /**
   * The name it was saved under in this browser, when the scenario came from the saved list (undefined for a preset,
   * a file or a link): it is shown by that name, not as the preset it may once have started from.
   */
  savedName = $state<string | undefined>(undefined);
  /** What the reader typed into the editor's number fields (kept as typed, even when it is not a number). */
  readonly typed = new TypedNumbers();
  /**
   * What the reader typed into the parameter panel's fields (path `parameters.<id>`). Apart from `typed`: deleting a
   * pregnancy renumbers the editor's paths and clears them, which must not wipe a parameter's text.
   */
  readonly typedParameters = new TypedNumbers();

  constructor(presetId: string = PRESETS[0]!.id) {
    this.loadPreset(presetId);
  }

  /** A short name for the running scenario: its saved name, or the preset's title; marked when edited. */
  get title(): string {
    const base = this.savedName ?? (this.presetId !== undefined && this.preset ? presetText(this.presetId, locale.lang).title : this.valid.name);
    return this.edited ? t('preset.editedSuffix', { title: base }) : base;
  }

  get preset(): Preset | undefined {
    return this.presetId === undefined ? undefined : presetById(this.presetId);
  }

  loadPreset(id: string): void {
    const preset = presetById(id);
    if (!preset) return;
    this.presetId = id;
    this.load(preset.scenario);
    this.presetId = id;
  }

  /** Replaces the whole scenario (a preset, a file, a link). */
  load(scenario: Scenario): void {
    this.presetId = undefined;
    this.savedName = undefined;
    this.draft = copy(scenario);
    this.typed.clear();
    this.typedParameters.clear();
    this.edited = false;
    this.revalidate();
  }

  /** Loads a scenario saved in this browser under `name`; it carries that name (exports and links too). */
  loadSaved(scenario: Scenario, name: string): void {
    this.load({ ...scenario, name });
    this.savedName = name;
  }

  /** Applies an edit to the draft and re-validates it. */
  edit(change: (draft: Scenario) => void): void {
    change(this.draft);
    this.edited = true;
    this.revalidate();
  }

  revalidate(): void {
    const r = validateScenario($state.snapshot(this.draft));
    if (r.ok) {
      this.valid = r.scenario;
      this.errors = [];
    } else {
      this.errors = r.errors;
    }
  }

  /** The messages for one field path (exact), e.g. `pregnancies[0].gestationWeeks`. */
  errorsAt(path: string): string[] {
    return this.errors.filter((e) => e.path === path).map((e) => e.message);
  }

  /** Messages under a path prefix that no field of the editor shows on its own, e.g. `pregnancies[1]`. */
  errorsUnder(prefix: string, shown: readonly string[]): string[] {
    return this.errors
      .filter((e) => (e.path === prefix || e.path.startsWith(prefix + '.') || e.path.startsWith(prefix + '[')) && !shown.includes(e.path))
      .map((e) => e.message);
  }

  setParameter(id: string, value: number): void {
    this.edit((d) => {
      d.parameters[id] = value;
    });
  }

  /** Back to the default; whatever was typed into the parameter's field goes too (the field shows the default). */
  resetParameter(id: string): void {
    this.typedParameters.forget(`parameters.${id}`);
    this.edit((d) => {
      delete d.parameters[id];
    });
  }

  /** Adds a term birth where the validator accepts one; nothing when there is no room (see newPregnancyAge). */
  addPregnancy(): void {
    const p = newPregnancy(this.draft);
    if (p) this.edit((d) => d.pregnancies.push(p));
  }

  /** Deletes a pregnancy and its child's injuries; returns how many injuries went with it, so the editor can say so. */
  removePregnancy(index: number): number {
    const host = `child:${index + 1}`;
    const childInjuries = this.draft.injuries.filter((inj) => inj.host === host).length;
    this.typed.clear();
    this.edit((d) => {
      d.pregnancies.splice(index, 1);
      // Injuries of the removed child go with it; later children are renumbered.
      d.injuries = d.injuries
        .filter((inj) => inj.host !== `child:${index + 1}`)
        .map((inj) => {
          const m = /^child:(\d+)$/.exec(inj.host);
          const n = m ? Number(m[1]) : 0;
          return n > index + 1 ? { ...inj, host: `child:${n - 1}` as const } : inj;
        });
    });
    return childInjuries;
  }

  addInjury(): void {
    this.edit((d) => {
      d.injuries.push(newInjury(d));
    });
  }

  removeInjury(index: number): void {
    this.typed.clear();
    this.edit((d) => {
      d.injuries.splice(index, 1);
    });
  }

  updatePregnancy(index: number, patch: Partial<Pregnancy>): void {
    this.edit((d) => {
      const p = d.pregnancies[index];
      if (!p) return;
      Object.assign(p, patch);
      if (p.outcome !== 'birth') delete p.delivery;
      else p.delivery ??= 'vaginal';
    });
  }

  updateInjury(index: number, patch: Partial<Injury>): void {
    this.edit((d) => {
      const inj = d.injuries[index];
      if (inj) Object.assign(inj, patch);
    });
  }
}
