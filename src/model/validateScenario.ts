// validateScenario.ts checks untrusted input (a file, a URL, an editor) against scenario format v1 and returns a normalized copy or every error at once.
//
// Why one hand-written validator: the CLI, the URL codec, JSON import and the editor all need the same
// rules and the same messages, and the messages must name the field path, the value and what is allowed
// (`pregnancies[1].gestationWeeks: 61 is outside 4..44`), which a generic schema library words poorly.
//
// Fields that may be omitted, and the value they get:
//   name                     "Untitled scenario"
//   injuries                 []
//   hypothesis               "neutral"
//   parameters               {}
//   pregnancies[i].hlaCompatible   false
//   pregnancies[i].conditions      []
//   injuries[j].kind         "wound"
//   injuries[j].chronic      false
//   injuries[j].durationDays only when chronic is true: then 365. A chronic injury never ends; its
//                            durationDays is the length of its first phase (a tumour's growth).
// Everything else is required: version, horizonYears, pregnancies; conceptionAgeYears, gestationWeeks,
// outcome, fetalSex (and delivery on a birth); host, tissue, ageYears, severity (and durationDays when
// the injury is not chronic). `pregnancies` may be an empty array (a woman who was never pregnant).
//
// Ranges (all in RANGES below, so the editor can use the same numbers for its sliders):
//   horizonYears             12..110, the MOTHER'S AGE at which the run ends; every event must fall
//                            before it (pregnancies end before it; injuries start before it).
//   conceptionAgeYears       12..55 (the span of human fertility, with its rare extremes)
//   gestationWeeks           4..44 in all; by outcome:
//     birth                  22..44: 22 completed weeks is the lower limit of viability (WHO perinatal
//                            period); a "birth" makes a child host with a lifetime, which needs a survivor.
//     miscarriage            4..<20: the usual clinical definition of a miscarriage; a loss at 20 weeks or
//                            later is a stillbirth, which format v1 does not represent.
//     termination            4..24: the latest legal limit for termination on broad grounds (Great Britain,
//                            24 weeks); many countries stop at 12-14 weeks, which this range includes.
//   conditions               preeclampsia (only from 20 weeks: it is defined by onset after 20 weeks) and
//                            trisomy21; each at most once.
//   interval                 the next conception must come at least 4 weeks after a birth (the earliest
//                            return of ovulation postpartum) and 2 weeks after a miscarriage or termination.
//                            Gestational age counts from the last menstrual period, as obstetrics does (and
//                            as the engine's gestationTraffic.ts does): conception is at week 2, so a
//                            pregnancy ends (gestationWeeks - 2) weeks after conceptionAgeYears.
//   order                    pregnancies in order of conception, because child:N names pregnancy N.
//   injuries[j].ageYears     from 0 to below the host's age at the horizon; a child's age counts from its birth.
//   injuries[j].severity     0..1
//   injuries[j].durationDays >0..3650 (ten years) for an acute injury; >0..36525 when chronic.
//   parameters               ids from PARAMETERS, each value finite and within that parameter's [min, max].
//   name                     a string of at most 120 characters.
//   pregnancies, injuries    at most 20 pregnancies and 50 injuries (keeps a hostile file from stalling the engine).

import { PARAMETERS } from './parameters';
import { TISSUES } from './types';
import type { Condition, Delivery, FetalSex, Hypothesis, Injury, InjuryKind, Outcome, Pregnancy, Scenario, Tissue } from './types';

export interface ScenarioError {
  /** The field, e.g. `pregnancies[1].gestationWeeks`; '' for the scenario itself. */
  path: string;
  /** The offending value as given (undefined when the field is missing). */
  value: unknown;
  /** One line that starts with the path: `pregnancies[1].gestationWeeks: 61 is outside 4..44`. */
  message: string;
}

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

