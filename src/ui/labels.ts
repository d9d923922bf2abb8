// labels.ts holds the UI's names for the model's parameter groups, evidence tiers, tissues and event fields.

import type { EvidenceTier } from '../model/types';

export const GROUP_LABELS: Record<string, string> = {
  traffic: 'Traffic across the placenta',
  cfdna: 'Cell-free fetal DNA',
  clearance: 'Clearance of circulating cells',
  niche: 'Progenitor niche (persistence)',
  tissue: 'Tissue homing and turnover',
  immune: 'Maternal immune cells in the child',
  damage: 'Injury and damage',
  assay: 'Assay families',
};

export const TIER_LABELS: Record<EvidenceTier, string> = {
  human: 'measured in people',
  fitted: 'fitted by us to human figures',
  animal: 'from mouse studies',
  assumption: 'an assumption (no data pins it down)',
};

const SUPERSCRIPTS: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** A unit as the model writes it (`gEq/10^5 per day`) with powers as superscripts (`gEq/10⁵ per day`). */
export function formatUnit(unit: string): string {
  return unit.replace(/\^(-?\d+)/g, (_, p: string) => p.split('').map((c) => SUPERSCRIPTS[c] ?? c).join(''));
}
