import { describe, expect, it } from 'vitest';
import { viewFor, type GameState } from '../../index';
import { runCampaign } from '../../../analysis/campaign';
import { canonPolicy } from '../../../ai';
import { loadMini } from '../../../../test/helpers';

const scenario = loadMini();

describe("a covert order's changes", () => {
  it('are named to the others once it is exposed, and stay unnamed until then', () => {
    const seen = { exposed: 0, secret: 0 };
    const observe = (state: GameState) => {
      const red = viewFor(scenario, state, 'red');
      for (const e of state.log) {
        if (e.kind !== 'order' || e.order !== 'subvert' || e.turn < state.turn - 1) continue;
        const own = state.changes.some(
          (c) => c.turn === e.turn && c.cause.kind === 'order' && c.cause.target === e.target,
        );
        if (!own) continue;
        const exposed = state.log.some(
          (x) => x.kind === 'exposed' && x.turn === e.turn && x.target === e.target,
        );
        const named = red.changes.filter(
          (c) =>
            c.turn === e.turn &&
            c.cause.kind === 'order' &&
            c.cause.order === 'subvert' &&
            c.cause.target === e.target,
        );
        expect(named.length > 0, `turn ${e.turn}, ${e.target}`).toBe(exposed);
        // what it did is the same figure, by the same amount, as blue knows it
        if (exposed)
          expect(named.map((c) => [c.figure, c.delta])).toEqual(
            viewFor(scenario, state, 'blue')
              .changes.filter(
                (c) => c.turn === e.turn && c.cause.kind === 'order' && c.cause.target === e.target,
              )
              .map((c) => [c.figure, c.delta]),
          );
        seen[exposed ? 'exposed' : 'secret']++;
      }
    };
    const policies = Object.fromEntries(scenario.index.playable.map((f) => [f, canonPolicy]));
    for (let seed = 1; seed <= 12; seed++)
      runCampaign(scenario, seed, policies, undefined, observe, { changes: true });
    expect(seen.exposed).toBeGreaterThan(0);
    expect(seen.secret).toBeGreaterThan(0);
  });
});
