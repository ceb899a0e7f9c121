import { believedFromView, routineOrders } from '../engine';
import { chooseAction, ordersAction, type Policy } from './policy';

/** Plays a faction by the routine its scenario writes for it (routines.yaml): the rules in
 *  order, each giving its order at the region it ranks best. The engine plays the routines of
 *  non-playable factions itself; this policy plays a playable faction's, as a scripted probe or
 *  an opponent. For a decision it takes the first option offered. */
export const routinePolicy: Policy = {
  name: 'routine',
  readsHistory: true,
  decide(scenario, view, legal) {
    const choice = legal.choices[0];
    if (choice) return chooseAction(legal, choice.event, choice.options[0]!);
    if (!legal.orders)
      throw new Error(`routine policy asked to act for ${legal.faction} with nothing to do`);
    const routine = scenario.index.routine.get(legal.faction);
    if (!routine) return ordersAction(legal, []);
    const listed = legal.orders.options;
    const picks = routineOrders(scenario, routine, believedFromView(scenario, view))
      .filter((p) => listed.some((o) => o.order === p.order && o.target === p.target))
      .slice(0, legal.orders.max);
    return ordersAction(legal, picks);
  },
};
