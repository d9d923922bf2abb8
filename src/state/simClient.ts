// simClient.ts wraps the simulation worker once at start-up and hands out typed calls to it.

import * as Comlink from 'comlink';
import type { SimApi } from '../../workers/simApi';

let remote: Comlink.Remote<SimApi> | undefined;

/** The one Comlink proxy of the simulation worker, created on first use and kept for the page's life. */
export function simWorker(): Comlink.Remote<SimApi> {
  if (!remote) {
    const worker = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module', name: 'chimera-sim' });
    remote = Comlink.wrap<SimApi>(worker);
  }
  return remote;
}
