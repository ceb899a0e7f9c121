// The month's record of changes as one faction may know it, kept up as the record grows. The
// record only grows between two looks at a game (the engine appends to it, replaces in place
// only entries noted in the step under way, and makes a new list to change anything older or
// to drop the month before last), so only its new tail is filtered: a view of a month's
// orders costs a few entries, not the whole month. What is handed out is never changed
// afterwards: each look that finds something new gets a new list, whose entries are those of
// the lists before where they did not change.
import type { Change, KnownCause } from '../../types';

export interface KnownChange {
  readonly turn: number;
  readonly figure: string;
  readonly delta: number;
  readonly cause: KnownCause;
}

const NO_CHANGES: readonly KnownChange[] = Object.freeze([]);
const UNSEEN: KnownCause = Object.freeze({ kind: 'unseen' });

const byTurnAndFigure = (
  a: { readonly turn: number; readonly figure: string },
  b: { readonly turn: number; readonly figure: string },
) => a.turn - b.turn || (a.figure < b.figure ? -1 : a.figure > b.figure ? 1 : 0);

/**
 * Follows one game's record of changes for one faction: the changes whose cause it may know, in
 * the order they were noted, then, per month and figure, one for all the rest (ordered by month
 * and figure, so that nothing of the order the hidden changes came in shows).
 */
export class KnownChanges {
  /** The list last read, and the entries of it taken in (in its order, at the length then). */
  private of: readonly Change[] | null = null;
  private readonly taken: Change[] = [];
  /** The changes the faction may know the cause of, among those taken in. */
  private known: KnownChange[] = [];
  /** Per `turn figure`, the sum of the others. */
  private readonly unseen = new Map<string, KnownChange>();
  private unseenSorted: readonly KnownChange[] = NO_CHANGES;
  private out: readonly KnownChange[] = NO_CHANGES;

  constructor(
    private readonly faction: string,
    private readonly hiddenTracks: ReadonlySet<string>,
  ) {}

  /** What the faction knows of `changes`, the record of the game it follows. */
  read(changes: readonly Change[]): readonly KnownChange[] {
    if (changes !== this.of ? !this.follows(changes) : changes.length < this.taken.length)
      this.restart();
    this.of = changes;
    const from = this.taken.length;
    if (from === changes.length) return this.out;
    let unseenAdded = false;
    let unseenChanged = false;
    for (let i = from; i < changes.length; i++) {
      const c = changes[i]!;
      this.taken.push(c);
      if (c.figure.startsWith('track:') && this.hiddenTracks.has(c.figure.slice(6))) continue;
      if (!c.visibleTo || c.visibleTo.includes(this.faction))
        this.known.push({ turn: c.turn, figure: c.figure, delta: c.delta, cause: c.cause });
      else {
        const key = `${c.turn} ${c.figure}`;
        const u = this.unseen.get(key);
        // a new entry for a new sum: the lists handed out keep theirs
        this.unseen.set(key, {
          turn: c.turn,
          figure: c.figure,
          delta: u ? u.delta + c.delta : c.delta,
          cause: UNSEEN,
        });
        unseenChanged = true;
        if (!u) unseenAdded = true;
      }
    }
    if (unseenChanged) this.sortUnseen(unseenAdded);
    this.out = this.known.length + this.unseenSorted.length === 0 ? NO_CHANGES : this.list();
    return this.out;
  }

  private list(): readonly KnownChange[] {
    const out = this.known.slice();
    for (const u of this.unseenSorted) out.push(u);
    return out;
  }

  private sortUnseen(added: boolean): void {
    if (added) this.unseenSorted = [...this.unseen.values()].sort(byTurnAndFigure);
    else
      this.unseenSorted = this.unseenSorted.map((u) => this.unseen.get(`${u.turn} ${u.figure}`)!);
  }

  private restart(): void {
    this.taken.length = 0;
    this.known = [];
    this.unseen.clear();
    this.unseenSorted = NO_CHANGES;
    this.out = NO_CHANGES;
  }

  /**
   * Whether a new list `next` is the one taken in with its oldest months dropped (as a month
   * turns): its first entries are, one for one, the entries taken in from some point on, and
   * every entry before that point is of an earlier month than any kept. What the faction knew
   * of the dropped months is then dropped alike.
   */
  private follows(next: readonly Change[]): boolean {
    const taken = this.taken;
    if (taken.length === 0) return true;
    if (next.length === 0) return false;
    const first = next[0]!;
    let drop = 0;
    while (drop < taken.length && taken[drop] !== first) {
      if (taken[drop]!.turn >= first.turn) return false;
      drop++;
    }
    const kept = taken.length - drop;
    if (kept === 0 || next.length < kept) return false;
    for (let i = 1; i < kept; i++)
      if (next[i] !== taken[drop + i] || next[i]!.turn < first.turn) return false;
    if (drop === 0) return true;
    taken.splice(0, drop);
    const turn = first.turn;
    let knownDropped = 0;
    while (knownDropped < this.known.length && this.known[knownDropped]!.turn < turn)
      knownDropped++;
    this.known = this.known.slice(knownDropped);
    let unseenDropped = false;
    for (const [key, u] of this.unseen)
      if (u.turn < turn) {
        this.unseen.delete(key);
        unseenDropped = true;
      }
    if (unseenDropped)
      this.unseenSorted = this.unseenSorted.filter((u) => this.unseen.has(`${u.turn} ${u.figure}`));
    if (knownDropped > 0 || unseenDropped) {
      this.out = this.known.length + this.unseenSorted.length === 0 ? NO_CHANGES : this.list();
    }
    return true;
  }
}
