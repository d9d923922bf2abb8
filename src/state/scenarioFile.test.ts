// scenarioFile.test.ts checks scenario files: round trip, and bad files answered with the file and field named.
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../model/presets';
import { scenarioFromFileText, scenarioToFileText } from './scenarioFile';

describe('scenario files', () => {
  it('round-trips every preset', () => {
    for (const p of PRESETS) {
      const r = scenarioFromFileText(scenarioToFileText(p.scenario), 'a.json');
      expect(r).toEqual({ ok: true, scenario: p.scenario });
    }
  });
  it('names the file when it is not JSON', () => {
    const r = scenarioFromFileText('{"version": 1,', 'broken.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^broken\.json: not a JSON file \(/);
  });
  it('names the file and the field when the scenario is invalid, listing every error', () => {
    const bad = { ...PRESETS[0]!.scenario, horizonYears: 500, hypothesis: 'magic' };
    const r = scenarioFromFileText(JSON.stringify(bad), 'mine.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.some((e) => e.startsWith('mine.json: horizonYears: 500'))).toBe(true);
      expect(r.errors.some((e) => e.startsWith('mine.json: hypothesis: "magic"'))).toBe(true);
    }
  });
  it('refuses a file from a newer format with the supported versions', () => {
    const r = scenarioFromFileText(JSON.stringify({ ...PRESETS[0]!.scenario, version: 7 }), 'new.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^new\.json: version: 7 is not supported; supported versions: 1/);
  });
  it('refuses an oversized file before parsing it', () => {
    const r = scenarioFromFileText(' '.repeat(1_000_001), 'huge.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/too large/);
  });
});
