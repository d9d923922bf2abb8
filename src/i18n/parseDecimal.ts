// parseDecimal.ts reads a number typed into a form field: a decimal point or a decimal comma, a sign and an exponent, nothing else.
import type { Lang } from '../state/urlCodec';

/** Why a text is not a number: nothing typed, not a number at all, or English thousands grouping ("1,000"). */
export type DecimalProblem = 'empty' | 'notNumber' | 'grouping';
export type ParsedDecimal = { ok: true; value: number } | { ok: false; problem: DecimalProblem };

/** Digits with at most one decimal separator (point or comma) and an optional exponent: "7,5", "-0.1", "1e6", ".5". */
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;
/** "1,000" or "12,345,678": a comma before exactly three digits, as English groups thousands. */
const EN_GROUPED = /^[+-]?[1-9]\d{0,2}(?:,\d{3})+$/;

/**
 * The number a reader typed, or why it is not one. Both languages read a decimal comma (French writes 7,5; an English
 * reader may paste it). In English "1,000" is refused rather than read as 1: it means a thousand there, and guessing
 * would silently run a different number. Anything else (letters, two separators, spaces inside, "Infinity") is refused.
 */
export function parseDecimal(text: string, lang: Lang): ParsedDecimal {
  // U+2212 is the minus sign of typeset text (and of French number formatting): accept it as "-".
  const s = text.trim().replace(/^\u2212/, '-');
  if (s === '') return { ok: false, problem: 'empty' };
  if (lang === 'en' && EN_GROUPED.test(s)) return { ok: false, problem: 'grouping' };
  if (!NUMBER.test(s)) return { ok: false, problem: 'notNumber' };
  const value = Number(s.replace(',', '.'));
  // "1e999" is Infinity: no field takes it, and the scenario must only ever hold finite numbers.
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'notNumber' };
}
