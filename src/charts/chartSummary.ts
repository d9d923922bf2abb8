// chartSummary.ts writes a chart's text summary for screen readers (and the accessible name): peaks and levels at key times.

import type { ChartSeries } from './chartSeries';
import { formatAge, formatLevel } from './format';
import { peakOf, valueAt } from './seriesMath';
import { locale, t } from '../i18n/locale.svelte';
import { separators } from '../i18n/format';

/** "age 28.7" (French "28,7 ans"): the default way a summary names a time on the mother's axis. */
export const atAge = (years: number): string => t('sum.atAge', { age: formatAge(years) });

/**
 * "Pregnancy 1 (son): blood peaks at 0.018 gEq/10^5 at age 28.7; …" — the peak of each visible series (up to
 * `maxSeries`, largest first), then the level of the top series at each key time inside its range, in the reader's
 * language. Never NaN.
 */
export function summarizeSeries(series: readonly ChartSeries[], unit: string, keyTimes: readonly number[] = [], when: (years: number) => string = atAge, maxSeries = 4): string {
  if (series.length === 0) return t('sum.none');
  const peaks = series
    .map((s) => ({ s, p: peakOf(s.x, s.y) }))
    .filter((e) => Number.isFinite(e.p.at))
    .sort((a, b) => b.p.value - a.p.value);
  if (peaks.length === 0) return t('sum.noData');
  const parts = peaks.slice(0, maxSeries).map((e) => t('sum.peak', { label: e.s.label, level: formatLevel(e.p.value), unit, when: when(e.p.at) }));
  if (peaks.length > maxSeries) parts.push(t('sum.more', { n: peaks.length - maxSeries }));
  const top = peaks[0]!.s;
  const at = keyTimes
    .map((x) => ({ x, v: valueAt(top.x, top.y, x) }))
    .filter((e) => Number.isFinite(e.v))
    .map((e) => t('sum.levelAt', { level: formatLevel(e.v), when: when(e.x) }));
  const { colon, semicolon } = separators(locale.lang);
  const tail = at.length > 0 ? ` ${top.label}${colon}${at.join(', ')}.` : '';
  return `${parts.join(semicolon)}.${tail}`;
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
