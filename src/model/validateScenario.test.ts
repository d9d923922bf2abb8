// validateScenario.test.ts checks that every kind of bad scenario is rejected with the right path and message, and that good input comes back as a normalized copy.

import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatScenarioErrors, nearest, validateScenario } from './validateScenario';
import { PRESETS } from './presets';
import { PARAMETERS } from './parameters';
import type { ParameterSpec } from './types';
import { looseScenario, type Loose } from './testing/looseScenario';

/** A valid scenario as plain JSON-like data; each case below mutates a fresh copy. */
const base = looseScenario;

function errorsOf(input: unknown) {
  const r = validateScenario(input);
  if (r.ok) throw new Error('expected errors, got ok');
  return r.errors;
}

describe('validateScenario: good input', () => {
  it('accepts the base scenario', () => {
    const r = validateScenario(base());
    expect(r.ok).toBe(true);
  });

  it('fills the documented defaults for omitted fields', () => {
    const r = validateScenario({
      version: 1,
      horizonYears: 80,
      pregnancies: [{ conceptionAgeYears: 28, gestationWeeks: 40, outcome: 'birth', delivery: 'caesarean', fetalSex: 'female' }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario).toEqual({
      version: 1,
      name: 'Untitled scenario',
      horizonYears: 80,
      pregnancies: [{ conceptionAgeYears: 28, gestationWeeks: 40, outcome: 'birth', delivery: 'caesarean', fetalSex: 'female', hlaCompatible: false, conditions: [] }],
      injuries: [],
      hypothesis: 'neutral',
      parameters: {},
    });
  });

  it('defaults an injury kind to wound and chronic to false', () => {
    const s = base();
    delete s.injuries[0].kind;
    delete s.injuries[0].chronic;
    const r = validateScenario(s);
    expect(r.ok && r.scenario.injuries[0]).toMatchObject({ kind: 'wound', chronic: false });
  });

  it('lets a chronic injury omit durationDays (365 days for its first phase)', () => {
    const s = base();
    s.injuries = [{ host: 'mother', tissue: 'skin', kind: 'autoimmune', ageYears: 40, severity: 0.5, chronic: true }];
    const r = validateScenario(s);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario.injuries[0]?.durationDays).toBe(365);
  });

  it('accepts an empty list of pregnancies', () => {
    expect(validateScenario({ version: 1, horizonYears: 60, pregnancies: [] }).ok).toBe(true);
  });

  it('accepts a next conception exactly at the minimum interval', () => {
    const s = base();
    s.pregnancies[1].conceptionAgeYears = 28 + 38 / (365.25 / 7) + 4 / (365.25 / 7) + 1e-9;
    expect(validateScenario(s).ok).toBe(true);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('preset %s validates', (_id, p) => {
    const r = validateScenario(p.scenario);
    if (!r.ok) throw new Error(formatScenarioErrors(r.errors));
    expect(r.scenario).toEqual(p.scenario);
  });

  it('returns a deep copy, never the input', () => {
    const s = base();
    const r = validateScenario(s);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario).not.toBe(s);
    expect(r.scenario.pregnancies).not.toBe(s.pregnancies);
    expect(r.scenario.pregnancies[0]).not.toBe(s.pregnancies[0]);
    expect(r.scenario.pregnancies[0]?.conditions).not.toBe(s.pregnancies[0].conditions);
    expect(r.scenario.injuries[0]).not.toBe(s.injuries[0]);
    expect(r.scenario.parameters).not.toBe(s.parameters);
    r.scenario.pregnancies[0]!.conceptionAgeYears = 99;
    r.scenario.pregnancies[0]!.conditions.push('trisomy21');
    expect(s.pregnancies[0].conceptionAgeYears).toBe(28);
    expect(s.pregnancies[0].conditions).toEqual([]);
  });

  it('keeps pregnancies in the given order', () => {
    const r = validateScenario(base());
    expect(r.ok && r.scenario.pregnancies.map((p) => p.conceptionAgeYears)).toEqual([28, 31]);
  });
});

type Mutate = (s: Loose) => unknown;

// [label, mutation, expected path, fragment of the message]
const BAD: [string, Mutate, string, string][] = [
  // scenario shape and top-level fields
  ['not an object', () => [1, 2], '', 'must be a JSON object'],
  ['null', () => null, '', 'got null'],
  ['unknown top-level key', (s) => { s.horizon = 80; }, 'horizon', 'allowed keys: version, name, horizonYears, pregnancies, injuries, hypothesis, parameters'],
  ['unknown key hint', (s) => { s.hypotesis = 'repair'; }, 'hypotesis', 'did you mean "hypothesis"?'],
  ['missing version', (s) => { delete s.version; }, 'version', 'is required; supported versions: 1'],
  ['wrong version', (s) => { s.version = 2; }, 'version', '2 is not supported; supported versions: 1'],
  ['version as a string', (s) => { s.version = '1'; }, 'version', 'supported versions: 1'],
  ['name not a string', (s) => { s.name = 42; }, 'name', 'must be a string'],
  ['name too long', (s) => { s.name = 'x'.repeat(121); }, 'name', 'is 121 characters long; at most 120'],
  ['missing horizon', (s) => { delete s.horizonYears; }, 'horizonYears', 'is required'],
  ['horizon NaN', (s) => { s.horizonYears = NaN; }, 'horizonYears', 'must be a finite number, 12..110; got NaN'],
  ['horizon Infinity', (s) => { s.horizonYears = Infinity; }, 'horizonYears', 'got Infinity'],
  ['horizon string', (s) => { s.horizonYears = '80'; }, 'horizonYears', 'got the string "80"'],
  ['horizon too large', (s) => { s.horizonYears = 150; }, 'horizonYears', '150 is outside 12..110'],
  ['horizon before a pregnancy ends', (s) => { s.horizonYears = 30; s.injuries = []; }, 'horizonYears', 'ends the run before pregnancies[1] ends'],
  ['unknown hypothesis', (s) => { s.hypothesis = 'harmful'; }, 'hypothesis', 'one of neutral, repair, pathogenic'],
  ['pregnancies missing', (s) => { delete s.pregnancies; }, 'pregnancies', 'is required'],
  ['pregnancies not a list', (s) => { s.pregnancies = {}; }, 'pregnancies', 'must be a list'],
  ['too many pregnancies', (s) => { s.pregnancies = Array.from({ length: 21 }, () => s.pregnancies[1]); }, 'pregnancies', 'at most 20'],
  ['injuries not a list', (s) => { s.injuries = 'none'; }, 'injuries', 'must be a list'],
  ['parameters not an object', (s) => { s.parameters = [1]; }, 'parameters', 'must be an object'],

  // pregnancies
  ['pregnancy not an object', (s) => { s.pregnancies[1] = 7; }, 'pregnancies[1]', 'must be an object'],
  ['unknown pregnancy key', (s) => { s.pregnancies[0].sex = 'male'; }, 'pregnancies[0].sex', 'allowed keys: conceptionAgeYears'],
  ['gestation above range', (s) => { s.pregnancies[1].gestationWeeks = 61; }, 'pregnancies[1].gestationWeeks', 'pregnancies[1].gestationWeeks: 61 is outside 4..44'],
  ['gestation below range', (s) => { s.pregnancies[1].gestationWeeks = 2; }, 'pregnancies[1].gestationWeeks', '2 is outside 4..44'],
  ['gestation missing', (s) => { delete s.pregnancies[0].gestationWeeks; }, 'pregnancies[0].gestationWeeks', 'is required'],
  ['gestation null', (s) => { s.pregnancies[0].gestationWeeks = null; }, 'pregnancies[0].gestationWeeks', 'must be a finite number'],
  ['conception age too young', (s) => { s.pregnancies[0].conceptionAgeYears = 9; }, 'pregnancies[0].conceptionAgeYears', '9 is outside 12..55'],
  ['conception age too old', (s) => { s.pregnancies[1].conceptionAgeYears = 60; }, 'pregnancies[1].conceptionAgeYears', '60 is outside 12..55'],
  ['conception age -Infinity', (s) => { s.pregnancies[0].conceptionAgeYears = -Infinity; }, 'pregnancies[0].conceptionAgeYears', 'got -Infinity'],
  ['birth too early', (s) => { s.pregnancies[0].gestationWeeks = 18; }, 'pregnancies[0].gestationWeeks', 'too early for a birth: a birth needs 22..44 weeks'],
  ['miscarriage too late', (s) => { s.pregnancies[1].gestationWeeks = 24; }, 'pregnancies[1].gestationWeeks', 'too late for a miscarriage'],
  ['termination too late', (s) => { s.pregnancies[1].outcome = 'termination'; s.pregnancies[1].gestationWeeks = 30; }, 'pregnancies[1].gestationWeeks', 'too late for an elective termination: allowed 4..24'],
  ['unknown outcome', (s) => { s.pregnancies[1].outcome = 'abortion'; }, 'pregnancies[1].outcome', 'one of birth, miscarriage, termination'],
  ['outcome missing', (s) => { delete s.pregnancies[1].outcome; }, 'pregnancies[1].outcome', 'is required'],
  ['delivery on a miscarriage', (s) => { s.pregnancies[1].delivery = 'vaginal'; }, 'pregnancies[1].delivery', 'only allowed on a birth; this pregnancy ended in miscarriage'],
  ['delivery missing on a birth', (s) => { delete s.pregnancies[0].delivery; }, 'pregnancies[0].delivery', 'is required for a birth: one of vaginal, caesarean'],
  ['unknown delivery', (s) => { s.pregnancies[0].delivery = 'forceps'; }, 'pregnancies[0].delivery', 'one of vaginal, caesarean'],
  ['delivery typo hint', (s) => { s.pregnancies[0].delivery = 'cesarean'; }, 'pregnancies[0].delivery', 'did you mean "caesarean"?'],
  ['fetal sex missing', (s) => { delete s.pregnancies[0].fetalSex; }, 'pregnancies[0].fetalSex', 'is required: one of male, female'],
  ['unknown fetal sex', (s) => { s.pregnancies[0].fetalSex = 'boy'; }, 'pregnancies[0].fetalSex', 'one of male, female'],
  ['hlaCompatible not boolean', (s) => { s.pregnancies[0].hlaCompatible = 'yes'; }, 'pregnancies[0].hlaCompatible', 'must be true or false'],
  ['conditions not a list', (s) => { s.pregnancies[0].conditions = 'preeclampsia'; }, 'pregnancies[0].conditions', 'must be a list of conditions'],
  ['unknown condition', (s) => { s.pregnancies[0].conditions = ['diabetes']; }, 'pregnancies[0].conditions[0]', 'one of preeclampsia, trisomy21'],
  ['duplicate condition', (s) => { s.pregnancies[0].conditions = ['trisomy21', 'trisomy21']; }, 'pregnancies[0].conditions[1]', 'listed twice'],
  ['preeclampsia before 20 weeks', (s) => { s.pregnancies[1].conditions = ['preeclampsia']; }, 'pregnancies[1].conditions', 'preeclampsia needs a pregnancy of at least 20 weeks'],
  ['overlapping pregnancies', (s) => { s.pregnancies[1].conceptionAgeYears = 28.5; }, 'pregnancies[1].conceptionAgeYears', 'overlaps pregnancies[0] (conceived at 28, birth at 28.73)'],
  ['too soon postpartum', (s) => { s.pregnancies[1].conceptionAgeYears = 28.76; }, 'pregnancies[1].conceptionAgeYears', 'at least 4 weeks after a birth, so no earlier than 28.8'],
  ['out of order', (s) => { s.pregnancies[1].conceptionAgeYears = 25; }, 'pregnancies[1].conceptionAgeYears', 'is before pregnancies[0] (conceived at 28); list pregnancies in order of conception'],

  // injuries
  ['injury not an object', (s) => { s.injuries[0] = 'thyroid'; }, 'injuries[0]', 'must be an object'],
  ['unknown injury key', (s) => { s.injuries[0].organ = 'liver'; }, 'injuries[0].organ', 'allowed keys: host, tissue, kind'],
  ['unknown tissue', (s) => { s.injuries[0].tissue = 'bone'; }, 'injuries[0].tissue', 'one of thyroid, liver, skin, lung, heart, kidney, brain, muscle, pancreas, breast'],
  ['tissue missing', (s) => { delete s.injuries[0].tissue; }, 'injuries[0].tissue', 'is required'],
  ['unknown kind', (s) => { s.injuries[0].kind = 'burn'; }, 'injuries[0].kind', 'one of wound, autoimmune, tumour'],
  ['kind typo hint', (s) => { s.injuries[0].kind = 'tumor'; }, 'injuries[0].kind', 'did you mean "tumour"?'],
  ['unknown host', (s) => { s.injuries[0].host = 'father'; }, 'injuries[0].host', 'use "mother" or "child:N"'],
  ['host child:0', (s) => { s.injuries[0].host = 'child:0'; }, 'injuries[0].host', 'is not a host'],
  ['host child missing', (s) => { s.injuries[0].host = 'child:3'; }, 'injuries[0].host', 'child:3 does not exist: the scenario has 2 pregnancies'],
  ['host child never born', (s) => { s.injuries[0].host = 'child:2'; s.injuries[0].ageYears = 5; }, 'injuries[0].host', 'child:2 was never born: pregnancy 2 ended in miscarriage'],
  ['host missing', (s) => { delete s.injuries[0].host; }, 'injuries[0].host', 'is required'],
  ['child injury beyond horizon', (s) => { s.injuries[0].host = 'child:1'; s.injuries[0].ageYears = 60; }, 'injuries[0].ageYears', 'beyond the horizon: child:1 is born at mother\'s age 28.73'],
  ['mother injury beyond horizon', (s) => { s.injuries[0].ageYears = 85; }, 'injuries[0].ageYears', 'beyond the horizon: the run ends at mother\'s age 80'],
  ['negative injury age', (s) => { s.injuries[0].ageYears = -1; }, 'injuries[0].ageYears', '-1 is below 0'],
  ['injury age string', (s) => { s.injuries[0].ageYears = 'fifty'; }, 'injuries[0].ageYears', 'got the string "fifty"'],
  ['severity above 1', (s) => { s.injuries[0].severity = 1.5; }, 'injuries[0].severity', '1.5 is outside 0..1'],
  ['severity NaN', (s) => { s.injuries[0].severity = NaN; }, 'injuries[0].severity', 'got NaN'],
  ['duration zero', (s) => { s.injuries[0].durationDays = 0; }, 'injuries[0].durationDays', 'more than 0 and at most 3650'],
  ['duration too long for acute', (s) => { s.injuries[0].durationDays = 5000; }, 'injuries[0].durationDays', 'set chronic: true for a longer course'],
  ['duration missing on acute', (s) => { delete s.injuries[0].durationDays; }, 'injuries[0].durationDays', 'is required unless chronic is true'],
  ['chronic not boolean', (s) => { s.injuries[0].chronic = 1; }, 'injuries[0].chronic', 'must be true or false'],
  ['too many injuries', (s) => { s.injuries = Array.from({ length: 51 }, () => s.injuries[0]); }, 'injuries', 'at most 50'],

  // parameters (PARAMETERS may be empty while the engine is written: the message says so)
  ['unknown parameter', (s) => { s.parameters = { noSuchParameter: 1 }; }, 'parameters.noSuchParameter', '"noSuchParameter" is not a known parameter id'],
];

describe('validateScenario: bad input of every kind', () => {
  it.each(BAD)('%s', (_label, mutate, path, fragment) => {
    const s = base();
    const replaced = mutate(s);
    const input = replaced === undefined ? s : replaced;
    const errors = errorsOf(input);
    const hit = errors.find((e) => e.path === path);
    if (!hit) throw new Error(`no error at path ${JSON.stringify(path)}; got:\n${formatScenarioErrors(errors)}`);
    expect(hit.message).toContain(fragment);
    // Every message names its path first, so a line of output is self-explanatory.
    for (const e of errors) expect(e.message.startsWith(`${e.path === '' ? 'scenario' : e.path}: `)).toBe(true);
  });

  it('puts the value in the error', () => {
    const s = base();
    s.pregnancies[1].gestationWeeks = 61;
    const e = errorsOf(s).find((x) => x.path === 'pregnancies[1].gestationWeeks');
    expect(e).toEqual({ path: 'pregnancies[1].gestationWeeks', value: 61, message: 'pregnancies[1].gestationWeeks: 61 is outside 4..44' });
  });

  it('reports every error at once', () => {
    const s = base();
    s.version = 3;
    s.name = 7;
    s.pregnancies[1].gestationWeeks = 61;
    s.pregnancies[0].fetalSex = 'x';
    s.injuries[0].tissue = 'bone';
    s.injuries[0].severity = 2;
    s.extra = true;
    const paths = errorsOf(s).map((e) => e.path).sort();
    expect(paths).toEqual(
      ['extra', 'injuries[0].severity', 'injuries[0].tissue', 'name', 'pregnancies[0].fetalSex', 'pregnancies[1].gestationWeeks', 'version'].sort(),
    );
  });

  it('names both pregnancies when they overlap, even if one has another error', () => {
    const s = base();
    s.pregnancies[1].conceptionAgeYears = 28.2;
    delete s.pregnancies[1].fetalSex;
    const errors = errorsOf(s);
    const overlap = errors.find((e) => e.path === 'pregnancies[1].conceptionAgeYears');
    expect(overlap?.message).toMatch(/overlaps pregnancies\[0\]/);
    expect(errors.some((e) => e.path === 'pregnancies[1].fetalSex')).toBe(true);
  });

  it('formats one line per error', () => {
    const s = base();
    s.version = 9;
    s.horizonYears = 'x';
    const errors = errorsOf(s);
    const text = formatScenarioErrors(errors);
    expect(text.split('\n')).toHaveLength(errors.length);
    expect(text).toContain('version: 9 is not supported; supported versions: 1');
  });
});

describe('validateScenario: parameters read from PARAMETERS at call time', () => {
  // While the engine's table is being written it may be empty: then the test adds a stand-in spec
  // for the duration of one test (the validator must see it, which proves it reads the table per call).
  const TEST_SPEC: ParameterSpec = { id: 'testFetalTransferScale', label: 'test', unit: 'x', group: 'test', min: 0.1, max: 10, default: 1, tier: 'assumption', source: 'test' };
  let pushed = false;
  afterEach(() => {
    if (!pushed) return;
    const specs = PARAMETERS as ParameterSpec[];
    const i = specs.indexOf(TEST_SPEC);
    if (i >= 0) specs.splice(i, 1);
    pushed = false;
  });
  function someSpec(): ParameterSpec {
    const real = PARAMETERS.find((p) => p.id.length > 4 && Number.isFinite(p.max) && p.max > p.min);
    if (real) return real;
    (PARAMETERS as ParameterSpec[]).push(TEST_SPEC);
    pushed = true;
    return TEST_SPEC;
  }

  it('accepts a known id in range, rejects one out of range and hints the nearest id', () => {
    const spec = someSpec();
    const mid = (spec.min + spec.max) / 2;
    const above = spec.max + Math.abs(spec.max) + 1;
    expect(validateScenario({ ...base(), parameters: { [spec.id]: mid } }).ok).toBe(true);
    const out = errorsOf({ ...base(), parameters: { [spec.id]: above } });
    expect(out[0]).toMatchObject({ path: `parameters.${spec.id}`, value: above });
    expect(out[0]?.message).toContain(`${above} is outside ${spec.min}..${spec.max}`);
    const nan = errorsOf({ ...base(), parameters: { [spec.id]: NaN } });
    expect(nan[0]?.message).toContain('must be a finite number');
    const typo = spec.id.slice(0, -1);
    if (!PARAMETERS.some((p) => p.id === typo)) {
      const e = errorsOf({ ...base(), parameters: { [typo]: mid } });
      expect(e[0]?.message).toContain('is not a known parameter id; did you mean "');
    }
  });

  it('validates every real parameter id against its own range', () => {
    for (const p of PARAMETERS) {
      expect(validateScenario({ ...base(), parameters: { [p.id]: p.default } }).ok, p.id).toBe(true);
      if (Number.isFinite(p.max)) {
        const e = errorsOf({ ...base(), parameters: { [p.id]: p.max + Math.abs(p.max) + 1 } });
        expect(e[0]?.path).toBe(`parameters.${p.id}`);
      }
    }
  });
});

describe('nearest', () => {
  it('finds close words and ignores far ones', () => {
    expect(nearest('thyriod', ['thyroid', 'liver'])).toBe('thyroid');
    expect(nearest('Thyroid', ['thyroid', 'liver'])).toBe('thyroid');
    expect(nearest('zzzzzz', ['thyroid', 'liver'])).toBeUndefined();
  });
});

describe('validateScenario: never throws', () => {
  it('answers random garbage with ok or errors', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true, withSparseArray: true, withObjectString: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withDate: true }), (x) => {
        const r = validateScenario(x);
        expect(r.ok === true || (r.ok === false && r.errors.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('answers garbage placed inside a valid scenario with ok or errors', () => {
    const keys = ['version', 'name', 'horizonYears', 'pregnancies', 'injuries', 'hypothesis', 'parameters'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything({ withBigInt: true }), fc.nat(3), fc.anything(), (key, v, i, w) => {
        const s = base();
        s[key] = v;
        if (Array.isArray(s.pregnancies) && s.pregnancies.length > 0) s.pregnancies[i % s.pregnancies.length] = { ...base().pregnancies[0], gestationWeeks: w };
        const r = validateScenario(s);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) for (const e of r.errors) expect(typeof e.message).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: a validated scenario validates again to an equal copy', () => {
    const pregnancy = fc.record({
      conceptionAgeYears: fc.double({ min: 10, max: 60, noNaN: true }),
      gestationWeeks: fc.double({ min: 3, max: 45, noNaN: true }),
      outcome: fc.constantFrom('birth', 'miscarriage', 'termination'),
      delivery: fc.option(fc.constantFrom('vaginal', 'caesarean'), { nil: undefined }),
      fetalSex: fc.constantFrom('male', 'female'),
      conditions: fc.subarray(['preeclampsia', 'trisomy21']),
    });
    const injury = fc.record({
      host: fc.constantFrom('mother', 'child:1', 'child:2'),
      tissue: fc.constantFrom('thyroid', 'skin', 'muscle'),
      ageYears: fc.double({ min: 0, max: 90, noNaN: true }),
      severity: fc.double({ min: 0, max: 1, noNaN: true }),
      chronic: fc.boolean(),
    }, { requiredKeys: ['host', 'tissue', 'ageYears', 'severity'] });
    let valid = 0;
    fc.assert(
      fc.property(fc.array(pregnancy, { maxLength: 3 }), fc.array(injury, { maxLength: 3 }), fc.double({ min: 10, max: 111, noNaN: true }), (ps, is, h) => {
        const r = validateScenario({ version: 1, horizonYears: h, pregnancies: ps, injuries: is });
        if (!r.ok) return;
        valid++;
        const again = validateScenario(JSON.parse(JSON.stringify(r.scenario)));
        expect(again).toEqual(r);
      }),
      { numRuns: 2000 },
    );
    // The generator must reach valid scenarios, or the property says nothing.
    expect(valid).toBeGreaterThan(20);
  });

  it('messages stay one line even for hostile strings and keys', () => {
    const s = base();
    s.injuries[0].tissue = 'bad\ntissue';
    s['new\nkey'] = 1;
    s.parameters = { 'odd\nid': 1 };
    const errors = errorsOf(s);
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['["new\\nkey"]', 'parameters["odd\\nid"]']));
    for (const e of errors) expect(e.message).not.toContain('\n');
  });
});
