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
