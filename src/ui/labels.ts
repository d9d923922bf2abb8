// labels.ts holds the UI's names for the model's parameter groups, evidence tiers, units and injury hosts.

import type { EvidenceTier } from '../model/types';
import type { Lang } from '../state/urlCodec';
import { countText, type CountKey } from '../i18n/countText';
import { t } from '../i18n/locale.svelte';
import { parameterUnit } from '../i18n/parameters.fr';
import { exactParameter } from './sliderScale';

/** Labels in the reader's language (getters: read at render time, so a language switch re-renders them). */
export const GROUP_LABELS: Record<string, string> = {
  get traffic() {
    return t('group.traffic');
  },
  get cfdna() {
    return t('group.cfdna');
  },
  get clearance() {
    return t('group.clearance');
  },
  get niche() {
    return t('group.niche');
  },
  get tissue() {
    return t('group.tissue');
  },
  get immune() {
    return t('group.immune');
  },
  get damage() {
    return t('group.damage');
  },
  get assay() {
    return t('group.assay');
  },
};

export const TIER_LABELS: Record<EvidenceTier, string> = {
  get human() {
    return t('tier.human');
  },
  get fitted() {
    return t('tier.fitted');
  },
  get animal() {
    return t('tier.animal');
  },
  get assumption() {
    return t('tier.assumption');
  },
};

const SUPERSCRIPTS: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/**
 * A unit as the model writes it (`gEq/10^5 per day`) with powers as superscripts (`gEq/10⁵ per day`). A dimensionless
 * value (the model's unit `1`) gets no unit text: a bare "1" after "0.94" reads as a further digit.
 */
export function formatUnit(unit: string): string {
  if (unit.trim() === '1') return '';
  return unit.replace(/\^(-?\d+)/g, (_, p: string) => p.split('').map((c) => SUPERSCRIPTS[c] ?? c).join(''));
}

/** A unit inside a parameter's name, which already sets it in parentheses: without parentheses of its own, so none nest ("weeks (from LMP)" → "weeks from LMP"). */
export function unitInName(unit: string): string {
  return formatUnit(unit)
    .replace(/\s*\(([^()]*)\)/g, ' $1')
    .trim();
}

/**
 * The model's units that count days or weeks: with a value they take a singular or a plural ("1 day", "1,5 jour").
 * Every other unit of the table is a rate, a ratio or an abbreviation ("per day", "×", "min"), the same for any value.
 */
const COUNTED_UNITS: Readonly<Record<string, CountKey>> = { days: 'unit.days', weeks: 'unit.weeks', 'weeks (from LMP)': 'unit.weeksLmp' };

/** A parameter's value with its unit as a slider speaks it: "15 days", "1 day", "1,5 jour", "0.94" (a dimensionless value has no unit). */
export function valueWithUnit(value: number, unit: string, lang: Lang): string {
  if (Object.hasOwn(COUNTED_UNITS, unit)) return countText(COUNTED_UNITS[unit]!, value, lang);
  const u = formatUnit(parameterUnit(unit, lang));
  const v = exactParameter(value, lang);
  return u ? `${v} ${u}` : v;
}

/** An injury's host as the editor names it ("mother", "child 3"); a host the format does not know stays as written. */
export function hostName(host: string): string {
  if (host === 'mother') return t('ed.mother');
  const m = /^child:(\d+)$/.exec(host);
  return m ? t('ed.child', { n: m[1]! }) : host;
}
