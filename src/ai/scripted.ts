// Scripted strategies for balance probes: a faction that plays one line whatever happens. They
// answer "does one simple line dominate?" and "what do the two sides of a dilemma score?".
import type { Effect, Legal, Scenario } from '../engine';
import { chooseAction, type Policy } from './policy';
import { lineOrders, type Line } from './lines';
import { priorityPolicy } from './priority/priority';

/** What a set of effects does to the game's flags and tracks, in the simplest reading: every
 *  flag it may set true, and the constant change it makes to each track (chance-weighted). */
export interface Reading {
  readonly raises: ReadonlySet<string>;
  readonly delta: (track: string) => number;
}

function read(effects: readonly Effect[]): Reading {
  const raises = new Set<string>();
  const deltas = new Map<string, number>();
  const walk = (list: readonly Effect[], w: number) => {
    for (const e of list) {
      if (e.op === 'add')
        for (const [id, n] of e.entries)
          if (n.constant !== null) deltas.set(id, (deltas.get(id) ?? 0) + w * n.constant);
      if (e.op === 'set') for (const [id, v] of e.flags) if (v) raises.add(id);
      if (e.op === 'chance') {
        const p = e.p.constant ?? 0.5;
        walk(e.then, w * p);
        walk(e.else, w * (1 - p));
      }
      if (e.op === 'if') {
        walk(e.then, w * 0.5);
        walk(e.else, w * 0.5);
      }
    }
  };
  walk(effects, 1);
  return { raises, delta: (t) => deltas.get(t) ?? 0 };
}

function optionEffects(scenario: Scenario, event: string, option: string): readonly Effect[] {
  return scenario.index.event.get(event)!.choices.find((c) => c.id === option)!.effects;
}

/** Whether an option or order is off limits to a strategy. */
export type Veto = (reading: Reading) => boolean;

/** The priority bot, forbidden what `veto` rules out (unless every option of a decision is
 *  ruled out: then it keeps them all). */
export function restrictedPolicy(name: string, veto: Veto, base: Policy = priorityPolicy): Policy {
  return {
    name,
    decide(scenario, view, legal, rng) {
      const filtered: Legal = {
        ...legal,
        choices: legal.choices.map((c) => {
          const kept = c.options.filter((o) => !veto(read(optionEffects(scenario, c.event, o))));
          return { event: c.event, options: kept.length ? kept : c.options };
        }),
        orders: legal.orders && {
          max: legal.orders.max,
          options: legal.orders.options.filter(
            (o) => !veto(read(scenario.index.order.get(o.order)!.effects)),
          ),
        },
      };
      return base.decide(scenario, view, filtered, rng);
    },
  };
}

/** The same kind of option at every decision (the `pick`-th offered, counted from the end when
 *  negative) and the same orders every month, in the order given, each at the first region it
 *  may aim at. */
export function fixedPolicy(name: string, pick: number, orders: readonly string[]): Policy {
  // no target named: each order at the first region it may aim at
  const line: Line = orders.map((order) => ({ order }));
  return {
    name,
    readsHistory: false,
    decide(_scenario, view, legal) {
      const choice = legal.choices[0];
      if (choice) {
        const n = choice.options.length;
        const i = Math.max(0, Math.min(n - 1, pick < 0 ? n + pick : pick));
        return chooseAction(legal, choice.event, choice.options[i]!);
      }
      return lineOrders(view, legal, line);
    },
  };
}

/** Flags that mark the repressive side of Mexico's dilemma. */
export const REPRESSION = ['martial_law', 'crimson_terror', 'press_silenced', 'red_army'] as const;

/** Mexico's free line: no repressive measure, nothing that costs democracy 5 points or more. */
export const freeMexico = restrictedPolicy(
  'free',
  (r) => r.delta('democracy') <= -5 || REPRESSION.some((f) => r.raises.has(f)),
);

/** Mexico's iron line: at every decision a repressive option when there is one (one that sets a
 *  repressive flag or costs democracy 5 points or more), else the priority bot's choice; the
 *  priority bot's orders, never one that raises democracy or undoes a repressive measure. */
const repressive: Veto = (r) =>
  r.delta('democracy') <= -5 || REPRESSION.some((f) => r.raises.has(f));
export const ironMexico = restrictedPolicy('iron', (r) => r.delta('democracy') > 0, {
  name: 'iron-choices',
  decide(scenario, view, legal, rng) {
    const choices = legal.choices.map((c) => {
      const hard = c.options.filter((o) => repressive(read(optionEffects(scenario, c.event, o))));
      return { event: c.event, options: hard.length ? hard : c.options };
    });
    return priorityPolicy.decide(scenario, view, { ...legal, choices }, rng);
  },
});
