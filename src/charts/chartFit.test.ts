// chartFit.test.ts checks the plot height a fitted chart gets from its total height and margins.
import { describe, expect, it } from 'vitest';
import { fittedPlotHeight } from './chartFit';

describe('fittedPlotHeight', () => {
  it('gives the plot what the margins leave, never less than the minimum', () => {
    expect(fittedPlotHeight(720, { top: 108, bottom: 150 })).toBe(462);
    expect(fittedPlotHeight(360, { top: 108, bottom: 230 })).toBe(80);
    expect(fittedPlotHeight(360, { top: 108, bottom: 230 }, 40)).toBe(40);
  });
});
