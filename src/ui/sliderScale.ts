// sliderScale.ts maps a parameter's value to a slider position and back (logarithmic when the range spans two decades or more), on values the panel shows exactly.
import { decimalComma } from '../i18n/format';

export interface SliderRange {
  min: number;
  max: number;
}

/** The most positions a slider has (the finest it gets on wide ranges); see sliderSteps. */
export const MAX_SLIDER_STEPS = 1000;
/**
 * The smallest ratio between neighbouring positions of a log slider: at three significant digits a value moves by 1 %
 * at worst (1.00 → 1.01), so a step of just over 1 % always reaches the next displayed value.
 */
const LOG_STEP_RATIO = 1.0101;

export function isLogRange(r: SliderRange): boolean {
  return r.min > 0 && r.max / r.min >= 100;
}

/** A value rounded to three significant digits: what the panel shows for a slider position, so shown = used = exported. */
export function roundDisplayed(v: number): number {
  return Number.isFinite(v) && v !== 0 ? Number(v.toPrecision(3)) : v;
}

/** The spacing of three-significant-digit values at the magnitude of `v` (0.1 for 15 or 60, 100 for 10 000). */
function displayGrid(v: number): number {
  return 10 ** (Math.floor(Math.log10(Math.abs(v))) - 2);
}

/**
 * How many steps a parameter's slider has: up to MAX_SLIDER_STEPS, but no more than the range holds distinct
 * three-digit values, so every step (an arrow key) changes the value by at least one displayed digit. Linear: one
 * step is at least the display grid at the top of the range (1–60 days: 590 steps of 0.1). Log: one step is at
 * least LOG_STEP_RATIO.
 */
export function sliderSteps(r: SliderRange): number {
  const n = isLogRange(r)
    ? Math.log(r.max / r.min) / Math.log(LOG_STEP_RATIO)
    : (r.max - r.min) / displayGrid(Math.max(Math.abs(r.min), Math.abs(r.max)) || 1);
  // The small epsilon keeps a whole count whole against float error (59 / 0.1 = 589.9999…).
  return Math.max(1, Math.min(MAX_SLIDER_STEPS, Math.floor(n + 1e-9)));
}

/** Slider position 0..sliderSteps(r) nearest a value (clamped to the range); a typed value with more digits sits at its nearest position. */
export function toSlider(value: number, r: SliderRange): number {
  const v = Math.min(r.max, Math.max(r.min, value));
  const f = isLogRange(r) ? Math.log(v / r.min) / Math.log(r.max / r.min) : (v - r.min) / (r.max - r.min || 1);
  return Math.round(f * sliderSteps(r));
}

/**
 * The value at a slider position, rounded to what the panel displays (three significant digits) and kept inside the
 * range: a move to "15 days" sets 15, not the 14.983 the position lies on.
 */
export function fromSlider(pos: number, r: SliderRange): number {
  const f = Math.min(1, Math.max(0, pos / sliderSteps(r)));
  const raw = isLogRange(r) ? r.min * (r.max / r.min) ** f : r.min + f * (r.max - r.min);
  return Math.min(r.max, Math.max(r.min, roundDisplayed(raw)));
}

/** A parameter value for display: three significant digits, no exponent between 0.001 and 1e6; a decimal comma in French. */
export function formatParameter(v: number, lang: 'en' | 'fr' = 'en'): string {
  if (!Number.isFinite(v)) return '–';
  const s = v !== 0 && (Math.abs(v) < 0.001 || Math.abs(v) >= 1e6) ? v.toExponential(2) : String(Number(v.toPrecision(3)));
  return decimalComma(lang, s);
}

/** A value exactly as the model uses it (every digit), for the number field; a decimal comma in French. */
export function exactParameter(v: number, lang: 'en' | 'fr' = 'en'): string {
  return Number.isFinite(v) ? decimalComma(lang, String(v)) : '–';
}
