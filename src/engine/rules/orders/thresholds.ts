// Where an order's condition can change as its tracks move. Most conditions compare a track with a
// constant (`red_unions >= 25`, `support < 20 and not martial_law`): their value stays the same
// while each track stays on the same side of each constant it is compared with, whatever else
// the month's drift did to it. A condition built of such comparisons, flags and constants by
// `and`, `or` and `not` is kept through a change of its tracks that crosses none of them.
import { parseExpression, type Node } from '../../expr/parse';
import type { Scenario } from '../../types';

/** A constant a track is compared with: the comparison's value changes where the track crosses
 *  `at`, which belongs to the values above it (`x < k`, `x >= k`) or to those below it (`x <= k`,
 *  `x > k`). */
export interface Threshold {
  readonly at: number;
  readonly below: boolean;
}

const FLIPPED: Readonly<Record<string, string>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/** Of a condition of `scenario` given by its source, each track's thresholds, or null if it is
 *  not built of comparisons of tracks with constants, flags and constants alone (a track read
 *  any other way, a derived figure, a function, arithmetic, `==`). */
export function thresholdsOf(
  scenario: Scenario,
  expr: { readonly source: string },
): ReadonlyMap<string, readonly Threshold[]> | null {
  const parsed = parseExpression(expr.source);
  if (!parsed.ok) return null;
  const found = new Map<string, Threshold[]>();
  const walk = (node: Node): boolean => {
    switch (node.kind) {
      case 'bool':
        return true;
      case 'name':
        return scenario.index.flag.has(node.name) && !scenario.index.track.has(node.name);
      case 'not':
        return walk(node.arg);
      case 'binary': {
        if (node.op === 'and' || node.op === 'or') return walk(node.left) && walk(node.right);
        const onLeft = trackOf(scenario, node.left);
        const track = onLeft ?? trackOf(scenario, node.right);
        const k = constantOf(onLeft !== null ? node.right : node.left);
        const op = onLeft !== null ? node.op : FLIPPED[node.op];
        if (track === null || k === null || op === undefined || !(op in FLIPPED)) return false;
        let list = found.get(track);
        if (!list) found.set(track, (list = []));
        list.push({ at: k, below: op === '<=' || op === '>' });
        return true;
      }
      default:
        return false;
    }
  };
  return walk(parsed.node) ? found : null;
}

function trackOf(scenario: Scenario, node: Node): string | null {
  return node.kind === 'name' && scenario.index.track.has(node.name) ? node.name : null;
}

function constantOf(node: Node): number | null {
  if (node.kind === 'num') return node.value;
  if (node.kind === 'neg' && node.arg.kind === 'num') return -node.arg.value;
  return null;
}

/**
 * The interval of a track's values around `v` where none of `thresholds` is crossed, written
 * into `into` at `at` (its low and high ends; `closed` 1 where the low end belongs to it, 2 where
 * the high end does). A value that is not a number is in no interval.
 */
export function intervalAround(
  v: number,
  thresholds: readonly Threshold[],
  into: { lo: Float64Array; hi: Float64Array; closed: Uint8Array },
  at: number,
): void {
  let lo = -Infinity;
  let hi = Infinity;
  let loIn = true;
  let hiIn = true;
  for (let i = 0; i < thresholds.length; i++) {
    const { at: k, below } = thresholds[i]!;
    if (v > k || (v === k && !below)) {
      // above the threshold: the low end rises to it
      if (k > lo || (k === lo && loIn)) {
        lo = k;
        loIn = !below;
      }
    } else if (k < hi || (k === hi && hiIn)) {
      hi = k;
      hiIn = below;
    }
  }
  into.lo[at] = lo;
  into.hi[at] = hi;
  into.closed[at] = (loIn ? 1 : 0) | (hiIn ? 2 : 0);
}

/** Whether `v` lies in the interval written at `at` by `intervalAround`. */
export function inInterval(
  v: number,
  from: { lo: Float64Array; hi: Float64Array; closed: Uint8Array },
  at: number,
): boolean {
  const lo = from.lo[at]!;
  const hi = from.hi[at]!;
  const closed = from.closed[at]!;
  return (
    (v > lo || (v === lo && (closed & 1) !== 0)) && (v < hi || (v === hi && (closed & 2) !== 0))
  );
}
