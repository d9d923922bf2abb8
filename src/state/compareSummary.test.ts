// compareSummary.test.ts checks the summary figures of a run and the A/B table against hand-computed values.
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../i18n/locale.svelte';
import { presetById } from '../model/presets';
import { simulate } from '../model/simulate';
import { compareRows, ratioText, summarizeRun, type RunSummary } from './compareSummary';
import { valueAt, sumSeries } from '../charts/seriesMath';
import { formatDuration } from '../charts/format';

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
    expect(same[0]!.difference).toBe('same');
    expect(same[4]!.difference).toBe('same');
    expect(same[3]!.difference).toBe('same');
    // No damage in either: equal, not "+0.00".
    expect(same[6]!.difference).toBe('same');
  });
  it('says "no birth" rather than "beyond the run" for a scenario without a birth', () => {
    const none = summarizeRun(simulate(presetById('elective-termination')!.scenario), 1e-3);
    const rows = compareRows(none, summarizeRun(one, 1e-3));
    expect(rows[1]!.a).toBe('no birth');
    expect(rows[1]!.difference).toBe('—');
  });
});

describe('ratioText', () => {
  it('keeps two significant digits when they show the difference', () => {
    expect(ratioText(3)).toBe('3');
    expect(ratioText(0.5)).toBe('0.5');
    expect(ratioText(8.5 / 8.8)).toBe('0.97');
  });
  it('adds digits until a ratio near 1 no longer reads 1', () => {
    expect(ratioText(8.8 / 8.5)).toBe('1.04');
    expect(ratioText(1.0004)).toBe('1.0004');
    expect(ratioText(0.99996)).toBe('0.99996');
  });
  it('calls a ratio equal to 1 to six digits equal (undefined), and writes far ratios as m×10ⁿ', () => {
    expect(ratioText(1)).toBeUndefined();
    expect(ratioText(1 + 1e-9)).toBeUndefined();
    expect(ratioText(2.5e5)).toBe('2.5×10⁵');
    expect(ratioText(3e-4)).toBe('3×10⁻⁴');
  });
});

describe('compareRows, differences and reasons', () => {
  afterEach(() => {
    locale.lang = 'en';
  });
  const base = summarizeRun(one, 1e-3);
  const tissues = (a: number, b: number): [RunSummary, RunSummary] => [{ ...base, tissueAtEnd: a }, { ...base, tissueAtEnd: b }];

  it('shows a ratio that differs from 1 when the levels differ (the audit’s 8.5 against 8.8 ×10⁻⁴), and "same" when equal', () => {
    // Row 5 is "Tissues at the end of the run".
    const row = (a: number, b: number) => compareRows(...tissues(a, b))[5]!;
    expect(row(1, 1).label).toBe('Tissues at the end of the run');
    expect(row(8.5e-4, 8.8e-4).difference).toBe('B is ×1.04 of A');
    expect(row(8.8e-4, 8.5e-4).difference).toBe('B is ×0.97 of A');
    expect(row(8.5e-4, 8.5e-4).difference).toBe('same');
    locale.lang = 'fr';
    expect(row(8.5e-4, 8.8e-4).difference).toBe('B = A × 1,04');
  });

  it('says there was no pregnancy, rather than "not within the run", for a scenario without one', () => {
    const none = simulate({ ...presetById('one-son')!.scenario, pregnancies: [] });
    const s = summarizeRun(none, 1e-3);
    expect(s.lastPregnancyEndYears).toBeUndefined();
    const row = compareRows(s, base)[3]!;
    expect(row.a).toBe('no pregnancy');
    expect(row.b).toBe(formatDuration(base.yearsToUndetectable!));
    expect(row.difference).toBe('—');
  });

  it('says a level still above the limit when the run ends is still detectable, and at what age', () => {
    const still = summarizeRun(one, 1e-12);
    expect(still.yearsToUndetectable).toBeUndefined();
    expect(still.runEndAgeYears).toBe(80);
    const row = compareRows(still, base)[3]!;
    expect(row.a).toBe('still detectable at the end of the run (age 80)');
    expect(row.difference).toBe('—');
    locale.lang = 'fr';
    expect(compareRows(still, base)[3]!.a).toBe('encore détectable à la fin du calcul (à 80\u00a0ans)');
  });
});
