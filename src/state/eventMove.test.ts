// eventMove.test.ts checks that moving a timeline event is held inside what the scenario allows: no drag makes it invalid.
import { describe, expect, it } from 'vitest';
import { eventMove } from './eventMove';
import type { EventMove } from './eventMove';
import { PRESETS, presetById } from '../model/presets';
import { pregnancyEndAge, validateScenario } from '../model/validateScenario';
import type { Scenario } from '../model/types';

const scenarioOf = (id: string): Scenario => structuredClone(presetById(id)!.scenario);

function apply(s: Scenario, m: EventMove): Scenario {
  const next = structuredClone(s);
  if (m.kind === 'pregnancy') next.pregnancies[m.index]!.conceptionAgeYears = m.conceptionAgeYears;
  else next.injuries[m.index]!.ageYears = m.ageYears;
  return next;
}

describe('eventMove', () => {
  it('moves a conception to the age dropped on, rounded to a tenth', () => {
    expect(eventMove(scenarioOf('one-son'), 'pregnancy:0', 31.234)).toEqual({ kind: 'pregnancy', index: 0, conceptionAgeYears: 31.2 });
  });

  it('stops a conception dragged off the left edge at 12, and past the right at 55', () => {
    const s = scenarioOf('one-son');
    expect(eventMove(s, 'pregnancy:0', 1.3)).toEqual({ kind: 'pregnancy', index: 0, conceptionAgeYears: 12 });
    expect(eventMove(s, 'pregnancy:0', -40)).toEqual({ kind: 'pregnancy', index: 0, conceptionAgeYears: 12 });
    expect(eventMove(s, 'pregnancy:0', 79)).toEqual({ kind: 'pregnancy', index: 0, conceptionAgeYears: 55 });
  });

  it('stops pregnancy 1 before pregnancy 2, leaving the interval its birth needs', () => {
    const s = scenarioOf('three-children');
    const m = eventMove(s, 'pregnancy:0', 40)!;
    expect(m.kind).toBe('pregnancy');
    const c = (m as { conceptionAgeYears: number }).conceptionAgeYears;
    // Pregnancy 2 is conceived at 29; pregnancy 1 (40 weeks) must end at least 4 weeks before that.
    const end = pregnancyEndAge({ conceptionAgeYears: c, gestationWeeks: s.pregnancies[0]!.gestationWeeks });
    expect(end + 4 / (365.25 / 7)).toBeLessThanOrEqual(29);
    expect(end + 4 / (365.25 / 7) + 0.1).toBeGreaterThan(29);
    expect(validateScenario(apply(s, m)).ok).toBe(true);
  });

  it('stops pregnancy 2 after pregnancy 1 has ended, not before it', () => {
    const s = scenarioOf('three-children');
    const m = eventMove(s, 'pregnancy:1', 20)!;
    const c = (m as { conceptionAgeYears: number }).conceptionAgeYears;
    expect(c).toBeGreaterThan(26.7);
    expect(c).toBeLessThan(27);
    expect(validateScenario(apply(s, m)).ok).toBe(true);
  });

  it("keeps a child's injury inside the run when its birth moves, and moves a child's injury on the child's own age", () => {
    const s = scenarioOf('juvenile-myopathy');
    // The child's injuries are at age 7 with an 80-year horizon: birth may come no later than 73.
    expect(eventMove(s, 'pregnancy:0', 50)).toEqual({ kind: 'pregnancy', index: 0, conceptionAgeYears: 50 });
    const birth = pregnancyEndAge(s.pregnancies[0]!);
    expect(eventMove(s, 'injury:0', birth + 9.04)).toEqual({ kind: 'injury', index: 0, ageYears: 9 });
    expect(eventMove(s, 'injury:0', birth - 5)).toEqual({ kind: 'injury', index: 0, ageYears: 0 });
    const late = eventMove(s, 'injury:0', 500)!;
    expect((late as { ageYears: number }).ageYears).toBeLessThan(s.horizonYears - birth);
  });

  it("stops a birth late enough that its child's injury would fall past the horizon", () => {
    const s = scenarioOf('juvenile-myopathy');
    s.horizonYears = 60;
    const m = eventMove(s, 'pregnancy:0', 55)!;
    const c = (m as { conceptionAgeYears: number }).conceptionAgeYears;
    // The child is injured at 7: born before 53, so conceived before about 52.3.
    expect(c).toBeLessThan(53 - 38 / (365.25 / 7));
    expect(c).toBeGreaterThan(52);
    expect(validateScenario(apply(s, m)).ok).toBe(true);
  });

  it("holds a mother's injury between 0 and just before the horizon", () => {
    const s = scenarioOf('thyroid-injury-neutral');
    expect(eventMove(s, 'injury:0', -3)).toEqual({ kind: 'injury', index: 0, ageYears: 0 });
    expect(eventMove(s, 'injury:0', 200)).toEqual({ kind: 'injury', index: 0, ageYears: 79.9 });
  });

  it('names nothing for an unknown id, a missing event or a non-finite age', () => {
    const s = scenarioOf('one-son');
    expect(eventMove(s, 'pregnancy:3', 30)).toBeUndefined();
    expect(eventMove(s, 'injury:0', 30)).toBeUndefined();
    expect(eventMove(s, 'birth:0', 30)).toBeUndefined();
    expect(eventMove(s, 'pregnancy:x', 30)).toBeUndefined();
    expect(eventMove(s, 'pregnancy:0', Number.NaN)).toBeUndefined();
  });

  it('refuses to move a pregnancy that has no room between its neighbours', () => {
    const s = scenarioOf('three-children');
    // Squeeze pregnancy 2 out: pregnancy 3 conceived right when pregnancy 1 ends.
    s.pregnancies[2]!.conceptionAgeYears = 27;
    expect(eventMove(s, 'pregnancy:1', 28)).toBeUndefined();
  });

  it('never makes a preset invalid, wherever any of its events is dropped', () => {
    for (const p of PRESETS) {
      const s = structuredClone(p.scenario);
      const ids = [...s.pregnancies.map((_, i) => `pregnancy:${i}`), ...s.injuries.map((_, j) => `injury:${j}`)];
      for (const id of ids) {
        for (let age = -10; age <= 120; age += 0.35) {
          const m = eventMove(s, id, age);
          expect(m, `${p.id} ${id} → ${age}`).toBeDefined();
          const r = validateScenario(apply(s, m!));
          expect(r.ok ? [] : r.errors.map((e) => e.message), `${p.id} ${id} → ${age}`).toEqual([]);
        }
      }
    }
  });
});
