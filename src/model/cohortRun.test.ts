// cohortRun.test.ts checks cohort summaries: chunk plans, order-free merging, prevalence against per-woman chances.

import { describe, expect, it } from 'vitest';
import { CohortAccumulator, CohortMerger, chunkCount, chunkRange, chunkSizeAt, emptyTrajectories, type ChunkSummary } from './cohortRun';
import { prepareCohortModel } from './stochasticEngine';
import { presetById } from './presets';
import type { AssaySettings } from './cohortTypes';
import { detectionProbability, expectedCopies } from './assay';
import { resolveMethodFactor } from './assayMethods';

const scenario = presetById('one-son')!.scenario;
const assays: AssaySettings[] = [
  { assay: 'y-qpcr', sample: 'blood', geq: 100_000, replicates: 2 },
  { assay: 'polymorphism', sample: 'tissue:thyroid', geq: 50_000, replicates: 1 },
];

function chunks(n: number, seed: number): ChunkSummary[] {
  const m = prepareCohortModel(scenario);
  const acc = new CohortAccumulator(m.layout, assays);
  const traj = emptyTrajectories(m.layout);
  const out: ChunkSummary[] = [];
  for (let c = 0; c < chunkCount(n); c++) {
    const { start, end } = chunkRange(n, c);
    for (let i = start; i < end; i++) {
      m.simulateWoman(seed, i, traj);
      acc.addWoman(traj);
    }
    out.push({ chunkIndex: c, women: end - start, sums: acc.takeSums(), counts: acc.takeCounts() });
  }
  return out;
}

describe('chunk plan', { timeout: 30_000 }, () => {
  it('covers 0..n exactly once with non-empty chunks, small ones first', () => {
    for (const n of [1, 7, 8, 9, 100, 112, 113, 2000, 100_000]) {
      let covered = 0;
      for (let c = 0; c < chunkCount(n); c++) {
        const { start, end } = chunkRange(n, c);
        expect(start).toBe(covered);
        expect(end).toBeGreaterThan(start);
        covered = end;
      }
      expect(covered).toBe(n);
    }
    expect([0, 1, 2, 3, 4, 5, 6, 100].map(chunkSizeAt)).toEqual([8, 8, 16, 16, 32, 32, 64, 64]);
  });
});

describe('mother-only cohorts (what the page draws)', { timeout: 60_000 }, () => {
  it("give the mother's bands and prevalence of the full cohort, to the bit", () => {
    const three = presetById('three-children')!.scenario;
    const n = 40;
    const run = (hosts: 'all' | 'mother') => {
      const m = prepareCohortModel(three, { hosts });
      const acc = new CohortAccumulator(m.layout, assays);
      const traj = emptyTrajectories(m.layout);
      for (let i = 0; i < n; i++) {
        m.simulateWoman(4, i, traj);
        acc.addWoman(traj);
      }
      const merger = new CohortMerger(m.layout, assays, n, 4);
      merger.add({ chunkIndex: 0, women: n, sums: acc.takeSums(), counts: acc.takeCounts() });
      return merger.result();
    };
    const all = run('all');
    const mother = run('mother');
    expect(all.hosts.map((h) => h.host)).toEqual(['mother', 'child:1', 'child:2', 'child:3']);
    expect(mother.hosts.map((h) => h.host)).toEqual(['mother']);
    expect(mother.hosts[0]).toEqual(all.hosts[0]);
    // Not vacuous: the mother's blood bands move over time.
    const blood = mother.hosts[0]!.bands.find((b) => b.compartment === 'blood')!;
    expect(new Set(blood.p50).size).toBeGreaterThan(10);
  });
});

