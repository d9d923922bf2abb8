// resultCsv.test.ts checks that CSV export parses back to the same numbers and that JSON export round-trips typed arrays.

import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { resultFromJson, resultToCsv, resultToJson } from './resultCsv';
import type { SimResult } from './types';

const UNITS: SimResult['units'] = { cells: 'gEq/10^5 host cells', cfdna: 'GE/mL plasma', time: 'years of host age', damage: 'index 0..1' };

/** A small hand-made result with awkward numbers: tiny, huge, negative times, repeating decimals. */
function sample(): SimResult {
  const birthAge = 28 + 40 / (365.25 / 7);
  return {
    version: 1,
    scenarioName: 'Sample, with a comma',
    units: UNITS,
    hosts: [
      {
        host: 'mother',
        timeYears: Float64Array.from([28, 28.5, birthAge, 50]),
        series: [
          { origin: 'pregnancy:1', compartment: 'blood', values: Float64Array.from([0, 1e-7, 0.0171234567890123, 3.3e-4]) },
          { origin: 'pregnancy:1', compartment: 'cfdna', values: Float64Array.from([0, 25.4, 292, 0]) },
          { origin: 'pregnancy:1', compartment: 'tissue:thyroid', values: Float64Array.from([0, 0, 1 / 3, 2e-12]) },
        ],
        damage: [{ tissue: 'thyroid', values: Float64Array.from([0, 0, 0, 0.6]) }],
      },
      {
        host: 'child:1',
        timeYears: Float64Array.from([-0.7, 0, 10]),
        series: [
          { origin: 'mother', compartment: 'blood', values: Float64Array.from([0, 0.026, 0.001]) },
          { origin: 'mother', compartment: 'immune', values: Float64Array.from([0, 0.01, 0.9]) },
        ],
        damage: [{ tissue: 'muscle', values: Float64Array.from([0, 0, 0.25]) }],
      },
    ],
    events: [
      { kind: 'conception', host: 'mother', ageYears: 28, motherAgeYears: 28, pregnancy: 1, label: 'Conception' },
      { kind: 'birth', host: 'mother', ageYears: birthAge, motherAgeYears: birthAge, pregnancy: 1, label: 'Birth' },
    ],
  };
}

describe('resultToCsv', () => {
  const r = sample();
  const csv = resultToCsv(r);
  const rows = csvParse(csv);

  it('writes the documented header: host, times, series columns, damage columns, each with its unit', () => {
    expect(rows.columns).toEqual([
      'host', 'timeYears', 'motherAgeYears',
      'pregnancy:1|blood (gEq/10^5)', 'pregnancy:1|cfdna (GE/mL)', 'pregnancy:1|tissue:thyroid (gEq/10^5)', 'mother|blood (gEq/10^5)', 'mother|immune (gEq/10^5)',
      'damage|thyroid (index 0-1)', 'damage|muscle (index 0-1)',
    ]);
  });

  it('writes one row per host time point, in a long table', () => {
    expect(rows).toHaveLength(4 + 3);
    expect(rows.map((x) => x['host'])).toEqual(['mother', 'mother', 'mother', 'mother', 'child:1', 'child:1', 'child:1']);
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('parses back to exactly the same numbers', () => {
    let row = 0;
    for (const h of r.hosts) {
      for (let i = 0; i < h.timeYears.length; i++, row++) {
        const parsed = rows[row]!;
        expect(Number(parsed['timeYears'])).toBe(h.timeYears[i]);
        for (const s of h.series) expect(Number(parsed[`${s.origin}|${s.compartment} (${s.compartment === 'cfdna' ? 'GE/mL' : 'gEq/10^5'})`])).toBe(s.values[i]);
        for (const d of h.damage) expect(Number(parsed[`damage|${d.tissue} (index 0-1)`])).toBe(d.values[i]);
      }
    }
  });

  it('leaves cells empty where a host has no such series', () => {
    expect(rows[0]!['mother|immune (gEq/10^5)']).toBe('');
    expect(rows[5]!['pregnancy:1|blood (gEq/10^5)']).toBe('');
    expect(rows[5]!['damage|thyroid (index 0-1)']).toBe('');
  });

  it('puts a child on the mother\'s timeline through its birth event', () => {
    const birthAge = r.events[1]!.motherAgeYears;
    expect(Number(rows[0]!['motherAgeYears'])).toBe(28);
    expect(Number(rows[5]!['motherAgeYears'])).toBe(0 + birthAge);
    expect(Number(rows[6]!['motherAgeYears'])).toBeCloseTo(10 + birthAge, 12);
  });

  it('prefers a host\'s stated motherAgeAtZeroYears over the birth event', () => {
    const r2 = sample();
    Object.assign(r2.hosts[1]!, { motherAgeAtZeroYears: 30 });
    const rows2 = csvParse(resultToCsv(r2));
    expect(Number(rows2[5]!['motherAgeYears'])).toBe(30);
  });

  it('leaves motherAgeYears empty when a child\'s birth is unknown', () => {
    const rows2 = csvParse(resultToCsv({ ...r, events: [] }));
    expect(rows2[5]!['motherAgeYears']).toBe('');
    expect(rows2[0]!['motherAgeYears']).toBe('28');
  });

  it('handles a result without hosts', () => {
    expect(resultToCsv({ ...r, hosts: [] })).toBe('host,timeYears,motherAgeYears\n');
  });
});

describe('resultToJson', () => {
  it('writes typed arrays as plain arrays', () => {
    const json = resultToJson(sample());
    const plain = JSON.parse(json);
    expect(Array.isArray(plain.hosts[0].timeYears)).toBe(true);
    expect(Array.isArray(plain.hosts[0].series[0].values)).toBe(true);
    expect(Array.isArray(plain.hosts[1].damage[0].values)).toBe(true);
    expect(plain.hosts[0].series[0].values).toEqual([0, 1e-7, 0.0171234567890123, 3.3e-4]);
    expect(plain.units).toEqual(UNITS);
    expect(plain.events).toHaveLength(2);
  });

  it('round-trips through resultFromJson to an equal result with typed arrays', () => {
    const r = sample();
    const back = resultFromJson(resultToJson(r));
    expect(back).toEqual(r);
    expect(back.hosts[0]!.timeYears).toBeInstanceOf(Float64Array);
    expect(back.hosts[1]!.series[1]!.values).toBeInstanceOf(Float64Array);
    expect(back.hosts[1]!.damage[0]!.values).toBeInstanceOf(Float64Array);
  });

  it('indents when asked', () => {
    expect(resultToJson(sample(), 2)).toContain('\n  "scenarioName"');
  });
});
