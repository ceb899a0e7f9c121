import { nextInt } from '../engine';
import { affordable, chooseAction, ordersAction, spend, type Policy } from './policy';

/** Plays uniformly at random among legal actions: the baseline every other policy must beat. */
export const randomPolicy: Policy = {
  name: 'random',
  readsHistory: false,
  decide(_scenario, view, legal, rng) {
    const choice = legal.choices[0];
    if (choice)
      return chooseAction(
        legal,
        choice.event,
        choice.options[nextInt(rng, 0, choice.options.length - 1)]!,
      );
    const orders = legal.orders;
    if (!orders)
      throw new Error(`random policy asked to act for ${legal.faction} with nothing to do`);
    const want = nextInt(rng, 0, orders.max);
    const pool = orders.options.slice();
    const picks: { order: string; target?: string }[] = [];
    const spent = new Map<string, number>();
    while (picks.length < want && pool.length > 0) {
      const o = pool.splice(nextInt(rng, 0, pool.length - 1), 1)[0]!;
      if (!affordable(view, spent, o.cost)) continue;
      spend(spent, o.cost);
      picks.push(
        o.target === undefined ? { order: o.order } : { order: o.order, target: o.target },
      );
    }
    return ordersAction(legal, picks);
  },
};