describe('CohortMerger', { timeout: 60_000 }, () => {
  it('gives the identical result whatever order chunks arrive in', () => {
    const n = 60;
    const parts = chunks(n, 5);
    const layout = prepareCohortModel(scenario).layout;
    const inOrder = new CohortMerger(layout, assays, n, 5);
    parts.forEach((p) => inOrder.add(p));
    const reversed = new CohortMerger(layout, assays, n, 5);
    [...parts].reverse().forEach((p) => reversed.add(p));
    expect(reversed.folded).toBe(n);
    expect(reversed.result()).toEqual(inOrder.result());
  });

  it('builds the same result in slices as at once, and a sliced build ignores what is merged meanwhile', async () => {
    const n = 60;
    const parts = chunks(n, 5);
    const layout = prepareCohortModel(scenario).layout;
    const merger = new CohortMerger(layout, assays, n, 5);
    parts.slice(0, 2).forEach((p) => merger.add(p));
    const early = merger.result();
    let pauses = 0;
    const sliced = merger.resultInSlices(async () => {
      // Chunks merged while a result is being built must not leak into it.
      if (pauses++ === 0) parts.slice(2).forEach((p) => merger.add(p));
    }, 0);
    expect(await sliced).toEqual(early);
    expect(pauses).toBeGreaterThan(1);
    expect(await merger.resultInSlices(() => Promise.resolve(), 0)).toEqual(merger.result());
  });

  it('a sliced build with no counts since the last one reuses its bands; its sums and progress are new', async () => {
    const n = 60;
    const parts = chunks(n, 6);
    const layout = prepareCohortModel(scenario).layout;
    const merger = new CohortMerger(layout, assays, n, 6);
    const pause = () => Promise.resolve();
    merger.add(parts[0]!);
    const first = await merger.resultInSlices(pause, 0);
    // Float sums only (a chunk answered without a flush): the same bands, more women in the prevalence.
    merger.add({ ...parts[1]!, counts: undefined });
    const second = await merger.resultInSlices(pause, 0);
    expect(second.completed).toBe(first.completed + parts[1]!.women);
    expect(second.hosts[0]!.bands[0]!.p50).toBe(first.hosts[0]!.bands[0]!.p50);
    expect(second.hosts[0]!.prevalence[0]!.values).not.toEqual(first.hosts[0]!.prevalence[0]!.values);
    expect(second).toEqual({ ...merger.result(), hosts: merger.result().hosts.map((h, i) => ({ ...h, bands: first.hosts[i]!.bands })) });
    // Counts arrive: the bands are read again, and equal a fresh build's.
    merger.addCounts(parts[1]!.counts!);
    const third = await merger.resultInSlices(pause, 0);
    expect(third.hosts[0]!.bands[0]!.p50).not.toBe(first.hosts[0]!.bands[0]!.p50);
    expect(third).toEqual(merger.result());
  });

  it('adds counts in slices exactly as at once, pausing between slices; a layout mismatch adds nothing', async () => {
    const n = 30;
    const parts = chunks(n, 9);
    const layout = prepareCohortModel(scenario).layout;
    const whole = new CohortMerger(layout, assays, n, 9);
    const sliced = new CohortMerger(layout, assays, n, 9);
    let pauses = 0;
    const kept: boolean[] = [];
    for (const p of parts) {
      whole.add(p);
      sliced.add({ ...p, counts: undefined });
      kept.push(await sliced.addCountsInSlices(p.counts!.map((c) => c.slice()), async () => void pauses++, 1000));
    }
    // The first counts are taken as the merger's own (nothing to add them to); the others are added a slice at a time.
    expect(kept).toEqual(parts.map((_, i) => i === 0));
    expect(pauses).toBeGreaterThan(parts.length);
    expect(sliced.result()).toEqual(whole.result());
    const before = sliced.result();
    const bad = parts[0]!.counts!.map((c, h) => (h === parts[0]!.counts!.length - 1 ? c.subarray(1) : c));
    await expect(sliced.addCountsInSlices(bad, async () => {})).rejects.toThrow(/layouts differ/);
    expect(sliced.result()).toEqual(before);
  });

  it('holds later chunks until the earlier ones arrive', () => {
    const parts = chunks(40, 1);
    const layout = prepareCohortModel(scenario).layout;
    const m = new CohortMerger(layout, assays, 40, 1);
    m.add(parts[1]!);
    expect(m.folded).toBe(0);
    expect(m.pendingChunks).toBe(1);
    m.add(parts[0]!);
    expect(m.folded).toBe(parts[0]!.women + parts[1]!.women);
  });

  it('prevalence is the mean chance of a positive test, inside its interval; bands are ordered', () => {
    const n = 50;
    const model = prepareCohortModel(scenario);
    const layout = model.layout;
    const merger = new CohortMerger(layout, assays, n, 3);
    chunks(n, 3).forEach((p) => merger.add(p));
    const r = merger.result();
    const mother = r.hosts[0]!;
    const T = layout.hosts[0]!.timeYears.length;
    const bloodIdx = layout.hosts[0]!.series.findIndex((s) => s.compartment === 'blood');
    const t = Math.floor(T * 0.6);
    // Recompute the y-qPCR blood prevalence at one time from the women themselves.
    const traj = emptyTrajectories(layout);
    const rf = resolveMethodFactor(assays[0]!).readingFactor;
    let p = 0;
    for (let i = 0; i < n; i++) {
      model.simulateWoman(3, i, traj);
      p += detectionProbability(expectedCopies(traj[0]![bloodIdx * T + t]!, 100_000, rf), 2) / n;
    }
    const prev = mother.prevalence[0]!;
    expect(prev.values[t]).toBeCloseTo(p, 12);
    expect(prev.lower[t]).toBeLessThanOrEqual(prev.values[t]!);
    expect(prev.upper[t]).toBeGreaterThanOrEqual(prev.values[t]!);
    for (const b of mother.bands) for (let k = 0; k < T; k++) {
      expect(b.p5[k]).toBeLessThanOrEqual(b.p25[k]!);
      expect(b.p25[k]).toBeLessThanOrEqual(b.p50[k]!);
      expect(b.p50[k]).toBeLessThanOrEqual(b.p75[k]!);
      expect(b.p75[k]).toBeLessThanOrEqual(b.p95[k]!);
    }
    expect(r.completed).toBe(n);
    expect(r.cohort).toEqual({ n, seed: 3 });
  });
});
