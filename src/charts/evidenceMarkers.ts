// evidenceMarkers.ts holds the published figures of evidence.md that can be drawn on the timeline, converted to the chart's units.
//
// Whole-blood PCR figures (genome equivalents per 16 mL) are converted with evidence.md's rough rule: 16 mL of
// whole blood holds about 1.1×10^8 nucleated cells, so 1 GE per 16 mL ≈ 9.1×10^-4 gEq per 10^5 cells. Those rows
// are in the method family the model is calibrated in (whole-blood Y-PCR of the 1990s). Rows that are shares of
// people (E10, E17, E18), colony counts (E8) or FISH counts (E4, kept as shape only) are not drawn as levels.

import type { Pregnancy, Scenario, SimEvent } from '../model/types';

/** gEq per 10^5 cells for one genome equivalent per 16 mL of whole blood (16 mL ≈ 1.1×10^8 nucleated cells). */
export const PER_16ML_TO_PER_100K = 1e5 / 1.1e8;
const WEEKS_PER_YEAR = 365.25 / 7;

export type EvidencePanel = 'cells' | 'cfdna';

export interface EvidenceRow {
  id: string;
  study: string;
  /** The published figure as the paper gives it. */
  figure: string;
  panel: EvidencePanel;
  /** Central value and range in the chart's unit (gEq/10^5 for cells, GE/mL for cell-free DNA). */
  value: number;
  low: number;
  high: number;
  /** When it was measured: relative to an event of a pregnancy that fits the row. */
  anchor: 'birth' | 'termination' | 'conception';
  offsetYears: number;
  offsetLowYears: number;
  offsetHighYears: number;
  /** Whether a pregnancy of the scenario is one the study looked at. */
  fits: (p: Pregnancy, s: Scenario) => boolean;
  /** Draw once, at the last fitting pregnancy (figures about "the last son"), instead of at every one. */
  lastOnly?: boolean;
}

const conv = (ge16: number) => ge16 * PER_16ML_TO_PER_100K;
const maleBirth = (p: Pregnancy) => p.fetalSex === 'male' && p.outcome === 'birth';
const hasMotherAutoimmune = (s: Scenario) => s.injuries.some((i) => i.host === 'mother' && i.kind === 'autoimmune');
const gw = (weeks: number) => (weeks - 2) / WEEKS_PER_YEAR;

