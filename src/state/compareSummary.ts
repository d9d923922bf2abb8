// compareSummary.ts computes the summary figures of a run (peak, levels 10 and 30 years after a birth, time to undetectable, tissues, damage) and the A/B comparison table.

import { locale, t } from '../i18n/locale.svelte';
import { tissueName } from '../i18n/assayText';
import { decimalComma } from '../i18n/format';
import { TISSUES } from '../model/types';
import type { SimResult } from '../model/types';
import { peakOf, sumSeries, timeBelowFor, valueAt } from '../charts/seriesMath';
import { formatDuration, formatLevel } from '../charts/format';

export interface RunSummary {
  /** Highest total level of fetal cells in the mother's blood (all grafts), gEq/10^5, and the mother's age then. */
  peakBlood: number;
  peakAgeYears: number;
  /** Mother's age at the first birth (the clock for the 10- and 30-year levels); undefined without a birth. */
  firstBirthAgeYears: number | undefined;
  bloodAt10Years: number;
  bloodAt30Years: number;
  /** Mother's age at the end of the last pregnancy (birth, miscarriage or termination); undefined without a pregnancy. */
  lastPregnancyEndYears: number | undefined;
  /** Years from the end of the last pregnancy until the average woman's blood level stays below the limit; undefined = no pregnancy, or still above the limit at the end of the run. */
  yearsToUndetectable: number | undefined;
  /** Mother's age at the end of the run (what "still detectable at the end of the run" refers to). */
  runEndAgeYears: number;
  /** Mean density over the ten tissues (all grafts), at its peak and at the end of the run, gEq/10^5. */
  tissuePeak: number;
  tissueAtEnd: number;
  /** Largest damage index of any maternal tissue, and which. */
  maxDamage: number;
  maxDamageTissue: string | undefined;
}

/** Summary figures of one run; NaN for a level the run does not reach (e.g. 30 years after a birth beyond the horizon). */
export function summarizeRun(result: SimResult, detectionLimit: number): RunSummary {
  const mother = result.hosts.find((h) => h.host === 'mother');
  const births = result.events.filter((e) => e.kind === 'birth').map((e) => e.motherAgeYears);
  const ends = result.events.filter((e) => e.kind === 'birth' || e.kind === 'miscarriage' || e.kind === 'termination').map((e) => e.motherAgeYears);
  const firstBirth = births.length > 0 ? Math.min(...births) : undefined;
  // The validator keeps every pregnancy inside the run, so each one has an end event.
  const lastEnd = ends.length > 0 ? Math.max(...ends) : undefined;
  if (!mother) {
    return {
      peakBlood: NaN,
      peakAgeYears: NaN,
      firstBirthAgeYears: firstBirth,
      bloodAt10Years: NaN,
      bloodAt30Years: NaN,
      lastPregnancyEndYears: lastEnd,
      yearsToUndetectable: undefined,
      runEndAgeYears: NaN,
      tissuePeak: NaN,
      tissueAtEnd: NaN,
      maxDamage: NaN,
      maxDamageTissue: undefined,
    };
  }
  const n = mother.timeYears.length;
  const x = mother.timeYears;
  const blood = sumSeries(mother.series.filter((s) => s.compartment === 'blood').map((s) => s.values), n);
  // Sum over pregnancies of the mean density over the tissues (a sum of densities across tissues would have no unit).
  const tissueTotals = sumSeries(mother.series.filter((s) => s.compartment.startsWith('tissue:')).map((s) => s.values), n);
  for (let i = 0; i < n; i++) tissueTotals[i]! /= TISSUES.length;
  const peak = peakOf(x, blood);
  const below = lastEnd === undefined ? undefined : timeBelowFor(x, blood, detectionLimit, lastEnd);
  let maxDamage = 0;
  let maxDamageTissue: string | undefined;
  for (const d of mother.damage) {
    const p = peakOf(x, d.values);
    if (p.value > maxDamage) {
      maxDamage = p.value;
      maxDamageTissue = d.tissue;
    }
  }
  return {
    peakBlood: peak.value,
    peakAgeYears: peak.at,
    firstBirthAgeYears: firstBirth,
    bloodAt10Years: firstBirth === undefined ? NaN : valueAt(x, blood, firstBirth + 10),
    bloodAt30Years: firstBirth === undefined ? NaN : valueAt(x, blood, firstBirth + 30),
    lastPregnancyEndYears: lastEnd,
    yearsToUndetectable: below === undefined || lastEnd === undefined ? undefined : below - lastEnd,
    runEndAgeYears: x[n - 1] ?? NaN,
    tissuePeak: peakOf(x, tissueTotals).value,
    tissueAtEnd: tissueTotals[n - 1] ?? NaN,
    maxDamage,
    maxDamageTissue,
  };
}

export interface CompareRow {
  label: string;
  a: string;
  b: string;
  /** B relative to A: a ratio for levels, a difference for times and indices. */
  difference: string;
}

