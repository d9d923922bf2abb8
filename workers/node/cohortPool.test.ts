// cohortPool.test.ts checks the cohort pool: same result whatever the workers, cancellation, errors and recovery.

import { afterAll, describe, expect, it } from 'vitest';
import { createNodeCohortPool } from './nodeCohortPool';
import { CohortPool, CohortCancelledError, type CohortRunRequest, type PoolWorker } from '../pool/cohortPool';
import { createCohortWorkerApi } from '../cohortWorkerCore';
import type { CohortChunkRequest } from '../cohortApi';
import type { CohortResult } from '../../src/model/cohortTypes';
import { presetById } from '../../src/model/presets';

const scenario = presetById('one-son')!.scenario;
const request: CohortRunRequest = {
  scenario,
  n: 120,
  seed: 2024,
  assays: [
    { assay: 'y-qpcr', sample: 'blood', geq: 100_000, replicates: 2 },
    { assay: 'polymorphism', sample: 'blood', geq: 100_000, replicates: 3 },
  ],
};

/** An in-process worker (no thread): the real worker code behind an async boundary, with faults on demand. */
function fakeWorker(opts: { throwOnJob?: number; crashOnChunk?: number; delayMs?: number } = {}): PoolWorker & { terminated: boolean } {
  const api = createCohortWorkerApi((v) => v);
  const crashListeners: Array<(e: Error) => void> = [];
  const w = {
    terminated: false,
    runChunk: (req: CohortChunkRequest) =>
      new Promise<ReturnType<typeof api.runChunk>>((resolve, reject) => {
        setTimeout(() => {
          if (req.chunkIndex === opts.crashOnChunk) {
            crashListeners.forEach((l) => l(new Error('simulated crash')));
            return; // a dead worker never answers
          }
          if (req.jobId === opts.throwOnJob) return reject(new Error('model failed on purpose'));
          try {
            resolve(api.runChunk(req));
          } catch (e) {
            reject(e as Error);
          }
        }, opts.delayMs ?? 0);
      }) as Promise<Awaited<ReturnType<typeof api.runChunk>>>,
    flush: async (jobId: number) => api.flush(jobId),
    terminate: () => {
      w.terminated = true;
    },
    onCrash: (l: (e: Error) => void) => crashListeners.push(l),
  };
  return w;
}

function flatten(r: CohortResult): number[] {
  const out: number[] = [r.completed];
  for (const h of r.hosts) {
    for (const b of h.bands) for (const a of [b.p5, b.p25, b.p50, b.p75, b.p95]) out.push(...a);
    for (const p of h.prevalence) out.push(...p.values, ...p.lower, ...p.upper, ...(p.meanLevel ?? []));
  }
  return out;
}

describe('cohort pool on worker_threads', () => {
  const pools: CohortPool[] = [];
  afterAll(() => pools.forEach((p) => p.dispose()));

  it('gives bit-identical results with 1, 2 and 3 workers', async () => {
    const results: number[][] = [];
    for (const size of [1, 2, 3]) {
      const pool = createNodeCohortPool(size);
      pools.push(pool);
      results.push(flatten(await pool.run(request).done));
    }
    expect(results[0]!.length).toBeGreaterThan(1000);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  }, 60_000);

  it('a newer request cancels the running one: it rejects and posts nothing more', async () => {
    const pool = createNodeCohortPool(2, { partialIntervalMs: 0 });
    pools.push(pool);
    await pool.run({ ...request, n: 16 }).done; // warm the workers
    const partialsAfterCancel: number[] = [];
    let cancelled = false;
    const first = pool.run({ ...request, n: 4000 }, () => {
      if (cancelled) partialsAfterCancel.push(1);
    });
    await new Promise((r) => setTimeout(r, 150));
    const second = pool.run({ ...request, n: 64 });
    cancelled = true;
    await expect(first.done).rejects.toBeInstanceOf(CohortCancelledError);
    const r = await second.done;
    expect(r.completed).toBe(64);
    await new Promise((r) => setTimeout(r, 200));
    expect(partialsAfterCancel).toEqual([]);
  }, 60_000);
});

