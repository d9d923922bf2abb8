// parseCohortInput.ts reads the cohort panel's Women and Seed fields as typed, refusing (never clamping) what lies outside their ranges.

/** Women per cohort when the user has not chosen (the default). */
export const DEFAULT_COHORT_SIZE = 2000;
export const COHORT_SIZE_RANGE = { min: 100, max: 100_000 } as const;
/** The pool takes the seed as an unsigned 32-bit integer: every one of them, and nothing else, names a distinct run. */
export const COHORT_SEED_RANGE = { min: 0, max: 0xffff_ffff } as const;

/** A number field as the browser holds it: its text, and whether it holds text it cannot read as a number. */
export interface FieldText {
  text: string;
  /** `input.validity.badInput`: a number input then reports '' as its value although the user typed something. */
  badInput?: boolean;
}

export type CohortField = 'women' | 'seed';

export type CohortInput = { ok: true; n: number; seed: number } | { ok: false; invalid: CohortField[] };

// What a number input accepts as a number ("2000", "-5", "1500.5", "1e9"): Number() alone would also take "0x10" or " ".
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The field's whole number if it is one within `range`, else undefined (empty, unreadable, fractional or out of range). */
export function parseWholeNumber(field: FieldText, range: { min: number; max: number }): number | undefined {
  if (field.badInput) return undefined;
  const text = field.text.trim();
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text);
  return Number.isInteger(value) && value >= range.min && value <= range.max ? value : undefined;
}

/** The cohort to run, or every field that stops it (so that each can say what it allows). */
export function parseCohortInput(women: FieldText, seed: FieldText): CohortInput {
  const n = parseWholeNumber(women, COHORT_SIZE_RANGE);
  const s = parseWholeNumber(seed, COHORT_SEED_RANGE);
  if (n !== undefined && s !== undefined) return { ok: true, n, seed: s };
  const invalid: CohortField[] = [];
  if (n === undefined) invalid.push('women');
  if (s === undefined) invalid.push('seed');
  return { ok: false, invalid };
}
