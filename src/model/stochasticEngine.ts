// stochasticEngine.ts simulates one woman and her children with whole cells where counts are small (hybrid tau-leaping).

import { TISSUES } from './types';
import type { Compartment, Scenario } from './types';
import { resolveParameters, type ParameterValues } from './parameters';
import { deriveRates, DAYS_PER_YEAR, type ModelRates } from './rates';
import { planHosts, type HostPlan } from './hostPlan';
import { HostRates, BLOOD, LODGED, NICHE, TISSUE0, CFDNA, IMMUNE, PER_GRAFT, N_TISSUES } from './hostRates';
import { cellsPerUnit } from './cellScales';
import { driverShapes, liveShapes, sameShapeKey, shapeKey, ROW_P0, ROW_P1, ROW_PM, ROW_SLOTS, ROW_U0, ROW_U1, ROW_UM } from './drivers';
import type { WomanRandom } from './seededRandom';
import { negativeBinomialByInversion, womanRandom } from './seededRandom';
import { drawWomanParameters, spreadTable, type SpreadOptions } from './womanParameters';
import type { CohortLayout, CohortHostLayout, CohortSeriesInfo, WomanTrajectories } from './cohortRun';

/**
 * Longest leap (days) by context. Coarser than the deterministic engine's steps: each leap is exact for first-order loss
 * (binomial survival with e^{−λh}) and takes sources at mid-leap, so only the coupling between compartments carries
 * a step error; the mean test against the deterministic model bounds it.
 */
export interface LeapLimits {
  gestation: number;
  afterEvent: number;
  afterEventWindowDays: number;
  injury: number;
  quiet: number;
  /** Longer quiet leaps once every event (delivery, loss, injury) is at least `lateAfterDays` past. */
  lateQuiet?: number;
  lateAfterDays?: number;
}

/** Late quiet decades: two-year leaps and samples from 20 years after the last event (the niche is then near its plateau). */
const LATE_AFTER_DAYS = 20 * DAYS_PER_YEAR;
const LATE_QUIET_DAYS = 2 * DAYS_PER_YEAR;

export const STOCHASTIC_STEP_LIMITS: LeapLimits = {
  gestation: 28,
  afterEvent: 2,
  afterEventWindowDays: 7,
  injury: 10,
  quiet: DAYS_PER_YEAR,
  lateQuiet: LATE_QUIET_DAYS,
  lateAfterDays: LATE_AFTER_DAYS,
};

/**
 * Whether [t0, t1] lies `after` days or more past every event of the host so far (at least one), none of them still to
 * come within it.
 */
function isLate(plan: HostPlan, t0: number, t1: number, after: number): boolean {
  let past = false;
  for (const ev of plan.eventDays) {
    if (ev <= t1 && t0 - ev < after - 1e-6) return false;
    if (ev <= t0) past = true;
  }
  if (!past) return false;
  for (const g of plan.gestations) if (t1 > g.start && t0 - g.end < after - 1e-6) return false;
  for (const c of plan.injuries) if (t1 > c.onsetDay && t0 - c.endDay < after - 1e-6) return false;
  return true;
}

/** The longest leap on [t0, t1] (own copy: the deterministic engine's step rule serves its own error target). */
export function leapLimit(plan: HostPlan, t0: number, t1: number, limits: LeapLimits): number {
  let h = limits.quiet;
  for (const g of plan.gestations) if (t0 < g.end && t1 > g.start) h = Math.min(h, limits.gestation);
  for (const ev of plan.eventDays) if (t1 > ev && t0 < ev + limits.afterEventWindowDays) h = Math.min(h, limits.afterEvent);
  for (const c of plan.injuries) if (t1 > c.onsetDay && t0 < c.endDay) h = Math.min(h, limits.injury);
  if (h === limits.quiet && limits.lateQuiet !== undefined && limits.lateAfterDays !== undefined && isLate(plan, t0, t1, limits.lateAfterDays)) h = limits.lateQuiet;
  return h;
}

/** Above this many cells (present plus expected arrivals) a compartment moves by its mean plus Gaussian noise of the right variance. */
export const LARGE_COUNT = 30;

/** Days after an event at which the cohort samples (the delivery surge peaks within a week, E8). */
const EVENT_LADDER_DAYS = [1, 2, 4, 7, 14, 30, 60, 120, 240];
const GESTATION_SAMPLE_DAYS = 28;
const QUIET_SAMPLE_DAYS = DAYS_PER_YEAR;
const MERGE_DAYS = 0.5;
const BOLUS_TOLERANCE_DAYS = 0.5;

/**
 * The cohort's sample days for one host: every four weeks in pregnancy, a ladder after each event, yearly otherwise, and
 * every two years once every event is 20 years past (late quiet decades, where leaps are two years too).
 */
