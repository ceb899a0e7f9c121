// The month's record of changes as one faction may know it, kept up as the record grows. The
// record only grows between two looks at a game (the engine appends to it, replaces in place
// only entries noted in the step under way, and makes a new list to change anything older or
// to drop the month before last), so only its new tail is filtered: a view of a month's
// orders costs a few entries, not the whole month. A new list is followed from what it shares
// with the last one taken in (the same entries, by identity, after those it dropped from its
// front): only what comes after is taken in again. What is handed out is never changed
// afterwards: each look that finds something new gets a new list, whose entries are those of
// the lists before where they did not change (the same objects: a change every faction may
// know is handed out as the record's own entry, the same for every faction), so that what
// compares the lists by identity finds what changed.
import type { Change, KnownCause } from '../../types';

export interface KnownChange {
  readonly turn: number;
  readonly figure: string;
  readonly delta: number;
  readonly cause: KnownCause;
}

const NO_CHANGES: readonly KnownChange[] = Object.freeze([]);
const UNSEEN: KnownCause = Object.freeze({ kind: 'unseen' });

/** What became of an entry taken in. */
const HIDDEN = 0; // a track the faction does not see: left out
const KNOWN = 1;
const SUMMED = 2; // its cause unknown to the faction: in the sum of its month and figure

const byTurnAndFigure = (
  a: { readonly turn: number; readonly figure: string },
  b: { readonly turn: number; readonly figure: string },
) => a.turn - b.turn || (a.figure < b.figure ? -1 : a.figure > b.figure ? 1 : 0);

