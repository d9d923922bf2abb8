// SimulationState.svelte.ts holds the model input, the latest worker result, and the run bookkeeping.

import type { SimResult } from '../model/types';
import type { PlaceholderInput } from '../model/placeholder';
import { simWorker } from './simClient';

export class SimulationState {
  input = $state<PlaceholderInput>({ transferPerDay: 0.02 });
  /** Replaced whole on each run; never mutated in place. */
  result = $state.raw<SimResult | undefined>(undefined);
  error = $state<string | undefined>(undefined);
  computeMs = $state(0);
  /** Incremented per completed draw-worthy result; e2e tests read it to know a redraw happened. */
  version = $state(0);
  #nextRunId = 0;
  #latestRunId = -1;

  /** Runs the model in the worker; a result older than the latest request is dropped. */
  async run(): Promise<void> {
    const runId = this.#nextRunId++;
    this.#latestRunId = runId;
    try {
      const response = await simWorker().run({ runId, input: $state.snapshot(this.input) });
      if (response.runId !== this.#latestRunId) return;
      this.result = response.result;
      this.computeMs = response.computeMs;
      this.error = undefined;
      this.version++;
    } catch (e) {
      if (runId === this.#latestRunId) this.error = e instanceof Error ? e.message : String(e);
    }
  }
}
