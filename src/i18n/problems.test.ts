// problems.test.ts runs bad scenarios, links, files and stored items through the real producers and checks that every message they give has a French wording.
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../model/validateScenario';
import { decodeUrlState } from '../state/urlCodec';
import { scenarioFromFileText } from '../state/scenarioFile';
import { parseSavedScenario, savedScenarioStore } from '../state/savedScenarios';
import { MemoryStorage } from '../state/testing/memoryStorage';
import { looseScenario as base, type Loose } from '../model/testing/looseScenario';
import { englishFormProblem, fieldName, formProblemText, frenchProblem, problemText } from './problems';
import type { MessageKey } from './messages.en';
import { translate } from './translate';


/** One mutation per message shape of the validator (and a few more). */
const MUTATIONS: ((s: Loose) => unknown)[] = [
  () => [1, 2],
  () => null,
  () => 'scenario',
  (s) => { s.horizon = 80; },
  (s) => { s.hypotesis = 'repair'; },
  (s) => { delete s.version; },
  (s) => { s.version = 2; },
  (s) => { s.version = '1'; },
  (s) => { s.name = 42; },
  (s) => { s.name = 'x'.repeat(121); },
  (s) => { delete s.horizonYears; },
  (s) => { s.horizonYears = NaN; },
  (s) => { s.horizonYears = '80'; },
  (s) => { s.horizonYears = 150; },
  (s) => { s.horizonYears = 30; s.injuries = []; },
  (s) => { s.hypothesis = 'harmful'; },
  (s) => { delete s.pregnancies; },
  (s) => { s.pregnancies = {}; },
  (s) => { s.pregnancies = Array.from({ length: 21 }, () => s.pregnancies[1]); },
  (s) => { s.injuries = 'none'; },
  (s) => { s.injuries = Array.from({ length: 51 }, () => s.injuries[0]); },
  (s) => { s.parameters = [1]; },
  (s) => { s.pregnancies[1] = 7; },
  (s) => { s.pregnancies[0].sex = 'male'; },
  (s) => { s.pregnancies[1].gestationWeeks = 61; },
  (s) => { delete s.pregnancies[0].gestationWeeks; },
  (s) => { s.pregnancies[0].gestationWeeks = null; },
  (s) => { s.pregnancies[0].conceptionAgeYears = -Infinity; },
  (s) => { s.pregnancies[0].gestationWeeks = 18; },
  (s) => { s.pregnancies[0].gestationWeeks = 21.5; },
  (s) => { s.pregnancies[1].gestationWeeks = 24; },
  (s) => { s.pregnancies[1].outcome = 'termination'; s.pregnancies[1].gestationWeeks = 30; },
  (s) => { s.pregnancies[1].outcome = 'abortion'; },
  (s) => { delete s.pregnancies[1].outcome; },
  (s) => { s.pregnancies[1].delivery = 'vaginal'; },
  (s) => { delete s.pregnancies[0].delivery; },
  (s) => { s.pregnancies[0].delivery = 'cesarean'; },
  (s) => { delete s.pregnancies[0].fetalSex; },
  (s) => { s.pregnancies[0].hlaCompatible = 'yes'; },
  (s) => { s.pregnancies[0].conditions = 'preeclampsia'; },
  (s) => { s.pregnancies[0].conditions = ['diabetes']; },
  (s) => { s.pregnancies[0].conditions = ['trisomy21', 'trisomy21']; },
  (s) => { s.pregnancies[1].conditions = ['preeclampsia']; },
  (s) => { s.pregnancies[1].conceptionAgeYears = 28.5; },
  (s) => { s.pregnancies[1].conceptionAgeYears = 28.76; },
  (s) => { s.pregnancies[1].conceptionAgeYears = 28.5; s.pregnancies[0].outcome = 'abortion'; },
  (s) => { s.pregnancies[1].conceptionAgeYears = 25; },
  (s) => { s.injuries[0] = 'thyroid'; },
  (s) => { s.injuries[0].organ = 'liver'; },
  (s) => { s.injuries[0].tissue = 'bone'; },
  (s) => { delete s.injuries[0].tissue; },
  (s) => { s.injuries[0].kind = 'tumor'; },
  (s) => { s.injuries[0].host = 'father'; },
  (s) => { s.injuries[0].host = 'child:3'; },
  (s) => { s.pregnancies = [s.pregnancies[0]]; s.injuries[0].host = 'child:2'; },
  (s) => { s.injuries[0].host = 'child:2'; s.injuries[0].ageYears = 5; },
  (s) => { delete s.injuries[0].host; },
  (s) => { s.injuries[0].host = 'child:1'; s.injuries[0].ageYears = 60; },
  (s) => { s.injuries[0].ageYears = 85; },
  (s) => { s.injuries[0].ageYears = -1; },
  (s) => { s.injuries[0].ageYears = 'fifty'; },
  (s) => { s.injuries[0].severity = 1.5; },
  (s) => { s.injuries[0].durationDays = 0; },
  (s) => { s.injuries[0].durationDays = 5000; },
  (s) => { s.injuries[0].chronic = true; s.injuries[0].durationDays = 40000; },
  (s) => { s.injuries[0].durationDays = 'long'; },
  (s) => { delete s.injuries[0].durationDays; },
  (s) => { s.injuries[0].chronic = 1; },
  (s) => { s.parameters = { noSuchParameter: 1 }; },
  (s) => { s.parameters = { repairGan: 1 }; },
  (s) => { s.parameters = { repairGain: 'x' }; },
  (s) => { s.parameters = { repairGain: 1000 }; },
  (s) => { s.parameters = { fetalTrafficTermPerDay: 5, 'odd key': 1 }; },
];

