// cohortRun.ts turns simulated women into cohort summaries: per-chunk accumulation, order-fixed merging, and the v1 result.

import type { AssaySettings, Band, CohortHostResult, CohortResult, Prevalence } from './cohortTypes';
import type { Compartment, FetalSex, HostId, Origin } from './types';
import { QuantileGrid, DEFAULT_BINS, type LogBins } from './streamingQuantiles';
import { cellCountKernel, type CellLaw } from './cellCountKernel';
import { assaySees, detectionProbability, expectedCopies, sampleCompartments } from './assay';
import { wilsonInterval } from './binomialInterval';
import { resolveMethodFactor } from './assayMethods';

export interface CohortSeriesInfo {
  origin: Origin;
  compartment: Compartment;
  /** Sex of the graft's cells: what a Y-chromosome assay can see. */
  sex: FetalSex;
  /**
   * Present when a woman's values are her expected cells given her path (tissue and immune cells): her whole cells
   * would be drawn around them by this law, so the bands are read from that mixture (`cellCountKernel`).
   */
  wholeCells?: { cellsPerUnit: number } & CellLaw;
}

export interface CohortHostLayout {
  host: HostId;
  /** Host age at each cohort sample, years. */
  timeYears: Float64Array;
  motherAgeAtZeroYears: number;
  series: CohortSeriesInfo[];
}

/** What every woman of a cohort reports: the same hosts, series and sample times (so summaries add up). */
export interface CohortLayout {
  scenarioName: string;
  hosts: CohortHostLayout[];
}

/** One woman's trajectories: per host, series-major values (series s at time t is `[s * times + t]`). */
export type WomanTrajectories = Float64Array[];

export function emptyTrajectories(layout: CohortLayout): WomanTrajectories {
  return layout.hosts.map((h) => new Float64Array(h.series.length * h.timeYears.length));
}

/** An assay lens resolved against a host: which series it reads, and how it turns their sum into a chance of a positive. */
interface HostLens {
  seriesIndices: Int32Array;
  geq: number;
  replicates: number;
  readingFactor: number;
  lodCopies: number;
}

function hostLenses(h: CohortHostLayout, assays: readonly AssaySettings[]): HostLens[] {
  return assays.map((a) => {
    const comps = sampleCompartments(a.sample);
    const idx: number[] = [];
    h.series.forEach((s, i) => {
      if (comps.includes(s.compartment) && assaySees(a.assay, s.sex)) idx.push(i);
    });
    const m = resolveMethodFactor(a);
    return { seriesIndices: Int32Array.from(idx), geq: a.geq, replicates: a.replicates, readingFactor: m.readingFactor, lodCopies: m.lodCopies };
  });
}

/**
 * Sums over a set of women: histogram counts (integers, for the bands) and float sums (chance of a positive test and
 * level seen, per assay, for the prevalence). Counts and sums are reset separately: a worker sends its float sums with
 * every chunk (so they can be folded in chunk order) and its counts only now and then (they add up in any order).
 */
export class CohortAccumulator {
  readonly grids: QuantileGrid[];
  /** Per host: [assay a][0..T) summed chance of a positive, [assay a][T..2T) summed level the assay reads (gEq/10^5). */
  readonly sums: Float64Array[];
  women = 0;
  private readonly lenses: HostLens[][];

  constructor(
    readonly layout: CohortLayout,
    readonly assays: readonly AssaySettings[],
    readonly bins: LogBins = DEFAULT_BINS,
  ) {
    this.grids = layout.hosts.map((h) => new QuantileGrid(h.series.length, h.timeYears.length, bins));
    this.sums = layout.hosts.map((h) => new Float64Array(assays.length * 2 * h.timeYears.length));
    this.lenses = layout.hosts.map((h) => hostLenses(h, assays));
  }

