import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  generatorFrom,
  initialState,
  legalActions,
  seedRng,
  stepInPlace,
  viewFor,
  waitingFor,
  type Action,
  type GameState,
} from '../../index';
import { stepLegal } from './legal';
import { randomPolicy } from '../../../ai';
import { loadMini } from '../../../../test/helpers';

const scenario = loadMini();

/** States met along a few random games, each with the faction to act in it. */
function positions(): { state: GameState; faction: string }[] {
  const out: { state: GameState; faction: string }[] = [];
  for (const seed of [1, 2, 3]) {
    const state = initialState(scenario, seed);
    const rng = generatorFrom(seedRng(seed));
    while (state.phase !== 'ended') {
      const faction = waitingFor(scenario, state)[0]!;
      out.push({ state: structuredClone(state), faction });
      const action = randomPolicy.decide(
        scenario,
        viewFor(scenario, state, faction),
        legalActions(scenario, viewFor(scenario, state, faction)),
        rng,
      );
      expect(stepInPlace(scenario, state, action)).toBeNull();
    }
  }
  return out;
}

describe('stepLegal', () => {
  const all = positions();

  it('takes what legalActions lists exactly as stepInPlace does', () => {
    const rng = generatorFrom(seedRng(9));
    for (const { state, faction } of all) {
      const legal = legalActions(scenario, viewFor(scenario, state, faction));
      const action = randomPolicy.decide(scenario, viewFor(scenario, state, faction), legal, rng);
      const trusted = structuredClone(state);
      const checked = structuredClone(state);
      expect(stepLegal(scenario, trusted, legal, action)).toBeNull();
      expect(stepInPlace(scenario, checked, action)).toBeNull();
      expect(trusted).toEqual(checked);
    }
  });

  it('refuses anything else with the error stepInPlace gives, leaving the state as it was', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: all.length - 1 }),
        fc.record({
          type: fc.constantFrom('orders', 'choose', 'x'),
          faction: fc.constantFrom('red', 'blue', 'rebels', 'toString', ''),
          turn: fc.integer({ min: -1, max: 1 }),
          orders: fc.array(
            fc.record({
              order: fc.constantFrom('rally', 'police', 'subvert', 'provoke', 'constructor'),
              target: fc.option(fc.constantFrom('capital', 'north', 'port', '__proto__'), {
                nil: undefined,
              }),
            }),
            { maxLength: 3 },
          ),
          event: fc.constantFrom('reform_debate', 'ultimatum', 'nope'),
          option: fc.constantFrom('accept', 'refuse', 'strike', 'x'),
        }),
        (at, forged) => {
          const { state, faction } = all[at]!;
          const legal = legalActions(scenario, viewFor(scenario, state, faction));
          const action = { ...forged, turn: state.turn + forged.turn } as unknown as Action;
          const trusted = structuredClone(state);
          const checked = structuredClone(state);
          const error = stepInPlace(scenario, checked, action);
          expect(stepLegal(scenario, trusted, legal, action)).toBe(error);
          expect(trusted).toEqual(error ? state : checked);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses orders it lists one by one but the faction cannot pay for together', () => {
    const at = all.find(
      ({ state, faction }) => faction === 'red' && state.phase === 'orders' && state.turn > 0,
    )!;
    const state = structuredClone(at.state);
    state.tracks.gold = 10;
    const legal = legalActions(scenario, viewFor(scenario, state, 'red'));
    const police = legal.orders!.options.find((o) => o.order === 'police');
    expect(police).toBeDefined();
    expect(legal.orders!.options.some((o) => o.order === 'rally')).toBe(true);
    const action: Action = {
      type: 'orders',
      faction: 'red',
      turn: state.turn,
      orders: [{ order: 'police', target: police!.target! }, { order: 'rally' }],
    };
    const copy = structuredClone(state);
    expect(stepLegal(scenario, state, legal, action)).toBe('action/unaffordable');
    expect(state).toEqual(copy);
  });
});