export const EVIDENCE_ROWS: readonly EvidenceRow[] = [
  {
    id: 'E1', study: 'Bianchi et al. 1997, Am J Hum Genet 61:822', panel: 'cells',
    figure: 'Male fetus: mean 19 (0–91) male genome equivalents per 16 mL whole blood at term (Y-PCR, 90 women)',
    value: conv(19), low: conv(0), high: conv(91),
    anchor: 'birth', offsetYears: 0, offsetLowYears: 0, offsetHighYears: 0,
    fits: (p) => maleBirth(p) && !p.conditions.includes('trisomy21'),
  },
  {
    id: 'E2', study: 'Bianchi et al. 1997, Am J Hum Genet 61:822', panel: 'cells',
    figure: 'Trisomy 21 male fetus: mean 110 (0.1–650) per 16 mL whole blood, about 6× normal (Y-PCR)',
    value: conv(110), low: conv(0.1), high: conv(650),
    anchor: 'birth', offsetYears: 0, offsetLowYears: 0, offsetHighYears: 0,
    fits: (p) => maleBirth(p) && p.conditions.includes('trisomy21'),
  },
  {
    id: 'E11', study: 'Nelson et al. 1998, Lancet 351:559', panel: 'cells',
    figure: 'Healthy controls: 0.38 (0–2) male genome equivalents per 16 mL, last son born 15–18 years earlier (Y-PCR, 16 women)',
    value: conv(0.38), low: conv(0), high: conv(2),
    anchor: 'birth', offsetYears: 16.5, offsetLowYears: 15, offsetHighYears: 18,
    fits: (p, s) => maleBirth(p) && !hasMotherAutoimmune(s), lastOnly: true,
  },
  {
    id: 'E11', study: 'Nelson et al. 1998, Lancet 351:559', panel: 'cells',
    figure: 'Systemic sclerosis: 11.1 (0–61) male genome equivalents per 16 mL, last son born 15–18 years earlier (Y-PCR, 17 patients)',
    value: conv(11.1), low: conv(0), high: conv(61),
    anchor: 'birth', offsetYears: 16.5, offsetLowYears: 15, offsetHighYears: 18,
    fits: (p, s) => maleBirth(p) && hasMotherAutoimmune(s), lastOnly: true,
  },
  {
    id: 'E13', study: 'Bianchi et al. 2001, Am J Obstet Gynecol 184:703', panel: 'cells',
    figure: 'After elective termination of a male fetus: median 1,552 (50–37,618) genome equivalents per 16 mL (Y-PCR, 21 women)',
    value: conv(1552), low: conv(50), high: conv(37618),
    anchor: 'termination', offsetYears: 0, offsetLowYears: 0, offsetHighYears: 0,
    fits: (p) => p.fetalSex === 'male' && p.outcome === 'termination',
  },
  {
    id: 'E5', study: 'Lo et al. 1998, Am J Hum Genet 62:768', panel: 'cfdna',
    figure: 'Cell-free fetal DNA early in pregnancy (weeks 11–17): 25.4 (3.3–69.4) GE/mL plasma (real-time PCR)',
    value: 25.4, low: 3.3, high: 69.4,
    anchor: 'conception', offsetYears: gw(14), offsetLowYears: gw(11), offsetHighYears: gw(17),
    fits: (p) => p.fetalSex === 'male' && p.gestationWeeks >= 17,
  },
  {
    id: 'E5', study: 'Lo et al. 1998, Am J Hum Genet 62:768', panel: 'cfdna',
    figure: 'Cell-free fetal DNA late in pregnancy (weeks 37–40): 292 (76.9–769) GE/mL plasma (real-time PCR)',
    value: 292, low: 76.9, high: 769,
    anchor: 'conception', offsetYears: gw(38.5), offsetLowYears: gw(37), offsetHighYears: gw(40),
    fits: (p) => p.fetalSex === 'male' && p.outcome === 'birth' && p.gestationWeeks >= 38,
  },
];

export interface EvidenceMarker {
  id: string;
  study: string;
  figure: string;
  panel: EvidencePanel;
  /** 1-based pregnancy the marker is placed on. */
  pregnancy: number;
  /** Mother's age (years): where the figure was measured, and the span of times it covers. */
  x: number;
  xLow: number;
  xHigh: number;
  value: number;
  low: number;
  high: number;
}

/** The rows that fit the scenario, placed on its events (the model's own event times). */
export function evidenceMarkers(scenario: Scenario, events: readonly SimEvent[], rows: readonly EvidenceRow[] = EVIDENCE_ROWS): EvidenceMarker[] {
  const out: EvidenceMarker[] = [];
  for (const row of rows) {
    const fitting = scenario.pregnancies.map((p, i) => ({ p, k: i + 1 })).filter(({ p }) => row.fits(p, scenario));
    const chosen = row.lastOnly ? fitting.slice(-1) : fitting;
    for (const { k } of chosen) {
      const e = events.find((ev) => ev.pregnancy === k && ev.kind === row.anchor);
      if (!e) continue;
      const t0 = e.motherAgeYears;
      const x = t0 + row.offsetYears;
      if (x > scenario.horizonYears) continue;
      out.push({ id: row.id, study: row.study, figure: row.figure, panel: row.panel, pregnancy: k, x, xLow: t0 + row.offsetLowYears, xHigh: Math.min(scenario.horizonYears, t0 + row.offsetHighYears), value: row.value, low: row.low, high: row.high });
    }
  }
  return out;
}
