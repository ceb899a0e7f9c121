// Red Mexico's forces that no one plays act by their routines, each where its region tags allow,
// and the canon line aims its orders at the places the seed names.
import { describe, expect, it } from 'vitest';
import { loadScenarioDir } from '../src/node/scenario-dir';
import { type Scenario } from '../src/engine';
import { runCampaign } from '../src/analysis/campaign';
import { canonPolicy, randomPolicy, type Policy } from '../src/ai';

const loaded = loadScenarioDir('red-mexico-1945');
if (!loaded.ok) throw new Error('red-mexico-1945 does not load');
const scenario: Scenario = loaded.scenario;
const lineup = (p: Policy) => Object.fromEntries(scenario.index.playable.map((f) => [f, p]));

/** The tags a force's orders may be aimed by: one of them on every region it targets. */
const FORCE_TAGS: Readonly<Record<string, readonly string[]>> = {
  catholic_right: ['catholic', 'capital'],
  insurgents: ['border', 'north', 'industry', 'refinery', 'mountains'],
  revolutionaries: ['abroad', 'port'],
};

/** The seed: the faithful's money to Guadalajara, Mérida and the northern towns; the insurgents'
 * arms and the punitive columns to the border. */
const SEED_PLACES: Readonly<Record<string, readonly string[]>> = {
  fund_the_faithful: ['guadalajara', 'merida', 'northern_towns'],
  arm_the_insurgents: ['chihuahua', 'sonora', 'ciudad_juarez'],
  punitive_column: ['chihuahua', 'sonora', 'ciudad_juarez', 'northern_towns'],
};

describe('red-mexico-1945: the forces no one plays', () => {
  it('act every campaign, each only where its tags allow', () => {
    const given: Record<string, number> = {};
    for (const [policy, seeds] of [
      [canonPolicy, [1, 2]],
      [randomPolicy, [1, 2, 3, 4]],
    ] as const)
      for (const seed of seeds) {
        const { state } = runCampaign(scenario, seed, lineup(policy));
        for (const e of state.log) {
          if (e.kind !== 'order' || !(e.faction in FORCE_TAGS)) continue;
          given[e.faction] = (given[e.faction] ?? 0) + 1;
          const tags = scenario.index.region.get(e.target!)!.tags;
          expect(
            FORCE_TAGS[e.faction]!.some((t) => tags.includes(t)),
            `${e.faction}: ${e.order} at ${e.target}`,
          ).toBe(true);
        }
      }
    for (const force of Object.keys(FORCE_TAGS))
      expect(given[force] ?? 0, force).toBeGreaterThan(6);
  });

  it('on the canon line, aims the money, the arms and the columns at the seed’s places', () => {
    for (const [order, places] of Object.entries(SEED_PLACES))
      expect(scenario.index.order.get(order)!.canon!.targets).toEqual(places);
    const aimed: Record<string, [number, number]> = {};
    for (const seed of [1, 2, 3]) {
      const { state } = runCampaign(scenario, seed, lineup(canonPolicy));
      for (const e of state.log) {
        if (e.kind !== 'order' || !(e.order in SEED_PLACES)) continue;
        const canon = scenario.index.order.get(e.order)!.canon!;
        const month = scenario.start + e.turn;
        if (month < canon.from || month > canon.until) continue;
        const tally = (aimed[e.order] ??= [0, 0]);
        tally[1]++;
        if (SEED_PLACES[e.order]!.includes(e.target!)) tally[0]++;
      }
    }
    for (const order of Object.keys(SEED_PLACES)) {
      const [atSeedPlaces, all] = aimed[order] ?? [0, 0];
      expect(all, order).toBeGreaterThan(10);
      expect(atSeedPlaces / all, order).toBeGreaterThanOrEqual(0.9);
    }
  });
});