export function cohortSampleDays(plan: HostPlan): Float64Array {
  const { startDay, endDay } = plan;
  const pts: number[] = [startDay, endDay];
  for (const g of plan.gestations) {
    for (let d = g.start; d < g.end; d += GESTATION_SAMPLE_DAYS) pts.push(d);
    pts.push(g.end);
  }
  for (const ev of plan.eventDays) {
    for (const k of EVENT_LADDER_DAYS) pts.push(ev + k);
    pts.push(ev + LATE_AFTER_DAYS);
  }
  for (const b of plan.boluses) pts.push(b.day);
  const inside = pts.filter((d) => d >= startDay && d <= endDay).sort((a, b) => a - b);
  const out: number[] = [];
  for (const d of inside) {
    const last = out.length > 0 ? out[out.length - 1]! : -Infinity;
    if (d - last < MERGE_DAYS) continue;
    const spacing = last > -Infinity && isLate(plan, last, d, LATE_AFTER_DAYS) ? LATE_QUIET_DAYS : QUIET_SAMPLE_DAYS;
    if (last > -Infinity && d - last > spacing) {
      const n = Math.ceil((d - last) / spacing);
      for (let i = 1; i < n; i++) out.push(last + ((d - last) * i) / n);
    }
    out.push(d);
  }
  return Float64Array.from(out);
}

interface SeriesSlot extends CohortSeriesInfo {
  stateIndex: number;
}

/** The same series, in the same order, as the deterministic result (simulate.ts). */
function seriesSlots(plan: HostPlan): SeriesSlot[] {
  const out: SeriesSlot[] = [];
  plan.grafts.forEach((g, gi) => {
    const o = gi * PER_GRAFT;
    const push = (compartment: Compartment, stateIndex: number) => out.push({ origin: g.origin, compartment, sex: g.sex, stateIndex });
    push('blood', o + BLOOD);
    push('niche', o + NICHE);
    TISSUES.forEach((t, j) => push(`tissue:${t}`, o + TISSUE0 + j));
    push('cfdna', o + CFDNA);
    if (plan.isChild) push('immune', o + IMMUNE);
  });
  return out;
}

/** Cells per unit level for every state variable of a host; 0 marks a variable kept deterministic (cfDNA, damage). */
export function stateCellScales(eqs: HostRates, multiplier = 1): Float64Array {
  const s = new Float64Array(eqs.size);
  for (let g = 0; g < eqs.nGrafts; g++) {
    const o = g * PER_GRAFT;
    s[o + BLOOD] = cellsPerUnit('blood') * multiplier;
    s[o + LODGED] = cellsPerUnit('blood') * multiplier;
    s[o + NICHE] = cellsPerUnit('niche') * multiplier;
    for (let j = 0; j < N_TISSUES; j++) s[o + TISSUE0 + j] = cellsPerUnit(TISSUES[j]!) * multiplier;
    s[o + IMMUNE] = cellsPerUnit('blood') * multiplier;
  }
  return s;
}

/**
 * How each state variable moves: 0 deterministic (cfDNA, damage); 1 whole cells every leap (blood, lodged); 2 whole
 * cells that divide, every leap (niche); 3 whole cells known by their law at sample times (tissues, immune cells):
 * they feed nothing else stochastic, and immigration–death from zero is Poisson at any time given its arrival
 * intensity, so the expected count given the path replaces survivor tracking. Such a variable holds that expected
 * level (the damage terms read it, and each sample records it). Cells that arrive at rate μ(s) (given the path of
 * blood, or of the niche for immune cells) and die at rate λ(s) each, starting from none, are Poisson-distributed at any
 * time t with mean ∫ μ(s) e^{−∫ₛᵗλ} ds, so that mean fixes each sample's distribution of whole cells exactly (given the
 * path). The cohort reads its bands from that law (`wholeCells` in the layout, `cellCountKernel`) instead of drawing one
 * count per woman and sample: the same bands on average, without the draws' noise (Rao–Blackwell), and without ~4,700
 * draws per woman.
 */
function stateKinds(eqs: HostRates): Uint8Array {
  const k = new Uint8Array(eqs.size);
  for (let g = 0; g < eqs.nGrafts; g++) {
    const o = g * PER_GRAFT;
    k[o + BLOOD] = 1;
    k[o + LODGED] = 1;
    k[o + NICHE] = 2;
    for (let j = 0; j < N_TISSUES; j++) k[o + TISSUE0 + j] = 3;
    k[o + IMMUNE] = 3;
  }
  return k;
}

/** Largest mean of the extra cells of surviving clones drawn by inversion (`negativeBinomialByInversion`). */
const NEGBIN_INVERSION_MEAN = 30;

/** Slots of a clone law (`birthDeath`): its birth and death rates and leap length, then α and β. */
const LAW_B = 0;
const LAW_D = 1;
const LAW_H = 2;
const LAW_ALPHA = 3;
const LAW_BETA = 4;

/** A clone law's scratch, empty (NaN keys: filled on first use). */
function cloneLaw(): Float64Array {
  return new Float64Array(5).fill(NaN);
}

/**
 * n cells of a linear birth–death process (birth b, death d per cell and day) after h days: exact (Kendall 1948).
 * Each cell's clone is extinct with probability α, else holds Geometric(1−β) cells, with E = e^{(b−d)h},
 * α = d(E−1)/(bE−d), β = b(E−1)/(bE−d). This is how a niche lineage of a few cells dies out or takes hold. α and β
 * are kept in `law` for (b, d, h): a host's grafts share their niche's rates within a leap.
 */
