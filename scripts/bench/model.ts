// model.ts measures the deterministic engine: three children over 80 years at full resolution, and the same equations under odex.
import { simulate } from '../../src/model/simulate';
import { loadOdex, simulateWithOdex } from '../../src/model/testing/odexReference';
import type { Scenario, SimResult } from '../../src/model/types';

/** The three-children story, built here rather than imported from presets.ts (which another module owns). */
export const THREE_CHILDREN: Scenario = {
  version: 1,
  name: 'Three children (bench)',
  horizonYears: 80,
  pregnancies: [
    { conceptionAgeYears: 26, gestationWeeks: 40, outcome: 'birth', delivery: 'vaginal', fetalSex: 'male', hlaCompatible: false, conditions: [] },
    { conceptionAgeYears: 29, gestationWeeks: 39, outcome: 'birth', delivery: 'caesarean', fetalSex: 'female', hlaCompatible: false, conditions: [] },
    { conceptionAgeYears: 33, gestationWeeks: 40, outcome: 'birth', delivery: 'vaginal', fetalSex: 'male', hlaCompatible: false, conditions: [] },
  ],
  injuries: [],
  hypothesis: 'neutral',
  parameters: {},
};

/**
 * odex's tolerance for the comparison. At 1e-9 its worst error on this problem (same measure as the numerics test) is
 * ~2e-3, still above ours (~3e-4): the comparison flatters odex. 1e-10 would match us but takes minutes per run.
 * BENCH_ODEX_TOLERANCE overrides it.
 */
export const ODEX_TOLERANCE = Number(process.env['BENCH_ODEX_TOLERANCE'] ?? 1e-9);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Worst relative error against a reference, floor 1e-3 × each series' peak (as in numerics.test.ts). */
export function worstRelativeError(ref: SimResult, got: SimResult): number {
  let worst = 0;
  ref.hosts.forEach((R, h) => {
    const G = got.hosts[h]!;
    const pairs = [...R.series.map((s, i) => [s.values, G.series[i]!.values] as const), ...R.damage.map((d, i) => [d.values, G.damage[i]!.values] as const)];
    for (const [r, g] of pairs) {
      let peak = 0;
      for (const v of r) peak = Math.max(peak, Math.abs(v));
      for (let i = 0; i < r.length; i++) worst = Math.max(worst, Math.abs(g[i]! - r[i]!) / (Math.abs(r[i]!) + 1e-3 * peak || 1));
    }
  });
  return worst;
}

export async function runModelBench(): Promise<Array<{ name: string; value: number; unit: string; label: string }>> {
  const warmup = 100;
  const runs = 300;
  for (let i = 0; i < warmup; i++) simulate(THREE_CHILDREN);
  const times: number[] = [];
  let result: SimResult | undefined;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = simulate(THREE_CHILDREN);
    times.push(performance.now() - t);
  }
  const ours = median(times);
  const samples = result!.hosts.reduce((a, h) => a + h.timeYears.length, 0);
  const reference = simulate(THREE_CHILDREN, { refine: 64 });
  const ourError = worstRelativeError(reference, result!);

  // odex is an explicit extrapolation solver: the minutes-scale cfDNA decay holds its steps short for 80 years, so
  // one run takes a minute or more. BENCH_ODEX_RUNS (default 1) sets how many runs the median is taken over.
  const Solver = await loadOdex();
  const odexRuns = Math.max(1, Number(process.env['BENCH_ODEX_RUNS'] ?? 1));
  const odexTimes: number[] = [];
  let odexResult: SimResult | undefined;
  for (let i = 0; i < odexRuns; i++) {
    const t = performance.now();
    odexResult = simulateWithOdex(THREE_CHILDREN, { Solver, tolerance: ODEX_TOLERANCE });
    odexTimes.push(performance.now() - t);
  }
  const odexMs = median(odexTimes);
  const odexError = worstRelativeError(reference, odexResult!);
  return [
    {
      name: 'model.threeChildren.medianMs',
      value: ours,
      unit: 'ms',
      label: `three children over 80 years, ${samples} samples × ${result!.hosts.reduce((a, h) => a + h.series.length + h.damage.length, 0)} series in 4 hosts; median of ${runs} runs after ${warmup} warm-up (worst relative error ${ourError.toExponential(1)})`,
    },
    {
      name: 'model.odex.medianMs',
      value: odexMs,
      unit: 'ms',
      label: `the same equations under odex (tolerance ${ODEX_TOLERANCE}), median of ${odexRuns} run(s) (worst relative error ${odexError.toExponential(1)})`,
    },
    { name: 'model.vsOdex.speedup', value: odexMs / ours, unit: '×', label: 'odex time / our time: same equations, same sample grid; odex at this tolerance is still less accurate than ours (see the errors above)' },
  ];
}
