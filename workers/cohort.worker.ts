// cohort.worker.ts is the thin Comlink adapter that simulates chunks of a cohort in a Web Worker.

import * as Comlink from 'comlink';
import { createCohortWorkerApi } from './cohortWorkerCore';
import type { CohortApi } from './cohortApi';

const api = createCohortWorkerApi((value, buffers) => Comlink.transfer(value, buffers)) satisfies CohortApi;

Comlink.expose(api);