export function birthDeath(n: number, b: number, d: number, h: number, rng: WomanRandom, law: Float64Array = cloneLaw()): number {
  if (n <= 0) return 0;
  if (b <= 0) return rng.binomial(n, Math.exp(-d * h));
  if (law[LAW_B] !== b || law[LAW_D] !== d || law[LAW_H] !== h) {
    law[LAW_B] = b;
    law[LAW_D] = d;
    law[LAW_H] = h;
    if (Math.abs(b - d) * h < 1e-9) {
      // Critical case (b = d): α = β = bh/(1+bh).
      law[LAW_ALPHA] = (b * h) / (1 + b * h);
      law[LAW_BETA] = law[LAW_ALPHA]!;
    } else {
      const E = Math.exp((b - d) * h);
      const den = b * E - d;
      law[LAW_ALPHA] = (d * (E - 1)) / den;
      law[LAW_BETA] = (b * (E - 1)) / den;
    }
  }
  const alpha = law[LAW_ALPHA]!;
  const beta = law[LAW_BETA]!;
  const lineages = rng.binomial(n, 1 - alpha);
  if (lineages === 0) return 0;
  if (!(beta > 0)) return lineages;
  // The surviving clones hold Geometric(1−β) cells each on {1, 2, …}: `lineages` plus a NegativeBinomial(lineages, 1−β)
  // count of extra cells. With a small mean that count is drawn by inversion with one uniform; else one geometric
  // per clone.
  const extraMean = (lineages * beta) / (1 - beta);
  if (extraMean <= NEGBIN_INVERSION_MEAN) return lineages + negativeBinomialByInversion(rng.uniform(), lineages, beta);
  let total = 0;
  const logBeta = Math.log(beta);
  for (let i = 0; i < lineages; i++) total += 1 + Math.floor(Math.log1p(-rng.uniform()) / logBeta);
  return total;
}

/**
 * e^{−zh} and φ₁ per slot, recomputed only when its rate or the leap length changes (most rates are constant for years).
 * The engine's slot for a graft's variable is its offset within a graft (`ci`), shared by every graft: the grafts of a
 * host mostly share their loss rates (cfDNA, lodged cells, blood, and the niche's net rate), so a mother with three
 * grafts computes each factor once per leap instead of three times. Entries are keyed by (rate, h), so sharing is exact.
 */
interface DecayCache {
  rate: Float64Array;
  h: Float64Array;
  decay: Float64Array;
  phi: Float64Array;
  /** φ₂/φ₁: the weight of a source's change over the leap in what is left at its end (½ for slow, 1 for fast variables). */
  endWeight: Float64Array;
  /** The niche's clone law (`birthDeath`), shared by the grafts like the slots. */
  cloneLaw: Float64Array;
}

function decayCache(n: number): DecayCache {
  return {
    rate: new Float64Array(n).fill(NaN),
    h: new Float64Array(n).fill(NaN),
    decay: new Float64Array(n),
    phi: new Float64Array(n),
    endWeight: new Float64Array(n),
    cloneLaw: cloneLaw(),
  };
}

/**
 * Sets, for variable i with loss `rate` over a leap h (rate may be negative: growth), c.decay = e^{−z}, z = rate·h,
 * c.phi = φ₁ = (1 − e^{−z})/rate and c.endWeight = φ₂/φ₁ with φ₂ = (e^{−z} − 1 + z)/(rate·z) (Cox & Matthews 2002):
 * a source that changes linearly by ΔF over the leap leaves φ₁·F₀ + φ₂·ΔF at its end.
 */
function decayFactors(c: DecayCache, i: number, rate: number, h: number): void {
  if (c.rate[i] === rate && c.h[i] === h) return;
  c.rate[i] = rate;
  c.h[i] = h;
  const z = rate * h;
  const e = Math.exp(-z);
  c.decay[i] = e;
  if (Math.abs(z) < 1e-4) {
    c.phi[i] = h * (1 - z / 2 + (z * z) / 6);
    c.endWeight[i] = 0.5 + z / 12;
  } else {
    c.phi[i] = (1 - e) / rate;
    c.endWeight[i] = (e - 1 + z) / (z * (1 - e));
  }
}

/** The chance that a lodged cell is released (rate m) within h and is still in blood (loss λ) at h: ∫₀ʰ m e^{−ms} e^{−λ(h−s)} ds. */
function releasedAndKept(m: number, lambda: number, h: number): number {
  const gap = lambda - m;
  return Math.abs(gap * h) < 1e-9 ? m * h * Math.exp(-m * h) : (m * (Math.exp(-m * h) - Math.exp(-lambda * h))) / gap;
}

/**
 * The nearest whole number of cells to v, 0 below ½: `v > 0 ? Math.round(v) : 0` to the bit for every v below 2^51
 * (a sum v + ½ that rounds can only do so within one integer there), but Math.floor compiles to one instruction where
 * Math.round costs ~10 ns here, and the cohort rounds ~10^4 times per woman.
 */
function roundCells(v: number): number {
  return v >= 0.5 ? Math.floor(v + 0.5) : 0;
}

/**
 * Variable i over one leap by exponential Euler, a negative inflow folded into the loss rate (it then decays towards
 * zero, never below it): cfDNA, damage (`clampOne` keeps a damage index within 0..1), and the expected level of the
 * kind-3 variables (tissue and immune cells, see `stateKinds`). Its level is y[i], its loss rate lam[i], its decay
 * factors in slot `ci` (`DecayCache`); its source and the leap length come in `a` (CL_SOURCE, CL_H), for the reason
 * given at `cellLeap`.
 */
