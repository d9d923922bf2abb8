// damage.ts is the open question of the seed review as one formula: what microchimeric cells do to a damaged tissue.

import type { Hypothesis } from './types';
import type { ModelRates } from './rates';

/**
 * The hypothesis-dependent part of dD/dt for one tissue (D the damage index, S the injury signal):
 * - neutral: 0;
 * - repair: −h·R·X/(X + X½)·D, cells speed healing, saturating in the cells present (X, all grafts);
 * - pathogenic: +P·min(1, S + D)·W/(W + X½)·(1 − D), cells add damage where the tissue is inflamed or damaged, weighted
 *   W = Σ w_g·X_g with HLA-compatible grafts weighing more, plus maternal immune cells in a child.
 */
export function damageExtra(
  hypothesis: Hypothesis,
  r: ModelRates,
  cells: number,
  weightedCells: number,
  immuneCells: number,
  signal: number,
  damage: number,
): number {
  if (hypothesis === 'neutral') return 0;
  if (hypothesis === 'repair') return -r.healing * r.repairGain * (cells / (cells + r.cellEffectHalf)) * damage;
  const gate = Math.min(1, signal + damage);
  const w = weightedCells + r.immuneDamageWeight * immuneCells * gate;
  return r.pathogenicDamage * gate * (w / (w + r.cellEffectHalf)) * (1 - damage);
}
