// sliderScale.test.ts checks the slider mapping (log for wide ranges), its round trip, and parameter formatting.
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../model/parameters';
import { formatParameter, fromSlider, isLogRange, SLIDER_STEPS, toSlider } from './sliderScale';
import { eventCaption, glossary } from './eventCaptions';

describe('sliderScale', () => {
  it('uses a log slider for ranges of two decades or more', () => {
    expect(isLogRange({ min: 0.0001, max: 0.1 })).toBe(true);
    expect(isLogRange({ min: 3, max: 12 })).toBe(false);
  });
  it('maps the ends and round-trips every default within rounding', () => {
    for (const p of PARAMETERS) {
      expect(fromSlider(0, p)).toBeCloseTo(p.min, 12);
      expect(fromSlider(SLIDER_STEPS, p)).toBeCloseTo(p.max, 12);
      const back = fromSlider(toSlider(p.default, p), p);
      const tol = isLogRange(p) ? Math.log(p.max / p.min) / SLIDER_STEPS : (p.max - p.min) / SLIDER_STEPS;
      if (isLogRange(p)) expect(Math.abs(Math.log(back / p.default))).toBeLessThanOrEqual(tol);
      else expect(Math.abs(back - p.default)).toBeLessThanOrEqual(tol);
    }
  });
  it('formats parameter values', () => {
    expect(formatParameter(0.00528)).toBe('0.00528');
    expect(formatParameter(0.0000305)).toBe('3.05e-5');
    expect(formatParameter(NaN)).toBe('–');
    expect(formatParameter(0.00528, 'fr')).toBe('0,00528');
    expect(formatParameter(0.0000305, 'fr')).toBe('3,05e-5');
  });
});

describe('event captions', () => {
  it('explain each kind of event in plain words', () => {
    for (const kind of ['conception', 'birth', 'miscarriage', 'termination', 'injury'] as const) {
      const text = eventCaption({ kind, host: 'mother', ageYears: 30, motherAgeYears: 30, label: `X ${kind}` });
      expect(text.startsWith(`X ${kind}.`)).toBe(true);
      expect(text.length).toBeGreaterThan(80);
    }
    expect(eventCaption({ kind: 'injury', host: 'mother', ageYears: 50, motherAgeYears: 50, label: 'I' })).toMatch(/open question/);
    expect(glossary().map((g) => g.term)).toContain('gEq/10⁵');
  });
});

describe('slider resolution', () => {
  it('gives a new value at every step of every parameter', () => {
    for (const p of PARAMETERS) {
      for (let i = 1; i <= SLIDER_STEPS; i++) expect(fromSlider(i, p)).not.toBe(fromSlider(i - 1, p));
    }
  });
});

describe('formatUnit', () => {
  it('writes powers as superscripts', async () => {
    const { formatUnit } = await import('./labels');
    expect(formatUnit('gEq/10^5 per day')).toBe('gEq/10⁵ per day');
    expect(formatUnit('per 10^-3')).toBe('per 10⁻³');
    expect(formatUnit('days')).toBe('days');
  });

  it('gives no unit text to a dimensionless value, in either language (a bare "1" read as a digit: "0.94 1")', async () => {
    const { formatUnit } = await import('./labels');
    const { parameterUnit } = await import('../i18n/parameters.fr');
    const unitless = PARAMETERS.filter((p) => p.unit === '1');
    expect(unitless.length).toBeGreaterThan(0);
    for (const p of unitless) {
      expect(formatUnit(parameterUnit(p.unit, 'en')), p.id).toBe('');
      expect(formatUnit(parameterUnit(p.unit, 'fr')), p.id).toBe('');
    }
    // A 1 inside a real unit stays.
    expect(formatUnit('1/day')).toBe('1/day');
    expect(formatUnit('gEq/10^1')).toBe('gEq/10¹');
  });
});
