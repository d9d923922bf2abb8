// seriesMath.test.ts checks interpolation, peaks, sums and the time a series falls below a limit.
import { describe, expect, it } from 'vitest';
import { indexAtOrBefore, meanSeries, peakOf, sumSeries, timeBelowFor, valueAt } from './seriesMath';

const x = [0, 1, 2, 3, 4];
const y = [1, 10, 100, 10, 1];

describe('valueAt', () => {
  it('returns samples exactly and interpolates log-linearly between them', () => {
    expect(valueAt(x, y, 2)).toBe(100);
    expect(valueAt(x, y, 0.5)).toBeCloseTo(Math.sqrt(10), 12);
  });
  it('interpolates linearly through zero', () => expect(valueAt([0, 1], [0, 4], 0.25)).toBe(1));
  it('is NaN outside the sampled range', () => {
    expect(valueAt(x, y, -1)).toBeNaN();
    expect(valueAt(x, y, 5)).toBeNaN();
    expect(valueAt([], [], 0)).toBeNaN();
  });
  it('finds the sample at or before a time', () => {
    expect(indexAtOrBefore(x, 2.5)).toBe(2);
    expect(indexAtOrBefore(x, -3)).toBe(0);
    expect(indexAtOrBefore(x, 9)).toBe(4);
  });
});

describe('peaks, sums and means', () => {
  it('finds the peak and where', () => expect(peakOf(x, y)).toEqual({ value: 100, at: 2 }));
  it('limits the peak to a window', () => expect(peakOf(x, y, 3, 4)).toEqual({ value: 10, at: 3 }));
  it('sums and averages element-wise', () => {
    expect(Array.from(sumSeries([y, y], 5))).toEqual([2, 20, 200, 20, 2]);
    expect(Array.from(meanSeries([y, [1, 1, 1, 1, 1]], 5))).toEqual([1, 5.5, 50.5, 5.5, 1]);
  });
});

describe('timeBelowFor', () => {
  it('finds the last crossing below a limit, log-linearly', () => expect(timeBelowFor(x, y, Math.sqrt(10), 0)).toBeCloseTo(3.5, 12));
  it('is the start when already below, undefined when never below', () => {
    expect(timeBelowFor(x, y, 1000, 1)).toBe(1);
    expect(timeBelowFor([0, 1], [5, 5], 1, 0)).toBeUndefined();
  });
});
