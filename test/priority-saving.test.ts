// The priority bot saves for an order it prefers while that order is worth it: Moscow keeps its
// networks for an assassin while the Old Man's guard is down, and spends them when the guard is
// up and the attempt would only be taken at the door.
import { describe, expect, it } from 'vitest';
import { loadScenarioDir } from '../src/node/scenario-dir';
import { priorityPolicy } from '../src/ai';
import {
  generatorFrom,
  initialState,
  legalActions,
  seedRng,
  viewFor,
  type GameState,
  type Scenario,
} from '../src/engine';

const loaded = loadScenarioDir('red-mexico-1945');
if (!loaded.ok) throw new Error('red-mexico-1945 does not load');
const scenario: Scenario = loaded.scenario;

/** What Moscow's bot spends of its networks in the first month, with `networks` in hand and the
 *  guard at `guard`. */
function networksSpent(networks: number, guard: number, seed: number): number {
  const start = initialState(scenario, seed);
  const state: GameState = {
    ...start,
    tracks: { ...start.tracks, nkvd_networks: networks, old_man_guard: guard },
  };
  const view = viewFor(scenario, state, 'ussr');
  const action = priorityPolicy.decide(
    scenario,
    view,
    legalActions(scenario, view),
    generatorFrom(seedRng(seed)),
  );
  if (action.type !== 'orders') throw new Error('Moscow has no orders to give');
  let spent = 0;
  for (const o of action.orders)
    spent += scenario.index.order.get(o.order)!.cost.find(([t]) => t === 'nkvd_networks')?.[1] ?? 0;
  return spent;
}

describe("the priority bot's savings", () => {
  it('keeps the price of an assassin while the guard is down, and spends when it is up', () => {
    for (let seed = 1; seed <= 5; seed++) {
      expect(networksSpent(20, 0, seed), `seed ${seed}, guard down`).toBe(0);
      expect(networksSpent(20, 30, seed), `seed ${seed}, guard up`).toBeGreaterThan(0);
      // far from the price, it spends as usual
      expect(networksSpent(10, 0, seed), `seed ${seed}, far from the price`).toBeGreaterThan(0);
    }
  });
});
