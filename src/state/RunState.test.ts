// RunState.test.ts: a scenario change stops or clears the cohort and leaves a notice saying so; a new run clears the notice.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CohortResult } from '../model/cohortTypes';
import type { Scenario, SimResult } from '../model/types';
import { DEFAULT_ASSAY } from '../model/assay';

// The deterministic run answers at once (no worker); the cohort pool is a fake whose runs the test ends by hand.
vi.mock('./inlineRuns', () => ({ inlineModel: { tryRun: () => undefined, observe: () => {} } }));
vi.mock('./simClient', () => ({
  simWorker: () => ({ run: async (req: { runId: number }) => ({ runId: req.runId, result: {} as SimResult, computeMs: 1 }) }),
}));

class CohortCancelledError extends Error {}
interface FakeRun {
  n: number;
  finish(): void;
  partial(completed: number): void;
  cancelled: boolean;
}
const runs: FakeRun[] = [];
const resultOf = (n: number, completed: number): CohortResult => ({ version: 1, scenarioName: 's', cohort: { n, seed: 1 }, completed, hosts: [] });
vi.mock('./cohortClient', () => ({
  CohortCancelledError,
  runCohort: (input: { n: number }, onPartial: (r: CohortResult) => void) => {
    let resolve!: (r: CohortResult) => void;
    let reject!: (e: Error) => void;
    const done = new Promise<CohortResult>((res, rej) => ((resolve = res), (reject = rej)));
    const run: FakeRun = {
      n: input.n,
      cancelled: false,
      finish: () => resolve(resultOf(input.n, input.n)),
      partial: (completed) => onPartial(resultOf(input.n, completed)),
    };
    runs.push(run);
    return {
      done,
      cancel: () => {
        run.cancelled = true;
        reject(new CohortCancelledError());
      },
    };
  },
}));

const { RunState } = await import('./RunState.svelte');
const scenario = (name: string) => ({ name }) as unknown as Scenario;
const settle = () => new Promise((r) => setTimeout(r, 5));

async function drawn(state: InstanceType<typeof RunState>, s: Scenario) {
  state.request(s);
  await vi.waitFor(() => expect(state.scenario).toBe(s));
}

async function started(state: InstanceType<typeof RunState>, n = 300) {
  void state.startCohort(n, 1, [DEFAULT_ASSAY]);
  await vi.waitFor(() => expect(runs).toHaveLength(1));
  return runs[0]!;
}

describe('RunState cohort notice', () => {
  beforeEach(() => {
    runs.length = 0;
  });

  it('says the cohort was stopped when the scenario changes while it runs', async () => {
    const state = new RunState();
    await drawn(state, scenario('a'));
    const run = await started(state, 50_000);
    run.partial(1000);
    await settle();
    expect(state.cohortProgress).toEqual({ completed: 1000, n: 50_000 });
    expect(state.cohort?.completed).toBe(1000);
    await drawn(state, scenario('b'));
    expect(run.cancelled).toBe(true);
    expect(state.cohortNotice).toBe('stopped');
    expect(state.cohortProgress).toBeUndefined();
    expect(state.cohort).toBeUndefined();
  });

  it('says the bands were cleared when the scenario changes after the run, and a new run clears the notice', async () => {
    const state = new RunState();
    await drawn(state, scenario('a'));
    const run = await started(state);
    run.finish();
    await vi.waitFor(() => expect(state.cohort?.completed).toBe(300));
    expect(state.cohortProgress).toBeUndefined();
    await drawn(state, scenario('b'));
    expect(state.cohortNotice).toBe('cleared');
    expect(state.cohort).toBeUndefined();
    // A later change, with no cohort shown, adds no notice.
    state.cohortNotice = undefined;
    await drawn(state, scenario('c'));
    expect(state.cohortNotice).toBeUndefined();
    runs.length = 0;
    state.cohortNotice = 'cleared';
    await started(state);
    expect(state.cohortNotice).toBeUndefined();
  });

  it('leaves no notice when nothing was shown (a run cancelled before any result)', async () => {
    const state = new RunState();
    await drawn(state, scenario('a'));
    await started(state);
    state.cancelCohort();
    await drawn(state, scenario('b'));
    expect(state.cohortNotice).toBeUndefined();
  });
});
