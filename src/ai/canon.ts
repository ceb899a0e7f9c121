import { nextInt, turnStep, turnTick } from '../engine';
import { chooseAction, ordersAction, Spent, type Policy } from './policy';

/** Plays the source timeline: the canon option of every decision, and the orders the scenario
 *  marks as given in that month of the source timeline (a target drawn among the valid ones). */
export const canonPolicy: Policy = {
  name: 'canon',
  readsHistory: false,
  decide(scenario, view, legal, rng) {
    const choice = legal.choices[0];
    if (choice) {
      const event = scenario.index.event.get(choice.event);
      const canon = event?.choices.find((c) => c.canon && choice.options.includes(c.id));
      return chooseAction(legal, choice.event, canon?.id ?? choice.options[0]!);
    }
    const orders = legal.orders;
    if (!orders)
      throw new Error(`canon policy asked to act for ${legal.faction} with nothing to do`);
    // The turn's first and last ticks: a canon window counts if it meets the turn.
    const month = turnTick(scenario, view.turn);
    const last = month + turnStep(scenario.calendar) - 1;
    const picks: { order: string; target?: string }[] = [];
    const spent = new Spent();
    for (const def of scenario.orders) {
      if (picks.length >= orders.max) break;
      if (
        def.faction !== legal.faction ||
        !def.canon ||
        last < def.canon.from ||
        month > def.canon.until
      )
        continue;
      // Where the source timeline aimed it, when the scenario says and one of them is valid.
      const all = orders.options.filter((o) => o.order === def.id);
      const places = def.canon.targets;
      const named = places ? all.filter((o) => places.includes(o.target ?? '')) : [];
      const options = named.length ? named : all;
      if (options.length === 0) continue;
      const o = options[nextInt(rng, 0, options.length - 1)]!;
      if (!spent.affords(view, o.cost)) continue;
      spent.spend(o.cost);
      picks.push(
        o.target === undefined ? { order: o.order } : { order: o.order, target: o.target },
      );
    }
    return ordersAction(legal, picks);
  },
};
