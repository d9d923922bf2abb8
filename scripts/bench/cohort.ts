// cohort.ts times the cohort runner on worker threads: 10,000 women, first partial, memory flat in N, throughput.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { createNodeCohortPool } from '../../workers/node/nodeCohortPool';
import { presetById } from '../../src/model/presets';
import { STUDY_ASSAYS } from '../../src/model/assayMethods';
import { prepareCohortModel, type StochasticOptions } from '../../src/model/stochasticEngine';
import type { Figure } from './figure';
import { referenceLoopMs } from './machineReference';

const WORKERS = 2;

/** Peak RSS of a fresh process running one cohort of `n` women (a child process, so the figure is its own). */
function peakRss(n: number, presetId: string): { peakRssBytes: number; wallMs: number } {
  const script = fileURLToPath(new URL('./cohortRss.ts', import.meta.url));
  const r = spawnSync(process.execPath, [...process.execArgv, script, String(n), presetId, String(WORKERS)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`cohortRss ${n} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

export async function runCohortBench(): Promise<Figure[]> {
  const scenario = presetById('three-children')!.scenario;
  const assays = STUDY_ASSAYS.map((s) => s.settings);
  const pool = createNodeCohortPool(WORKERS);
  // Warm the workers (thread start, TypeScript loading, JIT): the app's pool is created once and reused too.
  await pool.run({ scenario, n: 64, seed: 99, assays }).done;
  const n = 10_000;
  // One 10,000-woman run: wall and CPU time (the whole process: page thread and both workers; unlike the wall time,
  // little moved by other load), worker time, and when the first partial result came. `bands`: partial results with
  // every band read again as counts arrive (as the page takes them), else progress alone (as the CLI does).
  const timedRun = async (bands: boolean, options?: StochasticOptions) => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    let firstPartialMs = NaN;
    const onPartial = () => {
      if (Number.isNaN(firstPartialMs)) firstPartialMs = performance.now() - t0;
    };
    const result = await pool.run({ scenario, n, seed: 1, assays, options }, bands ? onPartial : { onProgress: () => {} }).done;
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (result.completed !== n) throw new Error(`cohort bench: ${result.completed} of ${n} women`);
    return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, computeMs: pool.lastRunStats?.workerComputeMs ?? NaN, firstPartialMs };
  };
  // First, every host with partial bands: its first partial right after the warm-up (the least compiled code).
  const withBands = await timedRun(true);
  // Then every host as the CLI runs it, three times, the median reported: this machine's speed moves from one run to the
  // next (the same code took 1.7–2.9 s on one afternoon; docs/cohort.md). Each run is preceded by the machine's
  // yardstick (a fixed workload without Chimera code), a rough sign of a slow machine rather than slow code.
  const yardsticks: number[] = [];
  const runs: Array<Awaited<ReturnType<typeof timedRun>>> = [];
  for (let i = 0; i < 3; i++) {
    yardsticks.push(referenceLoopMs());
    runs.push(await timedRun(false));
  }
  const median = (pick: (r: (typeof runs)[number]) => number) => runs.map(pick).sort((a, b) => a - b)[1]!;
  const wallMs = median((r) => r.wallMs);
  const cpuMs = median((r) => r.cpuMs);
  const computeMs = median((r) => r.computeMs);
  const firstPartialMs = withBands.firstPartialMs;
  const walls = runs.map((r) => (r.wallMs / 1000).toFixed(2)).join(', ');
  const yardstickMs = [...yardsticks].sort((a, b) => a - b)[1]!;
  const load = loadavg()[0]!;
  // The page's cohort: the same women, the mother alone, with partial bands (the page draws her bands and prevalence).
  const page = await timedRun(true, { hosts: 'mother' });
  pool.dispose();
  // Woman-years: the mother's simulated span (from a year before her first pregnancy to the horizon).
  const mother = prepareCohortModel(scenario).layout.hosts[0]!;
  const years = mother.timeYears[mother.timeYears.length - 1]! - mother.timeYears[0]!;
  const small = peakRss(1000, 'one-son');
  const large = peakRss(100_000, 'one-son');
  return [
    {
      name: 'cohort.10k.wallMs',
      value: wallMs,
      unit: 'ms',
      label: `10,000 women, three-children, ${scenario.horizonYears} years, every host, the ${assays.length} study assays, ${WORKERS} worker threads, as the CLI runs them (progress only), median of 3 runs (${walls} s) (goal < 2000; machine load ${load.toFixed(1)} on ${WORKERS} cores)`,
    },
    {
      name: 'cohort.10k.withPartialBandsWallMs',
      value: withBands.wallMs,
      unit: 'ms',
      label: 'The same 10,000 women, every host, with partial results (every band read again as counts arrive), one run',
    },
    {
      name: 'cohort.10k.motherOnlyWallMs',
      value: page.wallMs,
      unit: 'ms',
      label: 'The same 10,000 women as the page runs them: the mother only, with partial bands (the page draws her bands and prevalence), one run',
    },
    { name: 'cohort.workerComputeMsPerWoman', value: computeMs / n, unit: 'ms', label: 'Worker time per woman (simulation and summaries, summed over chunks; wall time, so it grows with other load), median of the 3 runs' },
    { name: 'cohort.cpuMsPerWoman', value: cpuMs / n, unit: 'ms', label: 'CPU time per woman, all threads (workers, merging, partial results), median of the 3 runs: the figure to compare under load' },
    { name: 'cohort.firstPartialMs', value: firstPartialMs, unit: 'ms', label: 'First partial result (bands drawable) of the first run, right after a 64-woman warm-up (goal < 150)' },
    {
      name: 'cohort.peakRssRatio100kTo1k',
      value: large.peakRssBytes / small.peakRssBytes,
      unit: '×',
      label: `Peak RSS, one-son, N=100,000 (${(large.peakRssBytes / 2 ** 20).toFixed(0)} MiB) / N=1,000 (${(small.peakRssBytes / 2 ** 20).toFixed(0)} MiB), each in its own process (goal < 1.5)`,
    },
    {
      name: 'machine.referenceLoopMs',
      value: yardstickMs,
      unit: 'ms',
      label: `This machine's moment: a fixed workload with no Chimera code in it (scripts/bench/machineReference.ts), timed before each of the 3 runs (${yardsticks.map((y) => y.toFixed(0)).join(', ')} ms), median: compare code only between runs with similar yardsticks (docs/cohort.md)`,
    },
    { name: 'cohort.womanYearsPerSecPerCore', value: (n * years) / (wallMs / 1000) / WORKERS, unit: 'woman-y/s/core', label: `Simulated woman-years (mother's span, ${years.toFixed(0)} y) per second per worker` },
  ];
}
