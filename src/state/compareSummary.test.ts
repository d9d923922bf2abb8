// compareSummary.test.ts checks the summary figures of a run and the A/B table against hand-computed values.
import { describe, expect, it } from 'vitest';
import { presetById } from '../model/presets';
import { simulate } from '../model/simulate';
import { compareRows, summarizeRun } from './compareSummary';
import { valueAt, sumSeries } from '../charts/seriesMath';

const one = simulate(presetById('one-son')!.scenario);
const three = simulate(presetById('three-children')!.scenario);

describe('summarizeRun', () => {
  it('reads the peak, and the levels 10 and 30 years after the first birth', () => {
    const s = summarizeRun(one, 1e-3);
    const m = one.hosts[0]!;
    const blood = m.series.find((x) => x.compartment === 'blood')!.values;
    expect(s.peakBlood).toBe(Math.max(...blood));
    const birth = one.events.find((e) => e.kind === 'birth')!.motherAgeYears;
    expect(s.firstBirthAgeYears).toBe(birth);
    expect(s.bloodAt10Years).toBeCloseTo(valueAt(m.timeYears, blood, birth + 10), 15);
    expect(s.bloodAt30Years).toBeGreaterThan(0);
  });
  it('sums the grafts of several pregnancies', () => {
    const s = summarizeRun(three, 1e-3);
    const m = three.hosts[0]!;
    const total = sumSeries(m.series.filter((x) => x.compartment === 'blood').map((x) => x.values), m.timeYears.length);
    expect(s.peakBlood).toBe(Math.max(...total));
  });
  it('times the fall below the detection limit from the last pregnancy', () => {
    const s = summarizeRun(one, 1e-3);
    expect(s.yearsToUndetectable).toBeGreaterThan(0);
    expect(summarizeRun(one, 1e-12).yearsToUndetectable).toBeUndefined();
    expect(summarizeRun(one, 10).yearsToUndetectable).toBe(0);
  });
  it('reports no damage without an injury, and some with one', () => {
    expect(summarizeRun(one, 1e-3).maxDamage).toBe(0);
    const injured = summarizeRun(simulate(presetById('thyroid-injury-pathogenic')!.scenario), 1e-3);
    expect(injured.maxDamage).toBeGreaterThan(0);
    expect(injured.maxDamageTissue).toBe('thyroid');
  });
  it('marks a level beyond the run as not reached', () => {
    const short = simulate({ ...presetById('one-son')!.scenario, horizonYears: 45 });
    expect(summarizeRun(short, 1e-3).bloodAt30Years).toBeNaN();
  });
});

describe('compareRows', () => {
  it('formats both columns and B relative to A, never NaN', () => {
    const rows = compareRows(summarizeRun(one, 1e-3), summarizeRun(three, 1e-3));
    expect(rows.map((r) => r.label)).toContain('30 years after the first birth');
    for (const r of rows) expect(`${r.a} ${r.b} ${r.difference}`).not.toMatch(/NaN|undefined/);
    const same = compareRows(summarizeRun(one, 1e-3), summarizeRun(one, 1e-3));
    expect(same[0]!.difference).toBe('B is ×1 of A');
    expect(same[3]!.difference).toBe('same');
  });
  it('says "no birth" rather than "beyond the run" for a scenario without a birth', () => {
    const none = summarizeRun(simulate(presetById('elective-termination')!.scenario), 1e-3);
    const rows = compareRows(none, summarizeRun(one, 1e-3));
    expect(rows[1]!.a).toBe('no birth');
    expect(rows[1]!.difference).toBe('—');
  });
});
