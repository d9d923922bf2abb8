// timeTicks.ts chooses the time axis's unit for the zoom level: years of age, weeks of gestation or after an event, or hours after a delivery.

import { t } from '../i18n/locale.svelte';
import { scaleLinear } from 'd3-scale';
import type { SimEvent } from '../model/types';

const DAYS_PER_YEAR = 365.25;
const WEEKS_PER_YEAR = DAYS_PER_YEAR / 7;
const HOURS_PER_YEAR = DAYS_PER_YEAR * 24;

export interface TimeTick {
  value: number;
  label: string;
}

export interface TimeAxis {
  ticks: TimeTick[];
  /** Axis title naming the unit and, when relative, the event it counts from. */
  title: string;
}

/** Anchor for a relative clock: the latest event at or before `t` of the given kinds (else the first after). */
function anchorAt(events: readonly SimEvent[], t: number, kinds: readonly string[]): SimEvent | undefined {
  const list = events.filter((e) => kinds.includes(e.kind)).sort((a, b) => a.motherAgeYears - b.motherAgeYears);
  let best: SimEvent | undefined;
  for (const e of list) if (e.motherAgeYears <= t) best = e;
  return best ?? list[0];
}

function relative(domain: [number, number], anchorYears: number, perYear: number, count: number): TimeTick[] {
  const s = scaleLinear().domain([(domain[0] - anchorYears) * perYear, (domain[1] - anchorYears) * perYear]);
  const fmt = s.tickFormat(count);
  return s.ticks(count).map((u) => ({ value: anchorYears + u / perYear, label: fmt(u) }));
}

/** "birth 1" from an event, in the reader's language (the axis title counts from it). */
function eventName(e: SimEvent): string {
  const name = t(`event.${e.kind}`).toLowerCase();
  return e.pregnancy !== undefined ? `${name} ${e.pregnancy}` : name;
}

/**
 * Ticks for a time domain in years of the mother's age. Spans of two years or more read in years of age; shorter
 * spans read relative to the event they show (gestational weeks inside a pregnancy, weeks after its end), and
 * spans under three days in hours after a delivery — the scale of cell-free DNA's clearance.
 */
export function timeAxis(domain: [number, number], events: readonly SimEvent[], count = 8, ageLabel = t('axis.motherAge')): TimeAxis {
  const span = domain[1] - domain[0];
  const mid = (domain[0] + domain[1]) / 2;
  if (!(span > 0) || span >= 2 || events.length === 0) {
    const s = scaleLinear().domain(domain);
    const fmt = s.tickFormat(count);
    return { ticks: s.ticks(count).map((v) => ({ value: v, label: fmt(v) })), title: ageLabel };
  }
  const ends = ['birth', 'miscarriage', 'termination'];
  if (span < 3 / DAYS_PER_YEAR) {
    const a = anchorAt(events, mid, ends);
    if (a) return { ticks: relative(domain, a.motherAgeYears, HOURS_PER_YEAR, count), title: t('axis.hoursAfter', { event: eventName(a) }) };
  }
  const conception = anchorAt(events, mid, ['conception']);
  const end = anchorAt(events, mid, ends);
  // Inside a pregnancy (its conception is later than the last end before mid): gestational weeks, dated from the
  // last period like the scenario format (conception at week 2).
  if (conception && conception.motherAgeYears <= mid && (!end || end.motherAgeYears <= conception.motherAgeYears || end.motherAgeYears > mid)) {
    const lmp = conception.motherAgeYears - 2 / WEEKS_PER_YEAR;
    return { ticks: relative(domain, lmp, WEEKS_PER_YEAR, count), title: t('axis.gestationalWeek', { k: conception.pregnancy ?? '' }).trim() };
  }
  if (end) return { ticks: relative(domain, end.motherAgeYears, WEEKS_PER_YEAR, count), title: t('axis.weeksAfter', { event: eventName(end) }) };
  const s = scaleLinear().domain(domain);
  const fmt = s.tickFormat(count);
  return { ticks: s.ticks(count).map((v) => ({ value: v, label: fmt(v) })), title: ageLabel };
}
