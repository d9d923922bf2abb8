// sliderScale.ts maps a parameter's value to a slider position and back: logarithmic when the range spans two decades or more.
import { decimalComma } from '../i18n/format';

export interface SliderRange {
  min: number;
  max: number;
}

export const SLIDER_STEPS = 1000;

export function isLogRange(r: SliderRange): boolean {
  return r.min > 0 && r.max / r.min >= 100;
}

/** Slider position 0..SLIDER_STEPS for a value (clamped to the range). */
export function toSlider(value: number, r: SliderRange): number {
  const v = Math.min(r.max, Math.max(r.min, value));
  const f = isLogRange(r) ? Math.log(v / r.min) / Math.log(r.max / r.min) : (v - r.min) / (r.max - r.min || 1);
  return Math.round(f * SLIDER_STEPS);
}

/** The value at a slider position, rounded to six significant digits (neighbouring positions never collide) and kept inside the range. */
export function fromSlider(pos: number, r: SliderRange): number {
  const f = Math.min(1, Math.max(0, pos / SLIDER_STEPS));
  const raw = isLogRange(r) ? r.min * (r.max / r.min) ** f : r.min + f * (r.max - r.min);
  const rounded = Number(raw.toPrecision(6));
  return Math.min(r.max, Math.max(r.min, rounded));
}

/** A parameter value for display: three significant digits, no exponent between 0.001 and 1e6; a decimal comma in French. */
export function formatParameter(v: number, lang: 'en' | 'fr' = 'en'): string {
  if (!Number.isFinite(v)) return '–';
  const s = v !== 0 && (Math.abs(v) < 0.001 || Math.abs(v) >= 1e6) ? v.toExponential(2) : String(Number(v.toPrecision(3)));
  return decimalComma(lang, s);
}
