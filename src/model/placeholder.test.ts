// placeholder.test.ts checks the walking skeleton's stand-in model.
import { describe, expect, it } from 'vitest';
import { runPlaceholder } from './placeholder';

describe('runPlaceholder', () => {
  it('rises during pregnancy and falls after birth', () => {
    const r = runPlaceholder({ transferPerDay: 1 });
    const v = r.hosts[0]!.series[0]!.values;
    const peak = v.indexOf(Math.max(...v));
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(v.length - 1);
    expect(v[v.length - 1]).toBeLessThan(v[peak]! / 100);
  });
  it('scales with transfer', () => {
    const a = runPlaceholder({ transferPerDay: 1 }).hosts[0]!.series[0]!.values;
    const b = runPlaceholder({ transferPerDay: 2 }).hosts[0]!.series[0]!.values;
    expect(b[100]).toBeCloseTo(2 * a[100]!, 10);
  });
});
