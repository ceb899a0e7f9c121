// A test of an order's target kept region by region. A test of the target alone reads its
// region's control and unrest, and its id, and nothing else (see `TargetTest`), while regions
// change hands and unrest far less often than orders are weighed: each region's result is kept
// with the state it was worked out from, and worked out again only once that state differs. It
// is exact for any state it is handed, of any game, in any order.
import type { RegionState } from '../../types';

export class TestedRegions {
  private readonly control: (string | undefined)[];
  private readonly unrest: Float64Array;
  private readonly passed: Uint8Array;

  constructor(
    private readonly test: (r: RegionState | undefined, id: string) => boolean,
    /** The regions tested, by their place in the list. */
    private readonly regions: readonly string[],
  ) {
    this.control = regions.map(() => undefined);
    this.unrest = new Float64Array(regions.length);
    this.passed = new Uint8Array(regions.length);
  }

  /** Whether the region at place `j` of the list passes, `r` being its state now. */
  passes(j: number, r: RegionState | undefined): boolean {
    if (r === undefined) return this.test(r, this.regions[j]!);
    if (r.control !== this.control[j] || r.unrest !== this.unrest[j]) {
      this.passed[j] = this.test(r, this.regions[j]!) ? 1 : 0;
      this.control[j] = r.control;
      // an unrest that is not a number never equals itself: that region is tested every time
      this.unrest[j] = r.unrest;
    }
    return this.passed[j] === 1;
  }
}
