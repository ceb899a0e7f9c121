// What an ending scores a faction. A score may be an expression of the last month: it is read on
// what that faction believes (others' private tracks as 0, events hidden from it as not fired), so
// the score a faction is told never rests on what it cannot see. Every reader of a score (the end
// screens, the search's playouts, the probes and benches) goes through here.
import { believedFromState, believedFromView } from '../rules/month/routines';
import type { GameView } from '../rules/view/view';
import type { EndingDef, GameState, ReadableState, Scenario } from '../types';

/** The score of `ending` for `faction` had the game ended in `state` (0..100, a whole number;
 *  0 for a faction the ending does not score). */
export function scoreAt(
  scenario: Scenario,
  ending: EndingDef,
  state: GameState,
  faction: string,
): number {
  return scoreOn(scenario, ending, faction, () => believedFromState(scenario, state, faction));
}

/** The same, on what a faction already believes (its ending warnings: the score were the game
 *  to end now). */
export function scoreBelieved(
  scenario: Scenario,
  ending: EndingDef,
  believed: ReadableState,
  faction: string,
): number {
  return scoreOn(scenario, ending, faction, () => believed);
}

/** The score, on the faction's beliefs, worked out only for a score that is not a number. */
function scoreOn(
  scenario: Scenario,
  ending: EndingDef,
  faction: string,
  believed: () => ReadableState,
): number {
  const s = ending.score[faction];
  if (!s) return 0;
  if (s.value.constant !== null) return s.value.constant;
  const x = s.value.run({ scenario, state: believed(), target: null });
  // NaN cannot arise from a checked expression's arithmetic on finite tracks, but a score is
  // shown and averaged: it is held to 0..100 and never NaN
  return Number.isFinite(x) ? Math.round(Math.min(100, Math.max(0, x))) : s.low;
}

/** The score of a game that has ended for `faction`, or null while it goes on. */
export function endingScore(scenario: Scenario, state: GameState, faction: string): number | null {
  if (state.ending === null) return null;
  const ending = scenario.index.ending.get(state.ending);
  return ending ? scoreAt(scenario, ending, state, faction) : null;
}

/** The score of a game that has ended, for the faction whose view it is (what the end screens
 *  show): the same as `endingScore` of the state, from the view alone. */
export function viewedScore(scenario: Scenario, view: GameView): number | null {
  if (view.ending === null) return null;
  const ending = scenario.index.ending.get(view.ending);
  return ending
    ? scoreBelieved(scenario, ending, believedFromView(scenario, view), view.viewer)
    : null;
}
