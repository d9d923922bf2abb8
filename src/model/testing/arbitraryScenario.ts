// arbitraryScenario.ts is a fast-check generator of valid scenarios (format v1), for property tests of the model and its users.

import fc from 'fast-check';
import { TISSUES } from '../types';
import type { Condition, Hypothesis, Injury, InjuryKind, Outcome, Pregnancy, Scenario } from '../types';

const YEAR_WEEKS = 365.25 / 7;

interface RawPregnancy {
  gapYears: number;
  outcome: Outcome;
  weeksFraction: number;
  caesarean: boolean;
  male: boolean;
  hlaCompatible: boolean;
  preeclampsia: boolean;
  trisomy21: boolean;
}

interface RawInjury {
  hostPick: number;
  tissue: number;
  kind: InjuryKind;
  ageFraction: number;
  severity: number;
  durationDays: number;
  chronic: boolean;
}

const rawPregnancy: fc.Arbitrary<RawPregnancy> = fc.record({
  gapYears: fc.double({ min: 0.2, max: 6, noNaN: true }),
  outcome: fc.constantFrom<Outcome>('birth', 'birth', 'birth', 'miscarriage', 'termination'),
  weeksFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  caesarean: fc.boolean(),
  male: fc.boolean(),
  hlaCompatible: fc.boolean(),
  preeclampsia: fc.boolean(),
  trisomy21: fc.boolean(),
});

const rawInjury: fc.Arbitrary<RawInjury> = fc.record({
  hostPick: fc.nat({ max: 9 }),
  tissue: fc.nat({ max: TISSUES.length - 1 }),
  kind: fc.constantFrom<InjuryKind>('wound', 'autoimmune', 'tumour'),
  ageFraction: fc.double({ min: 0, max: 0.95, noNaN: true }),
  severity: fc.double({ min: 0, max: 1, noNaN: true }),
  durationDays: fc.double({ min: 1, max: 3650, noNaN: true }),
  chronic: fc.boolean(),
});

function weeksFor(outcome: Outcome, f: number): number {
  // Rounded to 0.1 week so that shrunk counterexamples read well.
  const r = (x: number): number => Math.round(x * 10) / 10;
  if (outcome === 'birth') return r(24 + f * 18);
  if (outcome === 'miscarriage') return r(5 + f * 14);
  return r(5 + f * 17);
}

/** Builds a valid scenario from raw draws: pregnancies in order with legal gaps, injuries on hosts that exist. */
export function buildScenario(
  firstConception: number,
  horizonYears: number,
  rawPregnancies: readonly RawPregnancy[],
  rawInjuries: readonly RawInjury[],
  hypothesis: Hypothesis,
  parameters: Record<string, number> = {},
): Scenario {
  const pregnancies: Pregnancy[] = [];
  let nextConception = firstConception;
  for (const raw of rawPregnancies) {
    const weeks = weeksFor(raw.outcome, raw.weeksFraction);
    const conception = Math.round(nextConception * 100) / 100;
    const end = conception + (weeks - 2) / YEAR_WEEKS;
    if (end + 1 > horizonYears || conception > 55) break;
    const conditions: Condition[] = [];
    if (raw.preeclampsia && weeks >= 20) conditions.push('preeclampsia');
    if (raw.trisomy21) conditions.push('trisomy21');
    const p: Pregnancy = {
      conceptionAgeYears: conception,
      gestationWeeks: weeks,
      outcome: raw.outcome,
      fetalSex: raw.male ? 'male' : 'female',
      hlaCompatible: raw.hlaCompatible,
      conditions,
    };
    if (raw.outcome === 'birth') p.delivery = raw.caesarean ? 'caesarean' : 'vaginal';
    pregnancies.push(p);
    const gapWeeks = raw.outcome === 'birth' ? 4 : 2;
    nextConception = end + gapWeeks / YEAR_WEEKS + raw.gapYears;
  }
  const hosts: Array<{ host: Injury['host']; ageAtHorizon: number }> = [{ host: 'mother', ageAtHorizon: horizonYears }];
  pregnancies.forEach((p, i) => {
    if (p.outcome !== 'birth') return;
    const birth = p.conceptionAgeYears + (p.gestationWeeks - 2) / YEAR_WEEKS;
    hosts.push({ host: `child:${i + 1}`, ageAtHorizon: horizonYears - birth });
  });
  const injuries: Injury[] = rawInjuries.map((raw) => {
    const h = hosts[raw.hostPick % hosts.length]!;
    return {
      host: h.host,
      tissue: TISSUES[raw.tissue]!,
      kind: raw.kind,
      ageYears: Math.round(raw.ageFraction * h.ageAtHorizon * 100) / 100,
      severity: raw.severity,
      durationDays: Math.round(raw.durationDays),
      chronic: raw.chronic,
    };
  });
  return { version: 1, name: 'arbitrary', horizonYears, pregnancies, injuries, hypothesis, parameters };
}

export interface ArbitraryScenarioOptions {
  maxPregnancies?: number;
  maxInjuries?: number;
  /** Shortest and longest horizon (mother's age at the end), years. */
  horizon?: { min: number; max: number };
}

/** Valid scenarios: 0..maxPregnancies pregnancies of every outcome, injuries of every kind on the mother or a child. */
export function arbitraryScenario(options: ArbitraryScenarioOptions = {}): fc.Arbitrary<Scenario> {
  const horizon = options.horizon ?? { min: 40, max: 85 };
  return fc
    .record({
      first: fc.double({ min: 16, max: 38, noNaN: true }),
      horizon: fc.integer({ min: horizon.min, max: horizon.max }),
      pregnancies: fc.array(rawPregnancy, { minLength: 0, maxLength: options.maxPregnancies ?? 4 }),
      injuries: fc.array(rawInjury, { minLength: 0, maxLength: options.maxInjuries ?? 3 }),
      hypothesis: fc.constantFrom<Hypothesis>('neutral', 'repair', 'pathogenic'),
    })
    .map((r) => buildScenario(Math.round(r.first * 100) / 100, r.horizon, r.pregnancies, r.injuries, r.hypothesis));
}
