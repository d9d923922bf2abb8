// stochasticEngine.test.ts checks the hybrid tau-leaping engine: reproducible, non-negative, its mean on the deterministic model, chance loss.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { birthDeath, cohortSampleDays, LARGE_COUNT, leapLimit, leapSchedule, prepareCohortModel, STOCHASTIC_STEP_LIMITS } from './stochasticEngine';
import { cellsPerUnit } from './cellScales';
import { emptyTrajectories } from './cohortRun';
import { presetById, PRESETS } from './presets';
import { drawWomanParameters, spreadTable } from './womanParameters';
import { simulate } from './simulate';
import { womanRandom } from './seededRandom';
import type { Scenario, Tissue } from './types';
import { HostRates } from './hostRates';
import { driverShapes, HostDrivers, liveShapes, ROW_IM, ROW_P0, ROW_SLOTS, ROW_U0, sameShapeKey, shapeKey } from './drivers';
import { HostEquations } from './equations';
import { planHosts } from './hostPlan';
import { resolveParameters } from './parameters';
import { deriveRates, DAYS_PER_YEAR } from './rates';

const oneSon = presetById('one-son')!.scenario;
const threeChildren = presetById('three-children')!.scenario;

function interpolate(x: Float64Array, y: Float64Array, at: number): number {
  let j = 0;
  while (j < x.length - 2 && x[j + 1]! < at) j++;
  const f = Math.min(1, Math.max(0, (at - x[j]!) / (x[j + 1]! - x[j]!)));
  return y[j]! + (y[j + 1]! - y[j]!) * f;
}

describe('birth–death leaps (Kendall 1948)', { timeout: 30_000 }, () => {
  it('mean n·e^{(b−d)h} and extinction probability of one cell match the closed form', () => {
    const rng = womanRandom(3, 0);
    const b = 1 / 280;
    const d = 0.00285;
    const h = 365;
    const runs = 20000;
    let sum = 0;
    let extinct = 0;
    for (let i = 0; i < runs; i++) {
      const k = birthDeath(1, b, d, h, rng);
      sum += k;
      if (k === 0) extinct++;
    }
    const E = Math.exp((b - d) * h);
    const alpha = (d * (E - 1)) / (b * E - d);
    const mean = E;
    const varOne = ((b + d) / (b - d)) * E * (E - 1);
    expect(Math.abs(sum / runs - mean)).toBeLessThan(4 * Math.sqrt(varOne / runs));
    expect(Math.abs(extinct / runs - alpha)).toBeLessThan(4 * Math.sqrt((alpha * (1 - alpha)) / runs));
  });
  it('is pure death without births', () => {
    const rng = womanRandom(4, 0);
    let s = 0;
    for (let i = 0; i < 5000; i++) s += birthDeath(10, 0, 0.01, 30, rng);
    const p = Math.exp(-0.3);
    expect(Math.abs(s / 5000 - 10 * p)).toBeLessThan(4 * Math.sqrt((10 * p * (1 - p)) / 5000));
  });
});

