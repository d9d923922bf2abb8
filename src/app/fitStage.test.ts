// fitStage.test.ts checks the fitted chart height: the window less what stands above and below the chart, never squeezed flat.
import { describe, expect, it } from 'vitest';
import { fittedChartHeight, MIN_CHART_HEIGHT } from './fitStage';

describe('fittedChartHeight', () => {
  it('fills the window under the banner, tabs and play controls, above the data-table button', () => {
    expect(fittedChartHeight(1080, 160, 50)).toBe(1080 - 160 - 50 - 8);
    expect(fittedChartHeight(720.6, 120.2, 44.9)).toBe(547);
  });
  it('never goes under the minimum a projector chart needs', () => {
    expect(fittedChartHeight(500, 200, 50)).toBe(MIN_CHART_HEIGHT);
  });
});
