// cohortPool.ts runs a cohort on a fixed set of workers (Web Workers or worker_threads): chunks out, summaries in, partials streamed.

import type { AssaySettings, CohortResult } from '../../src/model/cohortTypes';
import type { Scenario } from '../../src/model/types';
import { CohortMerger, chunkCount } from '../../src/model/cohortRun';
import { prepareCohortModel, type StochasticOptions } from '../../src/model/stochasticEngine';
import type { CohortChunkReply, CohortChunkRequest } from '../cohortApi';

/** The async face of one worker, whatever carries the messages (Comlink over a Web Worker or a worker_threads port). */
export interface PoolWorker {
  runChunk(request: CohortChunkRequest): Promise<CohortChunkReply>;
  flush(jobId: number): Promise<Uint32Array[] | null>;
  terminate(): void;
  /** Called once if the worker dies outside a request (an uncaught error, an exit): its calls will never answer. */
  onCrash(listener: (error: Error) => void): void;
}

export interface CohortRunRequest {
  scenario: Scenario;
  /** Women simulated (100..100,000 in the app; default 2,000). */
  n: number;
  seed: number;
  assays: AssaySettings[];
  options?: StochasticOptions;
}

/** What a caller hears while a run goes: partial results (bands and prevalence), or progress alone. */
export interface CohortRunListeners {
  /** A partial result at most every `partialIntervalMs`: every band is read again after new counts arrive. */
  onPartial?: (r: CohortResult) => void;
  /**
   * Women done so far, at most every `partialIntervalMs`: for a caller that shows progress only (the CLI's bar). Without
   * `onPartial` no band is read before the end, and the workers send their counts once, at the end.
   */
  onProgress?: (completed: number) => void;
}

export interface CohortRunHandle {
  /** The complete result; rejects with a `CohortCancelledError` when cancelled or superseded, or with a worker's error. */
  done: Promise<CohortResult>;
  cancel(): void;
}

export class CohortCancelledError extends Error {
  override name = 'AbortError';
  constructor() {
    super('cohort run cancelled');
  }
}

export interface PoolOptions {
  /** Least time between two partial results, ms (the first one goes out as soon as it can). */
  partialIntervalMs?: number;
  /**
   * A worker sends its histogram counts at least this often, ms. Default: the partial interval during a run's first
   * second (the bands settle from a few dozen women to a few thousand), then once a second (`SETTLED_FLUSH_MS`).
   */
  flushIntervalMs?: number;
}

/**
 * Counts flush interval once a run is a second old, ms. Each flush costs the caller's thread a merge of the whole count
 * arrays (1–5 MB) and the next partial a fresh read of every band, whatever the number of women it adds; after the
 * first second the bands move little, while those merges took 15–20% of the CPU of a 10,000-woman run on two cores.
 * Partial results still come every `partialIntervalMs` (progress and prevalence), reusing the bands between flushes.
 */
const SETTLED_FLUSH_MS = 1000;
const SETTLING_MS = 1000;

interface Slot {
  worker: PoolWorker;
  /** Bumped when the worker is replaced: answers from the old one are ignored. */
  generation: number;
  /** Chunks sent and not answered yet (at most CHUNKS_IN_FLIGHT). */
  inFlight: number;
  /** A final flush is on its way. */
  flushing: boolean;
  flushedOnce: boolean;
  unflushed: boolean;
  lastFlushMs: number;
  /** Counts this slot's worker sent and the merger has added: handed back with its next chunk, to be reused. */
  spare: Uint32Array[] | undefined;
}

interface Job {
  id: number;
  request: CohortRunRequest;
  /** Made in the task after `run` (preparing the model's layout takes milliseconds), before any chunk is sent. */
  merger: CohortMerger | undefined;
  chunks: number;
  nextChunk: number;
  finished: boolean;
  onPartial: ((r: CohortResult) => void) | undefined;
  onProgress: ((completed: number) => void) | undefined;
  lastPartialMs: number;
  lastProgressMs: number;
  /** When the run started (performance.now()), for the flush interval. */
  startMs: number;
  partialTimer: ReturnType<typeof setTimeout> | undefined;
  /** Main-thread work (count merges, result builds), run one item at a time in short slices. */
  work: Array<() => Promise<void>>;
  working: boolean;
  /** Count arrays received and not yet merged (the run is complete only when none are left). */
  pendingMerges: number;
  /** A partial result is queued or being built (one at a time). */
  building: boolean;
  /** Chunks came in while a partial was being built. */
  dirty: boolean;
  /** Every chunk is in: the full result is being built. */
  completing: boolean;
  resolve: (r: CohortResult) => void;
  reject: (e: Error) => void;
}

