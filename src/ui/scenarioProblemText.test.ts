import { describe, expect, it } from 'vitest';
import { presetById } from '../model/presets';
import { validateScenario } from '../model/validateScenario';
import type { Scenario } from '../model/types';
import { parameterText } from '../i18n/parameters.fr';
import { fieldName, scenarioProblemText } from './scenarioProblemText';

function errorsOf(change: (s: Scenario) => void) {
  const s = structuredClone(presetById('three-children')!.scenario);
  change(s);
  const r = validateScenario(s);
  if (r.ok) throw new Error('expected a refusal');
  return r.errors;
}

describe('scenarioProblemText', () => {
  it('names a pregnancy field as the editor labels it, in English', () => {
    const [e] = errorsOf((s) => (s.pregnancies[1]!.gestationWeeks = 50));
    expect(scenarioProblemText(e!, 'en')).toBe('Pregnancy 2, Gestation (weeks): 50 is outside 4..44');
  });

  it('names an injury field and a parameter by their labels', () => {
    const [inj] = errorsOf((s) => s.injuries.push({ host: 'mother', tissue: 'skin', kind: 'wound', ageYears: 40, severity: 3, durationDays: 10, chronic: false }));
    expect(scenarioProblemText(inj!, 'en')).toMatch(/^Injury 1, Severity \(0–1\): /);
    const [par] = errorsOf((s) => (s.parameters = { fetalTrafficTermPerDay: -3 }));
    expect(scenarioProblemText(par!, 'en')).toBe(`${parameterText('fetalTrafficTermPerDay', 'en').label}: -3 is outside 0.0001..0.1 (gEq/10^5 per day)`);
  });

  it('uses the French wording of the problems table in French', () => {
    const [e] = errorsOf((s) => (s.pregnancies[1]!.gestationWeeks = 50));
    expect(scenarioProblemText(e!, 'fr')).toBe('Grossesse 2, gestation\u00a0: 50 est en dehors de l’intervalle autorisé, de 4 à 44');
  });

  it('falls back to the path for a field it has no label for', () => {
    expect(fieldName('pregnancies[0].conditions[1]')).toBe('Pregnancy 1');
    expect(fieldName('horizonYears')).toBe('horizonYears');
  });
});