export const SUPPORTED_VERSIONS: readonly number[] = [1];
export const OUTCOMES: readonly Outcome[] = ['birth', 'miscarriage', 'termination'];
export const DELIVERIES: readonly Delivery[] = ['vaginal', 'caesarean'];
export const CONDITIONS: readonly Condition[] = ['preeclampsia', 'trisomy21'];
export const FETAL_SEXES: readonly FetalSex[] = ['male', 'female'];
export const INJURY_KINDS: readonly InjuryKind[] = ['wound', 'autoimmune', 'tumour'];
export const HYPOTHESES: readonly Hypothesis[] = ['neutral', 'repair', 'pathogenic'];

const WEEKS_PER_YEAR = 365.25 / 7;
/** Gestational week of conception (LMP dating); must match CONCEPTION_GESTATION_WEEKS in gestationTraffic.ts. */
const CONCEPTION_GESTATION_WEEKS = 2;
/** durationDays of a chronic injury when omitted. */
const DEFAULT_CHRONIC_DURATION_DAYS = 365;

/** Allowed ranges, shared with the editor so sliders and messages agree. */
export const RANGES = {
  horizonYears: { min: 12, max: 110 },
  conceptionAgeYears: { min: 12, max: 55 },
  gestationWeeks: { min: 4, max: 44 },
  birthGestationWeeks: { min: 22, max: 44 },
  /** Upper bound exclusive. */
  miscarriageGestationWeeks: { min: 4, maxExclusive: 20 },
  terminationGestationWeeks: { min: 4, max: 24 },
  preeclampsiaFromWeeks: 20,
  /** Minimum weeks from a pregnancy's end to the next conception, by outcome. */
  intervalWeeks: { birth: 4, miscarriage: 2, termination: 2 } as Record<Outcome, number>,
  severity: { min: 0, max: 1 },
  durationDays: { max: 3650 },
  chronicDurationDays: { max: 36525 },
  nameMaxLength: 120,
  maxPregnancies: 20,
  maxInjuries: 50,
} as const;

const DEFAULT_NAME = 'Untitled scenario';

const TOP_KEYS = ['version', 'name', 'horizonYears', 'pregnancies', 'injuries', 'hypothesis', 'parameters'] as const;
const PREGNANCY_KEYS = ['conceptionAgeYears', 'gestationWeeks', 'outcome', 'delivery', 'fetalSex', 'hlaCompatible', 'conditions'] as const;
const INJURY_KEYS = ['host', 'tissue', 'kind', 'ageYears', 'severity', 'durationDays', 'chronic'] as const;

