// evidenceMarkers.test.ts checks which published figures fit a scenario, where they go, and the unit conversion.
import { describe, expect, it } from 'vitest';
import { presetById } from '../model/presets';
import { simulate } from '../model/simulate';
import type { Scenario } from '../model/types';
import { evidenceMarkers, PER_16ML_TO_PER_100K } from './evidenceMarkers';

function markers(id: string) {
  const s = presetById(id)!.scenario;
  return evidenceMarkers(s, simulate(s).events);
}

describe('evidenceMarkers', () => {
  it('converts per 16 mL with 16 mL ≈ 1.1e8 cells (19 GE per 16 mL ≈ 0.017 gEq/10^5)', () => {
    expect(19 * PER_16ML_TO_PER_100K).toBeCloseTo(0.0173, 4);
  });
  it('draws the Y-PCR term figure on a son and not on a daughter', () => {
    expect(markers('one-son').map((m) => m.id)).toContain('E1');
    expect(markers('one-daughter').map((m) => m.id)).toEqual([]);
  });
  it('places E1 at the birth and E11 (healthy controls) 15–18 years after the last son', () => {
    const s = presetById('three-children')!.scenario;
    const events = simulate(s).events;
    const ms = evidenceMarkers(s, events);
    const births = events.filter((e) => e.kind === 'birth');
    expect(ms.filter((m) => m.id === 'E1').map((m) => m.x)).toEqual([births[0]!.motherAgeYears, births[2]!.motherAgeYears]);
    const e11 = ms.filter((m) => m.id === 'E11');
    expect(e11).toHaveLength(1);
    expect(e11[0]!.x).toBeCloseTo(births[2]!.motherAgeYears + 16.5, 9);
    expect(e11[0]!.figure).toMatch(/Healthy controls/);
  });
  it('chooses the systemic sclerosis figure when the mother has an autoimmune disease', () => {
    const e11 = markers('hla-compatible-son-ssc').filter((m) => m.id === 'E11');
    expect(e11.map((m) => m.figure)).toEqual([expect.stringMatching(/Systemic sclerosis/)]);
  });
  it('draws the trisomy 21 and termination figures only where they fit', () => {
    expect(markers('trisomy-21').map((m) => m.id)).toContain('E2');
    expect(markers('trisomy-21').map((m) => m.id)).not.toContain('E1');
    expect(markers('elective-termination').map((m) => m.id)).toEqual(['E13']);
  });
  it('keeps every marker inside the run and its range around its value', () => {
    const s: Scenario = { ...presetById('one-son')!.scenario, horizonYears: 35 };
    const ms = evidenceMarkers(s, simulate(s).events);
    expect(ms.map((m) => m.id)).not.toContain('E11');
    for (const m of markers('three-children')) {
      expect(m.low).toBeLessThanOrEqual(m.value);
      expect(m.high).toBeGreaterThanOrEqual(m.value);
    }
  });
});
