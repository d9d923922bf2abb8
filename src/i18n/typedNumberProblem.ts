// typedNumberProblem.ts words the message for a number field whose text is not a number: the field as the form labels it, and what to type.
import type { Lang } from '../state/urlCodec';
import type { MessageKey } from './messages.en';
import type { DecimalProblem } from './parseDecimal';
import { decimalComma } from './format';
import { fieldName } from './problems';
import { translate } from './translate';

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

const KEYS: Record<DecimalProblem, MessageKey> = { empty: 'ed.typedEmpty', notNumber: 'ed.typedNotNumber', grouping: 'ed.typedGrouping' };

/**
 * The message beside a number field at `path` (a scenario path, `pregnancies[0].conceptionAgeYears`) whose text
 * `text` could not be read: "Pregnancy 1, mother's age at conception: “abc” is not a number; enter a number from 12 to 55 …".
 */
export function typedNumberProblem(path: string, problem: DecimalProblem, text: string, range: NumberRange, lang: Lang): string {
  return translate(lang, KEYS[problem], { field: fieldName(path, lang), text: text.trim(), enter: allowedNumbers(range, lang) });
}
