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
export function eventName(e: SimEvent): string {
  const name = t(`event.${e.kind}`).toLowerCase();
  return e.pregnancy !== undefined ? `${name} ${e.pregnancy}` : name;
}

/** The clock a time domain reads in: the mother's age, or a unit counted from an event (its age and the unit per year). */
export type TimeClock =
  | { unit: 'age' }
  | { unit: 'hoursAfter' | 'weeksAfter'; event: SimEvent; anchorYears: number; perYear: number }
  | { unit: 'gestationalWeek'; event: SimEvent; anchorYears: number; perYear: number };

/**
 * The clock for a time domain in years of the mother's age. Spans of two years or more read in years of age; shorter
 * spans read relative to the event they show (gestational weeks inside a pregnancy, weeks after its end), and
 * spans under three days in hours after a delivery — the scale of cell-free DNA's clearance.
 */
export function timeClock(domain: [number, number], events: readonly SimEvent[]): TimeClock {
  const span = domain[1] - domain[0];
  const mid = (domain[0] + domain[1]) / 2;
  if (!(span > 0) || span >= 2 || events.length === 0) return { unit: 'age' };
  const ends = ['birth', 'miscarriage', 'termination'];
  if (span < 3 / DAYS_PER_YEAR) {
    const a = anchorAt(events, mid, ends);
    if (a) return { unit: 'hoursAfter', event: a, anchorYears: a.motherAgeYears, perYear: HOURS_PER_YEAR };
  }
  const conception = anchorAt(events, mid, ['conception']);
  const end = anchorAt(events, mid, ends);
  // Inside a pregnancy (its conception is later than the last end before mid): gestational weeks, dated from the
  // last period like the scenario format (conception at week 2).
  if (conception && conception.motherAgeYears <= mid && (!end || end.motherAgeYears <= conception.motherAgeYears || end.motherAgeYears > mid)) {
    return { unit: 'gestationalWeek', event: conception, anchorYears: conception.motherAgeYears - 2 / WEEKS_PER_YEAR, perYear: WEEKS_PER_YEAR };
  }
  if (end) return { unit: 'weeksAfter', event: end, anchorYears: end.motherAgeYears, perYear: WEEKS_PER_YEAR };
  return { unit: 'age' };
}

/** Ticks for a time domain in years of the mother's age, in the unit of its clock (see timeClock). */
export function timeAxis(domain: [number, number], events: readonly SimEvent[], count = 8, ageLabel = t('axis.motherAge')): TimeAxis {
  const clock = timeClock(domain, events);
  if (clock.unit === 'age') {
    const s = scaleLinear().domain(domain);
    const fmt = s.tickFormat(count);
    return { ticks: s.ticks(count).map((v) => ({ value: v, label: fmt(v) })), title: ageLabel };
  }
  const ticks = relative(domain, clock.anchorYears, clock.perYear, count);
  if (clock.unit === 'hoursAfter') return { ticks, title: t('axis.hoursAfter', { event: eventName(clock.event) }) };
  if (clock.unit === 'weeksAfter') return { ticks, title: t('axis.weeksAfter', { event: eventName(clock.event) }) };
  return { ticks, title: t('axis.gestationalWeek', { k: clock.event.pregnancy ?? '' }).trim() };
}