/** Checks every field of a scenario; never throws, never returns the input object. */
export function validateScenario(input: unknown): ValidationResult {
  const errors: ScenarioError[] = [];
  const err: Err = Object.assign(
    (path: string, value: unknown, what: string): void => {
      errors.push({ path, value, message: `${path === '' ? 'scenario' : path}: ${what}` });
    },
    { count: () => errors.length },
  );

  if (!isPlainObject(input)) {
    err('', input, `must be a JSON object with the keys ${TOP_KEYS.join(', ')}; got ${describe(input)}`);
    return { ok: false, errors };
  }

  checkUnknownKeys(input, '', TOP_KEYS, err);

  // version
  const version = input['version'];
  if (!has(input, 'version')) err('version', undefined, `is required; supported versions: ${SUPPORTED_VERSIONS.join(', ')}`);
  else if (typeof version !== 'number' || !SUPPORTED_VERSIONS.includes(version))
    err('version', version, `${show(version)} is not supported; supported versions: ${SUPPORTED_VERSIONS.join(', ')}`);

  // name
  let name = DEFAULT_NAME;
  if (has(input, 'name')) {
    const v = input['name'];
    if (typeof v !== 'string') err('name', v, `must be a string of at most ${RANGES.nameMaxLength} characters; got ${describe(v)}`);
    else if (v.length > RANGES.nameMaxLength) err('name', v, `is ${v.length} characters long; at most ${RANGES.nameMaxLength} are allowed`);
    else name = v;
  }

  // horizonYears
  const horizon = requiredNumber(input, 'horizonYears', 'horizonYears', RANGES.horizonYears.min, RANGES.horizonYears.max, err,
    ' (the mother\'s age in years at which the run ends)');

  // hypothesis
  let hypothesis: Hypothesis = 'neutral';
  if (has(input, 'hypothesis')) {
    const h = oneOf(input['hypothesis'], 'hypothesis', HYPOTHESES, err);
    if (h !== undefined) hypothesis = h;
  }

  // pregnancies
  const pregnancies: Pregnancy[] = [];
  /** Per index: the validated pregnancy or undefined when it had errors (so later checks can skip it). */
  const pregnancyOk: (Pregnancy | undefined)[] = [];
  if (!has(input, 'pregnancies')) err('pregnancies', undefined, 'is required: a list of pregnancies (may be empty)');
  else if (!Array.isArray(input['pregnancies'])) err('pregnancies', input['pregnancies'], `must be a list of pregnancies; got ${describe(input['pregnancies'])}`);
  else {
    const list: unknown[] = input['pregnancies'];
    if (list.length > RANGES.maxPregnancies) err('pregnancies', list.length, `${list.length} pregnancies; at most ${RANGES.maxPregnancies} are allowed`);
    const kept = list.slice(0, RANGES.maxPregnancies);
    kept.forEach((raw, i) => {
      const p = validatePregnancy(raw, `pregnancies[${i}]`, err);
      pregnancyOk.push(p);
      if (p) pregnancies.push(p);
    });
    checkPregnancySequence(kept, horizon, err);
  }

  // injuries
  const injuries: Injury[] = [];
  if (has(input, 'injuries')) {
    const rawList = input['injuries'];
    if (!Array.isArray(rawList)) err('injuries', rawList, `must be a list of injuries; got ${describe(rawList)}`);
    else {
      if (rawList.length > RANGES.maxInjuries) err('injuries', rawList.length, `${rawList.length} injuries; at most ${RANGES.maxInjuries} are allowed`);
      const pregnanciesKnown = Array.isArray(input['pregnancies']);
      (rawList as unknown[]).slice(0, RANGES.maxInjuries).forEach((raw, j) => {
        const inj = validateInjury(raw, `injuries[${j}]`, pregnanciesKnown ? pregnancyOk : undefined, horizon, err);
        if (inj) injuries.push(inj);
      });
    }
  }

  // parameters
  const parameters: Record<string, number> = {};
  if (has(input, 'parameters')) validateParameters(input['parameters'], parameters, err);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    scenario: { version: 1, name, horizonYears: horizon as number, pregnancies, injuries, hypothesis, parameters },
  };
}

/** One line per error, for a terminal or a text box. */
export function formatScenarioErrors(errors: readonly ScenarioError[]): string {
  return errors.map((e) => e.message).join('\n');
}

/** The error sink; `count` lets a sub-validator tell whether it added errors. */
type Err = ((path: string, value: unknown, what: string) => void) & { readonly count: () => number };

