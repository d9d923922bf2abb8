// cohortClient.ts is the page's one cohort pool: navigator.hardwareConcurrency Web Workers, created on first use, kept for the page's life.

import * as Comlink from 'comlink';
import CohortWorker from '../../workers/cohort.worker.ts?worker';
import type { CohortApi } from '../../workers/cohortApi';
import { CohortPool, CohortCancelledError, type CohortRunHandle, type PoolWorker } from '../../workers/pool/cohortPool';
import { comlinkPoolWorker } from '../../workers/pool/comlinkPoolWorker';
import type { AssaySettings, CohortResult } from '../model/cohortTypes';
import type { Scenario } from '../model/types';
import { STUDY_ASSAYS } from '../model/assayMethods';
import { COHORT_SIZE_RANGE } from './parseCohortInput';
import type { StochasticOptions } from '../model/stochasticEngine';

export { CohortCancelledError };
export type { CohortRunHandle };

/** The assays of the cohort rows of evidence.md (E10, E17, E18), for a first view. */
export const STUDY_ASSAY_SETTINGS: readonly AssaySettings[] = STUDY_ASSAYS.map((s) => s.settings);

export interface CohortRunInput {
  scenario: Scenario;
  /** Women simulated, 100..100,000. */
  n: number;
  seed: number;
  assays: AssaySettings[];
}

let pool: CohortPool | undefined;

function createWorker(): PoolWorker {
  // `?worker` (as workerFactory.ts does) so that the single-file build can inline this worker too.
  const worker = new CohortWorker({ name: 'chimera-cohort' });
  const remote = Comlink.wrap<CohortApi>(worker);
  return comlinkPoolWorker(
    remote,
    () => {
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
    (listener) => worker.addEventListener('error', (e) => listener(new Error(e.message || 'cohort worker failed to load or crashed'))),
  );
}

/** The page's pool (one worker per logical core). */
export function cohortPool(): CohortPool {
  pool ??= new CohortPool(createWorker, Math.max(1, navigator.hardwareConcurrency || 2));
  return pool;
}

/**
 * The page draws the mother's bands and prevalence only: its cohorts simulate her alone (her results are those of the
 * full run; the CLI's result has every host). A three-children cohort then costs about 40% less.
 */
const PAGE_COHORT: StochasticOptions = { hosts: 'mother' };

/** Women of the warm-up run: one 8-woman chunk per worker and the page's band reading, enough to compile the hot code. */
const WARM_UP_WOMEN = 24;
let warmed = false;

/**
 * Starts the pool and runs a small cohort of `scenario` whose result is dropped, once per page: the first cohort a user
 * runs then finds its workers loaded and its code compiled (its first bands come ~3× sooner). Called when the user
 * shows an intent to run one (pointer or focus on the cohort controls); a real run started meanwhile supersedes it.
 */
export function warmCohortPool(scenario: Scenario): void {
  if (warmed) return;
  warmed = true;
  cohortPool()
    .run({ scenario, n: WARM_UP_WOMEN, seed: 0, assays: [...STUDY_ASSAY_SETTINGS], options: PAGE_COHORT })
    .done.catch(() => {
      // Superseded by the user's own run, or failed: that run reports its own errors.
    });
}

/**
 * Runs a cohort. `onPartial` gets results as they grow (bands drawable from the first one); `done` resolves with the
 * complete result, or rejects with a `CohortCancelledError` when `cancel()` is called or a newer run starts (a
 * cancelled run posts nothing more), or with the worker's error.
 */
export function runCohort(input: CohortRunInput, onPartial: (r: CohortResult) => void = () => {}): CohortRunHandle {
  // A last guard for other callers: the panel refuses an out-of-range size with a message before it gets here.
  const n = Math.round(Math.min(COHORT_SIZE_RANGE.max, Math.max(1, input.n)));
  return cohortPool().run({ scenario: input.scenario, n, seed: input.seed >>> 0, assays: input.assays, options: PAGE_COHORT }, onPartial);
}
