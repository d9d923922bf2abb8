// childMarkers.ts gives the events a child's chart marks (its own conception and birth, its injuries) on the child's age axis, named from the child's side.

import type { HostResult, SimEvent } from '../model/types';

/**
 * A mother's event moved to a child's axis (mother's age minus the birth age) can land a rounding error (~1e-15 years)
 * before the child's first sample: closer than this it is put on that sample, so the chart's range keeps it.
 */
const SNAP_YEARS = 1e-9;

/**
 * The child's own events, each with `ageYears` on the child's axis and `host` the child. The pregnancy number is
 * dropped: on the child's own chart it is always the child's, so markers read "Conception" and "Birth" (the title
 * names the child), the same for every child however its chart's labels are grouped.
 */
export function childMarkers(events: readonly SimEvent[], child: HostResult): SimEvent[] {
  const n = Number(child.host.slice('child:'.length));
  const shift = child.motherAgeAtZeroYears ?? 0;
  const first = child.timeYears[0] ?? -Infinity;
  const last = child.timeYears[child.timeYears.length - 1] ?? Infinity;
  const snap = (age: number) => (Math.abs(age - first) < SNAP_YEARS ? first : Math.abs(age - last) < SNAP_YEARS ? last : age);
  const out: SimEvent[] = [];
  for (const e of events) {
    const own = e.host === child.host;
    if (!own && !(e.host === 'mother' && e.pregnancy === n)) continue;
    const { pregnancy: _pregnancy, ...rest } = e;
    out.push({ ...rest, host: child.host, ageYears: snap(own ? e.ageYears : e.motherAgeYears - shift) });
  }
  return out;
}
