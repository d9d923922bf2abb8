import { describe, expect, it } from 'vitest';
import { simulate } from '../model/simulate';
import { presetById } from '../model/presets';
import { childMarkers } from './childMarkers';
import { shortEventLabel } from '../charts/chartSeries';

describe('childMarkers', () => {
  const result = simulate(presetById('three-children')!.scenario);
  const children = result.hosts.filter((h) => h.host !== 'mother');

  it('gives every child its own conception and birth, inside its chart range, named alike', () => {
    expect(children).toHaveLength(3);
    for (const c of children) {
      const ms = childMarkers(result.events, c);
      expect(ms.map((e) => e.kind), c.host).toEqual(['conception', 'birth']);
      const [lo, hi] = [c.timeYears[0]!, c.timeYears[c.timeYears.length - 1]!];
      // The third child's conception used to fall 4e-15 years before its range and was dropped from its chart.
      for (const e of ms) expect(e.ageYears >= lo && e.ageYears <= hi, `${c.host} ${e.kind} ${e.ageYears} in ${lo}..${hi}`).toBe(true);
      expect(ms[1]!.ageYears).toBeCloseTo(0, 9);
      expect(ms.map(shortEventLabel)).toEqual(['Conception', 'Birth']);
      expect(ms.every((e) => e.host === c.host && e.pregnancy === undefined)).toBe(true);
    }
  });

  it("keeps a child's own injury at the child's age, and no other pregnancy's events", () => {
    const s = structuredClone(presetById('three-children')!.scenario);
    s.injuries = [{ host: 'child:2', tissue: 'muscle', kind: 'autoimmune', ageYears: 7, severity: 0.5, durationDays: 100, chronic: false }];
    const r = simulate(s);
    const c2 = r.hosts.find((h) => h.host === 'child:2')!;
    const ms = childMarkers(r.events, c2);
    expect(ms.map((e) => e.kind)).toEqual(['conception', 'birth', 'injury']);
    expect(ms[2]!.ageYears).toBeCloseTo(7, 9);
    const c1 = r.hosts.find((h) => h.host === 'child:1')!;
    expect(childMarkers(r.events, c1).map((e) => e.kind)).toEqual(['conception', 'birth']);
  });
});