function validatePregnancy(raw: unknown, path: string, err: Err): Pregnancy | undefined {
  if (!isPlainObject(raw)) {
    err(path, raw, `must be an object with the keys ${PREGNANCY_KEYS.join(', ')}; got ${describe(raw)}`);
    return undefined;
  }
  const before = errorCount(err);
  checkUnknownKeys(raw, path, PREGNANCY_KEYS, err);

  const conceptionAgeYears = requiredNumber(raw, 'conceptionAgeYears', `${path}.conceptionAgeYears`,
    RANGES.conceptionAgeYears.min, RANGES.conceptionAgeYears.max, err);
  const outcome = has(raw, 'outcome')
    ? oneOf(raw['outcome'], `${path}.outcome`, OUTCOMES, err)
    : (err(`${path}.outcome`, undefined, `is required: one of ${OUTCOMES.join(', ')}`), undefined);
  const gestationWeeks = requiredNumber(raw, 'gestationWeeks', `${path}.gestationWeeks`,
    RANGES.gestationWeeks.min, RANGES.gestationWeeks.max, err);

  // The outcome narrows the allowed gestation.
  if (gestationWeeks !== undefined && outcome !== undefined) {
    const g = gestationWeeks;
    const gp = `${path}.gestationWeeks`;
    if (outcome === 'birth' && g < RANGES.birthGestationWeeks.min)
      err(gp, g, `${g} weeks is too early for a birth: a birth needs ${RANGES.birthGestationWeeks.min}..${RANGES.birthGestationWeeks.max} weeks (${RANGES.birthGestationWeeks.min} weeks is the limit of viability); an earlier loss is a miscarriage`);
    if (outcome === 'miscarriage' && g >= RANGES.miscarriageGestationWeeks.maxExclusive)
      err(gp, g, `${g} weeks is too late for a miscarriage: a miscarriage is a loss before ${RANGES.miscarriageGestationWeeks.maxExclusive} weeks (allowed ${RANGES.miscarriageGestationWeeks.min} to under ${RANGES.miscarriageGestationWeeks.maxExclusive}); a later loss is a stillbirth, which format v1 does not represent`);
    if (outcome === 'termination' && g > RANGES.terminationGestationWeeks.max)
      err(gp, g, `${g} weeks is too late for an elective termination: allowed ${RANGES.terminationGestationWeeks.min}..${RANGES.terminationGestationWeeks.max} weeks`);
  }

  // delivery: births only, and required on a birth.
  let delivery: Delivery | undefined;
  if (has(raw, 'delivery')) {
    if (outcome !== undefined && outcome !== 'birth')
      err(`${path}.delivery`, raw['delivery'], `${show(raw['delivery'])} is only allowed on a birth; this pregnancy ended in ${outcome} (remove delivery)`);
    else delivery = oneOf(raw['delivery'], `${path}.delivery`, DELIVERIES, err);
  } else if (outcome === 'birth') {
    err(`${path}.delivery`, undefined, `is required for a birth: one of ${DELIVERIES.join(', ')}`);
  }

  const fetalSex = has(raw, 'fetalSex')
    ? oneOf(raw['fetalSex'], `${path}.fetalSex`, FETAL_SEXES, err)
    : (err(`${path}.fetalSex`, undefined, `is required: one of ${FETAL_SEXES.join(', ')}`), undefined);

  let hlaCompatible = false;
  if (has(raw, 'hlaCompatible')) {
    const v = raw['hlaCompatible'];
    if (typeof v !== 'boolean') err(`${path}.hlaCompatible`, v, `must be true or false; got ${describe(v)}`);
    else hlaCompatible = v;
  }

  const conditions: Condition[] = [];
  if (has(raw, 'conditions')) {
    const v = raw['conditions'];
    if (!Array.isArray(v)) err(`${path}.conditions`, v, `must be a list of conditions (${CONDITIONS.join(', ')}); got ${describe(v)}`);
    else {
      (v as unknown[]).forEach((c, k) => {
        const cp = `${path}.conditions[${k}]`;
        const cond = oneOf(c, cp, CONDITIONS, err);
        if (cond === undefined) return;
        if (conditions.includes(cond)) err(cp, c, `${show(c)} is listed twice`);
        else conditions.push(cond);
      });
      if (conditions.includes('preeclampsia') && gestationWeeks !== undefined && gestationWeeks < RANGES.preeclampsiaFromWeeks)
        err(`${path}.conditions`, v, `preeclampsia needs a pregnancy of at least ${RANGES.preeclampsiaFromWeeks} weeks (it is defined by onset after ${RANGES.preeclampsiaFromWeeks} weeks); this one lasted ${gestationWeeks}`);
    }
  }

  if (errorCount(err) > before || conceptionAgeYears === undefined || gestationWeeks === undefined || outcome === undefined || fetalSex === undefined)
    return undefined;
  const p: Pregnancy = { conceptionAgeYears, gestationWeeks, outcome, fetalSex, hlaCompatible, conditions };
  if (delivery !== undefined) p.delivery = delivery;
  return p;
}

