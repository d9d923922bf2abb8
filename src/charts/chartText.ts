// chartText.ts holds the charts' type sizes (light, projector, and smaller ones for small embeds) and the context that picks them.
import { getContext, setContext } from 'svelte';
import { labelWidth } from './markerLayout';

/** Font sizes (px) and the line pitches that go with them. */
export interface ChartText {
  title: number;
  legend: number;
  /** Distance between legend rows. */
  legendRow: number;
  /** Width of a legend swatch. */
  swatch: number;
  caption: number;
  captionLine: number;
  source: number;
  sourceLine: number;
  /** Axis tick labels. */
  tick: number;
  /** Axis titles. */
  axisLabel: number;
  /** Event-marker labels and reference-line labels. */
  marker: number;
  /** Small labels inside the plot (published-figure ids, the playhead's age). */
  note: number;
}

/** The page's and light exports' sizes. */
export const TEXT_LIGHT: ChartText = {
  title: 20,
  legend: 15,
  legendRow: 24,
  swatch: 36,
  caption: 15,
  captionLine: 20,
  source: 13,
  sourceLine: 17,
  tick: 15,
  axisLabel: 16,
  marker: 14,
  note: 13,
};

/** Projector theme: read from the back of a lecture hall. */
export const TEXT_PROJECTOR: ChartText = {
  title: 27,
  legend: 21,
  legendRow: 31,
  swatch: 44,
  caption: 20,
  captionLine: 26,
  source: 16,
  sourceLine: 20,
  tick: 21,
  axisLabel: 21,
  marker: 19,
  note: 17,
};

/** A small embed (a 640 × 360 iframe): the plot keeps most of the height. */
export const TEXT_COMPACT: ChartText = {
  title: 16,
  legend: 13,
  legendRow: 18,
  swatch: 26,
  caption: 13,
  captionLine: 17,
  source: 11,
  sourceLine: 13,
  tick: 12.5,
  axisLabel: 13,
  marker: 12,
  note: 11.5,
};

/** A small embed in the projector theme: larger than compact, smaller than the full projector sizes. */
export const TEXT_COMPACT_PROJECTOR: ChartText = {
  title: 18,
  legend: 15,
  legendRow: 20,
  swatch: 30,
  caption: 15,
  captionLine: 19,
  source: 12,
  sourceLine: 14,
  tick: 15,
  axisLabel: 15,
  marker: 14,
  note: 13,
};

/** A chart's room left of the plot before any layer asks for more: the widest tick label ("1×10⁻⁷"), its gap, and the rotated y-axis title. */
export function baseLeftMarginPx(text: ChartText): number {
  return Math.ceil(labelWidth('1×10⁻⁷', text.tick) + 11 + text.axisLabel * 1.25 + 11);
}

/** Baselines under the plot: the x-axis tick labels and the x-axis title (AxisX draws there; ChartFrame leaves the room). */
export function axisBelowPx(text: ChartText): { tickY: number; titleY: number } {
  const tickY = text.tick + 11;
  return { tickY, titleY: Math.round(tickY + text.axisLabel * 1.6) };
}

export function chartText(projector: boolean, compact: boolean): ChartText {
  if (compact) return projector ? TEXT_COMPACT_PROJECTOR : TEXT_COMPACT;
  return projector ? TEXT_PROJECTOR : TEXT_LIGHT;
}

/** Which theme the charts below are drawn in (a getter, so a theme switch re-lays them out). */
export interface ChartTheme {
  readonly projector: boolean;
}

const key = Symbol('chart-theme');

/**
 * Set by the page (App, EmbedApp) from the presenter state, read through `projector` whenever a chart lays out (so a
 * theme switch re-lays them out); charts without it are drawn light.
 */
export function setChartTheme(projector: () => boolean): void {
  setContext<ChartTheme>(key, {
    get projector() {
      return projector();
    },
  });
}

export function getChartTheme(): ChartTheme | undefined {
  return getContext<ChartTheme | undefined>(key);
}

/** The context entry for `mount(…, { context })` of a view rendered offscreen in a given theme (slide export). */
export function chartThemeEntry(projector: boolean): [symbol, ChartTheme] {
  return [key, { projector }];
}
