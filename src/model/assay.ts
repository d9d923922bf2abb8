// assay.ts turns a microchimerism level into the chance that a PCR test of a sample detects it (the assay lens).

import type { AssayKind, AssaySample, AssaySettings } from './cohortTypes';

/**
 * How much of the graft DNA present in the host a method reports, relative to the model's level (which is calibrated
 * in the 1990s whole-blood PCR family: E1, E2, E11, E13). Labelled an assumption and shown in the app.
 * `cohortCalibration.ts` fits these to E10, E17 and E18 and documents the fit.
 */
export interface MethodFactor {
  /** Multiplier of the expected target copies (1 = reads the model level as it is). */
  readingFactor: number;
  /** Minimum copies in a replicate for a positive call (1 = a single copy is detected). */
  lodCopies: number;
  source: string;
}

/** Expected microchimeric genomes in one replicate: level (gEq per 10^5 host genomes) × genomes tested × reading factor. */
export function expectedCopies(levelPerHundredThousand: number, geq: number, readingFactor = 1): number {
  if (!(levelPerHundredThousand > 0) || !(geq > 0)) return 0;
  return (levelPerHundredThousand / 1e5) * geq * readingFactor;
}

/** P(Poisson(lambda) >= k): the chance that one replicate holds at least the assay's limit of detection. */
export function poissonAtLeast(lambda: number, k: number): number {
  if (!(lambda > 0)) return k <= 0 ? 1 : 0;
  if (k <= 1) return -Math.expm1(-lambda);
  // 1 − Σ_{j<k} e^{−λ} λ^j / j!, summed upward; k is a handful of copies, so the direct sum is exact enough.
  let term = Math.exp(-lambda);
  let below = term;
  for (let j = 1; j < k; j++) {
    term *= lambda / j;
    below += term;
  }
  return Math.min(1, Math.max(0, 1 - below));
}

/** The chance that at least one of `replicates` independent replicates is positive (the studies' any-positive rule). */
export function detectionProbability(lambdaPerReplicate: number, replicates: number, lodCopies = 1): number {
  // Math.round(replicates) for any count below 2^52; Math.floor is far cheaper here (the cohort calls this per sample).
  const r = Math.max(1, Math.floor(replicates + 0.5));
  if (lodCopies <= 1) return -Math.expm1(-lambdaPerReplicate * r); // 1 − (e^{−λ})^r without cancellation
  const p = poissonAtLeast(lambdaPerReplicate, lodCopies);
  return -Math.expm1(r * Math.log1p(-Math.min(p, 1 - 1e-16)));
}

/** One simulated test: Poisson copies per replicate, positive if any replicate reaches the limit of detection. */
export function sampleTest(poisson: (lambda: number) => number, lambdaPerReplicate: number, replicates: number, lodCopies = 1): boolean {
  for (let i = 0; i < replicates; i++) if (poisson(lambdaPerReplicate) >= Math.max(1, lodCopies)) return true;
  return false;
}

/** Which grafts an assay can see: a Y-chromosome PCR only male ones; a polymorphism or HLA-specific PCR any graft. */
export function assaySees(assay: AssayKind, graftSex: 'male' | 'female'): boolean {
  return assay === 'polymorphism' || graftSex === 'male';
}

/** Which compartments a sample draws on: blood includes a child's circulating maternal immune cells. */
export function sampleCompartments(sample: AssaySample): readonly string[] {
  return sample === 'blood' ? ['blood', 'immune'] : [sample];
}

export const DEFAULT_ASSAY: AssaySettings = { assay: 'y-qpcr', sample: 'blood', geq: 100_000, replicates: 3 };

export function assayLabel(a: AssaySettings): string {
  const name = a.assay === 'y-qpcr' ? 'Y-chromosome qPCR' : 'polymorphism PCR';
  return `${name}, ${a.sample === 'blood' ? 'blood' : a.sample.slice('tissue:'.length)}, ${a.geq.toLocaleString('en-US')} gEq × ${a.replicates}`;
}
