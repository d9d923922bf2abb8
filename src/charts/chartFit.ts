// chartFit.ts is the optional context that makes every chart container fill a given height (embed iframe, slide export).
import { getContext, setContext } from 'svelte';

export interface ChartFit {
  /** Total height of the chart's SVG in px; the plot area takes what title, legend and caption leave. */
  readonly height: number;
  /** Leave the caption out (small embeds); the source line stays. */
  readonly compact: boolean;
  /** Drawn for an exported slide: no controls or on-screen hints, no playhead (a slide is a still figure). */
  readonly forExport?: boolean;
}

const key = Symbol('chart-fit');

export function setChartFit(fit: ChartFit): void {
  setContext(key, fit);
}

export function getChartFit(): ChartFit | undefined {
  return getContext<ChartFit | undefined>(key);
}

/** Plot height that makes a chart of `total` px with these margins; never under `min` (a plot needs room). */
export function fittedPlotHeight(total: number, margin: { top: number; bottom: number }, min = 80): number {
  return Math.max(min, Math.floor(total - margin.top - margin.bottom));
}

/** The context map for `mount(…, { context })` of a view rendered offscreen at a fixed size. */
export function chartFitContext(fit: ChartFit): Map<symbol, ChartFit> {
  return new Map([[key, fit]]);
}
