// sim.worker.ts is the thin Comlink adapter that runs the deterministic model off the main thread.

import * as Comlink from 'comlink';
import { simulate } from '../src/model/simulate';
import type { SimApi, SimRequest, SimResponse } from './simApi';

const api = {
  run(request: SimRequest): SimResponse {
    const start = performance.now();
    const result = simulate(request.scenario);
    const response: SimResponse = { runId: request.runId, result, computeMs: performance.now() - start };
    // Move the series' buffers instead of copying them. A host's series share one buffer, and a buffer may be listed
    // only once (a repeated one makes postMessage throw).
    const buffers = new Set(result.hosts.flatMap((h) => [h.timeYears.buffer, ...h.series.map((s) => s.values.buffer), ...h.damage.map((d) => d.values.buffer)]));
    return Comlink.transfer(response, [...buffers] as ArrayBuffer[]);
  },
} satisfies SimApi;

Comlink.expose(api);
