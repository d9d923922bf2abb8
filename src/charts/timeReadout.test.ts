// timeReadout.test.ts checks that the playhead's time is written at the precision of the view, in hours after a delivery when the axis counts them.
import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../model/types';
import { readoutDecimals, timeReadout, timeReadoutText, valueNowYears } from './timeReadout';

const events: SimEvent[] = [
  { kind: 'conception', host: 'mother', ageYears: 28, motherAgeYears: 28, pregnancy: 1, label: 'Conception 1 (son)' },
  { kind: 'birth', host: 'mother', ageYears: 28.73, motherAgeYears: 28.73, pregnancy: 1, label: 'Birth 1 (son, vaginal, 40 weeks)' },
];
const H = 1 / (365.25 * 24);
const delivery: [number, number] = [28.73 - 2 * H, 28.73 + 10 * H];

describe('readoutDecimals', () => {
  it('resolves a twentieth of the tick step', () => {
    expect(readoutDecimals(55)).toBe(1);
    expect(readoutDecimals(80)).toBe(1);
    expect(readoutDecimals(5)).toBe(2);
    expect(readoutDecimals(12)).toBe(1);
    expect(readoutDecimals(0.5)).toBe(3);
  });
  it('never fails on an empty or broken span', () => {
    expect(readoutDecimals(0)).toBe(1);
    expect(readoutDecimals(Number.NaN)).toBe(1);
  });
});

describe('timeReadout', () => {
  it('reads the age with one decimal over a life', () => {
    expect(timeReadout(28.7312, [25, 80], events)).toEqual({ age: '28.7' });
  });
  it('reads the age with two decimals over a few years', () => {
    expect(timeReadout(28.7312, [27, 32], events)).toEqual({ age: '28.73' });
  });
  it('reads hours after the delivery in the delivery-hours zoom, where one decimal of age did not move', () => {
    const a = timeReadout(28.73 + 3.5 * H, delivery, events);
    const b = timeReadout(28.73 + 4.5 * H, delivery, events);
    expect(a.relative).toBe('3.5 h after birth 1');
    expect(b.relative).toBe('4.5 h after birth 1');
    expect(a.age).toBe(b.age);
    expect(timeReadout(28.73 - 1.25 * H, delivery, events).relative).toBe('1.3 h before birth 1');
  });
  it('reads gestational weeks inside a pregnancy, as the axis does', () => {
    // Conception at week 2 (dated from the last period).
    expect(timeReadout(28 + 10 / (365.25 / 7), [28.05, 28.6], events).relative).toBe('gestational week 12.0 of pregnancy 1');
  });
});

describe('timeReadoutText', () => {
  it('names the age alone over a life, and the hours from the delivery beside it in the delivery-hours zoom', () => {
    expect(timeReadoutText(28.7312, [25, 80], events)).toBe('Mother aged 28.7 years');
    expect(timeReadoutText(28.7312, [27, 32], events)).toBe('Mother aged 28.73 years');
    // Never the four decimals of age the play controls used to show here ("28.7299").
    expect(timeReadoutText(28.73 - 0.8 * H, delivery, events)).toBe('Mother aged 28.7 years, 0.8 h before birth 1');
  });
});

describe('valueNowYears', () => {
  it('keeps two decimals over a life and enough to show an hour in a twelve-hour view', () => {
    expect(valueNowYears(28.73456, 55)).toBe(28.73);
    const span = delivery[1] - delivery[0];
    const a = valueNowYears(28.73 + 3 * H, span);
    const b = valueNowYears(28.73 + 4 * H, span);
    expect(b - a).toBeCloseTo(H, 5);
    // A keyboard step (a hundredth of the view) still changes the value.
    expect(valueNowYears(28.73 + span / 100, span)).not.toBe(valueNowYears(28.73, span));
  });
});
