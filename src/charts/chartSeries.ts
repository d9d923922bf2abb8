// chartSeries.ts turns a model result into chart-ready series: one colour per graft, one dash per compartment, x in the chosen clock.

import { locale, t } from '../i18n/locale.svelte';
import { tissueName } from '../i18n/assayText';
import { separators } from '../i18n/format';
import type { GraftInfo, HostResult, Origin, SimEvent, SimResult } from '../model/types';
import { COMPARTMENT_DASH, COMPARTMENT_LABEL, graftColor } from './palette';
import type { CompartmentStyle } from './palette';
import { meanSeries } from './seriesMath';

export interface ChartSeries {
  /** Stable key, e.g. `pregnancy:1|blood`; also the `data-series` attribute of its path. */
  key: string;
  /** Human label, e.g. "Pregnancy 1 (son): blood". */
  label: string;
  origin: Origin;
  graftLabel: string;
  compartment: CompartmentStyle;
  color: string;
  dash: string;
  x: Float64Array;
  y: Float64Array;
}

/** "Pregnancy 1 (son)" from the graft's info, or "Mother" for the maternal graft in a child. */
export function graftLabel(g: Pick<GraftInfo, 'origin' | 'pregnancy' | 'sex'> | undefined, origin: Origin): string {
  if (origin === 'mother') return t('graft.mother');
  const k = origin.slice('pregnancy:'.length);
  if (!g) return t('graft.pregnancy', { k });
  return t(g.sex === 'male' ? 'graft.son' : 'graft.daughter', { k });
}

function originsOf(host: HostResult): Origin[] {
  const out: Origin[] = [];
  for (const s of host.series) if (!out.includes(s.origin)) out.push(s.origin);
  return out;
}

/** The x values of a host in the mother's age (a child's clock shifted by the mother's age at its birth). */
export function motherClock(host: HostResult): Float64Array {
  const shift = host.motherAgeAtZeroYears ?? 0;
  const x = new Float64Array(host.timeYears.length);
  for (let i = 0; i < x.length; i++) x[i] = host.timeYears[i]! + shift;
  return x;
}

/**
 * The cell series of one host for a chart: blood, niche and the mean over tissues per graft (and maternal immune
 * cells in a child), filtered by the compartments asked for. The tissue line is the unweighted mean density over
 * the ten tissues: a sum of densities per 10^5 cells of different tissues would have no unit.
 */
export function cellSeries(
  host: HostResult,
  compartments: readonly CompartmentStyle[],
  options: { clock?: 'host' | 'mother'; hiddenOrigins?: readonly string[] } = {},
): ChartSeries[] {
  const x = options.clock === 'mother' ? motherClock(host) : host.timeYears;
  const n = host.timeYears.length;
  const out: ChartSeries[] = [];
  originsOf(host).forEach((origin, gi) => {
    if (options.hiddenOrigins?.includes(origin)) return;
    const info = host.grafts?.find((g) => g.origin === origin);
    const gl = graftLabel(info, origin);
    const color = graftColor(origin === 'mother' ? 0 : Number(origin.slice('pregnancy:'.length)) - 1 || gi);
    const mine = host.series.filter((s) => s.origin === origin);
    const push = (compartment: CompartmentStyle, y: Float64Array) =>
      out.push({ key: `${origin}|${compartment}`, label: `${gl}${separators(locale.lang).colon}${COMPARTMENT_LABEL[compartment]}`, origin, graftLabel: gl, compartment, color, dash: COMPARTMENT_DASH[compartment], x, y });
    for (const c of compartments) {
      if (c === 'tissue') {
        const tissues = mine.filter((s) => s.compartment.startsWith('tissue:')).map((s) => s.values);
        if (tissues.length > 0) push('tissue', meanSeries(tissues, n));
      } else {
        const s = mine.find((m) => m.compartment === c);
        if (s) push(c, s.values);
      }
    }
  });
  return out;
}

/** The mother's host result, if any. */
export function motherOf(result: SimResult | undefined): HostResult | undefined {
  return result?.hosts.find((h) => h.host === 'mother');
}

/** The children's host results, in pregnancy order. */
export function childrenOf(result: SimResult | undefined): HostResult[] {
  return result?.hosts.filter((h) => h.host !== 'mother') ?? [];
}

/** Short marker label: "Birth 1", "Conception 2", "Injury: thyroid". */
export function shortEventLabel(e: SimEvent): string {
  if (e.kind === 'injury') {
    const m = /of (\w+)/.exec(e.label);
    return m ? t('event.injuryOf', { tissue: tissueName(m[1]!) }) : t('event.injury');
  }
  const name = t(`event.${e.kind}`);
  return e.pregnancy !== undefined ? `${name} ${e.pregnancy}` : name;
}

/** The whole x range of a set of series. */
export function xExtent(series: readonly { x: ArrayLike<number> }[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    if (s.x.length === 0) continue;
    lo = Math.min(lo, s.x[0]!);
    hi = Math.max(hi, s.x[s.x.length - 1]!);
  }
  return Number.isFinite(lo) ? [lo, hi] : [0, 1];
}

/** A log-axis y range that holds the visible series: whole decades from the largest value down `decades` decades. */
export function logDomain(series: readonly { y: ArrayLike<number> }[], decades = 6, fallback: [number, number] = [1e-6, 1]): [number, number] {
  let hi = 0;
  for (const s of series) for (let i = 0; i < s.y.length; i++) if (s.y[i]! > hi) hi = s.y[i]!;
  if (!(hi > 0) || !Number.isFinite(hi)) return fallback;
  const top = 10 ** Math.ceil(Math.log10(hi) + 0.05);
  return [top / 10 ** decades, top];
}