/**
 * Order, overlap and horizon checks across pregnancies. They read the raw entries, so a pregnancy with an
 * unrelated error (say a missing fetalSex) is still checked for order and overlap; fields that are
 * themselves invalid are skipped (they already have their own message).
 */
function checkPregnancySequence(list: readonly unknown[], horizon: number | undefined, err: Err): void {
  interface Timing { index: number; conception: number; end?: number; outcome?: Outcome }
  const timings: Timing[] = [];
  list.forEach((raw, index) => {
    if (!isPlainObject(raw)) return;
    const c = raw['conceptionAgeYears'];
    const g = raw['gestationWeeks'];
    const o = raw['outcome'];
    if (!isFiniteNumber(c) || c < RANGES.conceptionAgeYears.min || c > RANGES.conceptionAgeYears.max) return;
    const t: Timing = { index, conception: c };
    if (isFiniteNumber(g) && g >= RANGES.gestationWeeks.min && g <= RANGES.gestationWeeks.max)
      t.end = pregnancyEndAge({ conceptionAgeYears: c, gestationWeeks: g });
    if (typeof o === 'string' && (OUTCOMES as readonly string[]).includes(o)) t.outcome = o as Outcome;
    timings.push(t);
  });
  let prev: Timing | undefined;
  for (const t of timings) {
    const i = t.index;
    if (horizon !== undefined && t.end !== undefined && t.end > horizon)
      err('horizonYears', horizon,
        `${horizon} ends the run before pregnancies[${i}] ends (mother's age ${fmt(t.end)}); every event must fall inside the horizon`);
    if (prev) {
      const path = `pregnancies[${i}].conceptionAgeYears`;
      if (t.conception < prev.conception) {
        err(path, t.conception,
          `${t.conception} is before pregnancies[${prev.index}] (conceived at ${prev.conception}); list pregnancies in order of conception, since child:N refers to pregnancy N`);
      } else if (prev.end !== undefined) {
        // An unknown outcome gets the shortest interval, so only certain overlaps are reported.
        const gapWeeks = prev.outcome ? RANGES.intervalWeeks[prev.outcome] : Math.min(...Object.values(RANGES.intervalWeeks));
        const earliest = prev.end + gapWeeks / WEEKS_PER_YEAR;
        const ended = prev.outcome ? `${prev.outcome} at ${fmt(prev.end)}` : `ended at ${fmt(prev.end)}`;
        if (t.conception < earliest)
          err(path, t.conception,
            `${t.conception} overlaps pregnancies[${prev.index}] (conceived at ${prev.conception}, ${ended}); the next conception must come at least ${gapWeeks} weeks after ${prev.outcome ? `a ${prev.outcome}` : 'a pregnancy ends'}, so no earlier than ${fmt(earliest)}`);
      }
    }
    // Keep the latest-conceived pregnancy as the reference, so one misplaced entry is reported once.
    if (!prev || t.conception >= prev.conception) prev = t;
  }
}

