// simClient.ts wraps the simulation worker once at start-up and hands out typed calls to it.

import * as Comlink from 'comlink';
import type { SimApi } from '../../workers/simApi';
import { createSimWorker } from './workerFactory';

let remote: Comlink.Remote<SimApi> | undefined;

/** The one Comlink proxy of the simulation worker, created on first use and kept for the page's life. */
export function simWorker(): Comlink.Remote<SimApi> {
  remote ??= Comlink.wrap<SimApi>(createSimWorker());
  return remote;
}
