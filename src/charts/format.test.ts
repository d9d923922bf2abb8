// format.test.ts checks level, age and duration formatting (and that nothing prints NaN).
import { describe, expect, it } from 'vitest';
import { locale } from '../i18n/locale.svelte';
import { formatAge, formatDuration, formatLevel } from './format';

describe('formatLevel', () => {
  it.each([
    [0.0173, '0.017'],
    [1, '1'],
    [292, '290'],
    [0, '0'],
    [1.2e-5, '1.2×10⁻⁵'],
    [9.96e-4, '1×10⁻³'],
    [34_200, '3.4×10⁴'],
  ])('%s → %s', (v, s) => expect(formatLevel(v)).toBe(s));
  it('never prints NaN', () => {
    expect(formatLevel(NaN)).toBe('not available');
    expect(formatLevel(Infinity)).toBe('not available');
  });
});

describe('formatAge and formatDuration', () => {
  it('rounds ages to a tenth', () => expect(formatAge(28.7283)).toBe('28.7'));
  it.each([
    [1 / (365.25 * 24), '1 h'],
    [3 / 365.25, '3 days'],
    [21 / 365.25, '3 weeks'],
    [16.5, '16.5 years'],
  ])('%s years → %s', (y, s) => expect(formatDuration(y)).toBe(s));
  it('names what is missing', () => expect(formatDuration(NaN)).toBe('not available'));
  it('takes the singular for one year, in French below two', () => {
    expect(formatDuration(1)).toBe('1 year');
    expect(formatDuration(1.0004)).toBe('1 year');
    expect(formatDuration(1.5)).toBe('1.5 years');
    locale.lang = 'fr';
    try {
      expect(formatDuration(1)).toBe('1 an');
      expect(formatDuration(1.5)).toBe('1,5 an');
      expect(formatDuration(3 / 365.25)).toBe('3 jours');
      expect(formatDuration(2.5)).toBe('2,5 ans');
    } finally {
      locale.lang = 'en';
    }
  });
});
