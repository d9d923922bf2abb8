// detectionLimit.test.ts checks where the 50% detection line falls on the timeline's log axis: brought in when just off it, marked at the edge when far off.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSAY } from '../model/assay';
import { METHOD_FACTORS } from '../model/assayMethods';
import { detectionLimitScale, halfDetectionLevel } from './detectionLimit';

const data: [number, number] = [1e-6, 1];
const polymorphism = { ...DEFAULT_ASSAY, assay: 'polymorphism' as const };

describe('detectionLimitScale', () => {
  it('leaves the domain alone when the line is on it', () => {
    expect(detectionLimitScale(0.02, data)).toEqual({ domain: data, place: 'on' });
    expect(detectionLimitScale(1, data)).toEqual({ domain: data, place: 'on' });
  });
  it('takes in the polymorphism PCR line (about 1.4 gEq/10^5, above a top of 1) by one more decade', () => {
    const level = halfDetectionLevel(polymorphism, METHOD_FACTORS.polymorphismQpcr.readingFactor);
    expect(level).toBeGreaterThan(1);
    expect(level).toBeLessThan(2);
    const s = detectionLimitScale(level, data);
    expect(s).toEqual({ domain: [1e-6, 10], place: 'on' });
    expect(level).toBeLessThanOrEqual(s.domain[1]);
  });
  it('keeps a little headroom over the line, as the data top has', () => {
    // 9.5 is inside one decade of 1, but its headroom needs a top of 100: two decades, more than the default allows.
    expect(detectionLimitScale(9.5, data, 2)).toEqual({ domain: [1e-6, 100], place: 'on' });
    expect(detectionLimitScale(9.5, data).place).toBe('above');
  });
  it('leaves a line far above off the chart rather than squash the data, and says it is above', () => {
    // The smallest polymorphism reading the parameter table allows puts the line near 24 gEq/10^5.
    const level = halfDetectionLevel(polymorphism, 0.01);
    expect(detectionLimitScale(level, data)).toEqual({ domain: data, place: 'above' });
    expect(detectionLimitScale(level, data, 2).place).toBe('on');
  });
  it('does the same below the bottom', () => {
    expect(detectionLimitScale(5e-7, data)).toEqual({ domain: [1e-7, 1], place: 'on' });
    expect(detectionLimitScale(5e-9, data)).toEqual({ domain: data, place: 'below' });
  });
  it('draws no line for a level that is not a positive number', () => {
    for (const v of [Number.NaN, 0, -1, Number.POSITIVE_INFINITY]) expect(detectionLimitScale(v, data)).toEqual({ domain: data, place: 'none' });
  });
});
