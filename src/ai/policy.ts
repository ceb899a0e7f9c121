// A policy decides for one faction from that faction's view only.
import type { Action, GameView, Generator, Legal, Scenario } from '../engine';

export interface Policy {
  readonly name: string;
  /** Picks an action among the legal ones. `rng` belongs to the policy, not to the game. */
  decide(scenario: Scenario, view: GameView, legal: Legal, rng: Generator): Action;
  /** The same choice, with the reasons for it, for policies that can give them. */
  explain?(scenario: Scenario, view: GameView, legal: Legal, rng: Generator): Decision;
  /** False for a policy that never reads the view's history (`log`, `fired`, `chosen`):
   *  simulations then hand it views without one, which is cheaper to keep up. */
  readonly readsHistory?: boolean;
}

export interface Decision {
  readonly action: Action;
  /** One line per order or choice: what it is expected to bring. */
  readonly reasons: readonly string[];
}

/** Turns a set of chosen options into an orders action. */
export function ordersAction(
  legal: Legal,
  picks: readonly { order: string; target?: string }[],
): Action {
  return {
    type: 'orders',
    faction: legal.faction,
    turn: legal.turn,
    orders: picks.map((p) =>
      p.target === undefined ? { order: p.order } : { order: p.order, target: p.target },
    ),
  };
}

export function chooseAction(legal: Legal, event: string, option: string): Action {
  return { type: 'choose', faction: legal.faction, turn: legal.turn, event, option };
}

/** What the picks of one decision spend, track by track, in two short lists (a decision's picks
 *  touch a few tracks), which a bot may empty for its next decision. */
export class Spent {
  private readonly tracks: string[] = [];
  private readonly amounts: number[] = [];

  /** Empties it, for another decision. */
  clear(): this {
    this.tracks.length = 0;
    this.amounts.length = 0;
    return this;
  }

  get(track: string): number {
    const i = this.tracks.indexOf(track);
    return i < 0 ? 0 : this.amounts[i]!;
  }

  set(track: string, amount: number): void {
    const i = this.tracks.indexOf(track);
    if (i >= 0) this.amounts[i] = amount;
    else {
      this.tracks.push(track);
      this.amounts.push(amount);
    }
  }

  /** Whether adding `cost` to what is spent stays within the faction's tracks. */
  affords(view: GameView, cost: readonly (readonly [string, number])[]): boolean {
    for (let i = 0; i < cost.length; i++) {
      const [track, amount] = cost[i]!;
      // `!(… <= …)` rather than `>`: a NaN amount is unaffordable.
      if (!(this.get(track) + amount <= (view.tracks[track] ?? 0))) return false;
    }
    return true;
  }

  spend(cost: readonly (readonly [string, number])[]): void {
    for (let i = 0; i < cost.length; i++) {
      const [track, amount] = cost[i]!;
      this.set(track, this.get(track) + amount);
    }
  }
}