  addWoman(traj: WomanTrajectories): void {
    this.women++;
    const hosts = this.layout.hosts;
    for (let hi = 0; hi < hosts.length; hi++) {
      const h = hosts[hi]!;
      const T = h.timeYears.length;
      const values = traj[hi]!;
      const grid = this.grids[hi]!;
      for (let s = 0; s < h.series.length; s++) grid.stageTrajectory(s, values, s * T);
      grid.endWoman();
      const sums = this.sums[hi]!;
      const lenses = this.lenses[hi]!;
      for (let a = 0; a < lenses.length; a++) {
        const lens = lenses[a]!;
        const idx = lens.seriesIndices;
        // A lens that sees no series of this host (a Y-chromosome assay in a daughter) adds exact zeros: skip it.
        if (idx.length === 0) continue;
        const pOff = a * 2 * T;
        const lOff = pOff + T;
        for (let t = 0; t < T; t++) {
          let level = 0;
          for (let k = 0; k < idx.length; k++) level += values[idx[k]! * T + t]!;
          // No cells, no chance and no level: adding zeros changes no sum (most samples of most women between pregnancies).
          if (!(level > 0)) continue;
          const lambda = expectedCopies(level, lens.geq, lens.readingFactor);
          sums[pOff + t]! += detectionProbability(lambda, lens.replicates, lens.lodCopies);
          sums[lOff + t]! += level * lens.readingFactor;
        }
      }
    }
  }

  /** Copies of the float sums, then zeroes them (the start of a new chunk). */
  takeSums(): Float64Array[] {
    const out = this.sums.map((s) => s.slice());
    for (const s of this.sums) s.fill(0);
    this.women = 0;
    return out;
  }

  /**
   * The histogram counts so far, and zero counts from now on (a flush to the merger). `spare` arrays of the right sizes
   * (counts the merger has already added, sent back) become the new counts, so a long run allocates none.
   */
  takeCounts(spare?: readonly Uint32Array[]): Uint32Array[] {
    return this.grids.map((g, h) => {
      const s = spare?.[h];
      // Without spare arrays (a run's first flush), the counts go as they are and a new zeroed array takes their place:
      // a copy and a refill of 1–5 MB would delay the first partial result.
      return s && s.length === g.counts.length ? g.swapCounts(s) : g.swapCounts(new Uint32Array(g.counts.length), true);
    });
  }
}

/**
 * The chunk plan: chunk k holds women [start, end). Sizes ramp up 8, 8, 16, 16, 32, 32, then 64 — small first chunks so
 * the first partial result (bands drawable) comes within tens of milliseconds, 64 after that so a cancelled run stops
 * within one short chunk and messages stay few. The plan depends on nothing but k (and N, which truncates it): never
 * on the pool size, so chunk-ordered float sums are split-independent.
 */
const CHUNK_RAMP = [8, 8, 16, 16, 32, 32] as const;
const CHUNK_SIZE = 64;
const RAMP_TOTAL = CHUNK_RAMP.reduce((a, b) => a + b, 0);

function chunkStart(k: number): number {
  if (k >= CHUNK_RAMP.length) return RAMP_TOTAL + (k - CHUNK_RAMP.length) * CHUNK_SIZE;
  let s = 0;
  for (let i = 0; i < k; i++) s += CHUNK_RAMP[i]!;
  return s;
}

/** Women in chunk k of a plan without end (see chunkRange for the truncated one). */
export function chunkSizeAt(k: number): number {
  return k < CHUNK_RAMP.length ? CHUNK_RAMP[k]! : CHUNK_SIZE;
}

export function chunkCount(n: number): number {
  if (n <= 0) return 0;
  if (n > RAMP_TOTAL) return CHUNK_RAMP.length + Math.ceil((n - RAMP_TOTAL) / CHUNK_SIZE);
  let k = 0;
  while (chunkStart(k + 1) < n) k++;
  return k + 1;
}

export function chunkRange(n: number, chunk: number): { start: number; end: number } {
  const start = chunkStart(chunk);
  return { start: Math.min(n, start), end: Math.min(n, start + chunkSizeAt(chunk)) };
}

const BAND_QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** What a worker sends back for one chunk of women. */
export interface ChunkSummary {
  chunkIndex: number;
  women: number;
  sums: Float64Array[];
  /** Histogram counts accumulated since the worker's last flush (absent when it did not flush). */
  counts?: Uint32Array[];
}

/**
 * Folds chunk summaries into the cohort result. Float sums are folded strictly in chunk order (later chunks wait), so
 * the result is bit-identical whatever the number of workers and the order chunks finish in; counts are integers and
 * are merged as they come.
 */
