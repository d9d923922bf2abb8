// injurySignal.test.ts checks each injury kind's course: onset, healing, flares over a baseline, a tumour's growth.
import { describe, expect, it } from 'vitest';
import { injurySignal, type InjuryCourse } from './injurySignal';
import { defaultParameterValues } from './parameters';

const course = (over: Partial<InjuryCourse>): InjuryCourse => ({
  tissue: 0,
  kind: 'wound',
  onsetDay: 100,
  endDay: 200,
  severity: 0.8,
  durationDays: 100,
  flareIntervalDays: 365,
  flareDays: 60,
  baseline: 0.4,
  ...over,
});

describe('injurySignal', () => {
  it('is 0 before the onset and from the end on', () => {
    for (const kind of ['wound', 'autoimmune', 'tumour'] as const) {
      expect(injurySignal(course({ kind }), 99.9)).toBe(0);
      expect(injurySignal(course({ kind }), 200)).toBe(0);
    }
  });
  it('a wound heals linearly from its severity', () => {
    expect(injurySignal(course({}), 100)).toBeCloseTo(0.8, 12);
    expect(injurySignal(course({}), 150)).toBeCloseTo(0.4, 12);
  });
  it('an autoimmune course keeps its baseline share of the severity between flares and peaks at the severity', () => {
    for (const baseline of [0, 0.25, 0.4, 1]) {
      const c = course({ kind: 'autoimmune', endDay: Infinity, baseline });
      expect(injurySignal(c, 100 + 200)).toBeCloseTo(0.8 * baseline, 12); // between flares
      expect(injurySignal(c, 100 + 30)).toBeCloseTo(0.8, 12); // the flare's peak (half its length)
      expect(injurySignal(c, 100 + 365 + 30)).toBeCloseTo(0.8, 12); // the next flare
    }
  });
  it('the baseline comes from the parameter table (an assumption, shown with its source)', () => {
    expect(defaultParameterValues().autoimmuneBaselineShare).toBe(0.4);
  });
  it('a tumour grows to its severity over its duration, then persists', () => {
    const c = course({ kind: 'tumour', endDay: Infinity });
    expect(injurySignal(c, 150)).toBeCloseTo(0.4, 12);
    expect(injurySignal(c, 10_000)).toBe(0.8);
  });
});
