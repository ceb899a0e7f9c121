// Reachability by search: plays seeded campaigns until every ending and every event has been
// reached by ordinary play, and keeps one playthrough (seed + actions) for each.
import type { Action, Scenario } from '../engine';
import { canonPolicy, randomPolicy, type Policy } from '../ai';
import { runCampaign } from './campaign';

export interface Playthrough {
  readonly seed: number;
  readonly actions: readonly Action[];
  readonly policies: Readonly<Record<string, string>>;
}

export interface Reach {
  readonly endings: ReadonlyMap<string, Playthrough>;
  readonly events: ReadonlyMap<string, Playthrough>;
  readonly unreachedEndings: readonly string[];
  readonly unreachedEvents: readonly string[];
  readonly runs: number;
}

/** Tries each line-up of policies in turn, seed after seed, until everything is reached or
 *  `maxRuns` campaigns have been played. */
export function searchReach(
  scenario: Scenario,
  lineups: readonly Readonly<Record<string, Policy>>[],
  maxRuns: number,
  firstSeed = 1,
): Reach {
  const endings = new Map<string, Playthrough>();
  const events = new Map<string, Playthrough>();
  const allEndings = scenario.endings.map((e) => e.id);
  const allEvents = scenario.events.map((e) => e.id);
  let runs = 0;
  while (runs < maxRuns && (endings.size < allEndings.length || events.size < allEvents.length)) {
    const lineup = lineups[runs % lineups.length]!;
    const seed = firstSeed + runs;
    const { state, actions } = runCampaign(scenario, seed, lineup);
    runs++;
    const playthrough: Playthrough = {
      seed,
      actions,
      policies: Object.fromEntries(Object.entries(lineup).map(([f, p]) => [f, p.name])),
    };
    if (state.ending && !endings.has(state.ending)) endings.set(state.ending, playthrough);
    for (const id in state.fired) if (!events.has(id)) events.set(id, playthrough);
  }
  return {
    endings,
    events,
    unreachedEndings: allEndings.filter((e) => !endings.has(e)),
    unreachedEvents: allEvents.filter((e) => !events.has(e)),
    runs,
  };
}

/** Line-ups that between them wander far: everyone random; each faction on the canon line
 *  against random opponents; each faction random against the canon line; everyone canon. */
export function reachLineups(scenario: Scenario): Readonly<Record<string, Policy>>[] {
  const factions = scenario.index.playable;
  const all = (p: Policy) => Object.fromEntries(factions.map((f) => [f, p]));
  return [
    all(randomPolicy),
    ...factions.map((f) => ({ ...all(randomPolicy), [f]: canonPolicy })),
    ...factions.map((f) => ({ ...all(canonPolicy), [f]: randomPolicy })),
    all(canonPolicy),
  ];
}