/** Where the time of the last completed run went (for the benchmark). */
export interface CohortRunStats {
  /** Time the workers spent simulating and summarising, summed over chunks, ms. */
  workerComputeMs: number;
  chunks: number;
}

/** Lets the event loop run (input, rendering, other messages) between two slices of main-thread work. */
function pauseForEvents(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // Node: after pending I/O (the workers' messages), without setTimeout's 1 ms floor.
  const immediate = (globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') return new Promise((resolve) => immediate(resolve));
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Main-thread work between two pauses for events, ms: well under the 50 ms of a long task, even on a loaded machine. */
const SLICE_MS = 5;

/** Chunks each worker holds at once: the one it runs and the next, queued in its message port. */
const CHUNKS_IN_FLIGHT = 2;

export class CohortPool {
  /** Stats of the last run that completed. */
  lastRunStats: CohortRunStats | undefined;
  private computeMs = 0;
  private readonly slots: Slot[];
  private job: Job | undefined;
  private jobCounter = 0;
  private readonly partialIntervalMs: number;
  private readonly flushIntervalMs: number | undefined;
  /** When the current slice of main-thread work began. */
  private sliceStart = 0;

  constructor(
    private readonly createWorker: () => PoolWorker,
    readonly size: number,
    options: PoolOptions = {},
  ) {
    if (!(size >= 1)) throw new Error(`CohortPool: size must be at least 1, got ${size}`);
    this.partialIntervalMs = options.partialIntervalMs ?? 250;
    // Counts serve the partial results only: sending them more often than those are built costs merges for nothing.
    this.flushIntervalMs = options.flushIntervalMs;
    this.slots = Array.from({ length: size }, () => this.newSlot());
  }

  private newSlot(): Slot {
    const slot: Slot = { worker: this.createWorker(), generation: 0, inFlight: 0, flushing: false, flushedOnce: false, unflushed: false, lastFlushMs: 0, spare: undefined };
    this.watch(slot);
    return slot;
  }

  private watch(slot: Slot): void {
    const generation = slot.generation;
    slot.worker.onCrash((error) => {
      if (slot.generation !== generation) return;
      // Replace the dead worker first, so that the pool is whole again whatever the caller does next.
      slot.worker.terminate();
      slot.generation++;
      slot.worker = this.createWorker();
      slot.inFlight = 0;
      slot.flushing = false;
      slot.unflushed = false;
      this.watch(slot);
      const job = this.job;
      if (job && !job.finished) this.fail(job, new Error(`cohort worker crashed: ${error.message}`));
    });
  }

  /**
   * Starts a run; a run still going is cancelled at once (its `done` rejects and it posts nothing more). The second
   * argument is the partial-result listener, or listeners for partials and progress.
   */
  run(request: CohortRunRequest, listen?: ((r: CohortResult) => void) | CohortRunListeners): CohortRunHandle {
    const { onPartial, onProgress } = typeof listen === 'function' ? { onPartial: listen, onProgress: undefined } : (listen ?? {});
    if (this.job && !this.job.finished) this.fail(this.job, new CohortCancelledError());
    let resolve!: (r: CohortResult) => void;
    let reject!: (e: Error) => void;
    const done = new Promise<CohortResult>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // A caller that only cancels need not catch: the rejection is still delivered to anyone awaiting `done`.
    done.catch(() => {});
    const job: Job = {
      id: ++this.jobCounter,
      request,
      merger: undefined,
      chunks: chunkCount(request.n),
      nextChunk: 0,
      finished: false,
      onPartial,
      onProgress,
      lastPartialMs: -Infinity,
      lastProgressMs: -Infinity,
      startMs: performance.now(),
      partialTimer: undefined,
      work: [],
      working: false,
      pendingMerges: 0,
      building: false,
      dirty: false,
      completing: false,
      resolve,
      reject,
    };
    this.job = job;
    this.computeMs = 0;
    for (const slot of this.slots) {
      slot.flushedOnce = false;
      slot.unflushed = false;
      slot.spare = undefined;
    }
    // The caller's task stays short: the model's layout (for the merger) is prepared in the next task, and the first
    // chunks (a copy of the request for each) are sent in the one after.
    void pauseForEvents()
      .then(() => {
        if (job.finished || this.job !== job) return;
        const layout = prepareCohortModel(request.scenario, request.options).layout;
        job.merger = new CohortMerger(layout, request.assays, request.n, request.seed);
        return pauseForEvents();
      })
      .then(() => this.pumpAll())
      .catch((error: unknown) => {
        if (!job.finished) this.fail(job, error instanceof Error ? error : new Error(String(error)));
      });
    return { done, cancel: () => this.cancel(job) };
  }

  private cancel(job: Job): void {
    if (!job.finished) this.fail(job, new CohortCancelledError());
  }

  private fail(job: Job, error: Error): void {
    job.finished = true;
    if (job.partialTimer !== undefined) clearTimeout(job.partialTimer);
    job.reject(error);
  }

  /**
   * Keeps a slot busy with the job's next chunks (two in flight, so that a worker never waits for the page to answer
   * before starting its next chunk), then with a final flush, then checks whether the job is complete.
   */
  private pump(slot: Slot, job: Job): void {
    if (job.finished || this.job !== job || slot.flushing || !job.merger) return;
    // Float sums fold in chunk order; never run too far ahead of the oldest unfinished chunk (memory stays flat).
    const window = 4 * this.size;
    while (slot.inFlight < CHUNKS_IN_FLIGHT && job.nextChunk < job.chunks && job.nextChunk - job.merger!.nextChunkToFold < window) this.send(slot, job);
    if (slot.inFlight > 0) return;
    if (job.nextChunk >= job.chunks && slot.unflushed) {
      const generation = slot.generation;
      slot.flushing = true;
      slot.worker.flush(job.id).then(
        (counts) => {
          if (slot.generation !== generation) return;
          slot.flushing = false;
          slot.unflushed = false;
          if (this.job !== job || job.finished) return this.pumpAll();
          if (counts) this.mergeLater(job, counts, () => this.complete(job));
          else this.complete(job);
        },
        (error: unknown) => {
          if (slot.generation !== generation) return;
          slot.flushing = false;
          if (this.job === job && !job.finished) this.fail(job, error instanceof Error ? error : new Error(String(error)));
        },
      );
      return;
    }
    this.complete(job);
  }

  /** Sends the job's next chunk to a slot's worker. */
  private send(slot: Slot, job: Job): void {
    const chunkIndex = job.nextChunk++;
    const now = performance.now();
    const interval = this.flushIntervalMs ?? (now - job.startMs < SETTLING_MS ? this.partialIntervalMs : Math.max(this.partialIntervalMs, SETTLED_FLUSH_MS));
    // Counts serve partial results only: without a partial listener they come once, with the job's last chunk or the
    // final flush (each mid-run flush costs the caller's thread a merge of 1–5 MB).
    const flush = job.nextChunk >= job.chunks || (job.onPartial !== undefined && (!slot.flushedOnce || now - slot.lastFlushMs >= interval));
    if (flush) slot.lastFlushMs = now;
    const { scenario, n, seed, assays, options } = job.request;
    const generation = slot.generation;
    slot.inFlight++;
    const spare = slot.spare;
    slot.spare = undefined;
    slot.worker.runChunk({ jobId: job.id, scenario, n, seed, assays, options, chunkIndex, flush, spare }).then(
      (reply) => {
        if (slot.generation !== generation) return;
        slot.inFlight--;
        if (this.job !== job || job.finished) return this.pumpAll();
        if (reply.counts) {
          slot.flushedOnce = true;
          slot.unflushed = false;
        } else {
          slot.unflushed = true;
        }
        // Float sums now (small; folded in chunk order, which also moves the window), counts a slice at a time.
        const counts = reply.counts;
        job.merger!.add({ ...reply, counts: undefined });
        this.computeMs += reply.computeMs;
        this.maybeProgress(job);
        if (counts) {
          this.mergeLater(job, counts, (kept) => {
            // Merged: the arrays go back to this worker with its next chunk (no new 1–5 MB buffers per flush).
            if (slot.generation === generation && !kept) slot.spare = counts;
            this.maybePartial(job);
            this.pumpAll();
          });
        } else this.maybePartial(job);
        this.pumpAll();
      },
      (error: unknown) => {
        if (slot.generation !== generation) return;
        slot.inFlight--;
        if (this.job === job && !job.finished) this.fail(job, error instanceof Error ? error : new Error(String(error)));
      },
    );
  }

  private pumpAll(): void {
    const job = this.job;
    if (!job || job.finished) return;
    for (const slot of this.slots) this.pump(slot, job);
  }

  private complete(job: Job): void {
    if (job.finished || job.completing || job.merger!.folded < job.request.n || job.pendingMerges > 0) return;
    if (this.slots.some((s) => s.inFlight > 0 || s.flushing || s.unflushed)) return;
    job.completing = true;
    if (job.partialTimer !== undefined) clearTimeout(job.partialTimer);
    job.partialTimer = undefined;
    const stats: CohortRunStats = { workerComputeMs: this.computeMs, chunks: job.chunks };
    // The percentiles of thousands of cells are read in slices, so the page is never blocked for long.
    this.schedule(job, async () => {
      const result = await job.merger!.resultInSlices(() => this.slice(job, true), SLICE_MS);
      if (job.finished) return;
      job.finished = true;
      this.lastRunStats = stats;
      job.resolve(result);
    });
  }

  /** Tells a progress listener how many women are done, at most every `partialIntervalMs`, and when all are. */
  private maybeProgress(job: Job): void {
    if (!job.onProgress || job.finished) return;
    const now = performance.now();
    const folded = job.merger!.folded;
    if (folded < job.request.n && now - job.lastProgressMs < this.partialIntervalMs) return;
    job.lastProgressMs = now;
    job.onProgress(folded);
  }

  /** Posts a partial result at most every `partialIntervalMs` (only the ones posted are built, one at a time). */
  private maybePartial(job: Job): void {
    if (!job.onPartial || job.finished || job.completing) return;
    if (job.building) {
      job.dirty = true;
      return;
    }
    if (job.partialTimer !== undefined) return;
    const wait = job.lastPartialMs + this.partialIntervalMs - performance.now();
    const emit = () => {
      job.partialTimer = undefined;
      if (job.finished || job.completing || this.job !== job || !job.onPartial) return;
      const first = job.lastPartialMs === -Infinity;
      job.lastPartialMs = performance.now();
      job.dirty = false;
      job.building = true;
      // The first partial (bands drawable) goes ahead of the merges of the other workers' first answers, which would
      // hold it back; it shows what is merged so far, as every partial does. Later ones wait their turn.
      this.schedule(
        job,
        async () => {
          const partial = await job.merger!.resultInSlices(() => this.slice(job, true), SLICE_MS);
          job.building = false;
          if (job.finished || this.job !== job || !job.onPartial) return;
          job.onPartial(partial);
          if (job.dirty) this.maybePartial(job);
        },
        first,
      );
    };
    if (wait <= 0) emit();
    else job.partialTimer = setTimeout(emit, wait);
  }

  /**
   * Adds a worker's counts to the merger in slices (main-thread work queue), then calls `then`, which learns whether the
   * merger kept the arrays as its own (not to be handed back for reuse).
   */
  private mergeLater(job: Job, counts: Uint32Array[], then: (kept: boolean) => void): void {
    job.pendingMerges++;
    this.schedule(job, async () => {
      const kept = await job.merger!.addCountsInSlices(counts, () => this.slice(job));
      job.pendingMerges--;
      then(kept);
    });
  }

  /**
   * Queues main-thread work for a job (`first`: ahead of what is queued). Items run one at a time, each cut in slices
   * by `slice`, so no task of the page runs long; a finished or superseded job's items are dropped.
   */
  private schedule(job: Job, item: () => Promise<void>, first = false): void {
    if (first) job.work.unshift(item);
    else job.work.push(item);
    if (!job.working) void this.drain(job);
  }

  private async drain(job: Job): Promise<void> {
    job.working = true;
    this.sliceStart = performance.now();
    try {
      for (;;) {
        await this.slice(job);
        const item = job.work.shift();
        if (!item) break;
        await item();
      }
    } catch (error) {
      if (!job.finished && !(error instanceof CohortCancelledError)) this.fail(job, error instanceof Error ? error : new Error(String(error)));
    } finally {
      job.working = false;
      if (job.finished) job.work.length = 0;
    }
  }

  /**
   * Between two steps of main-thread work: lets events through once this task has run `SLICE_MS` (or at once when
   * `force`), and throws a `CohortCancelledError` once the job is over, which drops the rest of its work.
   */
  private async slice(job: Job, force = false): Promise<void> {
    if (force || performance.now() - this.sliceStart >= SLICE_MS) {
      await pauseForEvents();
      this.sliceStart = performance.now();
    }
    if (job.finished || this.job !== job) throw new CohortCancelledError();
  }

  /** Cancels any run and stops every worker. */
  dispose(): void {
    if (this.job && !this.job.finished) this.fail(this.job, new CohortCancelledError());
    for (const s of this.slots) {
      s.generation++;
      s.worker.terminate();
    }
  }
}