function validatorMessages(): string[] {
  return MUTATIONS.flatMap((mutate) => {
    const s = base();
    const replaced = mutate(s);
    const r = validateScenario(replaced === undefined ? s : replaced);
    if (r.ok) throw new Error(`expected errors for ${mutate.toString()}`);
    return r.errors.map((e) => e.message);
  });
}

function b64(json: string): string {
  const bytes = new TextEncoder().encode(json);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
const link = (state: Loose) => decodeUrlState(b64(JSON.stringify({ v: 1, view: 'timeline', theme: 'light', lang: 'fr', scenario: { preset: 'one-son' }, ...state }))).problems;

function linkMessages(): string[] {
  const badScenario = base();
  badScenario.pregnancies[1].gestationWeeks = 61;
  const manyErrors = base();
  Object.assign(manyErrors, { version: 3, name: 7, extra: true });
  manyErrors.pregnancies[0].fetalSex = 'x';
  manyErrors.injuries[0].tissue = 'bone';
  manyErrors.injuries[0].severity = 2;
  return [
    ...decodeUrlState('x'.repeat(200_001)).problems,
    ...decodeUrlState('%%%').problems,
    ...decodeUrlState(b64('{ nope')).problems,
    ...decodeUrlState(b64('[1]')).problems,
    ...decodeUrlState(b64('{"v": "one"}')).problems,
    ...decodeUrlState(b64('{"v": 9}')).problems,
    ...link({ colour: 'red' }),
    ...link({ scenes: 'deck' }),
    ...link({ scenes: Array.from({ length: 101 }, () => ({ caption: 'x', state: { scenario: { preset: 'one-son' }, view: 'timeline' } })) }),
    ...link({ scenes: [7, { caption: 3, state: { scenario: { preset: 'one-son' }, view: 'timeline' } }, { caption: 'x' }, { caption: 'y', state: { scenario: { scenario: badScenario }, view: 'tissues' } }] }),
    ...link({ zoom: [50, 10] }),
    ...link({ playheadYears: 500 }),
    ...link({ scenario: 42 }),
    ...link({ scenario: { preset: 'no-such-preset' } }),
    ...link({ scenario: { scenario: badScenario } }),
    ...link({ scenario: { scenario: manyErrors } }),
    ...link({ scenario: { name: 'x' } }),
    ...link({ compare: { scenario: badScenario } }),
    ...link({ theme: 'dark', view: 'map', lang: 'de' }),
  ];
}

function fileMessages(): { name: string; messages: string[] }[] {
  const bad = base();
  bad.horizonYears = 500;
  bad.hypothesis = 'magic';
  const r = (text: string, name: string) => {
    const out = scenarioFromFileText(text, name);
    return { name, messages: out.ok ? [] : out.errors };
  };
  return [r('x'.repeat(1_000_001), 'big.json'), r('{ nope', 'cassé: v2.json'), r(JSON.stringify(bad), 'mine.json')];
}


function savedMessages(): string[] {
  const storage = new MemoryStorage();
  const badScenario = base();
  badScenario.pregnancies[1].gestationWeeks = 61;
  badScenario.injuries[0].severity = 2;
  storage.setItem('chimera.scenario.v1.a', '{ nope');
  storage.setItem('chimera.scenario.v1.b', JSON.stringify({ value: 1 }));
  storage.setItem('chimera.scenario.v1.c', JSON.stringify({ name: 'Cours 1', savedAt: '2026-01-01T00:00:00Z', value: { scenario: badScenario } }));
  storage.setItem('chimera.scenario.v1.d', JSON.stringify({ name: 'Cours 2', savedAt: '2026-01-01T00:00:00Z', value: { scenario: base(), scenes: 'deck' } }));
  const store = savedScenarioStore(storage);
  const none = savedScenarioStore(undefined);
  const out = [...store.list().problems, ...none.list().problems];
  const bad = parseSavedScenario(null);
  if (!bad.ok) out.push(bad.message);
  for (const w of [store.save('', { scenario: base() as never, scenes: [] }), store.save('x'.repeat(121), { scenario: base() as never, scenes: [] }), store.rename('nope', 'Nom')]) {
    if (!w.ok) out.push(w.message);
  }
  out.push('Browser storage is full: delete a saved item or export it as a file, then save again. Nothing was lost.');
  out.push('Could not save: SecurityError. Nothing was lost.');
  out.push('Could not delete "x": SecurityError');
  out.push('Saved item "x" is corrupted; it was left as it is.');
  return out;
}

/** What is left of English in a French message (values in quotes and key lists aside). */
const ENGLISH = /\b(is|are|was|must|got|allowed|one of|weeks|days|years|the|and|of|not|no|with|from|before|after|link|scenario|item|saved|corrupted|storage|browser|loaded|shown|default|thyroid|liver|skin|lung|heart|kidney|brain|pancreas|breast|birth|miscarriage|termination|male|female|wound|tumour)\b/;
function leftover(fr: string): RegExpExecArray | null {
  const stripped = fr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/(clés autorisées|les clés)\u00a0?:? [\w$, ]+/g, '')
    .replace(/\b\w+[A-Z]\w*\b/g, '');
  return ENGLISH.exec(stripped);
}

