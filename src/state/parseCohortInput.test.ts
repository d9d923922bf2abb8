// parseCohortInput.test.ts: the cohort fields refuse what the audit saw clamped (0, -5, empty, 1e9, 1500.5, a negative seed).
import { describe, expect, it } from 'vitest';
import { COHORT_SEED_RANGE, COHORT_SIZE_RANGE, parseCohortInput, parseWholeNumber } from './parseCohortInput';

const field = (text: string, badInput = false) => ({ text, badInput });

describe('parseWholeNumber', () => {
  it('takes whole numbers within the range, as a number input writes them', () => {
    expect(parseWholeNumber(field('2000'), COHORT_SIZE_RANGE)).toBe(2000);
    expect(parseWholeNumber(field('100'), COHORT_SIZE_RANGE)).toBe(100);
    expect(parseWholeNumber(field('100000'), COHORT_SIZE_RANGE)).toBe(100_000);
    expect(parseWholeNumber(field(' 1e3 '), COHORT_SIZE_RANGE)).toBe(1000);
    expect(parseWholeNumber(field('2000.0'), COHORT_SIZE_RANGE)).toBe(2000);
  });

  it('refuses what the audit saw clamped: 0, -5, empty, 1e9, 1500.5', () => {
    for (const text of ['0', '-5', '', '   ', '1e9', '1500.5', '99', '100001'])
      expect(parseWholeNumber(field(text), COHORT_SIZE_RANGE), JSON.stringify(text)).toBeUndefined();
  });

  it('refuses text that is not a plain number, and text the browser could not read', () => {
    for (const text of ['0x10', 'abc', '2,000', '1e', 'Infinity', 'NaN', '--5']) expect(parseWholeNumber(field(text), COHORT_SIZE_RANGE), text).toBeUndefined();
    // A number input reports '' for "1e-" or "2 000"; badInput says it holds something.
    expect(parseWholeNumber(field('2000', true), COHORT_SIZE_RANGE)).toBeUndefined();
  });

  it('takes every unsigned 32-bit seed and nothing else', () => {
    expect(parseWholeNumber(field('0'), COHORT_SEED_RANGE)).toBe(0);
    expect(parseWholeNumber(field('4294967295'), COHORT_SEED_RANGE)).toBe(4_294_967_295);
    expect(parseWholeNumber(field('4294967296'), COHORT_SEED_RANGE)).toBeUndefined();
    expect(parseWholeNumber(field('-1'), COHORT_SEED_RANGE)).toBeUndefined();
    expect(parseWholeNumber(field('1.5'), COHORT_SEED_RANGE)).toBeUndefined();
  });
});

describe('parseCohortInput', () => {
  it('gives the cohort to run when both fields are good', () => {
    expect(parseCohortInput(field('300'), field('7'))).toEqual({ ok: true, n: 300, seed: 7 });
  });

  it('names every field that stops the run', () => {
    expect(parseCohortInput(field('0'), field('1'))).toEqual({ ok: false, invalid: ['women'] });
    expect(parseCohortInput(field('2000'), field('-5'))).toEqual({ ok: false, invalid: ['seed'] });
    expect(parseCohortInput(field(''), field(''))).toEqual({ ok: false, invalid: ['women', 'seed'] });
  });
});
