// Simple scripted temperaments, used to probe a scenario's balance: a faction that does nothing,
// and one that always pushes one track up or down as far as the immediate effects go.
import type { Effect, Scenario } from '../engine';
import { chooseAction, ordersAction, Spent, type Policy } from './policy';

/** Gives no orders, and at each decision takes the option with the fewest effects. */
export const passivePolicy: Policy = {
  name: 'passive',
  readsHistory: false,
  decide(scenario, _view, legal) {
    const choice = legal.choices[0];
    if (!choice) return ordersAction(legal, []);
    const event = scenario.index.event.get(choice.event)!;
    const options = event.choices.filter((c) => choice.options.includes(c.id));
    const quietest = options.reduce((a, b) =>
      countEffects(b.effects) < countEffects(a.effects) ? b : a,
    );
    return chooseAction(legal, choice.event, quietest.id);
  },
};

function countEffects(effects: readonly Effect[]): number {
  return effects.reduce(
    (n, e) =>
      n +
      (e.op === 'chance' || e.op === 'if'
        ? countEffects(e.then) + countEffects(e.else)
        : 'entries' in e
          ? e.entries.length
          : 1),
    0,
  );
}

/** The constant change effects make to a track (ignoring chance and conditions). */
function delta(effects: readonly Effect[], track: string): number {
  let d = 0;
  for (const e of effects) {
    if (e.op === 'add')
      for (const [id, n] of e.entries) if (id === track && n.constant !== null) d += n.constant;
    if (e.op === 'chance' && e.p.constant !== null)
      d += e.p.constant * delta(e.then, track) + (1 - e.p.constant) * delta(e.else, track);
  }
  return d;
}

/** Always picks what moves `track` furthest in `direction` (+1 up, -1 down). */
export function greedyPolicy(track: string, direction: 1 | -1): Policy {
  return {
    name: `greedy:${track}${direction > 0 ? '+' : '-'}`,
    decide(scenario: Scenario, view, legal) {
      const choice = legal.choices[0];
      if (choice) {
        const event = scenario.index.event.get(choice.event)!;
        const options = event.choices.filter((c) => choice.options.includes(c.id));
        const best = options.reduce((a, b) =>
          direction * delta(b.effects, track) > direction * delta(a.effects, track) ? b : a,
        );
        return chooseAction(legal, choice.event, best.id);
      }
      const orders = legal.orders!;
      const ranked = orders.options
        .map((o) => ({
          o,
          score: direction * delta(scenario.index.order.get(o.order)!.effects, track),
        }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score);
      const picks: { order: string; target?: string }[] = [];
      const spent = new Spent();
      const used = new Set<string>();
      for (const { o } of ranked) {
        if (picks.length >= orders.max) break;
        if (used.has(o.order) || !spent.affords(view, o.cost)) continue;
        used.add(o.order);
        spent.spend(o.cost);
        picks.push(
          o.target === undefined ? { order: o.order } : { order: o.order, target: o.target },
        );
      }
      return ordersAction(legal, picks);
    },
  };
}
