// offscreenChart.ts re-renders one chart's view offscreen at a slide's exact size and theme, so an exported chart fills the slide.
import { mount, unmount, flushSync } from 'svelte';
import { chartFitContext } from '../charts/chartFit';
import { chartThemeEntry } from '../charts/chartText';
import type { Theme } from '../state/urlCodec';
import type { AppContext } from './appContext';
import { VIEW_LOADERS, viewOfChart } from './chartViews';
import { t } from '../i18n/locale.svelte';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Renders the view that draws `chartId` in a hidden box `widthPx` wide, its charts fitted to `heightPx`, calls
 * `use` with that chart's <svg>, then removes it. Undefined when the chart has no view to re-render.
 */
export async function withOffscreenChart<T>(
  app: AppContext,
  chartId: string,
  widthPx: number,
  heightPx: number,
  theme: Theme,
  use: (svg: SVGSVGElement) => Promise<T>,
): Promise<T | undefined> {
  const viewId = viewOfChart(chartId);
  if (!viewId) return undefined;
  const { default: ViewComponent } = await VIEW_LOADERS[viewId]();
  const host = document.createElement('div');
  host.className = `export-host theme-${theme}`;
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${widthPx}px;background:#fff;`;
  document.body.appendChild(host);
  const instance = mount(ViewComponent, {
    target: host,
    props: { run: app.run, scenario: app.scenario, view: app.view },
    // The slide's theme, not the page's: its type sizes and layout (a projector slide from a light page, or back). A
    // slide holds the figure only: no handles, hints or playhead (the charts leave them out for `forExport`).
    context: new Map<symbol, unknown>([...chartFitContext({ height: heightPx, compact: false, forExport: true }), chartThemeEntry(theme === 'projector')]),
  });
  try {
    flushSync();
    let last = '';
    let steady = 0;
    // Wait until the chart is drawn and has settled: its size (bind:clientWidth lands a frame later) and its content
    // (a view may run a second scenario, as Compare does) unchanged for several frames in a row.
    for (let i = 0; i < 300; i++) {
      await frame();
      const svg = host.querySelector<SVGSVGElement>(`[data-testid="${CSS.escape(chartId)}"] svg`);
      if (!svg || !(Number(svg.getAttribute('width')) > 0)) continue;
      const state = `${svg.getAttribute('width')}x${svg.getAttribute('height')}|${svg.innerHTML.length}`;
      steady = state === last ? steady + 1 : 0;
      last = state;
      if (steady >= 8) return await use(svg);
    }
    throw new Error(t('export.notAtSize'));
  } finally {
    unmount(instance);
    host.remove();
  }
}