/** The figures of the tracks in a set of hidden tracks (a faction's, which views keep). */
const hiddenFiguresOf = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** Whether two known changes tell the same (their causes are the record's own objects). */
const same = (a: KnownChange, b: KnownChange) =>
  a.turn === b.turn && a.figure === b.figure && a.delta === b.delta && a.cause === b.cause;

/**
 * Follows one game's record of changes for one faction: the changes whose cause it may know, in
 * the order they were noted, then, per month and figure, one for all the rest (ordered by month
 * and figure, so that nothing of the order the hidden changes came in shows).
 */
export class KnownChanges {
  /** The list last read, the entries of it taken in (in its order, at the length then) and
   *  what became of each. */
  private of: readonly Change[] | null = null;
  private readonly taken: Change[] = [];
  private readonly became: number[] = [];
  /** The changes the faction may know the cause of, among those taken in. */
  private known: KnownChange[] = [];
  /** Known changes handed out before the last list was followed, past what it kept: taken in
   *  again, an entry that tells the same is handed out as the one before (`spare[spareAt]`
   *  on). */
  private spare: readonly KnownChange[] = NO_CHANGES;
  private spareAt = 0;
  /** Per `turn figure`, the sum of the others. */
  private unseen = new Map<string, KnownChange>();
  private unseenSorted: readonly KnownChange[] = NO_CHANGES;
  private out: readonly KnownChange[] = NO_CHANGES;
  private readonly hiddenFigures: ReadonlySet<string>;

  constructor(
    private readonly faction: string,
    hiddenTracks: ReadonlySet<string>,
  ) {
    let figures = hiddenFiguresOf.get(hiddenTracks);
    if (!figures)
      hiddenFiguresOf.set(
        hiddenTracks,
        (figures = new Set([...hiddenTracks].map((id) => `track:${id}`))),
      );
    this.hiddenFigures = figures;
  }

  /** What the faction knows of `changes`, the record of the game it follows. */
  read(changes: readonly Change[]): readonly KnownChange[] {
    let moved = false;
    if (changes !== this.of) moved = this.follow(changes);
    else if (changes.length < this.taken.length) moved = this.follow(changes, true);
    this.of = changes;
    const from = this.taken.length;
    if (from === changes.length && !moved) return this.out;
    let unseenAdded = false;
    let unseenChanged = false;
    for (let i = from; i < changes.length; i++) {
      const c = changes[i]!;
      this.taken.push(c);
      if (this.hiddenFigures.has(c.figure)) {
        this.became.push(HIDDEN);
        continue;
      }
      if (!c.visibleTo || c.visibleTo.includes(this.faction)) {
        this.became.push(KNOWN);
        this.known.push(this.knownOf(c));
      } else {
        this.became.push(SUMMED);
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
    this.spare = NO_CHANGES;
    if (unseenChanged) this.sortUnseen(unseenAdded);
    this.out = this.known.length + this.unseenSorted.length === 0 ? NO_CHANGES : this.list();
    return this.out;
  }

  /** Change `c`, which the faction may know, as handed out: the record's own entry if every
   *  faction may know it, and the one handed out before if it tells the same. */
  private knownOf(c: Change): KnownChange {
    const spare = this.spare;
    while (this.spareAt < spare.length && spare[this.spareAt]!.turn < c.turn) this.spareAt++;
    if (this.spareAt < spare.length && same(spare[this.spareAt]!, c)) return spare[this.spareAt++]!;
    return c.visibleTo === undefined
      ? c
      : { turn: c.turn, figure: c.figure, delta: c.delta, cause: c.cause };
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

  /**
   * Follows a new list `next` (or, `shrunk`, the same list now shorter than what was taken in):
   * what was taken in is cut to what `next` begins with (the entries taken in from some point
   * on, one for one, by identity: the months `next` dropped from its front, and the entries
   * after the first it replaced, are let go); the rest of `next` is then taken in as new. The
   * sums of what the faction does not know are worked out again from what is kept, in its
   * order (as from nothing), their entries the ones before where the sum is the same.
   * Returns whether anything taken in was let go.
   */
  private follow(next: readonly Change[], shrunk = false): boolean {
    const taken = this.taken;
    const became = this.became;
    if (taken.length === 0) return false;
    let drop = 0;
    if (!shrunk) {
      const first = next[0];
      while (drop < taken.length && taken[drop] !== first) drop++;
      // (its first entry replaced: the months before its own are dropped)
      if (drop === taken.length) {
        drop = 0;
        if (first !== undefined)
          while (drop < taken.length && taken[drop]!.turn < first.turn) drop++;
      }
    }
    let kept = 0;
    while (drop + kept < taken.length && kept < next.length && next[kept] === taken[drop + kept])
      kept++;
    if (drop === 0 && kept === taken.length) return false;
    let knownBefore = 0;
    let summedLost = false;
    for (let i = 0; i < drop; i++)
      if (became[i] === KNOWN) knownBefore++;
      else if (became[i] === SUMMED) summedLost = true;
    let knownKept = 0;
    for (let i = drop; i < drop + kept; i++) if (became[i] === KNOWN) knownKept++;
    for (let i = drop + kept; i < taken.length && !summedLost; i++)
      if (became[i] === SUMMED) summedLost = true;
    this.spare = this.known.slice(knownBefore + knownKept);
    this.spareAt = 0;
    this.known = this.known.slice(knownBefore, knownBefore + knownKept);
    taken.splice(drop + kept);
    became.splice(drop + kept);
    taken.splice(0, drop);
    became.splice(0, drop);
    if (summedLost) this.sumAgain();
    return true;
  }

  /** The sums of the changes taken in whose cause the faction does not know, from nothing. */
  private sumAgain(): void {
    const was = this.unseen;
    const sums = new Map<string, KnownChange>();
    for (let i = 0; i < this.taken.length; i++) {
      if (this.became[i] !== SUMMED) continue;
      const c = this.taken[i]!;
      const key = `${c.turn} ${c.figure}`;
      const u = sums.get(key);
      sums.set(key, {
        turn: c.turn,
        figure: c.figure,
        delta: u ? u.delta + c.delta : c.delta,
        cause: UNSEEN,
      });
    }
    // (the entries of sums that did not change stay those handed out)
    for (const [key, u] of sums) {
      const old = was.get(key);
      if (old !== undefined && old.delta === u.delta) sums.set(key, old);
    }
    this.unseen = sums;
    this.unseenSorted = sums.size === 0 ? NO_CHANGES : [...sums.values()].sort(byTurnAndFigure);
  }
}
