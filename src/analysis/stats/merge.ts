// Tallies of chunks merged in seed order, whatever order they finish in: only the chunks that
// arrive early are held, so memory stays bounded by the number of chunks in flight.
import { emptyTally, mergeTally, type Tally, type TallyLayout } from './tally';

export class OrderedMerge {
  readonly total: Tally;
  private next = 0;
  private readonly early = new Map<number, Tally>();

  constructor(layout: TallyLayout) {
    this.total = emptyTally(layout);
  }

  /** Takes chunk number `i`'s tally; merges it and any early ones it unblocks. */
  add(i: number, tally: Tally): void {
    this.early.set(i, tally);
    for (let t = this.early.get(this.next); t; t = this.early.get(this.next)) {
      mergeTally(this.total, t);
      this.early.delete(this.next++);
    }
  }

  /** How many chunks have been merged. */
  get merged(): number {
    return this.next;
  }
}
