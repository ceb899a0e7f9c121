import { describe, expect, it } from 'vitest';
import { keepNoChanges, keepsChanges } from './ledger';
import { cloneState, initialState, stateHash } from '../../index';
import { runCampaign } from '../../../analysis/campaign';
import { POLICIES } from '../../../ai';
import { loadBundled, loadMini } from '../../../../test/helpers';

describe('a game that keeps no record of changes', () => {
  it('is the same game, bit for bit, with an empty record', () => {
    for (const scenario of [loadMini(), loadBundled('red-mexico-1945')])
      for (const name of scenario.ai.length
        ? ['random', 'priority', 'canon']
        : ['random', 'canon']) {
        const policy = POLICIES.get(name)!;
        const policies = Object.fromEntries(scenario.index.playable.map((f) => [f, policy]));
        for (let seed = 1; seed <= 8; seed++) {
          let recorded = 0;
          const kept = runCampaign(
            scenario,
            seed,
            policies,
            undefined,
            (s) => {
              recorded += s.changes.length;
            },
            { changes: true },
          );
          const bare = runCampaign(scenario, seed, policies, undefined, (s) => {
            expect(s.changes).toEqual([]);
          });
          expect(recorded).toBeGreaterThan(0);
          expect(bare.actions).toEqual(kept.actions);
          expect(bare.state.log).toEqual(kept.state.log);
          expect(stateHash(bare.state)).toBe(stateHash(kept.state));
        }
      }
  });

  it('is a mark of that state alone: its copies keep their record again', () => {
    const state = initialState(loadMini(), 1);
    keepNoChanges(state);
    expect(keepsChanges(state)).toBe(false);
    expect(keepsChanges(cloneState(state))).toBe(true);
  });
});