export class CohortMerger {
  private readonly grids: QuantileGrid[];
  private readonly sums: Float64Array[];
  private readonly pending = new Map<number, ChunkSummary>();
  private snapshotGrids: QuantileGrid[] | undefined;
  private snapshotBusy = false;
  /** Bumped whenever counts are added: bands built at the same version are the same numbers. */
  private countsVersion = 0;
  /** Sliced merges under way: while one is, cells may hold different totals (some of its counts are in, some not). */
  private slicedMerges = 0;
  /** The bands of the last sliced build and the counts version they were read at (reused while no counts arrive). */
  private lastBands: { version: number; hosts: Band[][] } | undefined;
  private nextChunk = 0;
  /** Women whose float sums are folded in. */
  folded = 0;

  constructor(
    readonly layout: CohortLayout,
    readonly assays: readonly AssaySettings[],
    readonly n: number,
    readonly seed: number,
    readonly bins: LogBins = DEFAULT_BINS,
  ) {
    this.grids = layout.hosts.map((h) => new QuantileGrid(h.series.length, h.timeYears.length, bins));
    this.sums = layout.hosts.map((h) => new Float64Array(assays.length * 2 * h.timeYears.length));
  }

  /** Chunks received but not yet folded (waiting for an earlier one). */
  get pendingChunks(): number {
    return this.pending.size;
  }

  get nextChunkToFold(): number {
    return this.nextChunk;
  }

  add(summary: ChunkSummary): void {
    if (summary.counts) {
      summary.counts.forEach((c, h) => this.grids[h]!.merge(c));
      this.countsVersion++;
    }
    this.pending.set(summary.chunkIndex, { ...summary, counts: undefined });
    for (let s = this.pending.get(this.nextChunk); s; s = this.pending.get(this.nextChunk)) {
      this.pending.delete(this.nextChunk);
      s.sums.forEach((src, h) => {
        const dst = this.sums[h]!;
        for (let i = 0; i < dst.length; i++) dst[i]! += src[i]!;
      });
      this.folded += s.women;
      this.nextChunk++;
    }
  }

  /** Counts only (a worker's final flush may come without a chunk). */
  addCounts(counts: Uint32Array[]): void {
    counts.forEach((c, h) => this.grids[h]!.merge(c));
    this.countsVersion++;
  }

  /**
   * `addCounts` in slices of `step` entries, awaiting `pause` between them, so a page adds 1–5 MB of counts without a
   * long task. The layout is checked before anything is added, so a mismatch leaves the counts untouched. True when
   * the arrays were taken as the merger's own (the first counts of a run) rather than added.
   */
  async addCountsInSlices(counts: Uint32Array[], pause: () => Promise<void>, step = 1 << 15): Promise<boolean> {
    if (counts.length !== this.grids.length || counts.some((c, h) => c.length !== this.grids[h]!.counts.length)) throw new Error('QuantileGrid.merge: layouts differ');
    if (this.countsVersion === 0) {
      // The first counts of a run: adding them to zeros is taking them. The arrays become the merger's own (the caller
      // must not reuse them), and the first partial result waits for no merge.
      this.grids.forEach((g, h) => (this.grids[h] = new QuantileGrid(g.series, g.times, g.bins, counts[h])));
      this.countsVersion++;
      return true;
    }
    this.slicedMerges++;
    try {
      for (let h = 0; h < counts.length; h++) {
        const src = counts[h]!;
        for (let i = 0; i < src.length; i += step) {
          this.grids[h]!.mergeRange(src, i, i + step);
          this.countsVersion++;
          await pause();
        }
      }
    } finally {
      this.slicedMerges--;
    }
    return false;
  }

  result(): CohortResult {
    const steps = this.resultSteps();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * The same result as `result()`, built in slices: between two slices (one series' bands, or one host's prevalence)
   * it may await `pause` whenever `sliceMs` have passed, so the page stays responsive. Counts and sums are copied
   * first, so what is merged meanwhile does not show; the numbers are computed exactly as `result()` does.
   */
  async resultInSlices(pause: () => Promise<void>, sliceMs = 8): Promise<CohortResult> {
    const steps = this.resultSteps(true);
    let t0 = Date.now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (Date.now() - t0 >= sliceMs) {
        await pause();
        t0 = Date.now();
      }
    }
  }

