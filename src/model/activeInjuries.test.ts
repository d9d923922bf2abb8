import { describe, expect, it } from 'vitest';
import { activeInjuries, isInjuryActive } from './activeInjuries';
import { presetById } from './presets';
import type { Injury } from './types';

const wound: Injury = { host: 'mother', tissue: 'thyroid', kind: 'wound', ageYears: 50, severity: 0.5, durationDays: 365.25, chronic: false };

describe('isInjuryActive', () => {
  it('is false before the onset, true from it through its duration, false after', () => {
    expect(isInjuryActive(wound, 30.7)).toBe(false);
    expect(isInjuryActive(wound, 49.99)).toBe(false);
    expect(isInjuryActive(wound, 50)).toBe(true);
    expect(isInjuryActive(wound, 50.99)).toBe(true);
    expect(isInjuryActive(wound, 51)).toBe(false);
    expect(isInjuryActive(wound, 70)).toBe(false);
  });

  it('lasts for ever when chronic, and for a tumour (which persists) whatever its flag', () => {
    expect(isInjuryActive({ ...wound, chronic: true }, 49.9)).toBe(false);
    expect(isInjuryActive({ ...wound, chronic: true }, 90)).toBe(true);
    expect(isInjuryActive({ ...wound, kind: 'tumour' }, 90)).toBe(true);
    expect(isInjuryActive({ ...wound, kind: 'autoimmune' }, 90)).toBe(false);
  });

  it('is false for an age that is not a number (a child not yet conceived)', () => {
    expect(isInjuryActive({ ...wound, chronic: true }, NaN)).toBe(false);
  });
});

describe('activeInjuries', () => {
  it('lists only the host’s tissues injured at that age, each once', () => {
    const injuries: Injury[] = [
      wound,
      { ...wound, tissue: 'skin', ageYears: 20, durationDays: 30 },
      { ...wound, tissue: 'thyroid', ageYears: 60, chronic: true },
      { ...wound, host: 'child:1', tissue: 'muscle', ageYears: 5, chronic: true },
    ];
    expect(activeInjuries(injuries, 'mother', 20.01)).toEqual(['skin']);
    expect(activeInjuries(injuries, 'mother', 30)).toEqual([]);
    expect(activeInjuries(injuries, 'mother', 50.5)).toEqual(['thyroid']);
    expect(activeInjuries(injuries, 'mother', 65)).toEqual(['thyroid']);
    expect(activeInjuries(injuries, 'child:1', 4)).toEqual([]);
    expect(activeInjuries(injuries, 'child:1', 6)).toEqual(['muscle']);
  });

  it('marks no tissue at the birth in the thyroid-injury presets, and the thyroid from 50', () => {
    for (const id of ['thyroid-injury-neutral', 'thyroid-injury-repair', 'thyroid-injury-pathogenic']) {
      const s = presetById(id)!.scenario;
      const birth = s.pregnancies[0]!.conceptionAgeYears + s.pregnancies[0]!.gestationWeeks / 52;
      expect(activeInjuries(s.injuries, 'mother', birth), id).toEqual([]);
      expect(activeInjuries(s.injuries, 'mother', s.injuries[0]!.ageYears + 0.01), id).toEqual(['thyroid']);
    }
  });
});
