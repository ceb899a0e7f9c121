// Fixed-bin histograms of a track's values: memory bounded by the track's range, not by the
// number of campaigns, and merged by adding counts, so any chunking gives the same totals.

/** At most this many bins per track: whole-number tracks up to 100 wide are binned exactly. */
export const MAX_BINS = 101;

export interface Bins {
  readonly min: number;
  readonly max: number;
  readonly count: number;
  readonly width: number;
}

/** Bins over [min, max]: bin i holds values nearest to `min + i * width`. */
export function binsFor(min: number, max: number): Bins {
  const count = Math.max(2, Math.min(MAX_BINS, Math.floor(max - min) + 1));
  return { min, max, count, width: (max - min) / (count - 1) };
}

export function binOf(bins: Bins, value: number): number {
  const i = Math.round((value - bins.min) / bins.width);
  return i < 0 ? 0 : i >= bins.count ? bins.count - 1 : i;
}

export function valueOf(bins: Bins, bin: number): number {
  return Math.round((bins.min + bin * bins.width) * 1000) / 1000;
}

/** The `p`-quantile (nearest rank) of the counts `hist[from .. from + bins.count)`, as the bin's
 *  value; null when the histogram is empty. */
export function quantile(
  bins: Bins,
  hist: ArrayLike<number>,
  from: number,
  p: number,
): number | null {
  let n = 0;
  for (let i = 0; i < bins.count; i++) n += hist[from + i]!;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(p * n));
  let seen = 0;
  for (let i = 0; i < bins.count; i++) {
    seen += hist[from + i]!;
    if (seen >= rank) return valueOf(bins, i);
  }
  return valueOf(bins, bins.count - 1);
}
