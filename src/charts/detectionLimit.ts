// detectionLimit.ts gives the level at which an assay (genomes tested × replicates) detects microchimerism half the time.

import { detectionProbability, expectedCopies } from '../model/assay';
import type { AssaySettings } from '../model/cohortTypes';

/**
 * The level (gEq/10^5) with a 50% chance that at least one replicate is positive, by bisection on
 * the model's own Poisson detection (so the line and the cohort's prevalence agree); `readingFactor` is
 * the method's recovery relative to the model's level (an assumption shown beside the line).
 */
export function halfDetectionLevel(a: Pick<AssaySettings, 'geq' | 'replicates'>, readingFactor = 1, lodCopies = 1): number {
  const p = (level: number) => detectionProbability(expectedCopies(level, a.geq, readingFactor), a.replicates, lodCopies);
  let lo = 1e-12;
  let hi = 1e12;
  for (let i = 0; i < 200 && hi / lo > 1 + 1e-9; i++) {
    const mid = Math.sqrt(lo * hi);
    if (p(mid) < 0.5) lo = mid;
    else hi = mid;
  }
  return Math.sqrt(lo * hi);
}
