// comlinkPoolWorker.ts adapts a Comlink-wrapped cohort worker to the pool's PoolWorker face (browser and Node alike).

import { transfer, type Remote } from 'comlink';
import type { CohortApi } from '../cohortApi';
import type { PoolWorker } from './cohortPool';

export function comlinkPoolWorker(remote: Remote<CohortApi>, terminate: () => void, onCrash: (listener: (e: Error) => void) => void): PoolWorker {
  return {
    // Count arrays handed back for reuse move to the worker rather than being copied.
    runChunk: (request) => remote.runChunk(request.spare ? transfer(request, request.spare.map((a) => a.buffer as ArrayBuffer)) : request),
    flush: (jobId) => remote.flush(jobId),
    terminate,
    onCrash,
  };
}
