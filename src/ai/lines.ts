// Lines of orders for the search: the same orders month after month, as a player who keeps to a
// plan gives them. A line is what a faction gave last month (read from its own log) or a set the
// search tries; played on, it gives each of its orders again where it still may and can pay.
import type { Action, GameView, Generator, Legal, Scenario } from '../engine';
import { ordersAction, Spent } from './policy';
import { randomPolicy } from './random';

/** Orders in the order they are given; a target that is no longer offered gives way to the
 *  first the order may aim at. */
export type Line = readonly { readonly order: string; readonly target?: string }[];

/** The orders `faction` gave on month `turn`, in the order it gave them, read from its own log,
 *  which its view holds. */
export function ordersGiven(view: GameView, faction: string, turn: number): Line {
  const out: { order: string; target?: string }[] = [];
  for (const e of view.log)
    if (e.kind === 'order' && e.faction === faction && e.turn === turn)
      out.push(e.target === undefined ? { order: e.order } : { order: e.order, target: e.target });
  return out;
}

/** The orders `faction` gave in the last month it gave any, if that was last month: what it
 *  keeps to if it keeps to its line. */
export function lastLine(view: GameView, faction: string): Line {
  for (let i = view.log.length - 1; i >= 0; i--) {
    const e = view.log[i]!;
    if (e.kind === 'order' && e.faction === faction)
      return e.turn >= view.turn - 1 ? ordersGiven(view, faction, e.turn) : [];
  }
  return [];
}

/** The line's orders this month: each of its orders once, at its target if offered, else at the
 *  first target offered, while slots and purse allow. */
export function lineOrders(view: GameView, legal: Legal, line: Line): Action {
  const orders = legal.orders!;
  const picks: { order: string; target?: string }[] = [];
  const spent = new Spent();
  const used = new Set<string>();
  for (const want of line) {
    if (picks.length >= orders.max) break;
    if (used.has(want.order)) continue;
    const o =
      orders.options.find((x) => x.order === want.order && x.target === want.target) ??
      orders.options.find((x) => x.order === want.order);
    if (!o || !spent.affords(view, o.cost)) continue;
    used.add(o.order);
    spent.spend(o.cost);
    picks.push(o.target === undefined ? { order: o.order } : { order: o.order, target: o.target });
  }
  return ordersAction(legal, picks);
}

/** The line an orders action starts. */
export function lineOf(action: Action): Line {
  return action.type === 'orders' ? action.orders : [];
}

/** An action to weigh, and how the faction gives its orders in the playouts after it: by a line,
 *  or (null) as the priority bot. */
export interface Candidate {
  readonly action: Action;
  readonly line: Line | null;
}

/** The most lines weighed in a month: each costs a playout a round, and a month's playouts
 *  must play every line a few times to tell them apart. */
export const MAX_LINES = 6;

/** A month's lines: the bot's orders played on by the bot (first, if `played`; else the bot's
 *  orders as a line first), the faction's line kept (its line of last month, or its plan), the
 *  bot's orders of this month as a line, and random sets as lines. */
export function lineCandidates(
  scenario: Scenario,
  view: GameView,
  legal: Legal,
  rng: Generator,
  n: number,
  played: Action | undefined,
  kept: Line,
  bots: Action | undefined,
): Candidate[] {
  const out = new Map<string, Candidate>();
  const add = (action: Action, line: Line | null) => {
    const key = `${JSON.stringify(action)}|${line ? JSON.stringify(line) : 'bot'}`;
    if (!out.has(key)) out.set(key, { action, line });
  };
  if (played) add(played, null);
  // a plan starts from the bot's orders; none if it saves, kept, not spent, unless a line clearly
  // beats them: an empty plan is weighed again the next month, so its playouts play on as the bot
  else if (bots) add(bots, lineOf(bots).length ? lineOf(bots) : null);
  if (kept.length) add(lineOrders(view, legal, kept), kept);
  if (bots && lineOf(bots).length) add(bots, lineOf(bots));
  for (let tries = 0; out.size < n && tries < n * 4; tries++) {
    const a = randomPolicy.decide(scenario, view, legal, rng);
    if (lineOf(a).length) add(a, lineOf(a));
  }
  return [...out.values()];
}
