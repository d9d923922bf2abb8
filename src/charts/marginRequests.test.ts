// marginRequests.test.ts checks that chart layers asking for room beside the plot get the largest request, not the last.
import { describe, expect, it } from 'vitest';
import { MarginRequests } from './marginRequests';

describe('MarginRequests', () => {
  it('gives the largest request of all layers, whatever their order, and withdraws on 0', () => {
    const r = new MarginRequests();
    const axis = Symbol('axis');
    const heatmap = Symbol('heatmap');
    expect(r.set(axis, 20)).toBe(20);
    expect(r.set(heatmap, 12)).toBe(20);
    expect(r.set(heatmap, 35)).toBe(35);
    expect(r.set(axis, 0)).toBe(35);
    expect(r.set(heatmap, 0)).toBe(0);
    expect(r.set(axis, -5)).toBe(0);
  });
});
