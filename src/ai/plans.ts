// Plans for the search: a line of orders kept for a season of months, as a player who has settled
// on a course keeps to it, and weighed again only at the season's turn. A plan is not stored
// anywhere but in the faction's own log: it is the orders the faction gave in the first month of
// the season in which it gave any, so a game saved and loaded resumes with the same plan.
import type { GameView } from '../engine';
import { ordersGiven, type Line } from './lines';

/** The orders `faction` gave in the first month from `from` to the month before this one in
 *  which it gave any, from its own log; empty if it gave none. */
function firstOrdersSince(view: GameView, faction: string, from: number): Line {
  const first = view.log.find(
    (e) => e.kind === 'order' && e.faction === faction && e.turn >= from && e.turn < view.turn,
  );
  return first ? ordersGiven(view, faction, first.turn) : [];
}

/** The first month of the season `turn` falls in, seasons being `every` months from the first. */
export const seasonOf = (turn: number, every: number) => turn - (turn % every);

/** The plan `faction` keeps to this month: the line it set this season, if it set one before this
 *  month; null at the season's turn, or if it has given no orders this season yet (then it plans
 *  again). */
export function heldPlan(view: GameView, faction: string, every: number): Line | null {
  const from = seasonOf(view.turn, every);
  if (from === view.turn) return null;
  const line = firstOrdersSince(view, faction, from);
  return line.length ? line : null;
}

/** The plan `faction` kept last season (or has kept this season so far), the line to keep unless
 *  another clearly beats it when it plans again. */
export function lastPlan(view: GameView, faction: string, every: number): Line {
  const season = seasonOf(view.turn, every);
  const now = firstOrdersSince(view, faction, season);
  if (now.length) return now;
  return season > 0 ? firstOrdersSince(view, faction, seasonOf(season - 1, every)) : [];
}
