// chartContext.ts is the typed context a chart container hands to its one-file layers (the Layer Cake pattern).

import { getContext, setContext } from 'svelte';
import type { ScaleContinuousNumeric, ScaleLinear } from 'd3-scale';
import type { ChartText } from './chartText';

export interface ChartContext {
  readonly width: number;
  readonly height: number;
  readonly margin: { top: number; right: number; bottom: number; left: number };
  /** Plot area size (inside the margins). */
  readonly innerWidth: number;
  readonly innerHeight: number;
  /**
   * Px below the plot's top where the data starts: the band above it holds event labels and drag handles, so they never
   * sit on a curve. `y`'s range ends there.
   */
  readonly plotTop: number;
  /** True when drawn offscreen for an exported slide (no controls, no playhead). */
  readonly forExport: boolean;
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleContinuousNumeric<number, number>;
  /** True when y is logarithmic (layers draw values below the floor on the floor). */
  readonly yLog: boolean;
  /** Time under the reader's pointer or keyboard cursor, in x units; undefined when none. */
  readonly cursor: number | undefined;
  /** `url(#…)` of a clip path covering the plot area, for layers that must not spill over the axes. */
  readonly clip: string;
  /** Type sizes for the theme the chart is drawn in (layers size their labels with them). */
  readonly text: ChartText;
  /**
   * A layer asks, under its own key, for this much more room left of the plot (0 withdraws); the chart gives the largest
   * request of its layers.
   */
  reserveLeft(layer: symbol, px: number): void;
  /** A layer asks, under its own key, for a band this tall above the data (0 withdraws); the chart gives the largest. */
  reserveTop(layer: symbol, px: number): void;
}

const key = Symbol('chart');

/** Called by a chart container with a getter object whose fields track the container's state. */
export function setChartContext(ctx: ChartContext): void {
  setContext(key, ctx);
}

export function getChartContext(): ChartContext {
  const ctx = getContext<ChartContext | undefined>(key);
  if (!ctx) throw new Error('A chart layer must be placed inside a chart container.');
  return ctx;
}