function eulerLeap(cache: DecayCache, ci: number, i: number, a: Float64Array, y: Float64Array, lam: Float64Array, clampOne: boolean): void {
  const yi = y[i]!;
  let fi = a[CL_SOURCE]!;
  if (yi === 0 && fi <= 0) return;
  let l = lam[i]!;
  const h = a[CL_H]!;
  if (fi < 0) {
    l += -fi / yi;
    fi = 0;
  }
  if (cache.rate[ci] !== l || cache.h[ci] !== h) decayFactors(cache, ci, l, h);
  const v = cache.decay[ci]! * yi + cache.phi[ci]! * fi;
  y[i] = clampOne ? Math.min(1, Math.max(0, v)) : Math.max(0, v);
}

/** Fills `cellLeap`'s scratch array but for the leap length (set once per leap); small enough to be inlined. */
function cellArgs(a: Float64Array, level: number, source: number, loss: number, birth: number, scale: number, lodged: number, release: number): void {
  a[CL_LEVEL] = level;
  a[CL_SOURCE] = source;
  a[CL_LOSS] = loss;
  a[CL_BIRTH] = birth;
  a[CL_SCALE] = scale;
  a[CL_LODGED] = lodged;
  a[CL_RELEASE] = release;
}

/** Slots of `cellLeap`'s numeric arguments in its scratch array. */
const CL_LEVEL = 0;
const CL_SOURCE = 1;
const CL_LOSS = 2;
const CL_BIRTH = 3;
const CL_SCALE = 4;
const CL_H = 5;
const CL_LODGED = 6;
const CL_RELEASE = 7;
const CL_SLOTS = 8;

/**
 * A whole-cell variable i (kinds 1 and 2) over one leap: survivors (or a birth–death clone law when b > 0) plus Poisson
 * newcomers, Gaussian above LARGE_COUNT; its new level goes into y[i] (its decay factors in slot `ci`). `a` holds its
 * numbers (slots CL_*): the level, source, per-cell loss and birth rates, cells per unit level, leap length, lodged
 * delivery cells (> 0 adds those released into it and still there) and their release rate. Numbers go in and out through typed arrays because V8
 * boxes every number passed to or returned from a function it does not inline (a heap allocation each): this one is
 * too big to inline, and with ~1,000 calls per woman its boxes were most of a cohort's garbage.
 */
function cellLeap(cache: DecayCache, ci: number, i: number, a: Float64Array, rng: WomanRandom, y: Float64Array): void {
  const yi = a[CL_LEVEL]!;
  let fi = a[CL_SOURCE]!;
  let l = a[CL_LOSS]!;
  const b = a[CL_BIRTH]!;
  const sc = a[CL_SCALE]!;
  const h = a[CL_H]!;
  const lodged0 = a[CL_LODGED]!;
  if (fi < 0) {
    l += -fi / yi;
    fi = 0;
  }
  const net = l - b;
  const zn = net * h;
  if (cache.rate[ci] !== net || cache.h[ci] !== h) decayFactors(cache, ci, net, h);
  const grow = cache.decay[ci]!;
  const phi = cache.phi[ci]!;
  const cells = yi * sc;
  let arrivals = phi * fi * sc;
  if (lodged0 > 0) arrivals += lodged0 * sc * releasedAndKept(a[CL_RELEASE]!, l, h);
  let next: number;
  if (cells + arrivals > LARGE_COUNT) {
    // Variance of a birth–death process from n cells: n(b+d)/(b−d)·E(E−1), E = e^{(b−d)h}; plus Poisson arrivals.
    const variance = (Math.abs(zn) < 1e-9 ? cells * (b + l) * h : (cells * (b + l) * grow * (grow - 1)) / -net) + arrivals;
    next = cells * grow + arrivals + Math.sqrt(Math.max(0, variance)) * rng.normal();
    next = roundCells(next);
  } else {
    const whole = roundCells(cells);
    let kept = 0;
    if (whole > 0) {
      if (b > 0) kept = birthDeath(whole, b, l, h, rng, cache.cloneLaw);
      // No draw when none can survive the leap (blood over months).
      else kept = grow > 1e-12 ? rng.binomial(whole, grow) : 0;
    }
    next = kept + rng.poisson(arrivals);
  }
  y[i] = next / sc;
}

/**
 * One leap of length h from t. For every variable: loss rate λ and source F from the deterministic equations, taken at
 * mid-leap from the state at the leap's start. Deterministic variables (cfDNA, damage) take the exponential-Euler step
 * y' = e^{−λh}y + φ₁F, φ₁ = (1−e^{−λh})/λ. Cell variables with few cells take survivors ~ Binomial(n, e^{−λh}) and
 * newcomers ~ Poisson(φ₁·F·cells), the newcomers still there at the leap's end. Niche cells divide: self-renewal
 * ρ·(1 − ΣN/K) is a per-cell birth rate b (crowding above capacity becomes extra death), and the cells present move by
 * the exact birth–death law above, so a lineage of a few cells can die out before it grows and founding one from
 * engrafting blood cells is a chance event. The mean of a leap is the deterministic step, so many runs average to the
 * deterministic model where counts are large. Above LARGE_COUNT cells a compartment takes its mean plus Gaussian
 * noise of the same variance (Langevin).
 */
