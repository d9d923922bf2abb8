// inlineRuns.ts decides when a deterministic run is cheap enough to compute on the main thread, so that an edit is drawn in the frame that shows it.
//
// Why: after a discrete input (a key on a slider, a click), Chromium defers every other task — a worker's reply,
// a timer, a message — until the frame that shows the input has been rendered. A result computed in the worker can
// therefore never be drawn in that frame: it lands in the next one (about 30 ms after the input at 60 Hz, however
// fast the model is).
// A run that costs a millisecond or two is better done synchronously in the input's own task. Expensive scenarios
// (and a model that is not yet compiled by the main thread's JIT) keep going to the worker.

import type { Scenario, SimResult } from '../model/types';

/** Runs are done on the main thread while the median of the recent ones (ms) is under this. */
export const INLINE_BUDGET_MS = 4;
/** Recent run times (either thread) the decision looks at. */
const WINDOW = 8;
/** Idle warm-up runs under budget before the main thread is trusted with edits. */
const WARM_RUNS = 3;
/** Warm-up runs at most (a scenario that never gets cheap stops warming). */
const MAX_WARM_RUNS = 20;

/**
 * The decision alone (no clock, no model), so it can be tested: run inline when the main thread's copy of the model
 * has been warmed and the median of the recent runs of this kind of scenario is under budget (one slow run — a garbage
 * collection, a busy machine — does not send the next ones away).
 */
export class InlinePolicy {
  #recent: number[] = [];
  #warmUnder = 0;
  #warmRuns = 0;
  #warm = false;
  #kind: string | undefined;

  get warm(): boolean {
    return this.#warm;
  }

  /** Whether warming should go on (not warm yet, and not given up). */
  get warming(): boolean {
    return !this.#warm && this.#warmRuns < MAX_WARM_RUNS;
  }

  /** A run's compute time, from the worker or from the main thread. */
  note(ms: number): void {
    this.#recent.push(ms);
    if (this.#recent.length > WINDOW) this.#recent.shift();
  }

  /** A warm-up run on the main thread (idle time). */
  warmRun(ms: number): void {
    this.#warmRuns++;
    if (ms < INLINE_BUDGET_MS) this.#warmUnder++;
    if (this.#warmUnder >= WARM_RUNS) this.#warm = true;
  }

  /**
   * The kind of scenario about to run (its events and horizon, not its parameters): a new kind (another preset, an
   * added pregnancy or injury) may cost much more, so the recent times are forgotten and its first runs go to the worker.
   */
  get currentKind(): string | undefined {
    return this.#kind;
  }

  kind(key: string): void {
    if (key !== this.#kind) this.#recent = [];
    this.#kind = key;
  }

  ready(): boolean {
    if (!this.#warm || this.#recent.length < 4) return false;
    const sorted = [...this.#recent].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]! < INLINE_BUDGET_MS;
  }
}

/** What a run's cost mostly depends on: how many events, how long, which hypothesis (not the parameters a slider moves). */
export function scenarioKind(s: Scenario): string {
  return `${s.horizonYears}|${s.hypothesis}|${s.pregnancies.length}|${s.injuries.map((i) => i.host).join(',')}`;
}

type Simulate = (scenario: Scenario) => SimResult;

const idle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(() => fn(), { timeout: 1000 }) : setTimeout(fn, 50);

/** The page's main-thread copy of the model: loaded with the first request, warmed in idle time after the first result. */
class InlineModel {
  readonly policy = new InlinePolicy();
  #simulate: Simulate | undefined;
  #loading = false;
  /** A scenario the worker has run (the first result is drawn): warming may start once the model is loaded. */
  #warmWith: Scenario | undefined;
  #warming = false;

  /** A result computed here, or undefined when the run should go to the worker. */
  tryRun(scenario: Scenario): { result: SimResult; computeMs: number } | undefined {
    this.#load();
    this.policy.kind(scenarioKind(scenario));
    if (!this.#simulate || !this.policy.ready()) return undefined;
    const start = performance.now();
    const result = this.#simulate(scenario);
    const computeMs = performance.now() - start;
    this.policy.note(computeMs);
    return { result, computeMs };
  }

  /** A worker's run of `scenario` took `computeMs`. */
  observe(scenario: Scenario, computeMs: number): void {
    if (scenarioKind(scenario) === this.policy.currentKind) this.policy.note(computeMs);
    this.#warmWith ??= scenario;
    this.#warmUp();
  }

  #load(): void {
    if (this.#loading || typeof window === 'undefined') return;
    this.#loading = true;
    void import('../model/simulate').then(
      (m) => {
        this.#simulate = (s) => m.simulate(s);
        this.#warmUp();
      },
      () => {
        // No main-thread model (e.g. the chunk failed to load): every run stays in the worker.
      },
    );
  }

  /**
   * Runs the model here until the main thread's JIT runs it under budget a few times: the first run once the page is
   * idle, the next ones in tasks of their own right after (a reader may reach for a slider within a second).
   */
  #warmUp(): void {
    const scenario = this.#warmWith;
    if (this.#warming || !this.#simulate || !scenario) return;
    this.#warming = true;
    const step = () => {
      if (!this.policy.warming || !this.#simulate) return;
      const start = performance.now();
      try {
        this.#simulate(scenario);
      } catch {
        return;
      }
      this.policy.warmRun(performance.now() - start);
      setTimeout(step, 0);
    };
    idle(step);
  }
}

export const inlineModel = new InlineModel();
