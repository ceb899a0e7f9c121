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

// What a decision's picks spend: the engine's tally, which its routines use too.
export { Spent } from '../engine';
