// Confidence intervals for a share of campaigns (an ending's odds, an event's frequency).

/** The normal quantile for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** Wilson score interval for `k` successes in `n` trials. Unlike the normal approximation it
 *  stays inside [0, 1] and is honest for rare outcomes (k = 0 gives [0, ~3.8/n], not [0, 0]). */
export function wilson(k: number, n: number, z = Z95): [low: number, high: number] {
  if (n <= 0) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [Math.max(0, center - half), Math.min(1, center + half)];
}
