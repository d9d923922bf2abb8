// RunState.svelte.ts runs one scenario's deterministic model in the shared worker and keeps its latest result.
//
// Requests are coalesced: at most one is in flight and only the newest waiting one is kept, so a slider drag
// sends a run per frame the worker can keep up with, and the last position is always the one drawn.
// Run ids guard the draw: a result older than one already drawn is dropped (a stale result is never drawn).

import type { Scenario, SimResult } from '../model/types';
import type { AssaySettings, CohortResult } from '../model/cohortTypes';
import type { CohortRunHandle } from './cohortClient';
import { simWorker } from './simClient';

interface Job {
  runId: number;
  scenario: Scenario;
}

export class RunState {
  /** Replaced whole on each run; never mutated in place. */
  result = $state.raw<SimResult | undefined>(undefined);
  /** The scenario `result` was computed from. */
  scenario = $state.raw<Scenario | undefined>(undefined);
  /** A cohort result for the same scenario, when one has been run (bands and prevalence). */
  cohort = $state.raw<CohortResult | undefined>(undefined);
  error = $state<string | undefined>(undefined);
  computeMs = $state(0);
  /** Incremented per drawn result; e2e tests and the UI bench read it to know a redraw happened. */
  version = $state(0);
  /** True while a request is waiting or running. */
  busy = $state(false);

  /** A cohort run in progress: women summarised so far and the total. */
  cohortProgress = $state<{ completed: number; n: number } | undefined>(undefined);
  cohortError = $state<string | undefined>(undefined);
  #cohortHandle: CohortRunHandle | undefined;
  #cohortScenario: Scenario | undefined;

  #nextRunId = 0;
  #drawnRunId = -1;
  #pending: Job | undefined;
  #inFlight = false;

  /** Asks for a run of `scenario`; supersedes any request still waiting. */
  request(scenario: Scenario): void {
    this.#pending = { runId: this.#nextRunId++, scenario };
    this.busy = true;
    if (!this.#inFlight) void this.#pump();
  }

  /**
   * Runs a cohort of `n` women for the scenario last drawn, in the cohort worker pool (loaded on first use so the
   * first view stays small); partial results replace `cohort` as they stream in.
   */
  async startCohort(n: number, seed: number, assays: AssaySettings[]): Promise<void> {
    const scenario = this.scenario;
    if (!scenario) return;
    this.cancelCohort(true);
    const { runCohort, CohortCancelledError } = await import('./cohortClient');
    this.#cohortScenario = scenario;
    this.cohortError = undefined;
    this.cohortProgress = { completed: 0, n };
    const handle = runCohort({ scenario, n, seed, assays }, (partial) => {
      if (this.#cohortHandle !== handle) return;
      this.cohort = partial;
      this.cohortProgress = { completed: partial.completed, n: partial.cohort.n };
    });
    this.#cohortHandle = handle;
    try {
      const result = await handle.done;
      if (this.#cohortHandle !== handle) return;
      this.cohort = result;
      this.cohortProgress = undefined;
    } catch (e) {
      if (this.#cohortHandle !== handle || e instanceof CohortCancelledError) return;
      this.cohortError = e instanceof Error ? e.message : String(e);
      this.cohortProgress = undefined;
    } finally {
      if (this.#cohortHandle === handle) this.#cohortHandle = undefined;
    }
  }

  /** Stops a running cohort; `clear` also drops its bands. */
  cancelCohort(clear = false): void {
    this.#cohortHandle?.cancel();
    this.#cohortHandle = undefined;
    this.cohortProgress = undefined;
    if (clear) {
      this.cohort = undefined;
      this.#cohortScenario = undefined;
    }
  }

  async #pump(): Promise<void> {
    this.#inFlight = true;
    while (this.#pending) {
      const job = this.#pending;
      this.#pending = undefined;
      try {
        const response = await simWorker().run({ runId: job.runId, scenario: job.scenario });
        if (response.runId <= this.#drawnRunId) continue;
        this.#drawnRunId = response.runId;
        this.result = response.result;
        this.scenario = job.scenario;
        // Bands belong to the scenario they were run for: a changed scenario drops them (and stops their run).
        if (this.#cohortScenario && this.#cohortScenario !== job.scenario) this.cancelCohort(true);
        this.computeMs = response.computeMs;
        this.error = undefined;
        this.version++;
      } catch (e) {
        if (!this.#pending) this.error = e instanceof Error ? e.message : String(e);
      }
    }
    this.#inFlight = false;
    this.busy = false;
  }
}
