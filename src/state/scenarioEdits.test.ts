// scenarioEdits.test.ts checks that new events are valid where they are added and that injury ages map to the mother's clock.
import { describe, expect, it } from 'vitest';
import { presetById } from '../model/presets';
import { validateScenario } from '../model/validateScenario';
import { injuryMotherAgeYears, newInjury, newPregnancy, newPregnancyAge, pregnancyEndAgeYears, roundAge } from './scenarioEdits';

describe('scenarioEdits', () => {
  it('adds a pregnancy after the last one that the validator accepts', () => {
    const s = structuredClone(presetById('three-children')!.scenario);
    s.pregnancies.push(newPregnancy(s)!);
    expect(validateScenario(s).ok).toBe(true);
  });
  it('adds pregnancies the validator accepts until there is no room, then none', () => {
    for (const id of ['one-son', 'three-children', 'miscarriage-then-birth']) {
      const s = structuredClone(presetById(id)!.scenario);
      let added = 0;
      for (let p = newPregnancy(s); p; p = newPregnancy(s)) {
        s.pregnancies.push(p);
        added++;
        const r = validateScenario(s);
        expect(r.ok, `${id} + ${added}: ${r.ok ? '' : r.errors.map((e) => e.message).join('; ')}`).toBe(true);
      }
      // It stops because the next one would be refused: past 55, past the horizon, or past 20 pregnancies.
      expect(added).toBeGreaterThan(0);
      expect(newPregnancyAge(s)).toBeUndefined();
      const past = structuredClone(s);
      const last = past.pregnancies[past.pregnancies.length - 1]!;
      past.pregnancies.push({ ...last, conceptionAgeYears: Math.ceil((pregnancyEndAgeYears(last) + 4 / (365.25 / 7)) * 10) / 10 });
      expect(validateScenario(past).ok).toBe(false);
    }
  });
  it('fills the last room before 55 rather than refusing when two years later would be too late', () => {
    const s = structuredClone(presetById('one-son')!.scenario);
    s.pregnancies[0]!.conceptionAgeYears = 53;
    const age = newPregnancyAge(s)!;
    expect(age).toBeLessThanOrEqual(55);
    expect(age).toBeGreaterThan(pregnancyEndAgeYears(s.pregnancies[0]!));
    s.pregnancies.push(newPregnancy(s)!);
    expect(validateScenario(s).ok).toBe(true);
  });
  it('has no room past the horizon', () => {
    const s = structuredClone(presetById('one-son')!.scenario);
    s.horizonYears = 29.5;
    s.injuries = [];
    expect(newPregnancyAge(s)).toBeUndefined();
  });
  it('adds an injury the validator accepts', () => {
    const s = structuredClone(presetById('one-son')!.scenario);
    s.injuries.push(newInjury(s));
    expect(validateScenario(s).ok).toBe(true);
  });
  it('dates a child injury on the mother clock from the birth', () => {
    const s = presetById('juvenile-myopathy')!.scenario;
    const inj = s.injuries.find((i) => i.host === 'child:1')!;
    expect(injuryMotherAgeYears(s, inj)).toBeCloseTo(pregnancyEndAgeYears(s.pregnancies[0]!) + inj.ageYears, 12);
    expect(roundAge(28.449)).toBe(28.4);
  });
});
