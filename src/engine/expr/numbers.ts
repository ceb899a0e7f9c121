// The engine's numbers: every number a scenario writes and every number an expression computes
// lies within ±MAX_MAGNITUDE. Literals beyond it are refused at load; arithmetic saturates at it,
// so no computation can reach Infinity, and from there NaN (`0 * Infinity`, `Infinity -
// Infinity`): a figure that is not a number would compare false with everything and make any
// order affordable.

/** The largest magnitude of any number in a game: one billion. */
export const MAX_MAGNITUDE = 1e9;

/** The documented range, as authors read it. */
export const MAGNITUDE_TEXT = '±1,000,000,000';

/** `x` kept within ±MAX_MAGNITUDE; NaN, which saturated operands never give, becomes 0. */
export function saturate(x: number): number {
  return x > MAX_MAGNITUDE ? MAX_MAGNITUDE : x >= -MAX_MAGNITUDE ? x : x < 0 ? -MAX_MAGNITUDE : 0;
}

/** Whether `x` is a number a scenario may write. */
export const inRange = (x: number): boolean => x >= -MAX_MAGNITUDE && x <= MAX_MAGNITUDE;

/** `x` within `lo..hi`; NaN becomes `lo`. Tracks, unrest and health are kept so. */
export function clampTo(x: number, lo: number, hi: number): number {
  return x > hi ? hi : x >= lo ? x : lo;
}

// --- intervals: what an expression can give, for the checker ---------------------------------

/** The values an expression can take, `[lo, hi]`, both within ±MAX_MAGNITUDE. */
export type Interval = readonly [number, number];

export const FULL: Interval = [-MAX_MAGNITUDE, MAX_MAGNITUDE];
export const point = (x: number): Interval => [saturate(x), saturate(x)];
export const span = (lo: number, hi: number): Interval => [saturate(lo), saturate(hi)];

/** Saturation is monotone, so the corners of the operands bound every result. */
export function combine(op: '+' | '-' | '*' | '/', a: Interval, b: Interval): Interval {
  switch (op) {
    case '+':
      return span(a[0] + b[0], a[1] + b[1]);
    case '-':
      return span(a[0] - b[1], a[1] - b[0]);
    case '*': {
      const c = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]];
      return span(Math.min(...c), Math.max(...c));
    }
    case '/': {
      // Division by zero gives 0; a divisor near 0 can give anything up to the bound.
      if (b[0] <= 0 && b[1] >= 0) return b[0] === 0 && b[1] === 0 ? point(0) : FULL;
      const c = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]];
      return span(Math.min(...c), Math.max(...c));
    }
  }
}

export const negate = (a: Interval): Interval => [-a[1], -a[0]];

/** What a comparison of two intervals always gives, or null if it depends on the state. */
export function compareIntervals(op: string, a: Interval, b: Interval): boolean | null {
  const [lo1, hi1] = a;
  const [lo2, hi2] = b;
  const disjoint = hi1 < lo2 || lo1 > hi2;
  const samePoint = lo1 === hi1 && lo2 === hi2 && lo1 === lo2;
  switch (op) {
    case '<':
      return hi1 < lo2 ? true : lo1 >= hi2 ? false : null;
    case '<=':
      return hi1 <= lo2 ? true : lo1 > hi2 ? false : null;
    case '>':
      return lo1 > hi2 ? true : hi1 <= lo2 ? false : null;
    case '>=':
      return lo1 >= hi2 ? true : hi1 < lo2 ? false : null;
    case '==':
      return disjoint ? false : samePoint ? true : null;
    case '!=':
      return disjoint ? true : samePoint ? false : null;
  }
  return null;
}

/** A number as an author reads it in a message. */
export function showNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}

export const showInterval = (a: Interval): string => `${showNumber(a[0])}..${showNumber(a[1])}`;
