// damage.ts is the open question of the seed review as one formula: what microchimeric cells do to a damaged tissue.

import type { Hypothesis } from './types';
import type { ModelRates } from './rates';

/**
 * The hypothesis-dependent part of dD/dt for one tissue (D the damage index, S the injury signal):
 * - neutral: 0;
 * - repair: −h·R·X/(X + X½)·D, cells speed healing, saturating in the cells present (X, all grafts);
 * - pathogenic: +P·S·W/(W + X½)·(1 − D), cells add damage where the tissue is inflamed (S > 0), weighted
 *   W = Σ w_g·X_g with HLA-compatible grafts weighing more, plus maternal immune cells in a child.
 *   Why gated by the signal alone (not by damage too): a damage-gated term makes D = 0 unstable, so that an injury of
 *   any severity, however small, would grow into full disease decades later.
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
  if (signal === 0) return 0;
  const w = weightedCells + r.immuneDamageWeight * immuneCells;
  return r.pathogenicDamage * signal * (w / (w + r.cellEffectHalf)) * (1 - damage);
}