function validateInjury(raw: unknown, path: string, pregnancies: readonly (Pregnancy | undefined)[] | undefined,
  horizon: number | undefined, err: Err): Injury | undefined {
  if (!isPlainObject(raw)) {
    err(path, raw, `must be an object with the keys ${INJURY_KEYS.join(', ')}; got ${describe(raw)}`);
    return undefined;
  }
  const before = errorCount(err);
  checkUnknownKeys(raw, path, INJURY_KEYS, err);

  // host, and the mother's age at the host's birth (0 for the mother) to place the injury on her axis.
  let host: Injury['host'] | undefined;
  let hostBirthMotherAge: number | undefined;
  if (!has(raw, 'host')) err(`${path}.host`, undefined, 'is required: "mother" or "child:N" (N = the 1-based index of a pregnancy that ended in a birth)');
  else {
    const h = raw['host'];
    const m = typeof h === 'string' ? /^child:([1-9][0-9]{0,3})$/.exec(h) : null;
    if (h === 'mother') {
      host = 'mother';
      hostBirthMotherAge = 0;
    } else if (m && m[1] !== undefined) {
      const n = Number(m[1]);
      if (pregnancies !== undefined) {
        if (n > pregnancies.length)
          err(`${path}.host`, h, `${h} does not exist: the scenario has ${pregnancies.length} pregnanc${pregnancies.length === 1 ? 'y' : 'ies'}`);
        else {
          const p = pregnancies[n - 1];
          if (p && p.outcome !== 'birth') err(`${path}.host`, h, `${h} was never born: pregnancy ${n} ended in ${p.outcome}`);
          else if (p) {
            host = h as Injury['host'];
            hostBirthMotherAge = pregnancyEndAge(p);
          }
          // p undefined: that pregnancy has its own errors; nothing more to say here.
        }
      }
    } else {
      err(`${path}.host`, h, `${show(h)} is not a host: use "mother" or "child:N" (N = the 1-based index of a pregnancy that ended in a birth)`);
    }
  }

  const tissue = has(raw, 'tissue')
    ? oneOf(raw['tissue'], `${path}.tissue`, TISSUES as readonly Tissue[], err)
    : (err(`${path}.tissue`, undefined, `is required: one of ${TISSUES.join(', ')}`), undefined);

  let kind: InjuryKind = 'wound';
  if (has(raw, 'kind')) {
    const k = oneOf(raw['kind'], `${path}.kind`, INJURY_KINDS, err);
    if (k !== undefined) kind = k;
  }

  let chronic = false;
  if (has(raw, 'chronic')) {
    const c = raw['chronic'];
    if (typeof c !== 'boolean') err(`${path}.chronic`, c, `must be true or false; got ${describe(c)}`);
    else chronic = c;
  }

  // ageYears: at least 0, and inside the horizon on the host's own age axis.
  const hostMaxAge = horizon !== undefined && hostBirthMotherAge !== undefined ? horizon - hostBirthMotherAge : undefined;
  const ageYears = requiredNumber(raw, 'ageYears', `${path}.ageYears`, 0, Infinity, err);
  if (ageYears !== undefined && hostMaxAge !== undefined && ageYears >= hostMaxAge) {
    if (host === 'mother')
      err(`${path}.ageYears`, ageYears, `${ageYears} is beyond the horizon: the run ends at mother's age ${horizon}`);
    else
      err(`${path}.ageYears`, ageYears,
        `${ageYears} is beyond the horizon: ${host} is born at mother's age ${fmt(hostBirthMotherAge as number)} and the run ends at mother's age ${horizon}, so ${host} reaches at most age ${fmt(hostMaxAge)}`);
  }

  const severity = requiredNumber(raw, 'severity', `${path}.severity`, RANGES.severity.min, RANGES.severity.max, err);

  let durationDays: number | undefined;
  const maxDays = chronic ? RANGES.chronicDurationDays.max : RANGES.durationDays.max;
  if (has(raw, 'durationDays')) {
    const d = raw['durationDays'];
    if (!isFiniteNumber(d)) err(`${path}.durationDays`, d, `must be a finite number of days, more than 0 and at most ${maxDays}; got ${describe(d)}`);
    else if (d <= 0 || d > maxDays)
      err(`${path}.durationDays`, d, `${d} is outside the allowed range: more than 0 and at most ${maxDays} days${chronic ? '' : ' (set chronic: true for a longer course)'}`);
    else durationDays = d;
  } else if (!chronic) {
    err(`${path}.durationDays`, undefined, `is required unless chronic is true: a number of days, more than 0 and at most ${RANGES.durationDays.max}`);
  } else {
    durationDays = DEFAULT_CHRONIC_DURATION_DAYS;
  }

  if (errorCount(err) > before || host === undefined || tissue === undefined || ageYears === undefined || severity === undefined || durationDays === undefined)
    return undefined;
  return { host, tissue, kind, ageYears, severity, durationDays, chronic };
}

