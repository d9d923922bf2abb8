// cohortCalibration.test.ts fails when a cohort row of evidence.md (E10, E17, E18; assay-read E1, E11) leaves its target.

import { describe, expect, it } from 'vitest';
import { cohortCalibrationRows } from './cohortCalibration';

describe('cohort calibration (evidence.md, read through each study\'s assay)', () => {
  // 600 women: a prevalence near 30% is known to ±2 points (one standard error), inside every row's margin.
  const rows = cohortCalibrationRows({ n: 600 });
  it.each(rows.map((r) => [r.id, r] as const))('%s is within its target', (_id, r) => {
    expect(r.value, `${r.id} ${r.what}: ${r.value.toPrecision(3)} ${r.unit}, target ${r.target[0]}–${r.target[1]} (${r.readAs})`).toBeGreaterThanOrEqual(r.target[0]);
    expect(r.value).toBeLessThanOrEqual(r.target[1]);
  });
  it('covers every cohort row', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(['E1', 'E10', 'E11', 'E17', 'E18']);
  });
}, 120_000);
