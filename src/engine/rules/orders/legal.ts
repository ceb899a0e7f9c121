// What a faction may do now. Front ends show only these; policies choose among them.
import {
  applyAction,
  availableOptions,
  checkSnapshot,
  MAX_ORDERS_IN_ACTION,
  OrderTally,
  snapshotAction,
} from '../step';
import type { Action, EvalContext, GameState, OrderDef, Scenario, StepError } from '../../types';
import type { GameView } from '../view/view';
import { targetPlan, type TargetPlan } from './targets';
import { TestedRegions } from './tested-regions';

/** An evaluation context reused across the orders and targets of one call. */
export type MutableContext = { -readonly [K in keyof EvalContext]: EvalContext[K] };

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

/** An order with every option it can offer: itself, or itself aimed at each region. */
export interface Offer {
  readonly def: OrderDef;
  /** Of an order aimed at a region, those at the regions it may ever be aimed at. */
  readonly options: readonly OrderOption[];
  /** What each option must pass now (see `TargetPlan`): a test of the target alone, its results
   *  kept region by region, or a condition to run with the target set. */
  readonly tested: TestedRegions | null;
  readonly run: TargetPlan['run'];
  /** Its cost, track by track, as two lists. */
  readonly costTracks: readonly string[];
  readonly costAmounts: readonly number[];
}

// Options are immutable, so each is built once per scenario and handed out again and again.
const offers = new WeakMap<Scenario, ReadonlyMap<string, readonly Offer[]>>();

export function offersOf(scenario: Scenario, faction: string): readonly Offer[] {
  let byFaction = offers.get(scenario);
  if (!byFaction) {
    const built = new Map<string, Offer[]>();
    for (const def of scenario.orders) {
      const plan = def.targeted ? targetPlan(scenario, def.where) : null;
      const options: OrderOption[] = plan
        ? plan.regions.map((target) => ({ order: def.id, target, cost: def.cost }))
        : [{ order: def.id, cost: def.cost }];
      const list = built.get(def.faction) ?? [];
      list.push({
        def,
        options,
        tested: plan?.test ? new TestedRegions(plan.test, plan.regions) : null,
        run: plan?.run ?? null,
        costTracks: def.cost.map(([track]) => track),
        costAmounts: def.cost.map(([, amount]) => amount),
      });
      built.set(def.faction, list);
    }
    offers.set(scenario, (byFaction = built));
  }
  return byFaction.get(faction) ?? [];
}

export function canPay(tracks: GameView['tracks'], offer: Offer): boolean {
  const { costTracks, costAmounts } = offer;
  // Written so that a figure that is not a number pays for nothing.
  for (let i = 0; i < costTracks.length; i++)
    if (!((tracks[costTracks[i]!] ?? 0) >= costAmounts[i]!)) return false;
  return true;
}

/**
 * What the view's faction may do now, worked out from its view alone (the loader makes sure that
 * the conditions and costs of a faction's orders and choices read only what it sees, so this is
 * exactly what `step` accepts).
 */
export function legalActions(scenario: Scenario, view: GameView): Legal {
  const faction = view.viewer;
  const def = scenario.index.faction.get(faction);
  if (!def || view.phase === 'ended' || !Object.hasOwn(view.orders, faction))
    return { faction, turn: view.turn, orders: null, choices: [] };
  if (view.phase === 'choices')
    return {
      faction,
      turn: view.turn,
      orders: null,
      choices: view.pending
        .filter((p) => p.faction === faction)
        .map((p) => ({ event: p.event, options: availableOptions(scenario, view, p.event) })),
    };
  if (view.orders[faction] !== null) return { faction, turn: view.turn, orders: null, choices: [] };
  // One context for every condition: its target changes from region to region.
  const ctx: MutableContext = {
    scenario,
    state: view,
    target: null,
  };
  const options: OrderOption[] = [];
  const offers = offersOf(scenario, faction);
  for (let i = 0; i < offers.length; i++) {
    const offer = offers[i]!;
    const { when } = offer.def;
    ctx.target = null;
    if (when && !when.run(ctx)) continue;
    if (canPay(view.tracks, offer)) pushTargets(offer, view, ctx, options);
  }
  return { faction, turn: view.turn, orders: { options, max: def.ordersPerTurn }, choices: [] };
}

