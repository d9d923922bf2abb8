// nodeCohortPool.ts builds the cohort pool on Node worker_threads, for the CLI, the benchmark and the tests.

import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { CohortApi } from '../cohortApi';
import { CohortPool, type PoolOptions, type PoolWorker } from '../pool/cohortPool';
import { comlinkPoolWorker } from '../pool/comlinkPoolWorker';

/**
 * The workers run the TypeScript sources through tsx's loader, as the CLI and the benchmark themselves do: a small
 * bootstrap registers it, then imports the entry (a worker's execArgv cannot take `--import`).
 */
function bootstrap(entry: URL): string {
  // From tsx's own package directory: resolving the subpath from here would go through tsx's CommonJS hooks.
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  return `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
}

export function createNodeCohortWorker(entry: URL = new URL('./cohortNodeEntry.ts', import.meta.url)): PoolWorker {
  const worker = new Worker(bootstrap(entry), { eval: true });
  const remote = Comlink.wrap<CohortApi>(nodeEndpoint(worker));
  let crashed = false;
  const listeners: Array<(e: Error) => void> = [];
  const crash = (e: Error) => {
    if (crashed) return;
    crashed = true;
    for (const l of listeners) l(e);
  };
  worker.on('error', (e) => crash(e instanceof Error ? e : new Error(String(e))));
  worker.on('exit', (code) => crash(new Error(`worker exited with code ${code}`)));
  return comlinkPoolWorker(
    remote,
    () => {
      crashed = true;
      remote[Comlink.releaseProxy]();
      void worker.terminate();
    },
    (l) => listeners.push(l),
  );
}

/** A pool of `size` worker threads (default: the number of cores). */
export function createNodeCohortPool(size = availableParallelism(), options: PoolOptions = {}, entry?: URL): CohortPool {
  return new CohortPool(() => createNodeCohortWorker(entry), size, options);
}
