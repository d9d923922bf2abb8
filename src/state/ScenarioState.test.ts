// ScenarioState.test.ts checks the editing rules: a bad edit is refused with the validator's message and the last valid scenario stays.
import { describe, expect, it } from 'vitest';
import { ScenarioState } from './ScenarioState.svelte';

describe('ScenarioState', () => {
  it('starts from the first preset, valid and unedited', () => {
    const s = new ScenarioState();
    expect(s.presetId).toBe('one-son');
    expect(s.errors).toEqual([]);
    expect(s.edited).toBe(false);
    expect(s.valid.pregnancies).toHaveLength(1);
  });

  it('keeps the last valid scenario when an edit is invalid, and names the field', () => {
    const s = new ScenarioState();
    const before = s.valid;
    s.updatePregnancy(0, { gestationWeeks: 61 });
    expect(s.valid).toBe(before);
    expect(s.errorsAt('pregnancies[0].gestationWeeks')[0]).toMatch(/^pregnancies\[0\]\.gestationWeeks: /);
    s.updatePregnancy(0, { gestationWeeks: 38 });
    expect(s.errors).toEqual([]);
    expect(s.valid.pregnancies[0]!.gestationWeeks).toBe(38);
    expect(s.title).toBe('One son (edited)');
  });

  it('drops the delivery when the outcome is not a birth, and restores one for a birth', () => {
    const s = new ScenarioState();
    s.updatePregnancy(0, { outcome: 'miscarriage', gestationWeeks: 10 });
    expect(s.errors).toEqual([]);
    expect(s.valid.pregnancies[0]!.delivery).toBeUndefined();
    s.updatePregnancy(0, { outcome: 'birth', gestationWeeks: 40 });
    expect(s.valid.pregnancies[0]!.delivery).toBe('vaginal');
  });

  it('removes a child injury with its pregnancy and renumbers later children', () => {
    const s = new ScenarioState('three-children');
    s.edit((d) => {
      d.injuries = [
        { host: 'child:1', tissue: 'skin', kind: 'wound', ageYears: 5, severity: 0.5, durationDays: 30, chronic: false },
        { host: 'child:3', tissue: 'lung', kind: 'wound', ageYears: 5, severity: 0.5, durationDays: 30, chronic: false },
      ];
    });
    expect(s.removePregnancy(0)).toBe(1);
    expect(s.draft.injuries.map((i) => i.host)).toEqual(['child:2']);
    expect(s.errors).toEqual([]);
  });

  it('sets and resets a parameter', () => {
    const s = new ScenarioState();
    s.setParameter('cfdnaHalfLifeMinutes', 20);
    expect(s.valid.parameters).toEqual({ cfdnaHalfLifeMinutes: 20 });
    s.resetParameter('cfdnaHalfLifeMinutes');
    expect(s.valid.parameters).toEqual({});
  });

  it('adds no pregnancy when there is no room for one', () => {
    const s = new ScenarioState();
    s.updatePregnancy(0, { conceptionAgeYears: 55 });
    expect(s.errors).toEqual([]);
    s.addPregnancy();
    expect(s.draft.pregnancies).toHaveLength(1);
    expect(s.errors).toEqual([]);
  });

  it('forgets typed texts when a scenario is loaded or an event deleted', () => {
    const s = new ScenarioState();
    s.typed.set('pregnancies[0].conceptionAgeYears', 'abc', 28, 'notNumber');
    s.loadPreset('one-son');
    expect(s.typed.problem('pregnancies[0].conceptionAgeYears', 28)).toBeUndefined();
    s.typed.set('pregnancies[0].conceptionAgeYears', 'abc', 28, 'notNumber');
    s.addInjury();
    s.removeInjury(0);
    expect(s.typed.problem('pregnancies[0].conceptionAgeYears', 28)).toBeUndefined();
  });

  it("keeps a parameter's typed text when an event is deleted, and forgets it on reset or a new scenario", () => {
    const s = new ScenarioState();
    const path = 'parameters.postpartumReleaseHalfLifeDays';
    s.typedParameters.set(path, 'abc', 12.8, 'notNumber');
    s.addInjury();
    s.removeInjury(0);
    expect(s.typedParameters.text(path, 12.8, 'en')).toBe('abc');
    expect(s.typedParameters.problem(path, 12.8)).toBe('notNumber');
    s.resetParameter('postpartumReleaseHalfLifeDays');
    expect(s.typedParameters.problem(path, 12.8)).toBeUndefined();
    expect(s.typedParameters.text(path, 12.8, 'en')).toBe('12.8');
    s.typedParameters.set(path, '100', 12.8, 'outside');
    s.loadPreset('one-son');
    expect(s.typedParameters.problem(path, 12.8)).toBeUndefined();
  });

  it('adds pregnancies and injuries that run', () => {
    const s = new ScenarioState();
    s.addPregnancy();
    s.addInjury();
    expect(s.errors).toEqual([]);
    expect(s.valid.pregnancies).toHaveLength(2);
    expect(s.valid.injuries).toHaveLength(1);
  });

  it('shows a loaded saved scenario by its saved name, not as the preset it came from', () => {
    const s = new ScenarioState('three-children');
    s.updatePregnancy(1, { gestationWeeks: 30, fetalSex: 'male' });
    const saved = structuredClone(s.valid);
    s.loadPreset('one-son');
    s.loadSaved(saved, 'preterm variant');
    expect(s.presetId).toBeUndefined();
    expect(s.preset).toBeUndefined();
    expect(s.savedName).toBe('preterm variant');
    expect(s.title).toBe('preterm variant');
    expect(s.valid.name).toBe('preterm variant');
    expect(s.valid.pregnancies[1]!.gestationWeeks).toBe(30);
    expect(s.edited).toBe(false);
    s.updatePregnancy(1, { gestationWeeks: 31 });
    expect(s.title).toBe('preterm variant (edited)');
    // Any other load forgets the saved name.
    s.loadPreset('one-daughter');
    expect(s.savedName).toBeUndefined();
    expect(s.title).toBe('One daughter');
  });
});
