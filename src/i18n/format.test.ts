// format.test.ts checks locale-aware number formatting and that non-finite values never print as NaN.
import { describe, expect, it } from 'vitest';
import { formatFixed, formatPercent, formatSignificant } from './format';

describe('format', () => {
  it('uses a decimal point in English and a decimal comma in French', () => {
    expect(formatFixed('en', 12.5, 1)).toBe('12.5');
    expect(formatFixed('fr', 12.5, 1)).toBe('12,5');
  });
  it('switches to scientific notation for tiny and huge levels', () => {
    expect(formatSignificant('en', 0.00012)).toBe('1.2E-4');
    expect(formatSignificant('fr', 0.00012)).toBe('1,2E-4');
    expect(formatSignificant('en', 0.017)).toBe('0.017');
  });
  it('prints a dash, never NaN or Infinity', () => {
    for (const x of [NaN, Infinity, -Infinity]) {
      expect(formatSignificant('en', x)).toBe('–');
      expect(formatFixed('fr', x, 2)).toBe('–');
      expect(formatPercent('en', x)).toBe('–');
    }
  });
  it('formats shares as percentages per locale', () => {
    expect(formatPercent('en', 0.33)).toBe('33%');
    expect(formatPercent('fr', 0.33)).toMatch(/^33\s?%$/);
  });
});
