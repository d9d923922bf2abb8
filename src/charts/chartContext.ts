// chartContext.ts is the typed context a chart container hands to its one-file layers (the Layer Cake pattern).

import { getContext, setContext } from 'svelte';
import type { ScaleLinear, ScaleLogarithmic } from 'd3-scale';

export interface ChartContext {
  readonly width: number;
  readonly height: number;
  readonly margin: { top: number; right: number; bottom: number; left: number };
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLogarithmic<number, number>;
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