/** A decimal number as the reader writes it (a comma in French). */
function dec(x: string): string {
  return decimalComma(locale.lang, x);
}

/** Significant digits past which a ratio's difference from 1 is rounding in the model's arithmetic, not a difference between the scenarios. */
const RATIO_MAX_DIGITS = 6;

/**
 * B/A as text: two significant digits, or as many more (up to RATIO_MAX_DIGITS) as it takes not to read "1" when it
 * is not 1 (8.8 against 8.5 is ×1.04, not ×1); undefined when it is 1 to that many digits (the values are equal).
 */
export function ratioText(r: number): string | undefined {
  // Far from 1, two digits always show the difference; very large or small ratios read best as m×10ⁿ.
  if (r < 0.01 || r >= 1e4) return formatLevel(r);
  for (let digits = 2; digits <= RATIO_MAX_DIGITS; digits++) {
    const rounded = Number(r.toPrecision(digits));
    if (rounded !== 1) return dec(String(rounded));
  }
  return undefined;
}

function levelDiff(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return '—';
  if (a === b) return t('cmp.same');
  if (a === 0) return t('cmp.bOnly');
  const r = ratioText(b / a);
  return r === undefined ? t('cmp.same') : t('cmp.ratio', { r });
}

function level(v: number): string {
  return Number.isFinite(v) ? `${formatLevel(v)} gEq/10⁵` : t('cmp.beyondRun');
}

/** A level some years after the first birth: "no birth" when there is none, "beyond the run" when the run ends first. */
function afterBirth(s: RunSummary, v: number): string {
  return s.firstBirthAgeYears === undefined ? t('cmp.noBirth') : level(v);
}

/** The time until a negative test, or why there is none: no pregnancy to count from, or still detectable when the run ends. */
function timeToNegative(s: RunSummary): string {
  if (s.lastPregnancyEndYears === undefined) return t('cmp.noPregnancy');
  if (!Number.isFinite(s.runEndAgeYears)) return '—';
  if (s.yearsToUndetectable === undefined) return t('cmp.stillDetectable', { age: dec(String(Number(s.runEndAgeYears.toFixed(1)))) });
  return formatDuration(s.yearsToUndetectable);
}

/** The comparison table's rows, formatted, with B relative to A. */
export function compareRows(a: RunSummary, b: RunSummary): CompareRow[] {
  const dy = a.yearsToUndetectable !== undefined && b.yearsToUndetectable !== undefined ? b.yearsToUndetectable - a.yearsToUndetectable : undefined;
  const yd = dy === undefined ? '—' : Math.abs(dy) < 1e-9 ? t('cmp.same') : `${dy > 0 ? '+' : '−'}${formatDuration(Math.abs(dy))}`;
  const dd = !Number.isFinite(a.maxDamage) || !Number.isFinite(b.maxDamage) ? '—' : a.maxDamage === b.maxDamage ? t('cmp.same') : `${b.maxDamage - a.maxDamage >= 0 ? '+' : '−'}${dec(Math.abs(b.maxDamage - a.maxDamage).toFixed(2))}`;
  return [
    { label: t('cmp.rowPeak'), a: level(a.peakBlood), b: level(b.peakBlood), difference: levelDiff(a.peakBlood, b.peakBlood) },
    { label: t('cmp.row10'), a: afterBirth(a, a.bloodAt10Years), b: afterBirth(b, b.bloodAt10Years), difference: levelDiff(a.bloodAt10Years, b.bloodAt10Years) },
    { label: t('cmp.row30'), a: afterBirth(a, a.bloodAt30Years), b: afterBirth(b, b.bloodAt30Years), difference: levelDiff(a.bloodAt30Years, b.bloodAt30Years) },
    { label: t('cmp.rowNegative'), a: timeToNegative(a), b: timeToNegative(b), difference: yd },
    { label: t('cmp.rowTissuePeak'), a: level(a.tissuePeak), b: level(b.tissuePeak), difference: levelDiff(a.tissuePeak, b.tissuePeak) },
    { label: t('cmp.rowTissueEnd'), a: level(a.tissueAtEnd), b: level(b.tissueAtEnd), difference: levelDiff(a.tissueAtEnd, b.tissueAtEnd) },
    {
      label: t('cmp.rowDamage'),
      a: Number.isFinite(a.maxDamage) ? `${dec(a.maxDamage.toFixed(2))}${a.maxDamageTissue && a.maxDamage > 0 ? ` (${tissueName(a.maxDamageTissue)})` : ''}` : '—',
      b: Number.isFinite(b.maxDamage) ? `${dec(b.maxDamage.toFixed(2))}${b.maxDamageTissue && b.maxDamage > 0 ? ` (${tissueName(b.maxDamageTissue)})` : ''}` : '—',
      difference: dd,
    },
  ];
}
