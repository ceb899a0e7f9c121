import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wilson } from './wilson';

describe('wilson', () => {
  // Reference values: R's prop.test(k, n, correct = FALSE)$conf.int, and Wikipedia's worked example.
  it.each([
    [0, 10, 0, 0.2775328],
    [1, 10, 0.01787621, 0.40415],
    [5, 10, 0.2365931, 0.7634069],
    [10, 10, 0.7224672, 1],
    [81, 263, 0.2553, 0.3662],
    [500, 1000, 0.4690983, 0.5309017],
  ])('%i of %i lies in [%f, %f]', (k, n, low, high) => {
    const [lo, hi] = wilson(k, n);
    expect(lo).toBeCloseTo(low, 4);
    expect(hi).toBeCloseTo(high, 4);
  });

  it('holds the observed share, stays in [0, 1] and narrows as runs grow', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, f) => {
          const k = Math.round(f * n);
          const [lo, hi] = wilson(k, n);
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(1);
          expect(lo).toBeLessThanOrEqual(k / n + 1e-12);
          expect(hi).toBeGreaterThanOrEqual(k / n - 1e-12);
          const [lo4, hi4] = wilson(4 * k, 4 * n);
          expect(hi4 - lo4).toBeLessThan(hi - lo + 1e-12);
        },
      ),
    );
  });

  it('says nothing is known from no runs', () => {
    expect(wilson(0, 0)).toEqual([0, 1]);
  });
});
