// tissueGrid.ts bins a host's tissue series (summed over grafts) onto a time grid for the heatmap, and reads densities at one time for the body map.

import { TISSUES } from '../model/types';
import type { HostResult, Tissue } from '../model/types';
import { valueAt } from './seriesMath';

export interface TissueGrid {
  tissues: readonly Tissue[];
  /** Bin edges in the host clock, length bins + 1. */
  edges: number[];
  /** values[tissue][bin]: density (gEq/10^5, summed over grafts) at the bin's middle. */
  values: number[][];
  max: number;
}

/** Density of every tissue (summed over the host's grafts) at time t of the host's clock. */
export function tissueDensityAt(host: HostResult, t: number, x: ArrayLike<number> = host.timeYears): Record<Tissue, number> {
  const out = {} as Record<Tissue, number>;
  for (const tissue of TISSUES) {
    let sum = 0;
    for (const s of host.series) if (s.compartment === `tissue:${tissue}`) {
      const v = valueAt(x, s.values, t);
      if (Number.isFinite(v)) sum += v;
    }
    out[tissue] = sum;
  }
  return out;
}

/** The heatmap grid over [from, to] in `bins` equal bins (x = the clock the series are drawn in). */
export function tissueGrid(host: HostResult, from: number, to: number, bins: number, x: ArrayLike<number> = host.timeYears): TissueGrid {
  const edges = Array.from({ length: bins + 1 }, (_, i) => from + ((to - from) * i) / bins);
  let max = 0;
  const values = TISSUES.map((tissue) => {
    const series = host.series.filter((s) => s.compartment === `tissue:${tissue}`);
    return edges.slice(0, -1).map((e, i) => {
      const mid = (e + edges[i + 1]!) / 2;
      let sum = 0;
      for (const s of series) {
        const v = valueAt(x, s.values, mid);
        if (Number.isFinite(v)) sum += v;
      }
      if (sum > max) max = sum;
      return sum;
    });
  });
  return { tissues: TISSUES, edges, values, max };
}

/** Colour position 0..1 for a density on a log scale spanning `decades` below `max` (0 = at or below the floor). */
export function logShade(v: number, max: number, decades = 5): number {
  if (!(v > 0) || !(max > 0)) return 0;
  const f = 1 - Math.log10(max / v) / decades;
  return Math.min(1, Math.max(0, f));
}
