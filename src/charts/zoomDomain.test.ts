// zoomDomain.test.ts checks zooming, panning and brushing stay inside the run and keep the centre in place.
import { describe, expect, it } from 'vitest';
import { fromBrush, isFull, MIN_SPAN_YEARS, panBy, zoomBy } from './zoomDomain';

const full: [number, number] = [20, 80];

describe('zoomDomain', () => {
  it('zooms in around a centre, keeping it at the same share of the width', () => {
    const d = zoomBy(full, 0.5, 35, full);
    expect(d[1] - d[0]).toBeCloseTo(30, 12);
    expect((35 - d[0]) / (d[1] - d[0])).toBeCloseTo(0.25, 12);
  });
  it('never zooms out past the run nor in past an hour', () => {
    expect(zoomBy([30, 50], 10, 40, full)).toEqual(full);
    const tiny = zoomBy([30, 30 + MIN_SPAN_YEARS], 0.1, 30, full);
    expect(tiny[1] - tiny[0]).toBeCloseTo(MIN_SPAN_YEARS, 15);
  });
  it('pans within the run', () => {
    expect(panBy([60, 80], 0.5, full)).toEqual([60, 80]);
    expect(panBy([30, 40], -0.5, full)).toEqual([25, 35]);
  });
  it('turns a brush into a domain and ignores a click', () => {
    expect(fromBrush(40, 30, full)).toEqual([30, 40]);
    expect(fromBrush(30, 30, full)).toBeUndefined();
    expect(isFull(undefined, full)).toBe(true);
    expect(isFull([30, 40], full)).toBe(false);
  });
});
