// format.test.ts checks level, age and duration formatting (and that nothing prints NaN).
import { describe, expect, it } from 'vitest';
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
});
