// RunState.svelte.ts runs one scenario's deterministic model in the shared worker and keeps its latest result.
//
// Requests are coalesced: at most one is in flight and only the newest waiting one is kept, so a slider drag
// sends a run per frame the worker can keep up with, and the last position is always the one drawn.
// Run ids guard the draw: a result older than one already drawn is dropped (a stale result is never drawn).
// A run the main thread can do in a millisecond or two is done there, synchronously, so that the edit is drawn in the
// frame that shows it (inlineRuns.ts says why and when); everything else goes to the worker.

import type { Scenario, SimResult } from '../model/types';
import type { AssaySettings, CohortResult } from '../model/cohortTypes';
import type { CohortRunHandle } from './cohortClient';
import { untrack } from 'svelte';
import { simWorker } from './simClient';
import { inlineModel } from './inlineRuns';

/** Resolves in a later task (after the page has had a chance to draw). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
  /** Where the drawn result was computed: the page itself (cheap runs, see inlineRuns.ts) or the model worker. */
  computedOn = $state<'page' | 'worker'>('worker');
  /** Incremented per drawn result; e2e tests and the UI bench read it to know a redraw happened. */
  version = $state(0);
  /** True while a request is waiting or running. */
  busy = $state(false);

  /** A cohort run in progress: women summarised so far and the total. */
  cohortProgress = $state<{ completed: number; n: number } | undefined>(undefined);
  cohortError = $state<string | undefined>(undefined);
  /**
   * Why the cohort shown is gone: the scenario changed while it ran (`stopped`) or after it (`cleared`). The panel says
   * so (its bands and chart vanish otherwise without a word); a new run clears it.
   */
  cohortNotice = $state<'stopped' | 'cleared' | undefined>(undefined);
  #cohortHandle: CohortRunHandle | undefined;
  #cohortScenario: Scenario | undefined;
  /** The cohort run being started or running (a cancel, its end or its failure clears it). */
  #cohortToken: object | undefined;

  #nextRunId = 0;
  #drawnRunId = -1;
  #pending: Job | undefined;
  #inFlight = false;

  /** Asks for a run of `scenario`; supersedes any request still waiting. */
  request(scenario: Scenario): void {
    const runId = this.#nextRunId++;
    // Called from effects: nothing read here may become a dependency of the caller.
    untrack(() => {
      let inline: ReturnType<typeof inlineModel.tryRun>;
      try {
        inline = inlineModel.tryRun(scenario);
      } catch {
        inline = undefined; // the worker will run it (and report the error)
      }
      if (inline) {
        // A waiting request is older than this one; one in flight will be dropped as stale when it returns.
        this.#pending = undefined;
        this.#draw(runId, scenario, inline.result, inline.computeMs, 'page');
        return;
      }
      this.#pending = { runId, scenario };
      this.busy = true;
      if (!this.#inFlight) void this.#pump();
    });
  }

  #draw(runId: number, scenario: Scenario, result: SimResult, computeMs: number, computedOn: 'page' | 'worker'): void {
    this.#drawnRunId = runId;
    this.result = result;
    this.scenario = scenario;
    // Bands belong to the scenario they were run for: a changed scenario drops them (and stops their run).
    if (this.#cohortScenario && this.#cohortScenario !== scenario) {
      if (this.#cohortToken) this.cohortNotice = 'stopped';
      else if (this.cohort) this.cohortNotice = 'cleared';
      this.cancelCohort(true);
    }
    this.computeMs = computeMs;
    this.computedOn = computedOn;
    this.error = undefined;
    this.version++;
  }

  /**
   * Runs a cohort of `n` women for the scenario last drawn, in the cohort worker pool (loaded on first use so the
   * first view stays small); partial results replace `cohort` as they stream in.
   *
   * Main-thread work is kept in small tasks (no long task while a cohort runs): the cohort panel's chart is drawn empty
   * before the pool starts, and each partial result is applied in a task of its own (the newest one only), apart from
   * the pool's own work.
   */
  async startCohort(n: number, seed: number, assays: AssaySettings[]): Promise<void> {
    const scenario = this.scenario;
    if (!scenario) return;
    this.cancelCohort(true);
    const token = (this.#cohortToken = {});
    this.#cohortScenario = scenario;
    this.cohortError = undefined;
    this.cohortNotice = undefined;
    const client = import('./cohortClient');
    // The click, drawing the panel's empty chart and starting the pool each get a task of their own.
    await nextTask();
    if (this.#cohortToken !== token) return;
    this.cohortProgress = { completed: 0, n };
    const [{ runCohort, CohortCancelledError }] = await Promise.all([client, nextTask()]);
    if (this.#cohortToken !== token) return;
    let latest: CohortResult | undefined;
    const apply = () => {
      if (this.#cohortHandle !== handle || !latest) return;
      this.cohort = latest;
      this.cohortProgress = { completed: latest.completed, n: latest.cohort.n };
      latest = undefined;
    };
    const handle = runCohort({ scenario, n, seed, assays }, (partial) => {
      if (this.#cohortHandle !== handle) return;
      if (!latest) setTimeout(apply, 0);
      latest = partial;
    });
    this.#cohortHandle = handle;
    try {
      const result = await handle.done;
      if (this.#cohortHandle !== handle) return;
      latest = undefined;
      this.cohort = result;
      this.cohortProgress = undefined;
    } catch (e) {
      if (this.#cohortHandle !== handle || e instanceof CohortCancelledError) return;
      this.cohortError = e instanceof Error ? e.message : String(e);
      this.cohortProgress = undefined;
    } finally {
      if (this.#cohortHandle === handle) {
        this.#cohortHandle = undefined;
        this.#cohortToken = undefined;
      }
    }
  }

  /**
   * Loads the cohort pool and compiles its code ahead of a first run (`warmCohortPool`), unless a cohort has run or is
   * running: the cohort controls call it when the pointer or focus comes to them.
   */
  warmCohort(): void {
    const scenario = this.scenario;
    if (!scenario || this.#cohortToken || this.cohort) return;
    void import('./cohortClient').then((c) => {
      if (!this.#cohortToken) c.warmCohortPool(scenario);
    });
  }

  /** Stops a running cohort; `clear` also drops its bands (and a failed run's error: both were for that run's scenario). */
  cancelCohort(clear = false): void {
    this.#cohortToken = undefined;
    this.#cohortHandle?.cancel();
    this.#cohortHandle = undefined;
    this.cohortProgress = undefined;
    if (clear) {
      this.cohort = undefined;
      this.cohortError = undefined;
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
        inlineModel.observe(job.scenario, response.computeMs);
        if (response.runId <= this.#drawnRunId) continue;
        this.#draw(response.runId, job.scenario, response.result, response.computeMs, 'worker');
      } catch (e) {
        if (!this.#pending) this.error = e instanceof Error ? e.message : String(e);
      }
    }
    this.#inFlight = false;
    this.busy = false;
  }
}
