// Games of the fixture scenario for the chronicle's tests: played to the end by the canon
// policy, with chosen decisions changed.
import { runCampaign } from '../src/analysis/campaign';
import { canonPolicy, type Policy } from '../src/ai';
import type { GameState, Scenario } from '../src/engine';

/** The canon policy, except at the events named, where it takes the option given. */
export function divergingPolicy(options: Readonly<Record<string, string>>): Policy {
  return {
    name: 'diverging',
    decide(scenario, view, legal, rng) {
      const choice = legal.choices[0];
      const option = choice ? options[choice.event] : undefined;
      if (choice && option !== undefined && choice.options.includes(option))
        return {
          type: 'choose',
          faction: legal.faction,
          turn: legal.turn,
          event: choice.event,
          option,
        };
      return canonPolicy.decide(scenario, view, legal, rng);
    },
  };
}

/** A whole game, every playable faction played canon but for the `options` given. */
export function playGame(
  scenario: Scenario,
  seed: number,
  options: Readonly<Record<string, string>> = {},
): GameState {
  const policy = Object.keys(options).length ? divergingPolicy(options) : canonPolicy;
  return runCampaign(
    scenario,
    seed,
    Object.fromEntries(scenario.index.playable.map((f) => [f, policy])),
  ).state;
}