/**
 * The same as `stepInPlace`, for simulators that hand policies `legal`, the `legalActions` of
 * this very state for the acting faction. An action picked from that list is taken without
 * evaluating every rule again; any other action is checked in full, so a bad one is refused
 * with the same error as `stepInPlace` gives.
 */
export function stepLegal(
  scenario: Scenario,
  state: GameState,
  legal: Legal,
  action: Action,
): StepError | null {
  // Read once, as `step` does: what is found in `legal` is what is applied.
  const a = snapshotAction(action);
  if (!a) return 'action/malformed';
  if (!isListed(legal, state, a)) {
    const error = checkSnapshot(scenario, state, a);
    if (error) return error;
  }
  applyAction(scenario, state, a);
  return null;
}

/** One tally for every action `isListed` checks: nothing it calls checks another. */
const listedTally = new OrderTally(null as unknown as GameState);

/** Whether `action` (a snapshot) is one that `legal` allows: a choice it lists, or distinct
 *  listed orders, no more than allowed, that the faction can pay for together. */
function isListed(legal: Legal, state: GameState, action: Action): boolean {
  if (action.faction !== legal.faction || action.turn !== legal.turn) return false;
  if (action.type === 'choose') {
    const { choices } = legal;
    for (let i = 0; i < choices.length; i++)
      if (choices[i]!.event === action.event && choices[i]!.options.includes(action.option))
        return true;
    return false;
  }
  const allowed = legal.orders;
  const picks = action.orders;
  if (!allowed || picks.length > allowed.max || picks.length > MAX_ORDERS_IN_ACTION) return false;
  const tally = listedTally.reset(state);
  for (let i = 0; i < picks.length; i++) {
    const o = picks[i]!;
    const option = find(allowed.options, o.order, o.target);
    if (!option || tally.add(o.order, o.target, option.cost)) return false;
  }
  return true;
}

function find(
  options: readonly OrderOption[],
  order: string,
  target: string | undefined,
): OrderOption | undefined {
  for (let i = 0; i < options.length; i++) {
    const x = options[i]!;
    if (x.order === order && x.target === target) return x;
  }
  return undefined;
}

/** The first of `waitingFor`, without listing them all: simulators ask it at every step. */
export function nextToAct(scenario: Scenario, state: GameState): string | undefined {
  if (state.phase === 'orders') {
    for (const f of scenario.index.playable) if (state.orders[f] === null) return f;
    return undefined;
  }
  return state.phase === 'choices' ? state.pending[0]?.faction : undefined;
}

/** The place in `scenario.index.playable` of the first of `waitingFor`, -1 if none is playable
 *  or none has to act: `nextToAct` as simulators that keep their seats by place ask it. */
export function nextSeat(scenario: Scenario, state: GameState): number {
  const { playable } = scenario.index;
  if (state.phase === 'orders') {
    for (let i = 0; i < playable.length; i++) if (state.orders[playable[i]!] === null) return i;
    return -1;
  }
  const first = state.phase === 'choices' ? state.pending[0] : undefined;
  return first ? playable.indexOf(first.faction) : -1;
}

/** Factions that still have to act before the game can go on. */
export function waitingFor(scenario: Scenario, state: GameState): string[] {
  if (state.phase === 'orders')
    return scenario.index.playable.filter((f) => state.orders[f] === null);
  if (state.phase === 'choices') return [...new Set(state.pending.map((p) => p.faction))];
  return [];
}

/** Pushes the options of an order whose own condition holds and whose price is in the purse:
 *  each target its condition on the target allows. */
export function pushTargets(
  offer: Offer,
  view: GameView,
  ctx: MutableContext,
  options: OrderOption[],
): void {
  const { options: offered, tested, run } = offer;
  if (tested) {
    // a condition on the target alone reads each region's state directly, and each region's
    // test is kept with the region's state it was worked out from
    for (let j = 0; j < offered.length; j++) {
      const option = offered[j]!;
      if (tested.passes(j, view.regions[option.target!])) options.push(option);
    }
  } else if (run) {
    for (let j = 0; j < offered.length; j++) {
      const option = offered[j]!;
      ctx.target = option.target!;
      if (run.run(ctx)) options.push(option);
    }
  } else for (let j = 0; j < offered.length; j++) options.push(offered[j]!);
}