describe('French problems', () => {
  const cases: [string, string | undefined][] = [
    ...validatorMessages().map((m) => [m, undefined] as [string, undefined]),
    ...linkMessages().map((m) => [m, undefined] as [string, undefined]),
    ...fileMessages().flatMap((f) => f.messages.map((m) => [m, f.name] as [string, string])),
    ...savedMessages().map((m) => [m, undefined] as [string, undefined]),
  ];

  it('has a corpus of every kind of message', () => {
    expect(cases.length).toBeGreaterThan(110);
  });

  it.each(cases)('%s', (message, fileName) => {
    const fr = frenchProblem(message, fileName);
    expect(fr, message).toBeDefined();
    expect(leftover(fr!), fr).toBeNull();
    if (fileName) expect(fr!.startsWith(`${fileName}\u00a0: `)).toBe(true);
    const own = fileName ? fr!.slice(fileName.length) : fr!;
    expect(own).not.toMatch(/[^\u00a0\u202f\d"«]:\s|[^\u00a0\u202f"];/);
  });

  it('names fields in words', () => {
    expect(fieldName('pregnancies[1].gestationWeeks')).toBe('Grossesse 2, gestation');
    expect(fieldName('injuries[0].host')).toBe('Lésion 1, qui');
    expect(fieldName('parameters.repairGain')).toMatch(/^Paramètre «\u00a0Accélération de la réparation/);
    expect(fieldName('scenes[2].state.scenario.pregnancies[0].outcome')).toBe('Scène 3, scénario, grossesse 1, issue');
    expect(fieldName('parameters["odd key"]')).toBe('Paramètre «\u00a0odd key\u00a0»');
    expect(fieldName('not a path!')).toBe('not a path!');
  });

  it('leaves English as it is, and an unknown message in English', () => {
    expect(problemText('pregnancies[1].gestationWeeks: 61 is outside 4..44', 'en')).toBe('pregnancies[1].gestationWeeks: 61 is outside 4..44');
    expect(problemText('pregnancies[1].gestationWeeks: 61 is outside 4..44', 'fr')).toBe('Grossesse 2, gestation\u00a0: 61 est en dehors de l’intervalle autorisé, de 4 à 44');
    expect(problemText('Something new happened.', 'fr')).toBe('Something new happened.');
  });
});

