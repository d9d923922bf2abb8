// labels.ts holds the UI's names for the model's parameter groups, evidence tiers, tissues and event fields.

import type { EvidenceTier } from '../model/types';
import { t } from '../i18n/locale.svelte';

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
