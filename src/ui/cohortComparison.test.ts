// cohortComparison.test.ts checks that the cohort chart cites a study only when it used the same assay in the same host.
import { describe, expect, it } from 'vitest';
import { cohortComparison } from './cohortComparison';

describe('cohortComparison', () => {
  it("compares Y-chromosome qPCR of the mother's blood with E10 (Evans et al. 1999)", () => {
    expect(cohortComparison({ assay: 'y-qpcr', sample: 'blood' }, 'mother')).toEqual({ match: 'E10', elsewhere: [] });
  });
  it("finds no published share for polymorphism PCR of the mother's blood: its rows are of maternal cells in children", () => {
    expect(cohortComparison({ assay: 'polymorphism', sample: 'blood' }, 'mother')).toEqual({ match: undefined, elsewhere: ['E17', 'E18'] });
  });
  it('matches the child rows for a child, and nothing for a tissue sample', () => {
    expect(cohortComparison({ assay: 'polymorphism', sample: 'blood' }, 'child').match).toBe('E17');
    expect(cohortComparison({ assay: 'y-qpcr', sample: 'blood' }, 'child')).toEqual({ match: undefined, elsewhere: ['E10'] });
    expect(cohortComparison({ assay: 'y-qpcr', sample: 'tissue:thyroid' }, 'mother')).toEqual({ match: undefined, elsewhere: [] });
  });
});
