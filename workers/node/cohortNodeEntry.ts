// cohortNodeEntry.ts is the worker_threads entry of the cohort worker (CLI, benchmark, tests).

import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createCohortWorkerApi } from '../cohortWorkerCore';

if (!parentPort) throw new Error('cohortNodeEntry.ts must run in a worker thread');
Comlink.expose(
  createCohortWorkerApi((value, buffers) => Comlink.transfer(value, buffers)),
  nodeEndpoint(parentPort),
);
