// damage.ts is the open question of the seed review as one formula: what microchimeric cells do to a damaged tissue.

import type { Hypothesis } from './types';
import type { ModelRates } from './rates';

/**
 * The hypothesis-dependent part of dD/dt for one tissue (D the damage index, S the injury signal):
 * - neutral: 0;
 * - repair: −h·R·X/(X + X½)·D, cells speed healing, saturating in the cells present (X, all grafts);
 * - pathogenic: +P·S·(W/(W + X½) + w_I·I/(I + X½))·(1 − D), cells add damage where the tissue is inflamed (S > 0):
 *   cells settled in the tissue, weighted W = Σ w_g·X_g with HLA-compatible grafts weighing more, and, in a child,
 *   maternal immune cells I with their own saturating term of maximal weight w_I. Their own term (rather than a share
 *   of W) is what lets the juvenile myopathy exception of the seed show: where settled maternal cells already saturate
 *   W, immune cells still add their effect, and w_I = 0 shows the disease without them.
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
  const settled = weightedCells / (weightedCells + r.cellEffectHalf);
  const immune = immuneCells > 0 ? (r.immuneDamageWeight * immuneCells) / (immuneCells + r.cellEffectHalf) : 0;
  return r.pathogenicDamage * signal * (settled + immune) * (1 - damage);
}