// Timeouts are generous: the machine these run on is shared, and a test must not fail for being slow.
describe('cohort pool logic (in-process workers)', { timeout: 60_000 }, () => {
  it('streams partial results with growing counts, then the full result', async () => {
    const pool = new CohortPool(() => fakeWorker(), 2, { partialIntervalMs: 0 });
    const seen: number[] = [];
    const r = await pool.run(request, (p) => seen.push(p.completed)).done;
    expect(r.completed).toBe(120);
    expect(seen.length).toBeGreaterThan(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(r.hosts[0]!.bands.length).toBeGreaterThan(0);
  });

  it('progress alone: growing counts up to n, counts sent once per worker, the same result as with partials', async () => {
    const flushes: boolean[] = [];
    const counting = (): PoolWorker => {
      const w = fakeWorker();
      return {
        ...w,
        runChunk: (req) => {
          flushes.push(req.flush);
          return w.runChunk(req);
        },
      };
    };
    const withPartials = flatten(await new CohortPool(() => fakeWorker(), 2, { partialIntervalMs: 0 }).run(request, () => {}).done);
    const pool = new CohortPool(counting, 2, { partialIntervalMs: 0 });
    const seen: number[] = [];
    let partials = 0;
    const r = await pool.run(request, { onProgress: (done) => seen.push(done) }).done;
    expect(flatten(r)).toEqual(withPartials);
    expect(seen.length).toBeGreaterThan(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen[seen.length - 1]).toBe(request.n);
    // No mid-run flush: only the job's last chunk asks for counts (the other worker's come with its final flush).
    expect(flushes.length).toBeGreaterThan(4);
    expect(flushes.filter(Boolean)).toHaveLength(1);
    expect(flushes[flushes.length - 1]).toBe(true);
    // Both listeners: partials as before, progress as well.
    const both = await new CohortPool(() => fakeWorker(), 2, { partialIntervalMs: 0 }).run(request, { onPartial: () => partials++, onProgress: () => {} }).done;
    expect(partials).toBeGreaterThan(0);
    expect(flatten(both)).toEqual(withPartials);
  });

  it('cancel() rejects done and stops partials', async () => {
    const pool = new CohortPool(() => fakeWorker({ delayMs: 5 }), 2, { partialIntervalMs: 0 });
    let after = 0;
    let cancelled = false;
    const run = pool.run({ ...request, n: 400 }, () => {
      if (cancelled) after++;
    });
    await new Promise((r) => setTimeout(r, 30));
    run.cancel();
    cancelled = true;
    await expect(run.done).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((r) => setTimeout(r, 100));
    expect(after).toBe(0);
  });

  it('a worker that throws is reported to the caller, and the pool runs the next request', async () => {
    let made = 0;
    // Worker 0 throws on every chunk of the first run only (as a model error on one input would).
    const pool = new CohortPool(() => fakeWorker(made++ === 0 ? { throwOnJob: 1 } : {}), 2);
    await expect(pool.run(request).done).rejects.toThrow(/model failed on purpose/);
    const r = await pool.run({ ...request, seed: 7 }).done;
    expect(r.completed).toBe(120);
    expect(made).toBe(2);
  });

  it('a worker that dies is replaced, the run fails with the cause, and the next run completes', async () => {
    const workers: Array<ReturnType<typeof fakeWorker>> = [];
    const pool = new CohortPool(() => {
      const w = fakeWorker(workers.length === 0 ? { crashOnChunk: 0 } : {});
      workers.push(w);
      return w;
    }, 2);
    await expect(pool.run(request).done).rejects.toThrow(/crashed: simulated crash/);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers.length).toBe(3);
    const r = await pool.run(request).done;
    expect(r.completed).toBe(120);
  });

  it('the same seed reproduces the result; another seed changes it', async () => {
    const pool = new CohortPool(() => fakeWorker(), 3);
    const a = flatten(await pool.run(request).done);
    const b = flatten(await pool.run(request).done);
    const c = flatten(await pool.run({ ...request, seed: 1 }).done);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });
});
