// What a faction may do now. Front ends show only these; policies choose among them.
import { availableOptions } from './step';
import type { GameState, Scenario } from './types';

export interface OrderOption {
  readonly order: string;
  readonly target?: string;
  readonly cost: readonly (readonly [string, number])[];
}

export interface Legal {
  readonly faction: string;
  readonly turn: number;
  /** Orders this faction may give, if it still has to give them this month. Any set of up to
   *  `max` distinct options whose total cost the faction can pay is legal. */
  readonly orders: { readonly options: readonly OrderOption[]; readonly max: number } | null;
  /** Decisions this faction has to take now. */
  readonly choices: readonly { readonly event: string; readonly options: readonly string[] }[];
}

export function legalActions(scenario: Scenario, state: GameState, faction: string): Legal {
  const def = scenario.index.faction.get(faction);
  const none: Legal = { faction, turn: state.turn, orders: null, choices: [] };
  if (!def || state.phase === 'ended' || !Object.hasOwn(state.orders, faction)) return none;
  if (state.phase === 'choices')
    return {
      ...none,
      choices: state.pending
        .filter((p) => p.faction === faction)
        .map((p) => ({ event: p.event, options: availableOptions(scenario, state, p.event) })),
    };
  if (state.orders[faction] !== null) return none;
  const ctx = { scenario, state, target: null as string | null };
  const options: OrderOption[] = [];
  for (const o of scenario.orders) {
    if (o.faction !== faction) continue;
    if (o.when && !o.when.run(ctx)) continue;
    if (!o.cost.every(([track, amount]) => (state.tracks[track] ?? 0) >= amount)) continue;
    if (!o.targeted) {
      options.push({ order: o.id, cost: o.cost });
      continue;
    }
    for (const r of scenario.regions) {
      if (o.where && !o.where.run({ scenario, state, target: r.id })) continue;
      options.push({ order: o.id, target: r.id, cost: o.cost });
    }
  }
  return { ...none, orders: { options, max: def.ordersPerTurn } };
}

/** Factions that still have to act before the game can go on. */
export function waitingFor(scenario: Scenario, state: GameState): string[] {
  if (state.phase === 'orders')
    return scenario.index.playable.filter((f) => state.orders[f] === null);
  if (state.phase === 'choices') return [...new Set(state.pending.map((p) => p.faction))];
  return [];
}
