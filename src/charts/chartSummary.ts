// chartSummary.ts writes a chart's text summary for screen readers (and the accessible name): peaks and levels at key times.

import type { ChartSeries } from './chartSeries';
import { formatAge, formatLevel } from './format';
import { peakOf, valueAt } from './seriesMath';

/**
 * "Highest: Pregnancy 1 (son): blood, 0.018 gEq/10^5 at 28.7. At 40.0: …" — the peak of each visible series (up to
 * `maxSeries`, largest first), then the level of the top series at each key time inside its range. Never NaN.
 */
export function summarizeSeries(series: readonly ChartSeries[], unit: string, keyTimes: readonly number[] = [], timeName = 'age', maxSeries = 4): string {
  if (series.length === 0) return 'No series shown.';
  const peaks = series
    .map((s) => ({ s, p: peakOf(s.x, s.y) }))
    .filter((e) => Number.isFinite(e.p.at))
    .sort((a, b) => b.p.value - a.p.value);
  if (peaks.length === 0) return 'No data yet.';
  const parts = peaks.slice(0, maxSeries).map((e) => `${e.s.label} peaks at ${formatLevel(e.p.value)} ${unit} at ${timeName} ${formatAge(e.p.at)}`);
  if (peaks.length > maxSeries) parts.push(`and ${peaks.length - maxSeries} more series`);
  const top = peaks[0]!.s;
  const at = keyTimes
    .map((t) => ({ t, v: valueAt(top.x, top.y, t) }))
    .filter((e) => Number.isFinite(e.v))
    .map((e) => `${formatLevel(e.v)} at ${timeName} ${formatAge(e.t)}`);
  const tail = at.length > 0 ? ` ${top.label}: ${at.join(', ')}.` : '';
  return `${parts.join('; ')}.${tail}`;
}

/** Rows of a chart's data table: one per time sample of the union grid thinned to at most `maxRows` rows. */
export function tableRows(series: readonly ChartSeries[], maxRows = 60): { t: number; values: number[] }[] {
  if (series.length === 0) return [];
  const x = series[0]!.x;
  const sameGrid = series.every((s) => s.x === x || s.x.length === x.length);
  const n = x.length;
  const step = Math.max(1, Math.ceil(n / maxRows));
  const rows: { t: number; values: number[] }[] = [];
  for (let i = 0; i < n; i += step) {
    const t = x[i]!;
    rows.push({ t, values: series.map((s) => (sameGrid ? s.y[i]! : valueAt(s.x, s.y, t))) });
  }
  if ((n - 1) % step !== 0) rows.push({ t: x[n - 1]!, values: series.map((s) => (sameGrid ? s.y[n - 1]! : valueAt(s.x, s.y, x[n - 1]!))) });
  return rows;
}
