import { describe, expect, it } from 'vitest';
import {
  generatorFrom,
  initialState,
  legalActions,
  seedRng,
  stepInPlace,
  viewFor,
  waitingFor,
} from '../engine';
import { runCampaign } from '../analysis/campaign';
import { plotScenario } from '../../test/plot-scenario';
import { priorityPolicy, randomPolicy } from './index';
import { decideBySearch, searchPolicy } from './search';
import { lastLine, lineOrders } from './lines';

const budget = { candidates: 8, playouts: 60 };

describe('lines of orders', () => {
  const scenario = plotScenario();

  it('finds a road that pays only when kept to, which the bot and the search of decisions miss', () => {
    const state = initialState(scenario, 5);
    const view = viewFor(scenario, state, 'red');
    const legal = legalActions(scenario, view);
    const rng = () => generatorFrom(seedRng(2));
    const bot = priorityPolicy.decide(scenario, view, legal, rng());
    const plots = (a: { type: string; orders?: readonly { order: string }[] }) =>
      a.type === 'orders' && a.orders!.some((o) => o.order === 'plot');
    expect(plots(bot)).toBe(false);
    expect(plots(decideBySearch(scenario, view, legal, rng(), budget).action)).toBe(false);
    expect(
      plots(decideBySearch(scenario, view, legal, rng(), { ...budget, lines: 10_000 }).action),
    ).toBe(true);
  });

  it('wins by the road over whole games, the same way for the same seed', () => {
    const lines = searchPolicy('lines', { ...budget, lines: 10_000 });
    const plain = searchPolicy('plain', budget);
    for (const seed of [1, 2]) {
      const a = runCampaign(scenario, seed, { red: lines, blue: randomPolicy });
      const b = runCampaign(scenario, seed, { red: lines, blue: randomPolicy });
      expect(a.state.ending).toBe('coup');
      expect(a.actions).toEqual(b.actions);
      expect(runCampaign(scenario, seed, { red: plain, blue: randomPolicy }).state.ending).not.toBe(
        'coup',
      );
    }
  });

  it('reads the line a faction gave last month from its own log, and gives it again', () => {
    const state = initialState(scenario, 5);
    const red = () => viewFor(scenario, state, 'red');
    const first = lineOrders(red(), legalActions(scenario, red()), [
      { order: 'plot' },
      { order: 'rally' },
    ]);
    expect(first).toMatchObject({ orders: [{ order: 'plot' }, { order: 'rally' }] });
    expect(lastLine(red(), 'red')).toEqual([]);
    const rng = generatorFrom(seedRng(1));
    while (state.turn === 0) {
      const f = waitingFor(scenario, state)[0]!;
      const v = viewFor(scenario, state, f);
      const error = stepInPlace(
        scenario,
        state,
        f === 'red' ? first : randomPolicy.decide(scenario, v, legalActions(scenario, v), rng),
      );
      if (error) throw new Error(error);
    }
    expect(lastLine(red(), 'red')).toEqual([{ order: 'plot' }, { order: 'rally' }]);
  });
});
