// cohortAssays.test.ts: a cohort run carries a lens for every assay the panel offers, with the chosen sample and depth.
import { describe, expect, it } from 'vitest';
import { COHORT_ASSAY_KINDS, cohortAssays } from './cohortAssays';
import { DEFAULT_ASSAY } from '../model/assay';

describe('cohortAssays', () => {
  it('asks for every offered assay once, the chosen one first, each with the chosen sample, genomes and replicates', () => {
    const current = { ...DEFAULT_ASSAY, assay: 'polymorphism' as const, geq: 50_000, replicates: 2 };
    const lenses = cohortAssays(current);
    expect(lenses[0]).toEqual(current);
    expect(lenses.map((a) => a.assay).sort()).toEqual([...COHORT_ASSAY_KINDS].sort());
    for (const a of lenses) expect({ sample: a.sample, geq: a.geq, replicates: a.replicates }).toEqual({ sample: 'blood', geq: 50_000, replicates: 2 });
  });
});
