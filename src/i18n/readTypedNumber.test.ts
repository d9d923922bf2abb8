// readTypedNumber.test.ts checks that a typed number is taken only when it reads as a number inside the field's range.
import { describe, expect, it } from 'vitest';
import { readTypedNumber } from './readTypedNumber';
import type { NumberRange } from './typedNumberProblem';

const days: NumberRange = { min: 1, max: 60 };
const read = (text: string, lang: 'en' | 'fr' = 'en', range: NumberRange = days) => {
  const r = readTypedNumber(text, range, lang);
  return r.ok ? r.value : r.problem;
};

describe('readTypedNumber', () => {
  it('takes an exact number inside the range, with a point or a comma', () => {
    expect(read('15')).toBe(15);
    expect(read(' 15 ')).toBe(15);
    expect(read('14,983', 'fr')).toBe(14.983);
    expect(read('12.5', 'fr')).toBe(12.5);
    expect(read('1')).toBe(1);
    expect(read('60')).toBe(60);
    expect(read('5e-5', 'en', { min: 0.00001, max: 0.01 })).toBe(0.00005);
  });

  it('says why a text is not taken: not a number, nothing, a thousands separator, or outside the range', () => {
    expect(read('abc')).toBe('notNumber');
    expect(read('')).toBe('empty');
    expect(read('1,000', 'en', { min: 0, max: 2000 })).toBe('grouping');
    expect(read('0.99')).toBe('outside');
    expect(read('60,01', 'fr')).toBe('outside');
    expect(read('-15')).toBe('outside');
  });

  it('honours an open lower bound', () => {
    expect(read('0', 'en', { min: 0, max: 10, minExclusive: true })).toBe('outside');
    expect(read('0.1', 'en', { min: 0, max: 10, minExclusive: true })).toBe(0.1);
  });
});
