// parseDecimal.test.ts checks that typed numbers are read as the reader meant them, and anything doubtful is refused.
import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parseDecimal';

const value = (text: string, lang: 'en' | 'fr' = 'en') => {
  const r = parseDecimal(text, lang);
  return r.ok ? r.value : r.problem;
};

describe('parseDecimal', () => {
  it('reads a decimal point and a decimal comma in both languages', () => {
    expect(value('7.5')).toBe(7.5);
    expect(value('7,5')).toBe(7.5);
    expect(value('7,5', 'fr')).toBe(7.5);
    expect(value('1,5', 'fr')).toBe(1.5);
    expect(value('0,125')).toBe(0.125);
    expect(value(',5')).toBe(0.5);
    expect(value('28')).toBe(28);
  });

  it('reads signs and exponents', () => {
    expect(value('-0.1')).toBe(-0.1);
    expect(value('-5')).toBe(-5);
    expect(value('\u22125', 'fr')).toBe(-5);
    expect(value('+3')).toBe(3);
    expect(value('1e6')).toBe(1e6);
    expect(value('2,5e-1', 'fr')).toBe(0.25);
  });

  it('accepts the partial texts met while typing a number that parse ("7," is 7)', () => {
    expect(value('7,')).toBe(7);
    expect(value('7.')).toBe(7);
  });

  it('refuses what is not a number, never reading it as another one', () => {
    expect(value('')).toBe('empty');
    expect(value('   ')).toBe('empty');
    expect(value('-')).toBe('notNumber');
    expect(value('1e')).toBe('notNumber');
    expect(value('abc')).toBe('notNumber');
    expect(value('7,5,1')).toBe('notNumber');
    expect(value('7.5,1')).toBe('notNumber');
    expect(value('1 000', 'fr')).toBe('notNumber');
    expect(value('NaN')).toBe('notNumber');
    expect(value('Infinity')).toBe('notNumber');
    expect(value('1e999')).toBe('notNumber');
    expect(value('0x10')).toBe('notNumber');
  });

  it('refuses English thousands grouping, which French reads as a decimal', () => {
    expect(value('1,000')).toBe('grouping');
    expect(value('12,345,678')).toBe('grouping');
    expect(value('1,000', 'fr')).toBe(1);
  });
});
