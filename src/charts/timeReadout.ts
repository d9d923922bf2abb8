// timeReadout.ts writes a moment (the playhead's) at the precision of the visible span, in the x axis's unit (hours after a delivery when the view spans days).
import { tickStep } from 'd3-array';
import type { SimEvent } from '../model/types';
import { locale, t } from '../i18n/locale.svelte';
import { formatFixed } from '../i18n/format';
import { eventName, timeClock } from './timeTicks';

export interface TimeReadout {
  /** The mother's age in years, with the decimals the span resolves. */
  age: string;
  /** The moment in the axis's unit when the axis counts from an event ("3.5 h after birth 1"); else undefined. */
  relative?: string;
}

/**
 * Decimals that resolve about a twentieth of the axis's tick step over a span (in the axis's unit): 55 years (ticks
 * every 5 or 10) → 1, 5 years → 2, 12 hours (ticks every 2) → 1.
 */
export function readoutDecimals(span: number, count = 8): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const step = tickStep(0, span, count);
  return Math.max(0, Math.min(6, Math.ceil(-Math.log10(step / 20) - 1e-9)));
}

/** A slider's value in years, rounded only as far as a thousandth of the visible span (2 decimals hid an hour's move). */
export function valueNowYears(at: number, span: number): number {
  const d = span > 0 && Number.isFinite(span) ? Math.max(2, Math.min(9, Math.ceil(-Math.log10(span / 1000)))) : 2;
  return Number(at.toFixed(d));
}

/** The moment `at` (mother's age, years) as the reader of a chart showing `domain` reads it. */
export function timeReadout(at: number, domain: [number, number], events: readonly SimEvent[]): TimeReadout {
  const lang = locale.lang;
  const clock = timeClock(domain, events);
  if (clock.unit === 'age') return { age: formatFixed(lang, at, readoutDecimals(domain[1] - domain[0])) };
  const age = formatFixed(lang, at, 1);
  const v = (at - clock.anchorYears) * clock.perYear;
  const n = (x: number) => formatFixed(lang, x, readoutDecimals((domain[1] - domain[0]) * clock.perYear));
  if (clock.unit === 'gestationalWeek') return { age, relative: t('time.gestationalWeek', { n: n(v), k: clock.event.pregnancy ?? '' }) };
  const event = eventName(clock.event);
  const key = clock.unit === 'hoursAfter' ? (v < 0 ? 'time.hoursBefore' : 'time.hoursAfter') : v < 0 ? 'time.weeksBefore' : 'time.weeksAfter';
  return { age, relative: t(key, { n: n(Math.abs(v)), event }) };
}

/**
 * The moment as a readout's time line: "Mother aged 28.7 years, 0.8 h before birth 2" when the axis counts from an
 * event, else "Mother aged 28.73 years" (the playhead's grip, the hover readouts and the play controls all agree).
 */
export function timeReadoutText(at: number, domain: [number, number], events: readonly SimEvent[]): string {
  const r = timeReadout(at, domain, events);
  return r.relative ? t('hdl.playheadValue', { age: r.age, relative: r.relative }) : t('tl.motherAged', { age: r.age });
}
