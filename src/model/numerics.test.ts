// numerics.test.ts holds the fast integrator to tight-tolerance reference solutions: relative error below 1e-3 on every series.
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { loadOdex, simulateWithOdex } from './testing/odexReference';
import type { Scenario, SimResult } from './types';
import { birth, busyScenario } from './testing/busyScenario';

/**
 * Worst relative error over every series and damage index of every host. Values near zero are compared against an
 * absolute floor of 1e-3 × the series' own peak (so an error must also stay below one part in a million of the peak there):
 * the onset of traffic and the tails of clearance pass through values far below anything drawn or measured.
 */
function worstError(ref: SimResult, got: SimResult): { error: number; where: string } {
  let error = 0;
  let where = '';
  ref.hosts.forEach((R, h) => {
    const G = got.hosts[h]!;
    expect(Array.from(G.timeYears)).toEqual(Array.from(R.timeYears));
    const pairs = [
      ...R.series.map((s, i) => [`${R.host} ${s.origin} ${s.compartment}`, s.values, G.series[i]!.values] as const),
      ...R.damage.map((d, i) => [`${R.host} damage ${d.tissue}`, d.values, G.damage[i]!.values] as const),
    ];
    for (const [label, r, g] of pairs) {
      let peak = 0;
      for (const v of r) peak = Math.max(peak, Math.abs(v));
      const floor = 1e-3 * peak;
      for (let i = 0; i < r.length; i++) {
        const e = Math.abs(g[i]! - r[i]!) / (Math.abs(r[i]!) + floor || 1);
        if (e > error) {
          error = e;
          where = `${label} at ${R.timeYears[i]!.toFixed(4)}: ref ${r[i]}, got ${g[i]}`;
        }
      }
    }
  });
  return { error, where };
}


const shortScenarios: Scenario[] = [
  {
    version: 1, name: 'son, thyroid wound, repair', horizonYears: 30.5, pregnancies: [birth()],
    injuries: [{ host: 'mother', tissue: 'thyroid', kind: 'wound', ageYears: 29.5, severity: 0.6, durationDays: 90, chronic: false }],
    hypothesis: 'repair', parameters: {},
  },
  {
    version: 1, name: 'termination, then preeclampsia caesarean, autoimmune skin, pathogenic', horizonYears: 30.2,
    pregnancies: [
      { conceptionAgeYears: 27.5, gestationWeeks: 11, outcome: 'termination', fetalSex: 'male', hlaCompatible: true, conditions: [] },
      birth({ delivery: 'caesarean', fetalSex: 'female', conditions: ['preeclampsia', 'trisomy21'] }),
    ],
    injuries: [
      { host: 'mother', tissue: 'skin', kind: 'autoimmune', ageYears: 29.3, severity: 0.8, durationDays: 365, chronic: true },
      { host: 'child:2', tissue: 'muscle', kind: 'tumour', ageYears: 0.5, severity: 0.5, durationDays: 100, chronic: false },
    ],
    hypothesis: 'pathogenic', parameters: {},
  },
];

const longScenarios: Scenario[] = [
  {
    version: 1, name: 'three children', horizonYears: 80,
    pregnancies: [birth({ conceptionAgeYears: 26 }), birth({ conceptionAgeYears: 29, gestationWeeks: 39, delivery: 'caesarean', fetalSex: 'female' }), birth({ conceptionAgeYears: 33 })],
    injuries: [], hypothesis: 'neutral', parameters: {},
  },
  busyScenario(),
];

describe('numerics: the fast integrator against references', () => {
  it.each(shortScenarios)('matches odex at tolerance 1e-10 within 1e-3: $name', async (s) => {
    const Solver = await loadOdex();
    const { error, where } = worstError(simulateWithOdex(s, { Solver, tolerance: 1e-10 }), simulate(s));
    expect(error, where).toBeLessThan(1e-3);
  }, 120_000);

  it.each(longScenarios)('matches itself at 1/64 of the step within 1e-3 over 80 years: $name', (s) => {
    const { error, where } = worstError(simulate(s, { refine: 64 }), simulate(s));
    expect(error, where).toBeLessThan(1e-3);
  }, 120_000);

  it('converges at second order (halving the steps cuts the error about fourfold)', () => {
    const s = longScenarios[0]!;
    const ref = simulate(s, { refine: 64 });
    const e1 = worstError(ref, simulate(s, { refine: 4 })).error;
    const e2 = worstError(ref, simulate(s, { refine: 8 })).error;
    expect(e1 / e2).toBeGreaterThan(2.5);
  }, 120_000);
});
