// resultCsv.ts turns a simulation result into CSV (one long table) or JSON (typed arrays as plain arrays) for export and the CLI.
//
// CSV layout — one long table, so a spreadsheet can filter by host instead of juggling blocks:
//
//   host,timeYears,motherAgeYears,<origin>|<compartment> (<unit>),...,damage|<tissue> (index 0-1),...
//   mother,28,28,0,...
//   child:1,-0.7,28,...
//
// - One row per time point of each host, hosts in the result's order (the mother first).
// - host: `mother` or `child:N`. timeYears: that host's age in years (a child's is negative before birth).
//   motherAgeYears: the mother's age at that instant (the shared timeline axis); for a child it is
//   timeYears plus the mother's age at that child's birth (the host's motherAgeAtZeroYears when the
//   engine gives it, else the result's birth event for that pregnancy).
// - `<origin>|<compartment> (<unit>)` columns, e.g. `pregnancy:1|blood (gEq/10^5)`, `pregnancy:2|tissue:thyroid
//   (gEq/10^5)`, `pregnancy:1|cfdna (GE/mL)`: the union over all hosts, in the order first met. A host without that
//   series leaves the cell empty. Cells are in gEq/10^5 host cells, cfDNA in GE/mL plasma (result.units says the same):
//   the unit is in the header because a spreadsheet shows nothing else.
// - `damage|<tissue> (index 0-1)` columns: the host's tissue damage index, 0..1.
// - Numbers are written with String(), the shortest text that parses back to the same double, so a
//   round trip through a CSV parser loses nothing.

import type { HostResult, SimResult } from './types';

/** The result as one long CSV table (header documented at the top of this file); ends with a newline. */
export function resultToCsv(result: SimResult): string {
  const seriesCols: string[] = [];
  const damageCols: string[] = [];
  const seenSeries = new Set<string>();
  const seenDamage = new Set<string>();
  for (const h of result.hosts) {
    for (const s of h.series) {
      const key = `${s.origin}|${s.compartment}`;
      if (!seenSeries.has(key)) {
        seenSeries.add(key);
        seriesCols.push(key);
      }
    }
    for (const d of h.damage) {
      const key = `damage|${d.tissue}`;
      if (!seenDamage.has(key)) {
        seenDamage.add(key);
        damageCols.push(key);
      }
    }
  }

  const header = ['host', 'timeYears', 'motherAgeYears', ...seriesCols.map((c) => `${c} (${c.endsWith('|cfdna') ? 'GE/mL' : 'gEq/10^5'})`), ...damageCols.map((c) => `${c} (index 0-1)`)];
  const lines: string[] = [header.map(csvField).join(',')];

  for (const h of result.hosts) {
    const offset = motherAgeOffset(result, h);
    // Column index -> this host's values (or undefined: empty cell).
    const bySeries = new Map<string, Float64Array>();
    for (const s of h.series) bySeries.set(`${s.origin}|${s.compartment}`, s.values);
    const byDamage = new Map<string, Float64Array>();
    for (const d of h.damage) byDamage.set(`damage|${d.tissue}`, d.values);
    const columns = [...seriesCols.map((c) => bySeries.get(c)), ...damageCols.map((c) => byDamage.get(c))];
    const hostField = csvField(h.host);

    for (let i = 0; i < h.timeYears.length; i++) {
      const t = h.timeYears[i] as number;
      const row: string[] = [hostField, num(t), offset === undefined ? '' : num(t + offset)];
      for (const values of columns) row.push(values === undefined || i >= values.length ? '' : num(values[i] as number));
      lines.push(row.join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The result as JSON text, typed arrays written as plain arrays (JSON.stringify would make them index-keyed objects). */
export function resultToJson(result: SimResult, space?: number): string {
  return JSON.stringify(result, (_key, value: unknown) => (ArrayBuffer.isView(value) && !(value instanceof DataView) ? Array.from(value as Float64Array) : value), space);
}

/** The inverse of resultToJson: plain arrays back to Float64Array where the result format has typed arrays. */
export function resultFromJson(text: string): SimResult {
  const raw = JSON.parse(text) as SimResult & { hosts: (Omit<HostResult, 'timeYears'> & { timeYears: number[] })[] };
  return {
    ...raw,
    hosts: raw.hosts.map((h) => ({
      ...h,
      timeYears: Float64Array.from(h.timeYears as ArrayLike<number>),
      series: h.series.map((s) => ({ ...s, values: Float64Array.from(s.values as ArrayLike<number>) })),
      damage: h.damage.map((d) => ({ ...d, values: Float64Array.from(d.values as ArrayLike<number>) })),
    })),
  };
}

/** Mother's age minus host age: 0 for the mother, the mother's age at birth for child:N, undefined if unknown. */
function motherAgeOffset(result: SimResult, h: HostResult): number | undefined {
  if (h.host === 'mother') return 0;
  // The engine states the offset on each host (motherAgeAtZeroYears); older or hand-made results may not.
  const stated = (h as { motherAgeAtZeroYears?: unknown }).motherAgeAtZeroYears;
  if (typeof stated === 'number' && Number.isFinite(stated)) return stated;
  const m = /^child:(\d+)$/.exec(h.host);
  if (!m) return undefined;
  const n = Number(m[1]);
  const birth = result.events.find((e) => e.kind === 'birth' && e.pregnancy === n);
  return birth?.motherAgeYears;
}

function num(x: number): string {
  return String(x);
}

/** RFC 4180 quoting, only where needed (ids and tissue names never need it today). */
function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
