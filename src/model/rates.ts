// rates.ts turns the parameter table (in the units people read) into the per-day rate constants the equations use.

import { TISSUES } from './types';
import type { ParameterValues } from './parameters';

export const DAYS_PER_YEAR = 365.25;
export const MINUTES_PER_DAY = 1440;
/**
 * Cell-free DNA (GE per mL plasma) released when 1 gEq/10^5 of graft cells dies in blood:
 * ~7×10^6 nucleated cells per mL blood (evidence.md) gives 70 cells per mL blood, and plasma is ~55% of blood volume.
 */
export const CFDNA_GE_PER_ML_PER_GEQ = 70 / 0.55;
/** 16 mL of whole blood holds ~1.1×10^8 nucleated cells (evidence.md): gEq/10^5 × 1100 = GE per 16 mL. */
export const GE_PER_16ML_PER_GEQ = 1.1e8 / 1e5;

const TURNOVER_IDS = [
  'thyroidTurnoverDays',
  'liverTurnoverDays',
  'skinTurnoverDays',
  'lungTurnoverDays',
  'heartTurnoverDays',
  'kidneyTurnoverDays',
  'brainTurnoverDays',
  'muscleTurnoverDays',
  'pancreasTurnoverDays',
  'breastTurnoverDays',
] as const satisfies readonly `${(typeof TISSUES)[number]}TurnoverDays`[];

export interface ModelRates {
  /** Immune clearance of circulating graft cells, not pregnant, incompatible graft (per day). */
  clearance: number;
  pregnancyClearanceFactor: number;
  hlaClearanceFactor: number;
  fetalClearanceFactor: number;
  engraftment: number;
  /** Release of cells lodged at delivery back into blood (per day). */
  postpartumRelease: number;
  /** Niche self-renewal (divisions per cell per day). */
  selfRenewal: number;
  capacity: number;
  /** Niche exits other than release (differentiation, death), per day. */
  nicheLoss: number;
  /** Niche release into blood, per day (multiplied by 1 + mobilisation × signal). */
  nicheRelease: number;
  mobilisationGain: number;
  homing: number;
  homingGain: number;
  /** 1/mean lifetime per tissue, in TISSUES order (per day). */
  tissueTurnover: Float64Array;
  cfdnaDecay: number;
  immuneDecay: number;
  /** Immune cells made per niche cell per day (child hosts). */
  immuneFromNiche: number;
  injuryDamage: number;
  healing: number;
  repairGain: number;
  pathogenicDamage: number;
  hlaPathogenicFactor: number;
  cellEffectHalf: number;
  immuneDamageWeight: number;
}

/**
 * The niche's self-renewal per cell and day (before crowding) at the mobilisation multiplier `mob` (1 without an
 * injury). Cells an injury mobilises into blood are replaced by extra divisions (inflammation drives quiescent stem
 * cells into cycle: Essers et al. 2009, Nature 458:904; Baldridge et al. 2010, Nature 465:793; the exact replacement is
 * an assumption): below capacity mobilisation then leaves the niche's net growth as it was and sends more cells into
 * blood. Without it, a signal above ~0.5 made exits outrun divisions and a chronic injury emptied a graft's niche over
 * decades, where systemic sclerosis patients carry as much microchimerism as controls or more (E10, E11).
 */
export function nicheRenewal(r: ModelRates, mob: number): number {
  return r.selfRenewal + r.nicheRelease * (mob - 1);
}

export function deriveRates(p: ParameterValues): ModelRates {
  const exit = Math.LN2 / p.nicheExitHalfLifeDays;
  const turnover = new Float64Array(TURNOVER_IDS.length);
  TURNOVER_IDS.forEach((id, j) => (turnover[j] = 1 / p[id]));
  return {
    clearance: Math.LN2 / p.bloodClearanceHalfLifeDays,
    pregnancyClearanceFactor: p.pregnancyClearanceFactor,
    hlaClearanceFactor: p.hlaCompatibleClearanceFactor,
    fetalClearanceFactor: p.fetalClearanceFactor,
    engraftment: p.engraftmentPerDay,
    postpartumRelease: Math.LN2 / p.postpartumReleaseHalfLifeDays,
    selfRenewal: 1 / (7 * p.nicheDivisionIntervalWeeks),
    capacity: p.nicheCapacityPerHundredThousand,
    nicheLoss: exit * (1 - p.nicheReleaseShare),
    nicheRelease: exit * p.nicheReleaseShare,
    mobilisationGain: p.injuryMobilisationGain,
    homing: p.tissueHomingPerDay,
    homingGain: p.injuryHomingGain,
    tissueTurnover: turnover,
    cfdnaDecay: Math.LN2 / (p.cfdnaHalfLifeMinutes / MINUTES_PER_DAY),
    immuneDecay: Math.LN2 / p.maternalImmuneHalfLifeDays,
    immuneFromNiche: exit * p.nicheImmuneOutputShare,
    injuryDamage: p.injuryDamagePerDay,
    healing: p.healingPerDay,
    repairGain: p.repairGain,
    pathogenicDamage: p.pathogenicDamagePerDay,
    hlaPathogenicFactor: p.hlaCompatiblePathogenicFactor,
    cellEffectHalf: p.cellEffectHalfPerHundredThousand,
    immuneDamageWeight: p.immuneDamageWeight,
  };
}
