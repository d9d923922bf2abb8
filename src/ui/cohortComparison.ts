// cohortComparison.ts picks the published share a cohort chart can honestly be set beside: the evidence row read with the same assay in the same host.
import type { AssaySettings } from '../model/cohortTypes';
import { STUDY_ASSAYS, type StudyAssay } from '../model/assayMethods';

export type StudyRow = StudyAssay['row'];

/**
 * Whose blood each cohort row of evidence.md tested: E10 counted the sons' cells in mothers; E17 (cord blood) and
 * E18 (adult women) counted their mothers' cells in children. A Record, so a new study row must say whose it is.
 */
const ROW_HOST: Record<StudyRow, 'mother' | 'child'> = { E10: 'mother', E17: 'child', E18: 'child' };

export interface CohortComparison {
  /** The row measured with this assay, in this sample, in this host: the share to compare with. */
  match?: StudyRow;
  /** Rows read with this assay in the other host: no comparison for this chart, but what the method's reading factor was fitted to. */
  elsewhere: StudyRow[];
}

/** The study row a cohort chart of `host` read with `assay` compares with, if one fits (the source line names it). */
export function cohortComparison(assay: Pick<AssaySettings, 'assay' | 'sample'>, host: 'mother' | 'child'): CohortComparison {
  const same = STUDY_ASSAYS.filter((s) => s.settings.assay === assay.assay && s.settings.sample === assay.sample);
  return {
    match: same.find((s) => ROW_HOST[s.row] === host)?.row,
    elsewhere: same.filter((s) => ROW_HOST[s.row] !== host).map((s) => s.row),
  };
}
