// simApi.ts is the one interface shared by the simulation worker and its client in the page.

import type { Scenario, SimResult } from '../src/model/types';

export interface SimRequest {
  /** Increasing id from the client; a result carries it back so a stale one is never drawn. */
  runId: number;
  /** A scenario that passed validateScenario (the page never sends an invalid one). */
  scenario: Scenario;
}

export interface SimResponse {
  runId: number;
  result: SimResult;
  /** Time the model took inside the worker, in milliseconds. */
  computeMs: number;
}

export interface SimApi {
  run(request: SimRequest): SimResponse;
}
