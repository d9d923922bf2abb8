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

export interface DetectionLimitScale {
  /** The y-domain to draw: the data's own, widened to take in the line when that costs little. */
  domain: [number, number];
  /** Where the line falls: on the chart, off it above or below (a marker at that edge; the caption gives its value), or nowhere (no finite level). */
  place: 'on' | 'above' | 'below' | 'none';
}

/**
 * Fits the detection-limit line (`level`, gEq/10^5) to a log y-domain. A line just off the data's decades is brought
 * in by widening the domain to the next power of ten (at most `maxExtraDecades`): the reader sees at a glance that the
 * curves sit below the assay's reach, which is the point of the line. A line further off is left off, so the data is
 * not squashed into a corner; the chart then marks it at the edge it lies beyond.
 */
export function detectionLimitScale(level: number, domain: [number, number], maxExtraDecades = 1): DetectionLimitScale {
  const [lo, hi] = domain;
  if (!(level > 0) || !Number.isFinite(level)) return { domain, place: 'none' };
  if (level >= lo && level <= hi) return { domain, place: 'on' };
  // Widened the way logDomain sets its top: a twentieth of a decade of headroom, then the next power of ten.
  if (level > hi) {
    const top = 10 ** Math.ceil(Math.log10(level) + 0.05);
    return Math.log10(top / hi) <= maxExtraDecades + 1e-9 ? { domain: [lo, top], place: 'on' } : { domain, place: 'above' };
  }
  const bottom = 10 ** Math.floor(Math.log10(level) - 0.05);
  return Math.log10(lo / bottom) <= maxExtraDecades + 1e-9 ? { domain: [bottom, hi], place: 'on' } : { domain, place: 'below' };
}