function leap(
  eqs: HostRates,
  cache: DecayCache,
  bloodMid: Float64Array,
  args: Float64Array,
  tissues: DecayCache,
  shapes: Float64Array,
  live: Uint8Array,
  leapIndex: number,
  conception: Float64Array,
  gestationEnd: Float64Array,
  y: Float64Array,
  lam: Float64Array,
  f: Float64Array,
  scale: Float64Array,
  clock: Float64Array,
  rng: WomanRandom,
): void {
  // The leap's start and length come in a typed array: numbers passed to a call V8 does not inline are boxed.
  const t = clock[0]!;
  const h = clock[1]!;
  const tm = t + h / 2;
  // The leap length every cellLeap and eulerLeap call reads.
  args[CL_H] = h;
  // Injuries decide three things alike: damage sources, tissue levels (the damage terms read them) and damage steps.
  const injured = eqs.drivers.hasInjuries;
  // Traffic and placental cfDNA at the leap's start, middle and end, from the cohort's shape table.
  const row = eqs.driverRow;
  eqs.drivers.leapRow(shapes, live, leapIndex, row);
  // Tissue sources η_j·B₀ are formed below, per tissue (they are read nowhere else).
  eqs.evaluate(tm, y, lam, f, injured, false);
  const r = eqs.rates;
  const homing = eqs.homing;
  // The niche's crowding from the leap's start, as `evaluate` just formed it for the sources.
  const crowding = eqs.crowding;
  // Self-renewal at this leap's mobilisation (`nicheRenewal`), as `evaluate` just formed it for the sources.
  const renewal = eqs.renewal;
  const birth = renewal * Math.max(0, crowding);
  const crowdingDeath = renewal * Math.max(0, -crowding);
  const m = r.postpartumRelease;
  const release = eqs.release;
  // Grafts are in pregnancy order: those not yet conceived by the leap's end are all zero with no source; skip them.
  let active = 0;
  while (active < conception.length && conception[active]! < t + h) active++;
  // Per graft: the niche first (fed by blood's level at mid-leap), then blood (fed by the niche's start and end), then
  // what blood feeds (tissues, cfDNA; immune cells from the niche), so that coupled sources are not frozen at the leap's
  // start. A coupled source that changes by ΔF over the leap adds φ₂/φ₁·ΔF (a fast variable sees its end-of-leap source).
  for (let g = 0; g < active; g++) {
    const o = g * PER_GRAFT;
    const w = g * ROW_SLOTS;
    const b0 = y[o + BLOOD]!;
    const lodged0 = y[o + LODGED]!;
    // Placental traffic and cfDNA only while the leap overlaps this graft's gestation (the calls box their numbers).
    const pregnant = t + h > conception[g]! && t < gestationEnd[g]!;
    // Niche: engraftment from blood's level at mid-leap (a half-leap step of blood from its start).
    const niche0 = y[o + NICHE]!;
    {
      const lb = lam[o + BLOOD]!;
      // e^{−λh/2} and its φ₁, kept while λ and h stay (years between pregnancies; one entry for every graft, whose
      // blood loss rates are the same unless their clearance factors differ).
      if (bloodMid[0] !== lb || bloodMid[1] !== h) {
        const zb = (lb * h) / 2;
        const e = Math.exp(-zb);
        bloodMid[0] = lb;
        bloodMid[1] = h;
        bloodMid[2] = e;
        bloodMid[3] = zb < 1e-9 ? h / 2 : (1 - e) / lb;
      }
      const eb = bloodMid[2]!;
      let bMid = eb * b0 + bloodMid[3]! * (f[o + BLOOD]! - m * lodged0);
      if (lodged0 > 0) bMid += lodged0 * releasedAndKept(m, lb, h / 2);
      let fi = f[o + NICHE]! + r.engraftment * (bMid - b0);
      if (!(niche0 === 0 && fi <= 0)) {
        // Self-renewal is the cells' own division, handled per cell: take it out of the source.
        fi -= renewal * niche0 * crowding;
        cellArgs(args, niche0, fi, lam[o + NICHE]! + crowdingDeath, birth, scale[o + NICHE]!, 0, m);
        cellLeap(cache, NICHE, o + NICHE, args, rng, y);
      }
    }
    // Blood: the release of lodged delivery cells in closed form (the lodged pool falls ~100-fold over a month-long
    // leap, so a source frozen at the leap's start would overshoot); placental traffic from the leap's start and end.
    {
      const ci = BLOOD;
      const i = o + ci;
      let fi = f[i]!;
      if (lodged0 > 0) fi -= m * lodged0;
      let couple = release * (y[o + NICHE]! - niche0);
      const uMid = pregnant ? row[w + ROW_UM]! : 0;
      if (uMid > 0) {
        const u0 = row[w + ROW_U0]!;
        fi += u0 - uMid;
        couple += row[w + ROW_U1]! - u0;
      }
      if (couple !== 0) {
        // Filled on a miss only, outside the expression (a value that may come from a call is boxed on either path).
        if (cache.rate[ci] !== lam[i] || cache.h[ci] !== h) decayFactors(cache, ci, lam[i]!, h);
        fi += couple * cache.endWeight[ci]!;
      }
      if (!(b0 === 0 && fi <= 0 && !(lodged0 > 0))) {
        cellArgs(args, b0, fi, lam[i]!, 0, scale[i]!, lodged0, m);
        cellLeap(cache, ci, i, args, rng, y);
      }
    }
    if (lodged0 !== 0 || f[o + LODGED]! > 0) {
      const i = o + LODGED;
      cellArgs(args, lodged0, f[i]!, lam[i]!, 0, scale[i]!, 0, m);
      cellLeap(cache, LODGED, i, args, rng, y);
    }
    const dBlood = y[o + BLOOD]! - b0;
    // Tissue decay factors of this leap: filled for the woman's turnover rates before her first leap (`fillTissueTable`).
    // Tissue j gains η_j·B(s) per unit time: blood's start plus its change weighted by φ₂/φ₁ (`endWeight`).
    const { decay, phi, endWeight: weight } = tissues;
    for (let j = 0, tj = leapIndex * N_TISSUES; j < N_TISSUES; j++, tj++) {
      const i = o + TISSUE0 + j;
      const fi = homing[j]! * (b0 + weight[tj]! * dBlood);
      if (fi >= 0) y[i] = y[i]! * decay[tj]! + phi[tj]! * fi;
      else {
        args[CL_SOURCE] = fi;
        eulerLeap(cache, TISSUE0 + j, i, args, y, lam, false);
      }
    }
    {
      const ci = CFDNA;
      const i = o + ci;
      let fi = f[i]!;
      // cfDNA equilibrates within an hour: it follows its sources to the leap's end (placental production and the
      // cells blood loses to clearance), not their value at the leap's start or middle.
      let couple = eqs.cfdnaPerBlood[g]! * dBlood;
      const pMid = pregnant ? row[w + ROW_PM]! : 0;
      if (pMid > 0) {
        const p0 = row[w + ROW_P0]!;
        fi += p0 - pMid;
        couple += row[w + ROW_P1]! - p0;
      }
      if (couple !== 0) {
        // Filled on a miss only, outside the expression (a value that may come from a call is boxed on either path).
        if (cache.rate[ci] !== lam[i] || cache.h[ci] !== h) decayFactors(cache, ci, lam[i]!, h);
        fi += couple * cache.endWeight[ci]!;
      }
      args[CL_SOURCE] = fi;
      eulerLeap(cache, ci, i, args, y, lam, false);
    }
    // Only a child has maternal immune cells; a mother's immune slot stays 0.
    if (eqs.plan.isChild) {
      const ci = IMMUNE;
      const i = o + ci;
      let fi = f[i]!;
      const couple = r.immuneFromNiche * (y[o + NICHE]! - niche0);
      if (couple !== 0) {
        // Filled on a miss only, outside the expression (a value that may come from a call is boxed on either path).
        if (cache.rate[ci] !== lam[i] || cache.h[ci] !== h) decayFactors(cache, ci, lam[i]!, h);
        fi += couple * cache.endWeight[ci]!;
      }
      // The expected level moves on (its whole cells are read from their law at the samples).
      args[CL_SOURCE] = fi;
      eulerLeap(cache, ci, i, args, y, lam, false);
    }
  }
  // Without an injury the damage indices stay exactly 0 under every hypothesis (no signal, and cells act only on damage).
  if (injured) {
    const d = eqs.damageOffset;
    for (let j = 0; j < N_TISSUES; j++) {
      args[CL_SOURCE] = f[d + j]!;
      eulerLeap(cache, d + j, d + j, args, y, lam, true);
    }
  }
}

