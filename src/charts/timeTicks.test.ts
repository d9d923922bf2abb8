// timeTicks.test.ts checks that the time axis reads in years, gestational weeks, weeks after an event, or hours after a delivery.
import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../model/types';
import { timeAxis } from './timeTicks';

const events: SimEvent[] = [
  { kind: 'conception', host: 'mother', ageYears: 28, motherAgeYears: 28, pregnancy: 1, label: 'Conception 1 (son)' },
  { kind: 'birth', host: 'mother', ageYears: 28.73, motherAgeYears: 28.73, pregnancy: 1, label: 'Birth 1 (son, vaginal, 40 weeks)' },
];
const H = 1 / (365.25 * 24);

describe('timeAxis', () => {
  it('reads years over a long span', () => {
    const a = timeAxis([27, 80], events);
    expect(a.title).toBe("Mother's age (years)");
    expect(a.ticks.map((t) => t.label)).toContain('50');
  });
  it('reads gestational weeks inside a pregnancy', () => {
    const a = timeAxis([28.05, 28.6], events);
    expect(a.title).toBe('Gestational week of pregnancy 1');
    // Week 2 is conception; the ticks sit where their label says.
    const t = a.ticks.find((k) => k.label === '10')!;
    expect((t.value - 28) * (365.25 / 7) + 2).toBeCloseTo(10, 9);
  });
  it('reads weeks after a birth', () => expect(timeAxis([28.8, 29.5], events).title).toBe('Weeks after birth 1'));
  it('reads hours after a delivery', () => {
    const a = timeAxis([28.73 - 2 * H, 28.73 + 10 * H], events);
    expect(a.title).toBe('Hours after birth 1');
    const t = a.ticks.find((k) => k.label === '4')!;
    expect((t.value - 28.73) / H).toBeCloseTo(4, 6);
  });
});
