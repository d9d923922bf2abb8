// placeholder.ts is the walking skeleton's stand-in model (one pregnancy, fetal cells in maternal blood).
// PLACEHOLDER: the trafficking-model issue replaces this file with the real engine.

import type { SimResult } from './types';

export interface PlaceholderInput {
  /** Fetal cells entering maternal blood per day at term, in gEq/10^5 host cells per day. */
  transferPerDay: number;
}

/** Fetal cells in the mother's blood: traffic rising over a 40-week pregnancy, then first-order clearance. */
export function runPlaceholder(input: PlaceholderInput): SimResult {
  const conceptionAgeYears = 28;
  const gestationDays = 280;
  const clearancePerDay = Math.LN2 / 3; // assumption: a 3-day half-life, placeholder only
  const n = 400;
  const timeYears = new Float64Array(n);
  const values = new Float64Array(n);
  let level = 0;
  const dtDays = (3 * 365.25) / n;
  for (let i = 0; i < n; i++) {
    const day = i * dtDays;
    const influx = day < gestationDays ? input.transferPerDay * (day / gestationDays) ** 2 : 0;
    level = level * Math.exp(-clearancePerDay * dtDays) + (influx / clearancePerDay) * (1 - Math.exp(-clearancePerDay * dtDays));
    timeYears[i] = conceptionAgeYears + day / 365.25;
    values[i] = level;
  }
  const birthAge = conceptionAgeYears + gestationDays / 365.25;
  return {
    version: 1,
    scenarioName: 'Placeholder: one pregnancy',
    units: { cells: 'gEq/10^5 host cells', cfdna: 'GE/mL plasma', time: 'years of host age', damage: 'index 0..1' },
    hosts: [{ host: 'mother', timeYears, series: [{ origin: 'pregnancy:1', compartment: 'blood', values }], damage: [] }],
    events: [
      { kind: 'conception', host: 'mother', ageYears: conceptionAgeYears, motherAgeYears: conceptionAgeYears, pregnancy: 1, label: 'Conception' },
      { kind: 'birth', host: 'mother', ageYears: birthAge, motherAgeYears: birthAge, pregnancy: 1, label: 'Birth' },
    ],
  };
}
