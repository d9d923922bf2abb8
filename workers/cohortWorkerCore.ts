// cohortWorkerCore.ts is the cohort worker's behaviour, shared by the Web Worker and the Node worker_threads entry.

import { prepareCohortModel, type CohortModel } from '../src/model/stochasticEngine';
import { assaysForScenario } from '../src/model/assayMethods';
import { CohortAccumulator, chunkRange, emptyTrajectories, type WomanTrajectories } from '../src/model/cohortRun';
import type { CohortApi, CohortChunkReply, CohortChunkRequest } from './cohortApi';

interface JobState {
  jobId: number;
  model: CohortModel;
  acc: CohortAccumulator;
  traj: WomanTrajectories;
  unflushed: boolean;
  /** Count arrays handed back by the pool, for the next flush. */
  spare: Uint32Array[] | undefined;
}

/** `transfer` marks buffers to move rather than copy (Comlink.transfer in both hosts). */
export function createCohortWorkerApi(transfer: <T>(value: T, buffers: ArrayBuffer[]) => T): CohortApi {
  let job: JobState | undefined;

  function jobFor(req: CohortChunkRequest): JobState {
    if (job?.jobId === req.jobId) return job;
    const model = prepareCohortModel(req.scenario, req.options);
    job = { jobId: req.jobId, model, acc: new CohortAccumulator(model.layout, assaysForScenario(req.assays, req.scenario.parameters)), traj: emptyTrajectories(model.layout), unflushed: false, spare: undefined };
    return job;
  }

  return {
    runChunk(req: CohortChunkRequest): CohortChunkReply {
      const t0 = performance.now();
      const j = jobFor(req);
      const { start, end } = chunkRange(req.n, req.chunkIndex);
      for (let i = start; i < end; i++) {
        j.model.simulateWoman(req.seed, i, j.traj);
        j.acc.addWoman(j.traj);
      }
      j.unflushed = true;
      const women = end - start;
      const sums = j.acc.takeSums();
      if (req.spare) j.spare = req.spare;
      let counts: Uint32Array[] | undefined;
      if (req.flush) {
        counts = j.acc.takeCounts(j.spare);
        j.spare = undefined;
        j.unflushed = false;
      }
      const reply: CohortChunkReply = { jobId: req.jobId, chunkIndex: req.chunkIndex, women, sums, counts, computeMs: performance.now() - t0 };
      const buffers = [...sums, ...(counts ?? [])].map((a) => a.buffer as ArrayBuffer);
      return transfer(reply, buffers);
    },
    flush(jobId: number): Uint32Array[] | null {
      if (!job || job.jobId !== jobId || !job.unflushed) return null;
      job.unflushed = false;
      const counts = job.acc.takeCounts();
      return transfer(
        counts,
        counts.map((c) => c.buffer as ArrayBuffer),
      );
    },
  };
}
