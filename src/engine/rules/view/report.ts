// Where the month's report begins in the log: front ends show the report from there, so a game
// just loaded tells its last month as fully as one played through.
import type { GameState, LogEntry } from '../../types';

/** The month a report covers now: while orders are awaited, the month that has just ended (none
 *  before the first); while decisions are pending, and once the game has ended, the month under way. */
export function reportMonth(state: Pick<GameState, 'turn' | 'phase'>): number {
  return state.phase === 'orders' ? state.turn - 1 : state.turn;
}

/** The index of the first log entry of the month `reportMonth` names (entries are in month order). */
export function reportStart(
  state: Pick<GameState, 'turn' | 'phase'> & { readonly log: readonly LogEntry[] },
): number {
  const month = reportMonth(state);
  let i = state.log.length;
  while (i > 0 && state.log[i - 1]!.turn >= month) i--;
  return i;
}
