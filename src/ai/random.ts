import { nextInt, type OrderChoice } from '../engine';
import { chooseAction, Spent, type Policy } from './policy';

// What one decision works with, made once: a decision calls nothing that decides again.
const spent = new Spent();
/** The places in the legal options of those not drawn yet, in their order. */
let pool = new Int32Array(64);

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
    const { options } = orders;
    let left = options.length;
    if (pool.length < left) pool = new Int32Array(left);
    for (let i = 0; i < left; i++) pool[i] = i;
    const picks: OrderChoice[] = [];
    spent.clear();
    // each draw takes one option out of the pool, the rest keeping their order
    while (picks.length < want && left > 0) {
      const k = nextInt(rng, 0, left - 1);
      const o = options[pool[k]!]!;
      // a loop, not copyWithin: the pool is short, and a call into the runtime costs more
      for (let j = k + 1; j < left; j++) pool[j - 1] = pool[j]!;
      left--;
      if (!spent.affords(view, o.cost)) continue;
      spent.spend(o.cost);
      picks.push(
        o.target === undefined ? { order: o.order } : { order: o.order, target: o.target },
      );
    }
    return { type: 'orders', faction: legal.faction, turn: legal.turn, orders: picks };
  },
};
