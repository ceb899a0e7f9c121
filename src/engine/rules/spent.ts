// What a decision's picks of orders spend, track by track.

/** What the picks of one decision spend, track by track, in two short lists (a decision's picks
 *  touch a few tracks), which a bot or a routine may empty for its next decision. The lists are
 *  never shortened, only their first `n` read: emptying an array by its length costs a call into
 *  the runtime and a new backing store at the next push. */
export class Spent {
  private readonly tracks: string[] = [];
  private readonly amounts: number[] = [];
  private n = 0;

  /** Empties it, for another decision. */
  clear(): this {
    this.n = 0;
    return this;
  }

  private at(track: string): number {
    const { tracks, n } = this;
    for (let i = 0; i < n; i++) if (tracks[i] === track) return i;
    return -1;
  }

  get(track: string): number {
    const i = this.at(track);
    return i < 0 ? 0 : this.amounts[i]!;
  }

  set(track: string, amount: number): void {
    const i = this.at(track);
    if (i >= 0) this.amounts[i] = amount;
    else this.append(track, amount);
  }

  private append(track: string, amount: number): void {
    const n = this.n++;
    if (n < this.tracks.length) {
      this.tracks[n] = track;
      this.amounts[n] = amount;
    } else {
      this.tracks.push(track);
      this.amounts.push(amount);
    }
  }

  /** Whether adding `cost` to what is spent stays within the faction's tracks (as its view or
   *  its belief holds them). */
  affords(
    holder: { readonly tracks: Readonly<Record<string, number>> },
    cost: readonly (readonly [string, number])[],
  ): boolean {
    for (let i = 0; i < cost.length; i++) {
      const entry = cost[i]!;
      const track = entry[0];
      const at = this.n === 0 ? -1 : this.at(track);
      const spent = at < 0 ? 0 : this.amounts[at]!;
      // `!(… <= …)` rather than `>`: a NaN amount is unaffordable.
      if (!(spent + entry[1] <= (holder.tracks[track] ?? 0))) return false;
    }
    return true;
  }

  spend(cost: readonly (readonly [string, number])[]): void {
    for (let i = 0; i < cost.length; i++) {
      const entry = cost[i]!;
      const at = this.at(entry[0]);
      if (at >= 0) this.amounts[at] = this.amounts[at]! + entry[1];
      else this.append(entry[0], 0 + entry[1]);
    }
  }
}
