// assayMethods.ts holds the per-method reading factors of the assay lens and the default assay settings of each study.

import type { AssaySettings } from './cohortTypes';
import type { MethodFactor } from './assay';

/**
 * Reading factors per method family (evidence.md, "two method families disagree on absolute levels"). The model's
 * levels are calibrated on 1990s whole-blood PCR (E1, E2, E11, E13), so that family reads them as they are; the later
 * PBMC/subset qPCR family finds similar or higher levels decades later and gets its own factor. Both PBMC factors are
 * assumptions FITTED to the cohort prevalences E10, E17 and E18 by `fitCohortCalibration()` (cohortCalibration.ts);
 * the rounded fit is written here and in docs/cohort.md.
 */
export const METHOD_FACTORS = {
  wholeBloodPcr: { readingFactor: 1, lodCopies: 1, source: 'Reference family: the model is calibrated on whole-blood Y-PCR (E1, E2, E11, E13).' },
  pbmcYqpcr: {
    // fitCohortCalibration() on 2026-11-27 against the converged deterministic fit (n = 1,000): 707 (E10 at 33%).
    // Refit (npx tsx scripts/fitCohort.ts) whenever the model's persistent level changes: the factor moves with it.
    readingFactor: 700,
    lodCopies: 1,
    source:
      'Assumption, fitted to E10 (Evans et al. 1999: 33% of healthy mothers of sons positive in PBMC). It is of the size of the method gap the evidence shows: PBMC qPCR reads 0–0.44 gEq/10^5 in healthy women decades after a son, where whole-blood PCR (E11, Nelson et al. 1998) reads ~3×10^-4, about 1,000× less.',
  },
  polymorphismQpcr: {
    // fitCohortCalibration() on 2026-11-27 (n = 1,000): 0.174 (E17 31%, E18 29% against 24% and 39%).
    readingFactor: 0.17,
    lodCopies: 1,
    source:
      'Assumption, fitted to E17 and E18 together (Lo et al. 2000, cord blood; Loubière et al. 2006, adult blood subsets). Below 1: the model puts more maternal cells in children than these assays found, so either maternal traffic (an assumption) is too high or recovery is low; the fit cannot tell which.',
  },
  tissue: { readingFactor: 1, lodCopies: 1, source: 'Assumption: tissue DNA is read as it is (no enrichment).' },
} as const satisfies Record<string, MethodFactor>;

export type MethodFamily = keyof typeof METHOD_FACTORS;

export function methodFamily(a: Pick<AssaySettings, 'assay' | 'sample'>): MethodFamily {
  if (a.sample !== 'blood') return 'tissue';
  return a.assay === 'y-qpcr' ? 'pbmcYqpcr' : 'polymorphismQpcr';
}

/** The reading factor and limit of detection of an assay: its own when set, else its method family's default. */
export function resolveMethodFactor(a: AssaySettings, factors: Record<MethodFamily, MethodFactor> = METHOD_FACTORS): MethodFactor {
  const base = factors[methodFamily(a)];
  return {
    readingFactor: a.readingFactor ?? base.readingFactor,
    lodCopies: a.lodCopies ?? base.lodCopies,
    source: a.readingFactor !== undefined ? 'set by the user' : base.source,
  };
}

export interface StudyAssay {
  row: 'E10' | 'E17' | 'E18';
  label: string;
  settings: AssaySettings;
  source: string;
}

/**
 * The assay each cohort row of evidence.md was read with. DNA amounts and replicate counts are not in the abstracts:
 * they are assumptions of the usual size for these PCRs (about 0.7 µg of DNA, 10^5 genome equivalents, per reaction).
 */
export const STUDY_ASSAYS: readonly StudyAssay[] = [
  {
    row: 'E10',
    label: 'Y-chromosome PCR on PBMC DNA (Evans et al. 1999)',
    settings: { assay: 'y-qpcr', sample: 'blood', geq: 100_000, replicates: 2 },
    source: 'Evans et al. 1999, Blood 93:2033; geq and replicates: assumption',
  },
  {
    row: 'E17',
    label: 'PCR of non-shared maternal polymorphisms in cord blood cells (Lo et al. 2000)',
    settings: { assay: 'polymorphism', sample: 'blood', geq: 100_000, replicates: 2 },
    source: 'Lo et al. 2000, Clin Chem 46:1301; geq and replicates: assumption',
  },
  {
    row: 'E18',
    label: 'HLA-specific qPCR on blood cell subsets, positive in any subset (Loubière et al. 2006)',
    // Several subsets (PBMC, T, B, NK, granulocytes) each tested: counted as more replicates of the same blood.
    settings: { assay: 'polymorphism', sample: 'blood', geq: 100_000, replicates: 5 },
    source: 'Loubière et al. 2006, Lab Invest 86:1185; geq and subsets-as-replicates: assumption',
  },
];
