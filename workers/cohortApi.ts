// cohortApi.ts is the one interface shared by the cohort workers and the pool that drives them (browser and Node).

import type { Scenario } from '../src/model/types';
import type { AssaySettings } from '../src/model/cohortTypes';
import type { ChunkSummary } from '../src/model/cohortRun';
import type { StochasticOptions } from '../src/model/stochasticEngine';

export interface CohortChunkRequest {
  /** Increasing id from the pool: a worker starts fresh counts when it changes; a reply carries it back. */
  jobId: number;
  scenario: Scenario;
  n: number;
  seed: number;
  assays: AssaySettings[];
  options?: StochasticOptions;
  chunkIndex: number;
  /** Send the histogram counts accumulated so far with this reply (and zero them). */
  flush: boolean;
  /** Count arrays the pool has merged, handed back (transferred) to be reused for the next flush. */
  spare?: Uint32Array[];
}

export interface CohortChunkReply extends ChunkSummary {
  jobId: number;
  /** Time spent simulating inside the worker, ms. */
  computeMs: number;
}

export interface CohortApi {
  runChunk(request: CohortChunkRequest): CohortChunkReply | Promise<CohortChunkReply>;
  /** The job's unsent counts (null when there are none or the worker is on another job). */
  flush(jobId: number): Uint32Array[] | null | Promise<Uint32Array[] | null>;
}
