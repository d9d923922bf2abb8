// scenarioEdits.test.ts checks that new events are valid where they are added and that injury ages map to the mother's clock.
import { describe, expect, it } from 'vitest';
import { presetById } from '../model/presets';
import { validateScenario } from '../model/validateScenario';
import { injuryMotherAgeYears, newInjury, newPregnancy, pregnancyEndAgeYears, roundAge } from './scenarioEdits';

describe('scenarioEdits', () => {
  it('adds a pregnancy after the last one that the validator accepts', () => {
    const s = structuredClone(presetById('three-children')!.scenario);
    s.pregnancies.push(newPregnancy(s));
    expect(validateScenario(s).ok).toBe(true);
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
