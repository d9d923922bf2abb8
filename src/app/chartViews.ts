// chartViews.ts says which view draws each chart (by the chart's test id), so a chart can be re-rendered alone (embed, slide export).
import type { Component } from 'svelte';
import type { RunState } from '../state/RunState.svelte';
import type { ScenarioState } from '../state/ScenarioState.svelte';
import type { ViewState } from '../state/ViewState.svelte';
import type { View } from '../state/urlCodec';

export interface ViewProps {
  run: RunState;
  scenario: ScenarioState;
  view: ViewState;
}
type Loader = () => Promise<{ default: Component<ViewProps> }>;

export const VIEW_LOADERS: Record<View, Loader> = {
  timeline: () => import('../ui/TimelineView.svelte'),
  tissues: () => import('../ui/TissuesView.svelte'),
  child: () => import('../ui/ChildView.svelte'),
  compare: () => import('../ui/CompareView.svelte'),
  explain: () => import('../ui/ExplainView.svelte'),
};

/** The chart an embed of each view shows (Explain has no chart of its own: it embeds the timeline). */
export const EMBED_CHART: Record<View, { view: View; chartId: string }> = {
  timeline: { view: 'timeline', chartId: 'timeline-chart' },
  tissues: { view: 'tissues', chartId: 'tissue-heatmap' },
  child: { view: 'child', chartId: 'child-chart-1' },
  compare: { view: 'compare', chartId: 'compare-chart' },
  explain: { view: 'timeline', chartId: 'timeline-chart' },
};

/** The view that draws chart `chartId`. */
export function viewOfChart(chartId: string): View | undefined {
  if (chartId === 'timeline-chart' || chartId === 'cfdna-chart' || chartId === 'prevalence-chart') return 'timeline';
  if (chartId === 'tissue-heatmap' || chartId === 'damage-chart') return 'tissues';
  if (chartId.startsWith('child-chart-')) return 'child';
  if (chartId === 'compare-chart') return 'compare';
  return undefined;
}
