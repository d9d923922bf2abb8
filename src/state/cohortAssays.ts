// cohortAssays.ts lists the assay lenses a cohort run computes: every assay the cohort panel offers, so that switching assay after a run is instant.
import type { AssayKind, AssaySettings } from '../model/cohortTypes';

/** The assays the cohort panel's Assay menu offers, in its order. */
export const COHORT_ASSAY_KINDS: readonly AssayKind[] = ['y-qpcr', 'polymorphism'];

/**
 * The lenses to request: `current` (sample, genomes, replicates) for each offered assay, `current`'s own first.
 * A lens adds a sum over the woman's samples to her simulation: about 1% of her cost for one son, 0.5% for three
 * children (timed single-threaded when this list was added), so the run computes all of them rather than ask for a second run.
 */
export function cohortAssays(current: AssaySettings): AssaySettings[] {
  return [current, ...COHORT_ASSAY_KINDS.filter((k) => k !== current.assay).map((assay) => ({ ...current, assay }))];
}
