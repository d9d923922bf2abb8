// eventMove.ts turns a drag (or arrow key) of a timeline event to a mother's age into the edit it makes, clamped to what the scenario allows.

import type { Scenario } from '../model/types';
import { RANGES, pregnancyEndAge } from '../model/validateScenario';
import { roundAge } from './scenarioEdits';

const WEEKS_PER_YEAR = 365.25 / 7;
/** Conception is dated at gestational week 2 (as the validator and the engine date it). */
const CONCEPTION_WEEK = 2;
/** Taken off upper bounds that are strict (an injury before the horizon) or computed (a neighbour's date less
 * durations), so a bound rounded to a tenth never sits a floating-point hair past what the validator allows. */
const EPS = 1e-9;

/** The edit a move makes: a pregnancy's conception age, or an injury's onset on its host's own age axis. */
export type EventMove = { kind: 'pregnancy'; index: number; conceptionAgeYears: number } | { kind: 'injury'; index: number; ageYears: number };

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Rounds `v` to a tenth of a year inside [lo, hi] (the bounds themselves rounded inwards); undefined when no tenth fits. */
function clampRound(v: number, lo: number, hi: number): number | undefined {
  let a = Math.ceil(lo * 10) / 10;
  if (a < lo) a = roundAge(a + 0.1);
  let b = Math.floor(hi * 10) / 10;
  if (b > hi) b = roundAge(b - 0.1);
  if (!(a <= b)) return undefined;
  return Math.min(b, Math.max(a, roundAge(v)));
}

/** The conception ages pregnancy `i` may take: 12..55, after the one before it has ended (plus the interval its
 * outcome needs), early enough to end (plus its own interval) before the next one, before the horizon, and early
 * enough that its child's injuries still fall inside the run. */
function conceptionRange(s: Scenario, i: number): [number, number] | undefined {
  const p = s.pregnancies[i];
  if (!p || !finite(p.gestationWeeks)) return undefined;
  const toEnd = (p.gestationWeeks - CONCEPTION_WEEK) / WEEKS_PER_YEAR;
  let lo: number = RANGES.conceptionAgeYears.min;
  let hi: number = RANGES.conceptionAgeYears.max;
  const prev = s.pregnancies[i - 1];
  if (prev && finite(prev.conceptionAgeYears) && finite(prev.gestationWeeks))
    lo = Math.max(lo, pregnancyEndAge(prev) + (RANGES.intervalWeeks[prev.outcome] ?? 0) / WEEKS_PER_YEAR);
  const next = s.pregnancies[i + 1];
  if (next && finite(next.conceptionAgeYears)) hi = Math.min(hi, next.conceptionAgeYears - toEnd - (RANGES.intervalWeeks[p.outcome] ?? 0) / WEEKS_PER_YEAR - EPS);
  if (finite(s.horizonYears)) {
    hi = Math.min(hi, s.horizonYears - toEnd - EPS);
    // A child's injury at age a needs birth + a below the horizon (strictly: hi is rounded inwards).
    const childAges = s.injuries.filter((inj) => inj.host === `child:${i + 1}` && finite(inj.ageYears)).map((inj) => inj.ageYears);
    if (childAges.length > 0) hi = Math.min(hi, s.horizonYears - Math.max(...childAges) - toEnd - EPS);
  }
  return [lo, hi];
}

/** An injury's onset range on its host's own age axis, and where that axis starts on the mother's (0 for her). */
function injuryRange(s: Scenario, j: number): { lo: number; hi: number; offset: number } | undefined {
  const inj = s.injuries[j];
  if (!inj || !finite(s.horizonYears)) return undefined;
  if (inj.host === 'mother') return { lo: 0, hi: s.horizonYears - EPS, offset: 0 };
  const p = s.pregnancies[Number(inj.host.slice('child:'.length)) - 1];
  if (!p || !finite(p.conceptionAgeYears) || !finite(p.gestationWeeks)) return undefined;
  const birth = pregnancyEndAge(p);
  return { lo: 0, hi: s.horizonYears - birth - EPS, offset: birth };
}

/**
 * The edit that moves event `id` (`pregnancy:I` or `injury:J`, 0-based) to the mother's age `motherAgeYears`, held
 * inside the range the scenario allows and rounded to a tenth of a year, so a drag past a neighbour stops at it and
 * never makes the scenario invalid. Undefined when the id names nothing or the event has no room at all.
 */
export function eventMove(s: Scenario, id: string, motherAgeYears: number): EventMove | undefined {
  if (!Number.isFinite(motherAgeYears)) return undefined;
  const [kind, n] = id.split(':');
  const index = Number(n);
  if (!Number.isInteger(index) || index < 0) return undefined;
  if (kind === 'pregnancy') {
    const r = conceptionRange(s, index);
    const at = r && clampRound(motherAgeYears, r[0], r[1]);
    return at === undefined ? undefined : { kind, index, conceptionAgeYears: at };
  }
  if (kind === 'injury') {
    const r = injuryRange(s, index);
    const at = r && clampRound(motherAgeYears - r.offset, r.lo, r.hi);
    return at === undefined ? undefined : { kind, index, ageYears: at };
  }
  return undefined;
}
