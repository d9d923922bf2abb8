// chartSeries.test.ts checks the chart-ready series: one colour per graft, a dash per compartment, the tissue mean, the clocks, and the summary.
import { describe, expect, it } from 'vitest';
import { presetById } from '../model/presets';
import { simulate } from '../model/simulate';
import { cellSeries, childrenOf, logDomain, motherClock, motherOf, shortEventLabel } from './chartSeries';
import { summarizeSeries, tableRows } from './chartSummary';
import { halfDetectionLevel } from './detectionLimit';
import { detectionProbability, expectedCopies } from '../model/assay';
import { tissueDensityAt, tissueGrid, logShade } from './tissueGrid';
import { locale } from '../i18n/locale.svelte';

const result = simulate(presetById('three-children')!.scenario);
const mother = motherOf(result)!;

describe('cellSeries', () => {
  it('gives blood, niche and tissue mean per pregnancy with distinct colours', () => {
    const s = cellSeries(mother, ['blood', 'niche', 'tissue']);
    expect(s).toHaveLength(9);
    expect(new Set(s.map((x) => x.color)).size).toBe(3);
    expect(new Set(s.map((x) => x.dash)).size).toBe(3);
    expect(s[0]!.label).toBe('Pregnancy 1 (son): blood');
    expect(s.find((x) => x.key === 'pregnancy:2|blood')!.label).toBe('Pregnancy 2 (daughter): blood');
  });
  it('averages the ten tissues', () => {
    const t = cellSeries(mother, ['tissue'])[0]!;
    const i = 100;
    const tissues = mother.series.filter((s) => s.origin === 'pregnancy:1' && s.compartment.startsWith('tissue:'));
    expect(t.y[i]).toBeCloseTo(tissues.reduce((a, s) => a + s.values[i]!, 0) / 10, 15);
  });
  it('hides origins and puts a child on the mother clock', () => {
    expect(cellSeries(mother, ['blood'], { hiddenOrigins: ['pregnancy:2'] }).map((s) => s.origin)).toEqual(['pregnancy:1', 'pregnancy:3']);
    const child = childrenOf(result)[0]!;
    expect(motherClock(child)[0]).toBeCloseTo(child.timeYears[0]! + child.motherAgeAtZeroYears!, 12);
  });
  it('shortens event labels', () => {
    expect(result.events.map(shortEventLabel).slice(0, 2)).toEqual(['Conception 1', 'Birth 1']);
  });
  it('chooses a log range of whole decades above the peak', () => {
    const [lo, hi] = logDomain(cellSeries(mother, ['blood']), 6);
    expect(Math.log10(hi)).toBeCloseTo(Math.round(Math.log10(hi)), 9);
    expect(hi / lo).toBeCloseTo(1e6, 3);
  });
});

describe('chart summaries and tables', () => {
  it('names peaks and levels at key times, never NaN', () => {
    const s = cellSeries(mother, ['blood', 'niche']);
    const text = summarizeSeries(s, 'gEq', [40, 200]);
    expect(text).toMatch(/peaks at/);
    expect(text).not.toMatch(/NaN|undefined/);
    expect(summarizeSeries([], 'gEq')).toBe('No series shown.');
  });
  it('speaks French in French: series names, words and the decimal comma', () => {
    locale.lang = 'fr';
    try {
      const text = summarizeSeries(cellSeries(mother, ['blood', 'niche']), 'gEq', [40, 60]);
      expect(text).toMatch(/^Grossesse \d \((fils|fille)\)\u00a0: (sang|niche de progéniteurs)\u00a0: maximum de \S+ gEq à \d+,\d\u00a0ans/);
      expect(text).not.toMatch(/\b(peaks|at|age|and|more)\b|\d\.\d/);
      expect(summarizeSeries([], 'gEq')).toBe('Aucune courbe affichée.');
    } finally {
      locale.lang = 'en';
    }
  });
  it('thins the table but keeps the last sample', () => {
    const s = cellSeries(mother, ['blood']);
    const rows = tableRows(s, 50);
    expect(rows.length).toBeLessThanOrEqual(52);
    expect(rows[rows.length - 1]!.t).toBe(mother.timeYears[mother.timeYears.length - 1]);
    expect(rows[3]!.values[0]).toBe(s[0]!.y[rows[3]!.t === s[0]!.x[0] ? 0 : Array.from(s[0]!.x).indexOf(rows[3]!.t)]);
  });
});

describe('detection limit', () => {
  it('is the level detected half the time by the assay', () => {
    const a = { geq: 100_000, replicates: 3 };
    const level = halfDetectionLevel(a, 1);
    expect(detectionProbability(expectedCopies(level, a.geq), a.replicates)).toBeCloseTo(0.5, 6);
    expect(level).toBeCloseTo((Math.LN2 / 3) * 1, 6);
    expect(halfDetectionLevel(a, 100)).toBeCloseTo(level / 100, 9);
  });
});

describe('tissue grid', () => {
  it('sums grafts per tissue and bins over time', () => {
    const g = tissueGrid(mother, 30, 80, 10);
    expect(g.values).toHaveLength(10);
    expect(g.values[0]).toHaveLength(10);
    expect(g.max).toBeGreaterThan(0);
    const d = tissueDensityAt(mother, 50);
    expect(d.thyroid).toBeGreaterThan(0);
  });
  it('shades on a log scale', () => {
    expect(logShade(1, 1)).toBe(1);
    expect(logShade(1e-5, 1)).toBe(0);
    expect(logShade(0, 1)).toBe(0);
    expect(logShade(0.01, 1, 4)).toBeCloseTo(0.5, 12);
  });
});
