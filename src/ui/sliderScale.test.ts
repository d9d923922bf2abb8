// sliderScale.test.ts checks the slider mapping (log for wide ranges), its round trip, that every position is a value the panel shows exactly, and parameter formatting.
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../model/parameters';
import { exactParameter, formatParameter, fromSlider, isLogRange, MAX_SLIDER_STEPS, roundDisplayed, sliderSteps, toSlider } from './sliderScale';
import { eventCaption, glossary } from './eventCaptions';

describe('sliderScale', () => {
  it('uses a log slider for ranges of two decades or more', () => {
    expect(isLogRange({ min: 0.0001, max: 0.1 })).toBe(true);
    expect(isLogRange({ min: 3, max: 12 })).toBe(false);
  });
  it('maps the ends and round-trips every default within rounding', () => {
    for (const p of PARAMETERS) {
      expect(fromSlider(0, p)).toBeCloseTo(p.min, 12);
      expect(fromSlider(sliderSteps(p), p)).toBeCloseTo(p.max, 12);
      const back = fromSlider(toSlider(p.default, p), p);
      const tol = isLogRange(p) ? Math.log(p.max / p.min) / sliderSteps(p) : (p.max - p.min) / sliderSteps(p);
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
  it('gives a new, larger value at every step of every parameter (an arrow key always moves the value shown)', () => {
    for (const p of PARAMETERS) {
      const n = sliderSteps(p);
      expect(n, p.id).toBeGreaterThanOrEqual(50);
      expect(n, p.id).toBeLessThanOrEqual(MAX_SLIDER_STEPS);
      for (let i = 1; i <= n; i++) expect(fromSlider(i, p), `${p.id} step ${i}`).toBeGreaterThan(fromSlider(i - 1, p));
    }
  });

  it('sets only values the panel shows exactly: three significant digits, equal to the display (the audit saw "15 days" run as 14.983)', () => {
    for (const p of PARAMETERS) {
      for (let i = 0; i <= sliderSteps(p); i++) {
        const v = fromSlider(i, p);
        expect(roundDisplayed(v), `${p.id} step ${i}`).toBe(v);
        // The field shows every digit the model gets; the rounded display reads the same number.
        expect(Number(formatParameter(v)), `${p.id} step ${i}`).toBe(v);
        expect(Number(exactParameter(v)), `${p.id} step ${i}`).toBe(v);
        // Each position is where its own value sits: keyboard steps never skip or repeat.
        expect(toSlider(v, p), `${p.id} step ${i}`).toBe(i);
      }
    }
  });

  it('reaches round values a lecturer asks for on the post-delivery release half-life (1–60 days)', () => {
    const p = PARAMETERS.find((q) => q.id === 'postpartumReleaseHalfLifeDays')!;
    expect(sliderSteps(p)).toBe(590);
    expect(fromSlider(toSlider(15, p), p)).toBe(15);
    expect(fromSlider(toSlider(12.8, p), p)).toBe(12.8);
    expect(fromSlider(toSlider(12.8, p) + 1, p)).toBe(12.9);
    // A typed value with more digits sits at its nearest position (the slider is only where it points).
    expect(toSlider(14.983, p)).toBe(toSlider(15, p));
  });

  it('uses log steps of just over 1 % on wide ranges, and at most MAX_SLIDER_STEPS', () => {
    expect(sliderSteps({ min: 0.0001, max: 0.1 })).toBe(687);
    expect(sliderSteps({ min: 0.0001, max: 10 })).toBe(MAX_SLIDER_STEPS);
    expect(fromSlider(1, { min: 0.0001, max: 0.1 })).toBe(0.000101);
  });

  it('keeps every range bound a three-digit value, so the slider ends are shown exactly', () => {
    for (const p of PARAMETERS) {
      expect(roundDisplayed(p.min), p.id).toBe(p.min);
      expect(roundDisplayed(p.max), p.id).toBe(p.max);
    }
  });
});

describe('roundDisplayed and exactParameter', () => {
  it('round to three significant digits and write every digit', () => {
    expect(roundDisplayed(14.983)).toBe(15);
    expect(roundDisplayed(0.0123456)).toBe(0.0123);
    expect(roundDisplayed(36512)).toBe(36500);
    expect(roundDisplayed(0)).toBe(0);
    expect(exactParameter(14.983)).toBe('14.983');
    expect(exactParameter(14.983, 'fr')).toBe('14,983');
    expect(exactParameter(0.0000305)).toBe('0.0000305');
    expect(exactParameter(NaN)).toBe('–');
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
