// binomialInterval.ts gives the 95% Wilson score interval of a share of positive tests in a cohort.

/** Two-sided 95% normal quantile. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval (Wilson 1927) for `positives` out of `n`. Unlike the Wald interval it stays inside [0, 1]
 * and is not degenerate at 0 or n positives, which is where microchimerism prevalences often sit. `positives` may be
 * fractional (an expected count: the sum of each woman's chance of testing positive).
 */
export function wilsonInterval(positives: number, n: number, z = Z95): { lower: number; upper: number } {
  if (!(n > 0)) return { lower: 0, upper: 1 };
  const p = Math.min(1, Math.max(0, positives / n));
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // At p = 0 (or 1) the bound is exactly 0 (or 1); centre − half leaves a rounding residue such as 1.7e-18.
  return { lower: p === 0 ? 0 : Math.max(0, centre - half), upper: p === 1 ? 1 : Math.min(1, centre + half) };
}
