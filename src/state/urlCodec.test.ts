// urlCodec.test.ts checks that every state survives the URL, and that broken or hostile links are refused by name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../model/presets';
import { DEFAULT_URL_STATE, LANGS, THEMES, URL_STATE_VERSION, VIEWS, decodeUrlSearch, decodeUrlState, encodeUrlState, urlWithState, type ScenarioRef, type UrlState } from './urlCodec';

const b64 = (s: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(s)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const scenarioRef: fc.Arbitrary<ScenarioRef> = fc.oneof(
  fc.constantFrom(...PRESETS.map((p) => ({ preset: p.id }))),
  fc.constantFrom(...PRESETS.map((p) => ({ scenario: p.scenario }))),
);
// JSON has no negative zero; a link carries -0 as 0, which the app treats the same.
const age = fc.double({ min: -1, max: 120, noNaN: true }).map((x) => x + 0);
const sceneState = fc.record(
  {
    scenario: scenarioRef,
    view: fc.constantFrom(...VIEWS),
    zoom: fc.tuple(age, age).filter(([a, b]) => a < b),
    playheadYears: age,
    compare: scenarioRef,
  },
  { requiredKeys: ['scenario', 'view'] },
);
const urlState: fc.Arbitrary<UrlState> = fc
  .record(
    {
      base: sceneState,
      theme: fc.constantFrom(...THEMES),
      lang: fc.constantFrom(...LANGS),
      embed: fc.constantFrom(...VIEWS),
      scenes: fc.array(fc.record({ caption: fc.string({ maxLength: 80 }), state: sceneState }), { maxLength: 4 }),
    },
    { requiredKeys: ['base', 'theme', 'lang'] },
  )
  .map(({ base, ...rest }) => ({ v: URL_STATE_VERSION, ...base, ...rest }) as UrlState);

describe('urlCodec', () => {
  it('round-trips every valid state exactly', () => {
    fc.assert(
      fc.property(urlState, (state) => {
        const decoded = decodeUrlState(encodeUrlState(state));
        expect(decoded.problems).toEqual([]);
        expect(decoded.state).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('builds a link on any base URL, keeping its sub-path', () => {
    const link = urlWithState('https://example.org/courses/immuno/chimera/?old=1#x', DEFAULT_URL_STATE);
    expect(link).toMatch(/^https:\/\/example\.org\/courses\/immuno\/chimera\/\?s=[A-Za-z0-9_-]+#x$/);
    expect(decodeUrlSearch(new URL(link).search).state).toEqual(DEFAULT_URL_STATE);
  });

  it('gives the default state silently when there is no state in the URL', () => {
    expect(decodeUrlSearch('')).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
  });

  const bad: Array<[string, string, RegExp]> = [
    ['not base64url', '<script>alert(1)</script>', /not valid base64url/],
    ['not JSON', b64('{"v":1,'), /not valid JSON/],
    ['not an object', b64('[1,2]'), /not an object/],
    ['no version', b64('{"view":"timeline"}'), /^v: missing is not a link version/],
    ['a newer version', b64('{"v":99}'), /^v: this link was made by a newer version of Chimera \(link version 99/],
    ['a version that is not a number', b64('{"v":"1"}'), /^v: "1" is not a link version/],
  ];
  it.each(bad)('refuses a link that is %s, and falls back', (_label, param, message) => {
    const fallback: UrlState = { ...DEFAULT_URL_STATE, view: 'tissues' };
    const r = decodeUrlState(param, fallback);
    expect(r.state).toBe(fallback);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(message);
  });

  it('names each bad field, keeps the good ones, and replaces the bad ones with defaults', () => {
    const r = decodeUrlState(
      b64(JSON.stringify({ v: 1, scenario: { preset: 'three-children' }, view: 'graph', zoom: [40, 20], playheadYears: 1e9, theme: 'projector', lang: 'de', extra: 1 })),
    );
    expect(r.state).toEqual({ v: 1, scenario: { preset: 'three-children' }, view: 'timeline', theme: 'projector', lang: 'en' });
    const text = r.problems.join('\n');
    expect(text).toMatch(/^view: "graph" is not one of timeline, tissues, child, compare, explain/m);
    expect(text).toMatch(/^zoom: \[40,20\] is not a range/m);
    expect(text).toMatch(/^playheadYears: 1000000000 is outside -1\.\.120/m);
    expect(text).toMatch(/^lang: "de" is not one of en, fr/m);
    expect(text).toMatch(/^extra: is not a field of a Chimera link/m);
  });

  it('refuses a tampered scenario with the validator messages and keeps the fallback scenario', () => {
    const scenario = { ...PRESETS[0]!.scenario, pregnancies: [{ ...PRESETS[0]!.scenario.pregnancies[0]!, gestationWeeks: 61 }] };
    const r = decodeUrlState(b64(JSON.stringify({ v: 1, scenario: { scenario }, view: 'timeline', theme: 'light', lang: 'en' })));
    expect(r.state.scenario).toEqual(DEFAULT_URL_STATE.scenario);
    expect(r.problems.join('\n')).toMatch(/scenario\.pregnancies\[0\]\.gestationWeeks: 61 is outside/);
  });

  it('carries a name with markup as plain text, and refuses an unknown preset', () => {
    const scenario = { ...PRESETS[0]!.scenario, name: '<img src=x onerror=alert(1)>' };
    const r = decodeUrlState(b64(JSON.stringify({ v: 1, scenario: { scenario }, compare: { preset: '"><script>' }, view: 'timeline', theme: 'light', lang: 'en' })));
    expect(r.state.scenario).toEqual({ scenario: expect.objectContaining({ name: '<img src=x onerror=alert(1)>' }) });
    expect(r.state.compare).toBeUndefined();
    expect(r.problems.join('\n')).toMatch(/^compare\.preset: "\\"><script>" is not a preset of this app/m);
  });

  it('skips a scene whose scenario is invalid and keeps the others', () => {
    const good = { caption: 'One son', state: { scenario: { preset: 'one-son' }, view: 'timeline' } };
    const broken = { caption: 'Broken', state: { scenario: { scenario: { version: 1 } }, view: 'timeline' } };
    const r = decodeUrlState(b64(JSON.stringify({ v: 1, scenario: { preset: 'one-son' }, view: 'timeline', theme: 'light', lang: 'en', scenes: [good, broken] })));
    expect(r.state.scenes).toEqual([good]);
    expect(r.problems.join('\n')).toMatch(/^scenes\[1\]\.state\.scenario\./m);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json().map(b64), fc.anything().map((x) => b64(JSON.stringify({ v: 1, ...(typeof x === 'object' && x ? x : { x }) }) ?? ''))), (param) => {
        const r = decodeUrlState(param);
        expect(Array.isArray(r.problems)).toBe(true);
        expect(VIEWS).toContain(r.state.view);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readScenes', () => {
  it('keeps valid scenes and names the bad ones', async () => {
    const { readScenes } = await import('./urlCodec');
    const ok = readScenes([{ caption: 'Birth', state: { scenario: { preset: 'one-son' }, view: 'timeline', playheadYears: 30 } }]);
    expect(ok.problems).toEqual([]);
    expect(ok.scenes).toHaveLength(1);
    const bad = readScenes([{ caption: 'x', state: { scenario: { preset: 'nope' }, view: 'timeline' } }, 3]);
    expect(bad.scenes).toHaveLength(0);
    expect(bad.problems.join(' ')).toMatch(/scenes\[0\]\.state\.scenario\.preset/);
    expect(bad.problems.join(' ')).toMatch(/scenes\[1\]/);
  });
});
