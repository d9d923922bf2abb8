// parameters.test.ts checks the parameter table: ids, ranges, tiers, sources, spreads, and that docs/model.md lists every id.
import { COHORT_FITTED_PARAMETERS } from './cohortCalibration';
import { describe, expect, it } from 'vitest';
import { PARAMETERS, defaultParameterValues, resolveParameters, parameterSpec } from './parameters';
import { FITTED } from './fit';

describe('parameter table', () => {
  it('has unique camelCase ids with a unit-bearing name or a dimensionless unit', () => {
    const ids = PARAMETERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
  });
  it.each(PARAMETERS.map((p) => [p.id, p] as const))('%s: default inside its range, a source, a tier', (_, p) => {
    expect(p.min).toBeLessThanOrEqual(p.default);
    expect(p.default).toBeLessThanOrEqual(p.max);
    expect(p.source.length).toBeGreaterThan(20);
    expect(['human', 'fitted', 'animal', 'assumption']).toContain(p.tier);
    if (p.spread) {
      expect(p.spread.sdLog).toBeGreaterThan(0);
      expect(p.spread.source.length).toBeGreaterThan(5);
    }
  });
  it('marks exactly the parameters the fit sets as fitted', () => {
    // The deterministic fit (fit.ts) sets some; the cohort fit (cohortCalibration.ts) sets the assay reading factors.
    const fitted = [...FITTED.map((f) => f.id), ...COHORT_FITTED_PARAMETERS];
    expect(PARAMETERS.filter((p) => p.tier === 'fitted').map((p) => p.id).sort()).toEqual(fitted.sort());
  });
  it('resolves overrides and ignores unknown ids', () => {
    const r = resolveParameters({ cfdnaHalfLifeMinutes: 20, notAParameter: 3 });
    expect(r.cfdnaHalfLifeMinutes).toBe(20);
    expect(r.fetalTrafficTermPerDay).toBe(defaultParameterValues().fetalTrafficTermPerDay);
    expect('notAParameter' in r).toBe(false);
    expect(parameterSpec('cfdnaHalfLifeMinutes')?.tier).toBe('human');
  });
});
