// A bot's decision, from its seat's view alone: the same in any thread of any process, since it
// depends on nothing but the scenario, the view, the legal actions, the bot's name and the seed
// of its generator (bots.ts, bot-worker.ts).
import { policyByName } from '../../ai';
import {
  generatorFrom,
  seedRng,
  type Action,
  type GameView,
  type Legal,
  type Scenario,
} from '../../engine';

export interface BotTask {
  /** The policy's name (`random`, `priority`, `search`...); an unknown one plays `random`. */
  readonly bot: string;
  readonly view: GameView;
  readonly legal: Legal;
  /** The seed of the generator the policy draws from. */
  readonly seed: number;
}

export function decideHere(scenario: Scenario, task: BotTask): Action {
  const policy =
    policyByName(
      task.bot,
      scenario.tracks.map((t) => t.id),
    ) ?? policyByName('random')!;
  return policy.decide(scenario, task.view, task.legal, generatorFrom(seedRng(task.seed)));
}
