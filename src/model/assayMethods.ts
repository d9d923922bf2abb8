// assayMethods.ts holds the per-method reading factors of the assay lens and the default assay settings of each study.

import type { AssaySettings } from './cohortTypes';
import type { MethodFactor } from './assay';
import { parameterSpec } from './parameters';

/** A reading factor's default from the one parameter table, where its source and tier are shown. */
function tableDefault(id: 'pbmcYqpcrReadingFactor' | 'polymorphismQpcrReadingFactor'): number {
  const spec = parameterSpec(id);
  if (!spec) throw new Error(`parameters.ts has no ${id}`);
  return spec.default;
}

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
    // Default and source in parameters.ts (pbmcYqpcrReadingFactor); refit with `npx tsx scripts/fitCohort.ts`
    // whenever the model's persistent level changes: the factor moves with it.
    readingFactor: tableDefault('pbmcYqpcrReadingFactor'),
    lodCopies: 1,
    source: 'Fitted to E10 (Evans et al. 1999); see the parameter pbmcYqpcrReadingFactor.',
  },
  polymorphismQpcr: {
    // Default and source in parameters.ts (polymorphismQpcrReadingFactor).
    readingFactor: tableDefault('polymorphismQpcrReadingFactor'),
    lodCopies: 1,
    source: 'Fitted to E17 and E18 (Lo et al. 2000; Loubière et al. 2006); see the parameter polymorphismQpcrReadingFactor.',
  },
  tissue: { readingFactor: 1, lodCopies: 1, source: 'Assumption: tissue DNA is read as it is (no enrichment).' },
} satisfies Record<string, MethodFactor>;

export type MethodFamily = keyof typeof METHOD_FACTORS;

export function methodFamily(a: Pick<AssaySettings, 'assay' | 'sample'>): MethodFamily {
  if (a.sample !== 'blood') return 'tissue';
  return a.assay === 'y-qpcr' ? 'pbmcYqpcr' : 'polymorphismQpcr';
}

/** The parameter that overrides each method family's reading factor (tissue DNA is read as it is). */
const FACTOR_PARAMETER: Partial<Record<MethodFamily, 'pbmcYqpcrReadingFactor' | 'polymorphismQpcrReadingFactor'>> = {
  pbmcYqpcr: 'pbmcYqpcrReadingFactor',
  polymorphismQpcr: 'polymorphismQpcrReadingFactor',
};

/**
 * The reading factor and limit of detection of an assay: its own when set, else the scenario's parameter override
 * (`parameters`), else its method family's default from the parameter table.
 */
export function resolveMethodFactor(
  a: AssaySettings,
  parameters: Readonly<Record<string, number>> = {},
  factors: Record<MethodFamily, MethodFactor> = METHOD_FACTORS,
): MethodFactor {
  const family = methodFamily(a);
  const base = factors[family];
  const paramId = FACTOR_PARAMETER[family];
  const override = paramId !== undefined ? parameters[paramId] : undefined;
  if (a.readingFactor !== undefined) return { readingFactor: a.readingFactor, lodCopies: a.lodCopies ?? base.lodCopies, source: 'set by the user' };
  if (override !== undefined) return { readingFactor: override, lodCopies: a.lodCopies ?? base.lodCopies, source: `set in the scenario (${paramId})` };
  return { readingFactor: base.readingFactor, lodCopies: a.lodCopies ?? base.lodCopies, source: base.source };
}

/** The assays with each one's reading factor fixed from the scenario's parameters, for a cohort run. */
export function assaysForScenario(assays: readonly AssaySettings[], parameters: Readonly<Record<string, number>>): AssaySettings[] {
  return assays.map((a) => ({ ...a, readingFactor: resolveMethodFactor(a, parameters).readingFactor }));
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