export interface StochasticOptions extends SpreadOptions {
  /** Multiply every body-wide cell count (the mean test uses a large one to make counts large). */
  cellScaleMultiplier?: number;
  limits?: LeapLimits;
  /**
   * Which hosts a cohort simulates and summarises: all (the default; the CLI's result) or the mother only (what the
   * page draws). She is simulated first from her own stream, so her results are those of the full run to the bit.
   */
  hosts?: 'all' | 'mother';
}

/**
 * Buffers of one host, kept from woman to woman (every woman of a cohort has the same hosts and grafts): a cohort
 * allocates per woman only what her own parameters need, so the workers make little garbage.
 */
export interface HostWorkspace {
  /** The host's rate split, re-targeted to each woman (`HostRates.reset`). */
  eqs: HostRates;
  scale: Float64Array;
  /** Conception day of each graft, in pregnancy order, and the day its gestation ends. */
  conception: Float64Array;
  gestationEnd: Float64Array;
  cache: DecayCache;
  /** Tissue decay factors per (leap, tissue) of the schedule, for the turnover rates `tissueTurnover`. */
  tissues: DecayCache;
  tissueTurnover: Float64Array;
  /**
   * The drivers' time factors (`driverShapes`) at each leap's start, middle and end (t + h·(1 − 10⁻⁹), inside the leap),
   * for the plan key `shapeKey`: no parameter with a between-woman spread moves them, so a cohort fills this once per host.
   */
  shapes: Float64Array;
  /** Per (leap, graft): 1 where a shape in `shapes` is not 0 (`liveShapes`). */
  liveShapes: Uint8Array;
  shapeKey?: Float64Array;
  /** Scratch for `cellLeap`'s numbers, and the leap's start and length (`leap`). */
  cellArgs: Float64Array;
  clock: Float64Array;
  /** Blood's λ and h, then e^{−λh/2} and its φ₁ (the niche's engraftment reads blood at mid-leap), shared by the grafts. */
  bloodMid: Float64Array;
  /** The state index of each series, in series order. */
  slotIndex: Int32Array;
  y: Float64Array;
  lam: Float64Array;
  f: Float64Array;
  /**
   * Leaps per sample interval for the grid `scheduleDays` under `scheduleLimits`. The same for every woman of a cohort:
   * leap limits read only the plan's gestations, events and injuries, which the scenario fixes (no parameter moves them).
   */
  schedule: Int32Array;
  scheduleDays?: Float64Array;
  scheduleLimits?: LeapLimits;
}

