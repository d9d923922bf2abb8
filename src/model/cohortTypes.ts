// cohortTypes.ts declares the cohort result format v1 (bands and assay prevalence) and the assay settings.

import type { Compartment, HostId, Origin } from './types';

export type AssayKind = 'y-qpcr' | 'polymorphism';
/** `blood` (PBMC) or `tissue:NAME`. */
export type AssaySample = 'blood' | `tissue:${string}`;

export interface AssaySettings {
  assay: AssayKind;
  sample: AssaySample;
  /** Genome equivalents of host DNA tested per replicate. */
  geq: number;
  replicates: number;
  /**
   * Multiplier of the expected target copies for this method relative to the model's level (the per-method recovery
   * factor, an assumption fitted in cohortCalibration.ts); the method's default when absent (see assayMethods.ts).
   */
  readingFactor?: number;
  /** Copies a replicate must hold to be called positive (limit of detection); 1 when absent. */
  lodCopies?: number;
}

export interface Band {
  origin: Origin;
  compartment: Compartment;
  /** Percentiles over the cohort at each time of the host's `timeYears`. */
  p5: Float64Array;
  p25: Float64Array;
  p50: Float64Array;
  p75: Float64Array;
  p95: Float64Array;
}

export interface Prevalence extends AssaySettings {
  /** Share of simulated women (or children) testing positive at each time. */
  values: Float64Array;
  /** 95% interval of that share. */
  lower: Float64Array;
  upper: Float64Array;
  /**
   * The level an average host would show, as the assay reads it, at each time (optional): the mean level in what the
   * assay sees (gEq/10^5) times the assay's reading factor (docs/cohort.md), so comparable with the study's figures,
   * not with the bands.
   */
  meanLevel?: Float64Array;
}

export interface CohortHostResult {
  host: HostId;
  timeYears: Float64Array;
  bands: Band[];
  prevalence: Prevalence[];
}

export interface CohortResult {
  version: 1;
  scenarioName: string;
  cohort: { n: number; seed: number };
  /** How many women are summarised so far (equals cohort.n when the run is complete). */
  completed: number;
  hosts: CohortHostResult[];
}
