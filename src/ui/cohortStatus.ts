// cohortStatus.ts writes the cohort panel's status: a running count that is only shown, and the few moments a screen reader is told of.
import { t } from '../i18n/locale.svelte';
import type { CohortResult } from '../model/cohortTypes';

export interface CohortStatus {
  /** The running count ("120 of 300 women simulated…"): shown, never announced (it changes with every partial result). */
  count?: string;
  /**
   * What the polite live region says: that a run started (hidden: the count shows it), or how it ended or was
   * cancelled (shown). It changes only at those moments, so a long run is announced twice, not at every partial result.
   */
  announcement?: { text: string; shown: boolean };
}

/** The status for a run in progress (`progress`) or the last result (`cohort`); `num` writes a count as the reader does. */
export function cohortStatus(
  progress: { completed: number; n: number } | undefined,
  cohort: Pick<CohortResult, 'completed' | 'cohort'> | undefined,
  num: (k: number) => string,
): CohortStatus {
  if (progress) return { count: t('cohort.progress', { done: num(progress.completed), n: num(progress.n) }), announcement: { text: t('cohort.started', { n: num(progress.n) }), shown: false } };
  if (!cohort) return {};
  const { n, seed } = cohort.cohort;
  const text = cohort.completed < n ? t('cohort.stoppedAt', { done: num(cohort.completed), n: num(n), seed }) : t('cohort.done', { n: num(cohort.completed), seed });
  return { announcement: { text, shown: true } };
}
