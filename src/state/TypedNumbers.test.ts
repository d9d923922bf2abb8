// TypedNumbers.test.ts checks that a number field keeps what was typed, and gives way to the scenario when it changes by another way.
import { describe, expect, it } from 'vitest';
import { TypedNumbers } from './TypedNumbers.svelte';

const path = 'pregnancies[0].conceptionAgeYears';

describe('TypedNumbers', () => {
  it('shows the value, with the reader’s decimal separator, until something is typed', () => {
    const t = new TypedNumbers();
    expect(t.text(path, 28.5, 'en')).toBe('28.5');
    expect(t.text(path, 28.5, 'fr')).toBe('28,5');
    expect(t.problem(path, 28.5)).toBeUndefined();
  });

  it('keeps a half-typed minus sign and an unreadable text, with its problem', () => {
    const t = new TypedNumbers();
    t.set(path, '-', 28, 'notNumber');
    expect(t.text(path, 28, 'en')).toBe('-');
    expect(t.problem(path, 28)).toBe('notNumber');
    t.set(path, '-5', -5);
    expect(t.text(path, -5, 'en')).toBe('-5');
    expect(t.problem(path, -5)).toBeUndefined();
  });

  it('keeps "7," and "7,5" as typed, and shows the number as read once the reader leaves the field', () => {
    const t = new TypedNumbers();
    t.set(path, '7,', 7);
    expect(t.text(path, 7, 'en')).toBe('7,');
    t.set(path, '7,5', 7.5);
    expect(t.text(path, 7.5, 'en')).toBe('7,5');
    t.settle(path);
    expect(t.text(path, 7.5, 'en')).toBe('7.5');
  });

  it('keeps an unreadable text when the reader leaves the field', () => {
    const t = new TypedNumbers();
    t.set(path, 'abc', 28, 'notNumber');
    t.settle(path);
    expect(t.text(path, 28, 'en')).toBe('abc');
    expect(t.problem(path, 28)).toBe('notNumber');
  });

  it('gives way to the scenario when its value changes by another way, and forgets on clear', () => {
    const t = new TypedNumbers();
    t.set(path, 'abc', 28, 'notNumber');
    expect(t.text(path, 29, 'en')).toBe('29');
    expect(t.problem(path, 29)).toBeUndefined();
    t.clear();
    expect(t.text(path, 28, 'en')).toBe('28');
    t.set(path, 'x', 28, 'notNumber');
    t.forget(path);
    expect(t.problem(path, 28)).toBeUndefined();
  });
});
