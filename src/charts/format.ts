// format.ts formats levels, ages and durations for chart labels, readouts and text summaries (never "NaN").
import { locale, t } from '../i18n/locale.svelte';
import { countText } from '../i18n/countText';
import { decimalComma } from '../i18n/format';

/** The decimal separator of the reader's language (a comma in French). */
const decimal = (s: string): string => decimalComma(locale.lang, s);

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

function superscript(n: number): string {
  return String(n)
    .split('')
    .map((c) => SUPERSCRIPT[c] ?? c)
    .join('');
}

/** A level with two significant digits: plain between 0.01 and 10,000, else as m×10ⁿ. */
export function formatLevel(v: number): string {
  if (!Number.isFinite(v)) return t('unit.notAvailable');
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 0.01 && a < 1e4) return decimal(String(Number(v.toPrecision(2))));
  const e = Math.floor(Math.log10(a));
  let m = Number((v / 10 ** e).toPrecision(2));
  let ex = e;
  if (Math.abs(m) >= 10) {
    m /= 10;
    ex += 1;
  }
  return `${decimal(String(m))}×10${superscript(ex)}`;
}

/** An age in years with one decimal (two below ten years' span is not needed: weeks are shown by the axis). */
export function formatAge(years: number): string {
  if (!Number.isFinite(years)) return t('unit.notAvailable');
  return decimal((Math.round(years * 10) / 10).toFixed(1));
}

/** A duration in years, in the unit that reads best (hours, days, weeks, years). */
export function formatDuration(years: number): string {
  if (!Number.isFinite(years)) return t('unit.notAvailable');
  const days = years * 365.25;
  if (Math.abs(days) < 2) return t('unit.hours', { n: decimal(String(Number((days * 24).toPrecision(2)))) });
  // The count as shown decides singular or plural ("1 year" for 1.0004, French "1,5 an").
  if (Math.abs(days) < 14) return countText('unit.days', Number(days.toPrecision(2)), locale.lang);
  if (Math.abs(years) < 1) return countText('unit.weeks', Number((days / 7).toPrecision(2)), locale.lang);
  return countText('unit.years', Number(years.toPrecision(3)), locale.lang);
}
