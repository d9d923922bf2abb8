// typedNumberProblem.test.ts checks that a number field's message names the field as labelled and the range, in both languages, never NaN.
import { describe, expect, it } from 'vitest';
import { allowedNumbers, typedNumberProblem } from './typedNumberProblem';

describe('typedNumberProblem', () => {
  it('names the field as the form labels it, and the range', () => {
    expect(typedNumberProblem('pregnancies[0].conceptionAgeYears', 'empty', '', { min: 12, max: 55 }, 'en')).toBe(
      "Pregnancy 1, mother's age at conception: enter a number from 12 to 55",
    );
    expect(typedNumberProblem('injuries[1].severity', 'notNumber', ' abc ', { min: 0, max: 1 }, 'en')).toBe(
      'Injury 2, severity: “abc” is not a number; enter a number from 0 to 1 (decimals with a point or a comma)',
    );
    expect(typedNumberProblem('injuries[0].durationDays', 'grouping', '1,000', { min: 0, max: 3650, minExclusive: true }, 'en')).toMatch(
      /^Injury 1, duration: “1,000” could be read .*; enter a number more than 0 and at most 3650, without thousands separators$/,
    );
  });

  it('speaks French with French typography', () => {
    expect(typedNumberProblem('pregnancies[0].conceptionAgeYears', 'empty', '', { min: 12, max: 55 }, 'fr')).toBe(
      'Grossesse 1, âge de la mère à la conception\u00a0: saisissez un nombre de 12 à 55',
    );
    expect(typedNumberProblem('injuries[0].ageYears', 'notNumber', 'x', { min: 0 }, 'fr')).toBe(
      'Lésion 1, âge au début\u00a0: «\u00a0x\u00a0» n’est pas un nombre\u202f; saisissez un nombre supérieur ou égal à 0 (décimales avec une virgule ou un point)',
    );
  });

  it('names a parameter by its label, and the range it takes, when a typed number is outside it', () => {
    const path = 'parameters.postpartumReleaseHalfLifeDays';
    expect(typedNumberProblem(path, 'outside', '100', { min: 1, max: 60 }, 'en')).toBe(
      'Parameter “Half-life of the post-delivery release of lodged fetal cells”: 100 is outside the allowed range; enter a number from 1 to 60',
    );
    expect(typedNumberProblem(path, 'notNumber', 'abc', { min: 1, max: 60 }, 'en')).toBe(
      'Parameter “Half-life of the post-delivery release of lodged fetal cells”: “abc” is not a number; enter a number from 1 to 60 (decimals with a point or a comma)',
    );
    expect(typedNumberProblem('parameters.trafficRisePerWeek', 'outside', '0,6', { min: 0.05, max: 0.5 }, 'fr')).toMatch(
      /^Paramètre «\u00a0.+\u00a0»\u00a0: 0,6 est en dehors de l’intervalle autorisé\u202f; saisissez un nombre de 0,05 à 0,5$/,
    );
  });

  it('writes decimal bounds with the reader’s separator', () => {
    expect(allowedNumbers({ min: 0.5, max: 1.5 }, 'fr')).toBe('saisissez un nombre de 0,5 à 1,5');
    expect(allowedNumbers({ min: 0.5, max: 1.5 }, 'en')).toBe('enter a number from 0.5 to 1.5');
    expect(allowedNumbers({ min: 0 }, 'en')).toBe('enter a number of 0 or more');
  });
});
