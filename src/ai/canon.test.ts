import { describe, expect, it } from 'vitest';
import {
  legalActions,
  parseScenario,
  seedRng,
  generatorFrom,
  initialState,
  viewFor,
} from '../engine';
import { replaceOnce, withEdit } from '../../test/helpers';
import { canonPolicy } from './canon';

describe('the canon policy', () => {
  it('aims a canon order at the places the source timeline names', () => {
    const r = parseScenario(
      withEdit('orders.yaml', (t) =>
        replaceOnce(t, 'until: 1901-12 }', 'until: 1901-12, targets: [north] }'),
      ),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const s = r.scenario;
    const state = initialState(s, 1);
    const legal = legalActions(s, viewFor(s, state, 'blue'));
    // Valid targets are the capital and the north; the month is in the canon window.
    const month = { ...state, turn: 1 };
    for (let seed = 0; seed < 20; seed++) {
      const action = canonPolicy.decide(
        s,
        viewFor(s, month, 'blue'),
        { ...legal, turn: 1 },
        generatorFrom(seedRng(seed)),
      );
      expect(action).toMatchObject({ orders: [{ order: 'subvert', target: 'north' }] });
    }
  });

  it('refuses a canon place that is no region, with a hint', () => {
    const r = parseScenario(
      withEdit('orders.yaml', (t) =>
        replaceOnce(t, 'until: 1901-12 }', 'until: 1901-12, targets: [nort] }'),
      ),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toMatchObject({ code: 'E_UNKNOWN_REF', hint: 'did you mean `north`?' });
  });
});
