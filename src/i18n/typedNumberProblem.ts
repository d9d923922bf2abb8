// typedNumberProblem.ts words the message for a number field whose text is not a number (or, for a parameter, is outside its range): the field as the form labels it, and what to type.
import type { Lang } from '../state/urlCodec';
import type { MessageKey } from './messages.en';
import type { DecimalProblem } from './parseDecimal';
import { decimalComma } from './format';
import { fieldName } from './problems';
import { translate } from './translate';

/** Whether a number is one the field takes. */
export function inRange(v: number, range: NumberRange): boolean {
  return (range.minExclusive ? v > range.min : v >= range.min) && (range.max === undefined || v <= range.max);
}

/** What a field takes: `min` to `max`, `min` or more (no `max`), or more than `min` up to `max` (`minExclusive`). */
export interface NumberRange {
  min: number;
  max?: number;
  minExclusive?: boolean;
}

/** "enter a number from 12 to 55" (French "saisissez un nombre de 12 à 55"), with the reader's decimal separator. */
export function allowedNumbers(range: NumberRange, lang: Lang): string {
  const n = (x: number) => decimalComma(lang, String(x));
  if (range.max === undefined) return translate(lang, 'ed.enterAtLeast', { min: n(range.min) });
  return translate(lang, range.minExclusive ? 'ed.enterAboveAtMost' : 'ed.enterRange', { min: n(range.min), max: n(range.max) });
}

/**
 * Why a typed text was not taken: it is not a number (see parseDecimal), or it is one outside the field's range. The
 * life-events editor leaves the range to the validator; the parameter panel checks it itself, so an out-of-range
 * number never reaches the scenario (the panel has no validator message beside its fields).
 */
export type TypedProblem = DecimalProblem | 'outside';

const KEYS: Record<TypedProblem, MessageKey> = {
  empty: 'ed.typedEmpty',
  notNumber: 'ed.typedNotNumber',
  grouping: 'ed.typedGrouping',
  outside: 'ed.typedOutside',
};

/**
 * The message beside a number field at `path` (a scenario path, `pregnancies[0].conceptionAgeYears`) whose text
 * `text` could not be read: "Pregnancy 1, mother's age at conception: “abc” is not a number; enter a number from 12 to 55 …".
 */
export function typedNumberProblem(path: string, problem: TypedProblem, text: string, range: NumberRange, lang: Lang): string {
  return translate(lang, KEYS[problem], { field: fieldName(path, lang), text: text.trim(), enter: allowedNumbers(range, lang) });
}