/**
 * The tissue decay factors of every leap of the schedule for these turnover rates (λ of tissue j is its turnover, with
 * or without injuries), unless the table already holds them: every woman of a cohort has the same leaps and, unless a
 * spread is ever given to turnover, the same rates, so the table is filled once per cohort and host.
 */
function fillTissueTable(ws: HostWorkspace, days: Float64Array, turnover: Float64Array): void {
  let same = true;
  for (let j = 0; j < N_TISSUES; j++) if (ws.tissueTurnover[j] !== turnover[j]) same = false;
  if (same) return;
  ws.tissueTurnover.set(turnover);
  const schedule = ws.schedule;
  for (let i = 0, leap = 0; i < schedule.length; i++) {
    const steps = schedule[i]!;
    const h = (days[i + 1]! - days[i]!) / steps;
    for (let k = 0; k < steps; k++, leap++) {
      for (let j = 0; j < N_TISSUES; j++) {
        const tj = leap * N_TISSUES + j;
        decayFactors(ws.tissues, tj, turnover[j]!, h);
      }
    }
  }
}

/** The drivers' time factors at every leap of the schedule (`HostWorkspace.shapes`), unless they hold for this plan already. */
function fillShapeTable(ws: HostWorkspace, plan: HostPlan, days: Float64Array): void {
  if (ws.shapeKey && sameShapeKey(plan, ws.shapeKey)) return;
  ws.shapeKey = shapeKey(plan);
  const schedule = ws.schedule;
  const times: number[] = [];
  for (let i = 0; i < schedule.length; i++) {
    const steps = schedule[i]!;
    const t0 = days[i]!;
    // The same arithmetic as `runHost` and `leap`, so the same times to the bit.
    const h = (days[i + 1]! - t0) / steps;
    for (let k = 0; k < steps; k++) {
      const t = t0 + k * h;
      times.push(t, t + h / 2, t + h * (1 - 1e-9));
    }
  }
  ws.shapes = driverShapes(plan, Float64Array.from(times));
  ws.liveShapes = liveShapes(ws.shapes, plan.grafts.length);
}

/** Leaps in each interval between sample days: the fewest of equal length within the leap limit there. */
export function leapSchedule(plan: HostPlan, days: Float64Array, limits: LeapLimits): Int32Array {
  const out = new Int32Array(Math.max(0, days.length - 1));
  for (let i = 0; i < out.length; i++) {
    const t = days[i]!;
    const t1 = days[i + 1]!;
    out[i] = Math.max(1, Math.ceil((t1 - t) / leapLimit(plan, t, t1, limits) - 1e-9));
  }
  return out;
}

export function hostWorkspace(eqs: HostRates, cellScaleMultiplier = 1): HostWorkspace {
  const plan = eqs.plan;
  const slots = seriesSlots(plan);
  return {
    eqs,
    scale: stateCellScales(eqs, cellScaleMultiplier),
    conception: Float64Array.from(plan.grafts, (g) => g.conceptionDay),
    gestationEnd: Float64Array.from(plan.grafts, (g) => g.endDay),
    // Keyed by (rate, h): entries stay valid from woman to woman (slots: see `DecayCache`).
    cache: decayCache(eqs.size),
    tissues: decayCache(0),
    tissueTurnover: new Float64Array(N_TISSUES).fill(NaN),
    shapes: new Float64Array(0),
    liveShapes: new Uint8Array(0),
    bloodMid: new Float64Array(4).fill(NaN),
    cellArgs: new Float64Array(CL_SLOTS),
    clock: new Float64Array(2),
    slotIndex: Int32Array.from(slots, (x) => x.stateIndex),
    y: new Float64Array(eqs.size),
    lam: new Float64Array(eqs.size),
    f: new Float64Array(eqs.size),
    schedule: new Int32Array(0),
  };
}

export function simulateHostStochastic(
  plan: HostPlan,
  parameters: ParameterValues,
  days: Float64Array,
  rng: WomanRandom,
  out: Float64Array,
  options: StochasticOptions = {},
  workspace?: HostWorkspace,
): void {
  runHost(plan, deriveRates(parameters), days, rng, out, options, workspace);
}

/**
 * One host's stochastic run over its sample days, recording series-major into `out` (series s at sample i: s·T + i):
 * `simulateHostStochastic` with the woman's rates derived once for all her hosts.
 */