describe('the rate split', { timeout: 30_000 }, () => {
  it('F − λ·y is exactly the deterministic right-hand side, for any state and time', () => {
    const presets = ['three-children', 'thyroid-injury-pathogenic', 'thyroid-injury-repair', 'juvenile-myopathy', 'preeclampsia'].map((id) => presetById(id)!.scenario);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: presets.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 1e6 }), (k, at, seed) => {
        const s = presets[k]!;
        const p = resolveParameters(s.parameters);
        const rates = deriveRates(p);
        for (const plan of planHosts(s, p)) {
          const split = new HostRates(plan, rates);
          const eqs = new HostEquations(plan, rates);
          const rng = womanRandom(seed, 0);
          const y = Float64Array.from({ length: split.size }, () => rng.uniform() * 0.01);
          for (let j = split.damageOffset; j < split.size; j++) y[j] = rng.uniform();
          const t = plan.startDay + at * (plan.endDay - plan.startDay);
          const lam = new Float64Array(split.size);
          const f = new Float64Array(split.size);
          split.lambdas(t, lam);
          split.sources(t, y, f);
          const dy = new Float64Array(split.size);
          eqs.rhs(t, y, dy);
          for (let i = 0; i < split.size; i++) expect(f[i]! - lam[i]! * y[i]!).toBeCloseTo(dy[i]!, 12);
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('stochastic engine', { timeout: 30_000 }, () => {
  it('the same seed and index replay the same woman; another index gives another', { timeout: 30_000 }, () => {
    const m = prepareCohortModel(threeChildren);
    const a = emptyTrajectories(m.layout);
    const b = emptyTrajectories(m.layout);
    const c = emptyTrajectories(m.layout);
    m.simulateWoman(11, 5, a);
    m.simulateWoman(11, 5, b);
    m.simulateWoman(11, 6, c);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('levels are finite and never negative (property over seeds and presets)', () => {
    const presets = ['one-son', 'three-children', 'elective-termination', 'thyroid-injury-pathogenic', 'juvenile-myopathy'].map((id) => presetById(id)!.scenario);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: presets.length - 1 }), (seed, k) => {
        const m = prepareCohortModel(presets[k]!);
        const out = emptyTrajectories(m.layout);
        m.simulateWoman(seed, 0, out);
        for (const h of out) for (const v of h) expect(Number.isFinite(v) && v >= 0).toBe(true);
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  it('its mean over runs agrees with the deterministic model where counts are large', () => {
    // Cell counts ×10^4 (thousands to millions of cells per compartment) and no between-woman spread: each run's
    // relative noise is under 1%, so 16 runs give a standard error well under 0.5%. What remains is the leap
    // discretisation (sources taken at mid-leap over leaps of up to 180 days), measured at ≤ 5%: tolerance 8%.
    const m = prepareCohortModel(oneSon, { spreadScale: 0, cellScaleMultiplier: 1e4 });
    const det = simulate(oneSon).hosts[0]!;
    const h = m.layout.hosts[0]!;
    const T = h.timeYears.length;
    const runs = 16;
    const out = emptyTrajectories(m.layout);
    const mean = new Float64Array(out[0]!.length);
    for (let i = 0; i < runs; i++) {
      m.simulateWoman(1, i, out);
      for (let k = 0; k < mean.length; k++) mean[k]! += out[0]![k]! / runs;
    }
    const birthAge = oneSon.pregnancies[0]!.conceptionAgeYears + 38 / 52.18;
    const checks = [birthAge - 0.1, birthAge + 10, birthAge + 20, birthAge + 40];
    let compared = 0;
    for (const compartment of ['blood', 'niche', 'tissue:thyroid', 'tissue:liver', 'tissue:heart', 'cfdna'] as const) {
      const si = h.series.findIndex((s) => s.compartment === compartment);
      const ds = det.series.find((s) => s.origin === h.series[si]!.origin && s.compartment === compartment)!;
      for (const age of checks) {
        const got = interpolate(h.timeYears, mean.subarray(si * T, (si + 1) * T), age);
        const want = interpolate(det.timeYears, ds.values, age);
        expect(want).toBeGreaterThan(0);
        expect(Math.abs(got / want - 1), `${compartment} at ${age.toFixed(1)} y: ${got} vs ${want}`).toBeLessThan(0.08);
        compared++;
      }
    }
    expect(compared).toBe(24);
  }, 30_000);

  it('tissue and immune series record expected cells and carry the law of the whole cells around them', () => {
    const m = prepareCohortModel(threeChildren, { cellScaleMultiplier: 3 });
    let drawn = 0;
    for (const h of m.layout.hosts) {
      for (const s of h.series) {
        const compartment = s.compartment;
        const expected = compartment.startsWith('tissue:') ? cellsPerUnit(compartment.slice(7) as Tissue) : compartment === 'immune' ? cellsPerUnit('blood') : undefined;
        if (expected === undefined) expect(s.wholeCells).toBeUndefined();
        else {
          expect(s.wholeCells).toEqual({ cellsPerUnit: expected * 3, largeCount: LARGE_COUNT });
          drawn++;
        }
      }
    }
    // Mother: 10 tissues × 3 grafts; each child: 10 tissues and immune cells of her one maternal graft.
    expect(drawn).toBe(30 + 3 * 11);
  });

  it('with real cell counts a graft can be lost by chance: some women keep a niche lineage, others lose it', () => {
    const m = prepareCohortModel(oneSon as Scenario, { spreadScale: 0 });
    const h = m.layout.hosts[0]!;
    const T = h.timeYears.length;
    const si = h.series.findIndex((s) => s.compartment === 'niche');
    const t = T - 1;
    const out = emptyTrajectories(m.layout);
    let kept = 0;
    const women = 200;
    for (let i = 0; i < women; i++) {
      m.simulateWoman(9, i, out);
      if (out[0]![si * T + t]! > 0) kept++;
    }
    const det = simulate(oneSon).hosts[0]!.series.find((s) => s.compartment === 'niche')!.values;
    expect(det[det.length - 1]).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(women);
  }, 30_000);

  it('samples and leaps every two years only once every event is 20 years past; yearly or finer before', () => {
    for (const plan of planHosts(threeChildren, resolveParameters(threeChildren.parameters))) {
      const days = cohortSampleDays(plan);
      const late = Math.max(...plan.eventDays) + 20 * DAYS_PER_YEAR;
      let twoYearGaps = 0;
      for (let i = 1; i < days.length; i++) {
        const gap = days[i]! - days[i - 1]!;
        const h = leapLimit(plan, days[i - 1]!, days[i]!, STOCHASTIC_STEP_LIMITS);
        if (days[i - 1]! < late - 1e-6) {
          expect(gap).toBeLessThanOrEqual(DAYS_PER_YEAR + 1e-6);
          expect(h).toBeLessThanOrEqual(DAYS_PER_YEAR);
        } else {
          expect(gap).toBeLessThanOrEqual(2 * DAYS_PER_YEAR + 1e-6);
          expect(h).toBe(2 * DAYS_PER_YEAR);
          if (gap > DAYS_PER_YEAR + 1e-6) twoYearGaps++;
        }
      }
      // Every host of the preset reaches that regime (the mother at 53.7, each child at 20).
      expect(twoYearGaps).toBeGreaterThan(5);
    }
  });

  it('every woman has the leap schedule of the scenario (computed once per cohort): no parameter moves the events', () => {
    const table = spreadTable();
    for (const { scenario } of PRESETS) {
      const base = resolveParameters(scenario.parameters);
      const ref = planHosts(scenario, base);
      const grids = ref.map(cohortSampleDays);
      const want = ref.map((p, h) => leapSchedule(p, grids[h]!, STOCHASTIC_STEP_LIMITS));
      for (let i = 0; i < 5; i++) {
        const p = drawWomanParameters(base, table, womanRandom(7, i));
        expect(planHosts(scenario, p).map((plan, h) => leapSchedule(plan, grids[h]!, STOCHASTIC_STEP_LIMITS)), scenario.name).toEqual(want);
      }
    }
  });

  it('driver shapes are tabulated once per cohort (no spread moves them) and give the drivers to the bit', () => {
    const table = spreadTable();
    for (const { scenario } of PRESETS) {
      const base = resolveParameters(scenario.parameters);
      const ref = planHosts(scenario, base);
      const keys = ref.map(shapeKey);
      // A moved traffic onset, or a last pregnancy that ends a day later, is another key.
      const mother = ref[0]!;
      const last = mother.grafts.length - 1;
      expect(sameShapeKey({ ...mother, trafficOnsetWeeks: mother.trafficOnsetWeeks + 1 }, keys[0]!), scenario.name).toBe(false);
      if (last >= 0) {
        const later = mother.grafts.map((g, k) => (k === last ? { ...g, endDay: g.endDay + 1 } : g));
        expect(sameShapeKey({ ...mother, grafts: later }, keys[0]!), scenario.name).toBe(false);
      }
      for (let i = 0; i < 5; i++) {
        const p = drawWomanParameters(base, table, womanRandom(7, i));
        const rates = deriveRates(p);
        planHosts(scenario, p).forEach((plan, h) => {
          expect(sameShapeKey(plan, keys[h]!), scenario.name).toBe(true);
          // Leap-like triples across the host's gestations, and one before and after.
          const times: number[] = [];
          for (const g of plan.gestations) for (let t = g.start - 3; t < g.end + 3; t += 1.7) times.push(t, t + 0.85, t + 1.7 * (1 - 1e-9));
          const shapes = driverShapes(plan, Float64Array.from(times));
          const live = liveShapes(shapes, plan.grafts.length);
          const drv = new HostDrivers(plan, rates);
          const row = new Float64Array(plan.grafts.length * ROW_SLOTS);
          for (let leap = 0; leap < times.length / 3; leap++) {
            drv.leapRow(shapes, live, leap, row);
            for (let g = 0; g < plan.grafts.length; g++) {
              for (let k = 0; k < 3; k++) {
                const t = times[3 * leap + k]!;
                expect(Object.is(row[g * ROW_SLOTS + ROW_U0 + k], drv.traffic(g, t))).toBe(true);
                expect(Object.is(row[g * ROW_SLOTS + ROW_P0 + k], drv.placenta(g, t))).toBe(true);
              }
              expect(Object.is(row[g * ROW_SLOTS + ROW_IM], drv.immuneTraffic(g, times[3 * leap + 1]!))).toBe(true);
            }
          }
        });
      }
    }
  });
});