  /** Builds the result, yielding between series and hosts; `snapshot` copies the counts and sums first. */
  private *resultSteps(snapshot = false): Generator<void, CohortResult, void> {
    let grids = this.grids;
    let ownsSnapshot = false;
    // Whole women only in the counts read (no sliced merge half done): every cell of a host holds the same total.
    const whole = this.slicedMerges === 0;
    // No counts since the last sliced build (a partial result between two flushes: only the float sums moved): its
    // bands are this build's bands, without copying or reading the counts again.
    if (snapshot && this.lastBands?.version === this.countsVersion) return yield* this.stepsOver(grids, snapshot, whole, this.lastBands.hosts);
    if (snapshot) {
      // One copy kept for the sliced builds (the pool runs one at a time): no new count buffers per partial result.
      // A build that overlaps another takes a copy of its own.
      if (this.snapshotBusy) grids = this.grids.map((g) => new QuantileGrid(g.series, g.times, g.bins, g.counts.slice()));
      else {
        this.snapshotGrids ??= this.grids.map((g) => new QuantileGrid(g.series, g.times, g.bins));
        this.snapshotGrids.forEach((g, h) => g.counts.set(this.grids[h]!.counts));
        grids = this.snapshotGrids;
        this.snapshotBusy = ownsSnapshot = true;
      }
    }
    try {
      return yield* this.stepsOver(grids, snapshot, whole);
    } finally {
      if (ownsSnapshot) this.snapshotBusy = false;
    }
  }

  private *stepsOver(grids: QuantileGrid[], snapshot: boolean, whole: boolean, reuse?: Band[][]): Generator<void, CohortResult, void> {
    const n = this.folded;
    // The counts version these bands are read at (a snapshot build copied the counts at its start).
    const version = this.countsVersion;
    const allSums = snapshot ? this.sums.map((x) => x.slice()) : this.sums;
    const hosts: CohortHostResult[] = [];
    const hostBands: Band[][] = [];
    for (let hi = 0; hi < this.layout.hosts.length; hi++) {
      const h = this.layout.hosts[hi]!;
      const grid = grids[hi]!;
      let bands = reuse?.[hi];
      if (!bands) {
        bands = [];
        const cellTotal = whole ? grid.cellTotal(0, 0) : undefined;
        for (let si = 0; si < h.series.length; si++) {
          const s = h.series[si]!;
          const kernel = s.wholeCells ? cellCountKernel(grid.bins, s.wholeCells.cellsPerUnit, s.wholeCells) : undefined;
          const [p5, p25, p50, p75, p95] = grid.quantilesSeries(si, BAND_QUANTILES, cellTotal, kernel) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
          bands.push({ origin: s.origin, compartment: s.compartment, p5, p25, p50, p75, p95 });
          yield;
        }
      }
      hostBands.push(bands);
      const T = h.timeYears.length;
      const sums = allSums[hi]!;
      const prevalence: Prevalence[] = this.assays.map((a, ai) => {
        const values = new Float64Array(T);
        const lower = new Float64Array(T);
        const upper = new Float64Array(T);
        const meanLevel = new Float64Array(T);
        for (let t = 0; t < T; t++) {
          const expectedPositives = sums[ai * 2 * T + t]!;
          values[t] = n > 0 ? expectedPositives / n : NaN;
          const ci = wilsonInterval(expectedPositives, n);
          lower[t] = ci.lower;
          upper[t] = ci.upper;
          meanLevel[t] = n > 0 ? sums[ai * 2 * T + T + t]! / n : NaN;
        }
        return { ...a, values, lower, upper, meanLevel };
      });
      hosts.push({ host: h.host, timeYears: h.timeYears.slice(), bands, prevalence });
      yield;
    }
    if (snapshot) this.lastBands = { version, hosts: hostBands };
    return { version: 1, scenarioName: this.layout.scenarioName, cohort: { n: this.n, seed: this.seed }, completed: n, hosts };
  }
}
