import { describe, expect, it } from 'vitest';
import { stateHash, type Scenario } from '../engine';
import { priorityPolicy, randomPolicy, type Policy } from '../ai';
import { runCampaign } from './campaign';
import { loadBundled, loadMini } from '../../test/helpers';

const every = (scenario: Scenario, policy: Policy) =>
  Object.fromEntries(scenario.index.playable.map((f) => [f, policy]));

const played = (scenario: Scenario, seed: number, policies: Record<string, Policy>) => {
  const { state, actions } = runCampaign(scenario, seed, policies);
  return { hash: stateHash(state), actions };
};

describe('a campaign', () => {
  it('plays the same on the seats of earlier campaigns as on new ones', () => {
    for (const policy of [randomPolicy, priorityPolicy]) {
      // a scenario loaded afresh has no seats of earlier campaigns
      const fresh = (seed: number) => {
        const s = loadBundled('red-mexico-1945');
        return played(s, seed, every(s, policy));
      };
      const scenario = loadBundled('red-mexico-1945');
      for (let seed = 0; seed < 4; seed++)
        expect(played(scenario, seed, every(scenario, policy))).toEqual(fresh(seed));
    }
  });

  it('played inside a decision of another leaves that decision its own view and actions', () => {
    const scenario = loadMini();
    let decisions = 0;
    let inner = 0;
    // plays a whole campaign of its own before every third decision, then decides as the random
    // policy
    const nesting: Policy = {
      name: 'nesting',
      readsHistory: false,
      decide(s, view, legal, rng) {
        if (decisions++ % 3 === 0) runCampaign(s, 1000 + inner++, every(s, randomPolicy));
        return randomPolicy.decide(s, view, legal, rng);
      },
    };
    for (let seed = 0; seed < 3; seed++) {
      // campaigns played and done leave seats for the next
      played(scenario, seed + 100, every(scenario, nesting));
      expect(played(scenario, seed, every(scenario, nesting))).toEqual(
        played(scenario, seed, every(scenario, randomPolicy)),
      );
    }
    expect(inner).toBeGreaterThan(10);
  });
});
