// fitStage.ts measures the presenter stage (scene banner, tabs, view) and sets the chart height that fits the main chart in the window.
import type { PresentState } from '../state/PresentState.svelte';

/** Below this a chart's plot would be squeezed flat by its projector-size title, legend, axes and caption. */
export const MIN_CHART_HEIGHT = 480;
/** Room left under the chart's own controls, so its last button is not flush with the window's edge. */
const GAP_PX = 8;

/**
 * The chart height (px of SVG) that puts the whole first chart of the stage inside a window `windowHeight` high,
 * when the stage's top is at the window's top: `above` is from the stage's top to the SVG's, `below` from the
 * SVG's bottom to the bottom of the chart's own controls (the data-table button).
 */
export function fittedChartHeight(windowHeight: number, above: number, below: number): number {
  return Math.max(MIN_CHART_HEIGHT, Math.floor(windowHeight - above - below - GAP_PX));
}

/** Svelte action on the stage: keeps `present.chartHeight` fitted while presenting (window resize, full screen, a view's toolbar wrapping). */
export function fitStage(stage: HTMLElement, present: PresentState) {
  const measure = () => {
    if (!present.presenting) return;
    const fig = stage.querySelector('[role="tabpanel"] figure');
    const svg = fig?.querySelector('svg');
    if (!fig || !svg) return;
    const top = stage.getBoundingClientRect().top;
    const s = svg.getBoundingClientRect();
    // The figure's own buttons under the SVG (not the data table once opened: that may scroll).
    const after = fig.querySelector(':scope > button');
    const below = after ? Math.max(0, after.getBoundingClientRect().bottom - s.bottom) : 0;
    const h = fittedChartHeight(window.innerHeight, s.top - top, below);
    // Whole pixels and a dead band: a redraw 1 px off must not start a resize loop.
    if (Math.abs(h - present.chartHeight) >= 2) present.chartHeight = h;
  };
  const observer = new ResizeObserver(measure);
  observer.observe(stage);
  window.addEventListener('resize', measure);
  measure();
  return {
    destroy() {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    },
  };
}
