// scenarioEdits.ts holds the pure helpers the life-events editor uses: new events with sensible defaults, moves.

import type { Injury, Pregnancy, Scenario } from '../model/types';
import { RANGES } from '../model/validateScenario';

const WEEKS_PER_YEAR = 365.25 / 7;

/** Mother's age at the end of a pregnancy (conception is dated at gestational week 2, as the model does). */
export function pregnancyEndAgeYears(p: Pick<Pregnancy, 'conceptionAgeYears' | 'gestationWeeks'>): number {
  return p.conceptionAgeYears + (p.gestationWeeks - 2) / WEEKS_PER_YEAR;
}

/** A new pregnancy is a term birth. */
const TERM_WEEKS = 40;

/**
 * Where a new term birth can be conceived, to a tenth of a year: two years after the last pregnancy ends (or at
 * 28), else as soon as the validator allows after every pregnancy; undefined when none fits (conception by 55, birth
 * inside the run, at most 20 pregnancies), so the editor can say so instead of adding one it would refuse.
 */
export function newPregnancyAge(s: Scenario): number | undefined {
  if (s.pregnancies.length >= RANGES.maxPregnancies) return undefined;
  const ends = s.pregnancies
    .map((p) => pregnancyEndAgeYears(p) + (RANGES.intervalWeeks[p.outcome] ?? RANGES.intervalWeeks.birth) / WEEKS_PER_YEAR)
    .filter(Number.isFinite);
  const earliest = Math.max(RANGES.conceptionAgeYears.min, ...ends);
  const last = s.pregnancies[s.pregnancies.length - 1];
  const preferred = last ? pregnancyEndAgeYears(last) + 2 : 28;
  for (const candidate of [Math.max(preferred, earliest), earliest]) {
    const age = Math.ceil(candidate * 10) / 10;
    if (age <= RANGES.conceptionAgeYears.max && pregnancyEndAgeYears({ conceptionAgeYears: age, gestationWeeks: TERM_WEEKS }) <= s.horizonYears) return age;
  }
  return undefined;
}

/** A term birth where newPregnancyAge places it, or undefined when there is no room. */
export function newPregnancy(s: Scenario): Pregnancy | undefined {
  const age = newPregnancyAge(s);
  if (age === undefined) return undefined;
  return { conceptionAgeYears: age, gestationWeeks: TERM_WEEKS, outcome: 'birth', delivery: 'vaginal', fetalSex: 'male', hlaCompatible: false, conditions: [] };
}

/** A thyroid wound in the mother ten years after her last pregnancy (or at 50). */
export function newInjury(s: Scenario): Injury {
  const last = s.pregnancies[s.pregnancies.length - 1];
  const age = Math.min(s.horizonYears - 1, last ? Math.round(pregnancyEndAgeYears(last) + 10) : 50);
  return { host: 'mother', tissue: 'thyroid', kind: 'wound', ageYears: age, severity: 0.6, durationDays: 180, chronic: false };
}

/** The mother's age of an injury's onset (a child's injury counts from that child's birth). */
export function injuryMotherAgeYears(s: Scenario, inj: Injury): number | undefined {
  if (inj.host === 'mother') return inj.ageYears;
  const n = Number(inj.host.slice('child:'.length));
  const p = s.pregnancies[n - 1];
  return p ? pregnancyEndAgeYears(p) + inj.ageYears : undefined;
}

/** Rounds an age to the step the editor uses when a marker is dragged or moved by keyboard (a tenth of a year). */
export function roundAge(years: number): number {
  return Math.round(years * 10) / 10;
}