function validateParameters(raw: unknown, out: Record<string, number>, err: Err): void {
  if (!isPlainObject(raw)) {
    err('parameters', raw, `must be an object mapping parameter ids to numbers; got ${describe(raw)}`);
    return;
  }
  // Read at call time: the table is filled in by the engine work and may grow.
  const specs = PARAMETERS;
  const ids = specs.map((s) => s.id);
  for (const id of Object.keys(raw)) {
    const path = keyPath('parameters', id);
    const v = raw[id];
    const spec = specs.find((s) => s.id === id);
    if (!spec) {
      const hint = nearest(id, ids);
      err(path, v, `${JSON.stringify(id)} is not a known parameter id${hint ? `; did you mean ${JSON.stringify(hint)}?` : ids.length === 0 ? ' (no parameters are defined yet)' : ''}`);
      continue;
    }
    if (!isFiniteNumber(v)) err(path, v, `must be a finite number in ${spec.min}..${spec.max} ${spec.unit}; got ${describe(v)}`);
    else if (v < spec.min || v > spec.max) err(path, v, `${v} is outside ${spec.min}..${spec.max} (${spec.unit})`);
    else out[id] = v;
  }
}

// ——— helpers ———

function requiredNumber(obj: Record<string, unknown>, key: string, path: string, min: number, max: number, err: Err, note = ''): number | undefined {
  const range = max === Infinity ? `at least ${min}` : `${min}..${max}`;
  if (!has(obj, key)) {
    err(path, undefined, `is required: a number, ${range}${note}`);
    return undefined;
  }
  const v = obj[key];
  if (!isFiniteNumber(v)) {
    err(path, v, `must be a finite number, ${range}; got ${describe(v)}`);
    return undefined;
  }
  if (v < min || v > max) {
    err(path, v, max === Infinity ? `${v} is below ${min}` : `${v} is outside ${min}..${max}${note}`);
    return undefined;
  }
  return v;
}

function oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[], err: Err): T | undefined {
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  const hint = typeof v === 'string' ? nearest(v, allowed) : undefined;
  err(path, v, `${show(v)} is not allowed: one of ${allowed.join(', ')}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}`);
  return undefined;
}

function checkUnknownKeys(obj: Record<string, unknown>, path: string, allowed: readonly string[], err: Err): void {
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue;
    const hint = nearest(key, allowed);
    err(keyPath(path, key), obj[key],
      `${JSON.stringify(key)} is not a known key${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; allowed keys: ${allowed.join(', ')}`);
  }
}

/** Mother's age at the end of a pregnancy (birth or loss): gestational weeks count from 2 weeks before conception. */
export function pregnancyEndAge(p: Pick<Pregnancy, 'conceptionAgeYears' | 'gestationWeeks'>): number {
  return p.conceptionAgeYears + (p.gestationWeeks - CONCEPTION_GESTATION_WEEKS) / WEEKS_PER_YEAR;
}

/** `parent.key`, or `parent["odd key"]` when the key is not a plain name, so a path stays on one line. */
function keyPath(parent: string, key: string): string {
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key.length > 60 ? `${key.slice(0, 57)}...` : key)}]`;
}

function has(obj: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key) && obj[key] !== undefined;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function errorCount(err: Err): number {
  return err.count();
}

/** A value as it would appear in JSON, shortened; never throws (bigint, symbols, cycles). */
function show(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (v === undefined) return 'undefined';
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'symbol' || typeof v === 'function') return typeof v;
  try {
    const s = JSON.stringify(v);
    if (s === undefined) return String(typeof v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  } catch {
    return Array.isArray(v) ? 'an array' : 'an object';
  }
}

/** The value and its type, for "got ..." clauses: `the string "40"`, `NaN`, `null`. */
function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list ${show(v)}`;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : show(v);
  if (typeof v === 'string') return `the string ${show(v)}`;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') return `an object ${show(v)}`;
  return show(v);
}

function fmt(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** The closest allowed word within a small edit distance, as a typo hint. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  // Distance 0 happens for a case-only difference ("Thyroid"), which is worth a hint too.
  return bestD <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (a.length > 200 || b.length > 200) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = cur;
  }
  return prev[b.length] as number;
}
