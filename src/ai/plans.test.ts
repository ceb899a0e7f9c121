import { describe, expect, it } from 'vitest';
import { generatorFrom, legalActions, seedRng, type Action } from '../engine';
import { runCampaign } from '../analysis/campaign';
import { plotScenario } from '../../test/plot-scenario';
import { randomPolicy } from './index';
import { decideBySearch, searchPolicy } from './search';
import { heldPlan, lastPlan } from './plans';
import { lineOrders } from './lines';

const budget = { candidates: 8, playouts: 60 };
const EVERY = 4;
const planned = { ...budget, lines: 10_000, plan: EVERY };

const ordersOf = (a: Action) => (a.type === 'orders' ? a.orders : null);

describe('plans of orders', () => {
  const scenario = plotScenario();

  it('wins by a road that pays only when kept to, the same way for the same seed', () => {
    const plan = searchPolicy('plan', planned);
    const plain = searchPolicy('plain', budget);
    for (const seed of [1, 2]) {
      const a = runCampaign(scenario, seed, { red: plan, blue: randomPolicy });
      expect(a.state.ending).toBe('coup');
      expect(runCampaign(scenario, seed, { red: plan, blue: randomPolicy }).actions).toEqual(
        a.actions,
      );
      expect(runCampaign(scenario, seed, { red: plain, blue: randomPolicy }).state.ending).not.toBe(
        'coup',
      );
    }
  });

  it("keeps the season's plan, read from its own log, without weighing anything", () => {
    const plan = searchPolicy('plan', planned);
    const { state, actions } = runCampaign(scenario, 3, { red: plan, blue: randomPolicy });
    expect(state.ending).toBe('coup');
    const red = actions.filter((a) => a.type === 'orders' && a.faction === 'red');
    const seasons = new Map<number, Action>();
    let kept = 0;
    for (const a of red) {
      const season = a.turn - (a.turn % EVERY);
      const first = seasons.get(season);
      if (!first) seasons.set(season, a);
      // the plot and the rally together cost 9 gold: a month short of it gives what it can
      else if (ordersOf(a)!.length === ordersOf(first)!.length) {
        expect(ordersOf(a)).toEqual(ordersOf(first));
        kept++;
      }
    }
    expect(kept).toBeGreaterThan(0);
  });

  it('gives the plan in a month within its season whatever its dice, and plans again at the turn', () => {
    const plan = searchPolicy('plan', planned);
    let checked = 0;
    runCampaign(scenario, 4, {
      blue: randomPolicy,
      red: {
        name: 'watched',
        decide(sc, view, legal, rng) {
          if (!legal.choices.length && view.turn % EVERY !== 0) {
            const held = heldPlan(view, 'red', EVERY);
            if (held) {
              expect(lastPlan(view, 'red', EVERY)).toEqual(held);
              const a = decideBySearch(sc, view, legal, generatorFrom(seedRng(1)), planned);
              const b = decideBySearch(sc, view, legal, generatorFrom(seedRng(99)), planned);
              expect(a.action).toEqual(b.action);
              expect(a.action).toEqual(lineOrders(view, legal, held));
              expect(a.values).toEqual([{ action: a.action, mean: 0, visits: 0 }]);
              checked++;
            }
          }
          if (!legal.choices.length && view.turn % EVERY === 0)
            expect(heldPlan(view, 'red', EVERY)).toBeNull();
          return plan.decide(sc, view, legalActions(sc, view), rng);
        },
      },
    });
    expect(checked).toBeGreaterThan(0);
  });
});