describe('the editor\'s English', () => {
  const messages = validatorMessages();

  it.each(messages.map((m) => [m]))('%s', (message) => {
    const en = englishFormProblem(message);
    expect(en, message).toBeDefined();
    // The form's words: no JSON path, no child:N, no 12..55, no NaN (lists of the format's keys aside: only a file has those).
    expect(en!.replace(/\bkeys:? [\w$, ]+/g, '')).not.toMatch(/pregnancies\[|injuries\[|conceptionAgeYears|gestationWeeks|ageYears|durationDays|child:[\dN]|\d\.\.-?\d|\bNaN\b/);
  });

  it('names every field of a pregnancy and an injury as the editor labels it, in both languages', () => {
    const labelled: [string, MessageKey][] = [
      ['pregnancies[0].conceptionAgeYears', 'ed.conceptionAge'],
      ['pregnancies[0].gestationWeeks', 'ed.gestation'],
      ['pregnancies[0].outcome', 'ed.outcome'],
      ['pregnancies[0].delivery', 'ed.delivery'],
      ['pregnancies[0].fetalSex', 'ed.sex'],
      ['pregnancies[0].hlaCompatible', 'ed.hla'],
      ['injuries[0].host', 'ed.who'],
      ['injuries[0].tissue', 'ed.tissue'],
      ['injuries[0].kind', 'ed.kind'],
      ['injuries[0].ageYears', 'ed.onset'],
      ['injuries[0].severity', 'ed.severity'],
      ['injuries[0].durationDays', 'ed.duration'],
      ['injuries[0].chronic', 'ed.chronic'],
    ];
    for (const lang of ['en', 'fr'] as const) {
      for (const [path, key] of labelled) {
        // The label without its unit ("Gestation (semaines d’aménorrhée)" → "gestation"), lower-cased after the comma unless an acronym ("HLA-compatible").
        const label = translate(lang, key).replace(/ \(.*\)$/, '');
        const word = /^.[a-zà-ÿ]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
        const item = translate(lang, path.startsWith('pregnancies') ? 'ed.pregnancy' : 'ed.injury', { n: 1 });
        expect(fieldName(path, lang), `${lang} ${path}`).toBe(`${item}, ${word}`);
      }
    }
  });

  it('names fields as the form labels them and says what to type', () => {
    expect(fieldName('pregnancies[0].conceptionAgeYears', 'en')).toBe("Pregnancy 1, mother's age at conception");
    expect(fieldName('injuries[0].host', 'en')).toBe('Injury 1, who');
    expect(fieldName('parameters["odd key"]', 'en')).toBe('Parameter “odd key”');
    expect(englishFormProblem('pregnancies[0].conceptionAgeYears: must be a finite number, 12..55; got NaN')).toBe(
      "Pregnancy 1, mother's age at conception: enter a number from 12 to 55",
    );
    expect(englishFormProblem('pregnancies[0].conceptionAgeYears: -5 is outside 12..55')).toBe(
      "Pregnancy 1, mother's age at conception: -5 is outside the allowed range; enter a number from 12 to 55",
    );
    expect(englishFormProblem('injuries[0].ageYears: -1 is below 0')).toBe('Injury 1, age at onset: -1 is below 0; enter a number of 0 or more');
    expect(englishFormProblem('injuries[0].durationDays: 5000 is outside the allowed range: more than 0 and at most 3650 days (set chronic: true for a longer course)')).toBe(
      'Injury 1, duration: 5000 is outside the allowed range: more than 0 and at most 3650 days (tick “Chronic” for a longer course)',
    );
    const overlap = validateScenario({ ...base(), pregnancies: [base().pregnancies[0], { ...base().pregnancies[0], conceptionAgeYears: 28.5 }], injuries: [] });
    expect(overlap.ok).toBe(false);
    if (!overlap.ok) expect(englishFormProblem(overlap.errors[0]!.message)).toMatch(/^Pregnancy 2, mother's age at conception: 28\.5 overlaps pregnancy 1 \(/);
  });

  it('is what the editor shows in each language; the CLI\'s path style stays for files and links', () => {
    const m = 'pregnancies[1].gestationWeeks: 61 is outside 4..44';
    expect(formProblemText(m, 'en')).toBe('Pregnancy 2, gestation: 61 is outside the allowed range; enter a number from 4 to 44');
    expect(formProblemText(m, 'fr')).toBe(problemText(m, 'fr'));
    expect(problemText(m, 'en')).toBe(m);
  });
});
