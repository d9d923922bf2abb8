// readTypedNumber.ts reads a number typed into a field that takes a range: the number, or why it is not taken (not a number, or outside the range).
import type { Lang } from '../state/urlCodec';
import { parseDecimal } from './parseDecimal';
import { inRange, type NumberRange, type TypedProblem } from './typedNumberProblem';

export type ReadNumber = { ok: true; value: number } | { ok: false; problem: TypedProblem };

/** "15" → 15, "12,5" → 12.5; "abc" → notNumber; "100" for a range 1 to 60 → outside (never clamped: the reader must see it was not taken). */
export function readTypedNumber(text: string, range: NumberRange, lang: Lang): ReadNumber {
  const r = parseDecimal(text, lang);
  if (!r.ok) return r;
  return inRange(r.value, range) ? r : { ok: false, problem: 'outside' };
}
