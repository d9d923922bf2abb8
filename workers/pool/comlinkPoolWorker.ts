// comlinkPoolWorker.ts adapts a Comlink-wrapped cohort worker to the pool's PoolWorker face (browser and Node alike).

import type { Remote } from 'comlink';
import type { CohortApi } from '../cohortApi';
import type { PoolWorker } from './cohortPool';

export function comlinkPoolWorker(remote: Remote<CohortApi>, terminate: () => void, onCrash: (listener: (e: Error) => void) => void): PoolWorker {
  return {
    runChunk: (request) => remote.runChunk(request),
    flush: (jobId) => remote.flush(jobId),
    terminate,
    onCrash,
  };
}
