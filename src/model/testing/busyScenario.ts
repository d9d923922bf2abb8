// busyScenario.ts is the tests' demanding scenario: four pregnancies of every kind, injuries in mother and child, pathogenic.
import type { Pregnancy, Scenario } from '../types';

/** A birth of a son at 28 (vaginal, 40 weeks), with any field replaced. */
export const birth = (over: Partial<Pregnancy> = {}): Pregnancy => ({
  conceptionAgeYears: 28, gestationWeeks: 40, outcome: 'birth', delivery: 'vaginal', fetalSex: 'male', hlaCompatible: false, conditions: [], ...over,
});

/** Son, preeclamptic caesarean daughter, HLA-compatible miscarriage and son; thyroid wound, skin and child's muscle autoimmunity. */
export function busyScenario(): Scenario {
  return {
    version: 1, name: 'four pregnancies, injuries, pathogenic', horizonYears: 80,
    pregnancies: [
      birth(),
      birth({ conceptionAgeYears: 31, gestationWeeks: 39, delivery: 'caesarean', fetalSex: 'female', conditions: ['preeclampsia'] }),
      { conceptionAgeYears: 34, gestationWeeks: 12, outcome: 'miscarriage', fetalSex: 'male', hlaCompatible: true, conditions: [] },
      birth({ conceptionAgeYears: 36, hlaCompatible: true }),
    ],
    injuries: [
      { host: 'mother', tissue: 'thyroid', kind: 'wound', ageYears: 50, severity: 0.6, durationDays: 90, chronic: false },
      { host: 'mother', tissue: 'skin', kind: 'autoimmune', ageYears: 45, severity: 0.8, durationDays: 365, chronic: true },
      { host: 'child:1', tissue: 'muscle', kind: 'autoimmune', ageYears: 8, severity: 0.8, durationDays: 365, chronic: true },
    ],
    hypothesis: 'pathogenic', parameters: {},
  };
}
