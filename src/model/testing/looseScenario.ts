// looseScenario.ts gives tests a valid scenario as loose JSON-like data, to be broken field by field.

// Tests build deliberately malformed input: a loose type is the point here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = Record<string, any>;

/** A valid scenario (a son, a miscarriage, a thyroid wound) as plain data; each call gives a fresh copy to mutate. */
export function looseScenario(): Loose {
  return {
    version: 1,
    name: 'Test',
    horizonYears: 80,
    pregnancies: [
      { conceptionAgeYears: 28, gestationWeeks: 40, outcome: 'birth', delivery: 'vaginal', fetalSex: 'male', hlaCompatible: false, conditions: [] },
      { conceptionAgeYears: 31, gestationWeeks: 9, outcome: 'miscarriage', fetalSex: 'female', hlaCompatible: false, conditions: [] },
    ],
    injuries: [{ host: 'mother', tissue: 'thyroid', kind: 'wound', ageYears: 50, severity: 0.6, durationDays: 90, chronic: false }],
    hypothesis: 'neutral',
    parameters: {},
  };
}