function runHost(plan: HostPlan, rates: ModelRates, days: Float64Array, rng: WomanRandom, out: Float64Array, options: StochasticOptions, workspace?: HostWorkspace): void {
  let eqs: HostRates;
  if (workspace) {
    eqs = workspace.eqs;
    eqs.reset(plan, rates);
  } else eqs = new HostRates(plan, rates);
  const ws = workspace ?? hostWorkspace(eqs, options.cellScaleMultiplier ?? 1);
  const { scale, conception, cache, slotIndex, y, lam, f } = ws;
  let leaps = 0;
  y.fill(0);
  const limits = options.limits ?? STOCHASTIC_STEP_LIMITS;
  const T = days.length;
  if (ws.scheduleDays !== days || ws.scheduleLimits !== limits) {
    ws.schedule = leapSchedule(plan, days, limits);
    ws.scheduleDays = days;
    ws.scheduleLimits = limits;
    // Tissue decay factors per (leap, tissue): the same for every woman (see `fillTissueTable`).
    ws.tissues = decayCache(ws.schedule.reduce((a, b) => a + b, 0) * N_TISSUES);
    ws.tissueTurnover.fill(NaN);
    ws.shapeKey = undefined;
  }
  fillShapeTable(ws, plan, days);
  fillTissueTable(ws, days, rates.tissueTurnover);
  const schedule = ws.schedule;
  const tissues = ws.tissues;
  const boluses = plan.boluses;
  let nextBolus = 0;
  for (let i = 0; i < T; i++) {
    const t = days[i]!;
    // Tissue and immune cells hold their expected level given the path (kind 3 in `stateKinds`).
    for (let s = 0, at = i; s < slotIndex.length; s++, at += T) out[at] = y[slotIndex[s]!]!;
    while (nextBolus < boluses.length && boluses[nextBolus]!.day <= t + BOLUS_TOLERANCE_DAYS) {
      const b = boluses[nextBolus++]!;
      const idx = b.graft * PER_GRAFT + (b.target === 'blood' ? BLOOD : LODGED);
      // Whole cells cross at a delivery or a loss: how many is a Poisson draw around the bolus.
      y[idx] = y[idx]! + rng.poisson(b.amount * scale[idx]!) / scale[idx]!;
    }
    if (i + 1 === T) break;
    const steps = schedule[i]!;
    const h = (days[i + 1]! - t) / steps;
    const clock = ws.clock;
    clock[1] = h;
    for (let k = 0; k < steps; k++) {
      clock[0] = t + k * h;
      leap(eqs, cache, ws.bloodMid, ws.cellArgs, tissues, ws.shapes, ws.liveShapes, leaps++, conception, ws.gestationEnd, y, lam, f, scale, clock, rng);
    }
  }
}

/** A prepared cohort: the shared layout, and a function that simulates woman `index` into trajectories. */
export interface CohortModel {
  layout: CohortLayout;
  simulateWoman(seed: number, index: number, out: WomanTrajectories): void;
}

export function prepareCohortModel(scenario: Scenario, options: StochasticOptions = {}): CohortModel {
  const base = resolveParameters(scenario.parameters);
  const allPlans = planHosts(scenario, base);
  if (allPlans[0]?.host !== 'mother') throw new Error('prepareCohortModel: the mother must be the first host');
  const refPlans = options.hosts === 'mother' ? allPlans.slice(0, 1) : allPlans;
  const grids = refPlans.map(cohortSampleDays);
  const refEqs = refPlans.map((p) => new HostRates(p, deriveRates(base)));
  const kinds = refEqs.map(stateKinds);
  const scales = refEqs.map((eqs) => stateCellScales(eqs, options.cellScaleMultiplier ?? 1));
  const hosts: CohortHostLayout[] = refPlans.map((p, h) => {
    const days = grids[h]!;
    const timeYears = new Float64Array(days.length);
    for (let i = 0; i < days.length; i++) timeYears[i] = (days[i]! - p.zeroDay) / DAYS_PER_YEAR;
    return {
      host: p.host,
      timeYears,
      motherAgeAtZeroYears: p.zeroDay / DAYS_PER_YEAR,
      series: seriesSlots(p).map(({ origin, compartment, sex, stateIndex }) => {
        // Tissue and immune cells record their expected count: the layout carries the law of the whole cells around it.
        if (kinds[h]![stateIndex] !== 3) return { origin, compartment, sex };
        return { origin, compartment, sex, wholeCells: { cellsPerUnit: scales[h]![stateIndex]!, largeCount: LARGE_COUNT } };
      }),
    };
  });
  const table = spreadTable(options);
  // Created on the first woman: the pool also prepares a model on the page side, for its layout only.
  let workspaces: HostWorkspace[] | undefined;
  // One woman's parameters at a time: rewritten for each woman (her plans and rates are built from it at once).
  const womanParams: ParameterValues = { ...base };
  return {
    layout: { scenarioName: scenario.name, hosts },
    simulateWoman(seed, index, out) {
      const ws = (workspaces ??= refEqs.map((eqs) => hostWorkspace(eqs, options.cellScaleMultiplier ?? 1)));
      const rng = womanRandom(seed, index);
      const p = drawWomanParameters(base, table, rng, womanParams);
      const plans = table.length > 0 ? planHosts(scenario, p) : refPlans;
      const rates = deriveRates(p);
      // Hosts in plan order, the mother first: a mother-only cohort stops after her.
      for (let h = 0; h < refPlans.length; h++) runHost(plans[h]!, rates, grids[h]!, rng, out[h]!, options, ws[h]);
    },
  };
}
