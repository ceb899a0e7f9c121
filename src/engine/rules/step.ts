// The one reducer: `step` is the only way a game changes. An action is checked first; a rejected
// action returns a namespaced error and the state is untouched.
import { applyEffects, ctxOf, settle, type Draft } from './apply';
import { cloneState } from './state';
import { afterEvents, fireScheduled, finish, resolveMonth } from './turn';
import type {
  Action,
  GameState,
  LogEntry,
  OrderChoice,
  ReadableState,
  Result,
  Scenario,
  StepError,
} from '../types';

export const MAX_ORDERS_IN_ACTION = 16;

export interface StepOutcome {
  readonly state: GameState;
  /** What this step added to the log. */
  readonly log: readonly LogEntry[];
}

export function step(
  scenario: Scenario,
  state: GameState,
  action: Action,
): Result<StepOutcome, StepError> {
  const error = checkAction(scenario, state, action);
  if (error) return { ok: false, error };
  const next = cloneState(state);
  const from = next.log.length;
  applyAction(scenario, next, action);
  return { ok: true, value: { state: next, log: next.log.slice(from) } };
}

/** The same as `step`, changing `state` in place: for simulations that own their state. */
export function stepInPlace(
  scenario: Scenario,
  state: GameState,
  action: Action,
): StepError | null {
  const error = checkAction(scenario, state, action);
  if (error) return error;
  applyAction(scenario, state, action);
  return null;
}

/** Takes an action already checked against this state. Only the engine's own reducers call it. */
export function applyAction(scenario: Scenario, state: GameState, action: Action): void {
  const d: Draft = { scenario, state, gen: null };
  if (action.type === 'orders') {
    for (const o of action.orders) {
      const def = scenario.index.order.get(o.order)!;
      for (const [track, amount] of def.cost)
        state.tracks[track] = (state.tracks[track] ?? 0) - amount;
    }
    state.orders[action.faction] = action.orders.map((o) =>
      o.target ? { order: o.order, target: o.target } : { order: o.order },
    );
    if (allOrdersIn(scenario, state)) resolveMonth(d);
  } else {
    const event = scenario.index.event.get(action.event)!;
    const choice = event.choices.find((c) => c.id === action.option)!;
    state.pending = state.pending.filter(
      (p) => !(p.event === action.event && p.faction === action.faction),
    );
    state.chosen[event.id] = choice.id;
    const entry = {
      kind: 'choice',
      turn: state.turn,
      event: event.id,
      faction: action.faction,
      option: choice.id,
    } as const;
    state.log.push(
      event.hidden
        ? {
            ...entry,
            visibleTo: event.visibleTo!.includes(action.faction)
              ? event.visibleTo!
              : [...event.visibleTo!, action.faction],
          }
        : entry,
    );
    applyEffects(d, choice.effects, null);
    fireScheduled(d);
    if (state.endingRequested) finish(d, state.endingRequested);
    else if (state.pending.length === 0) afterEvents(d);
  }
  settle(d);
}

function allOrdersIn(scenario: Scenario, state: GameState): boolean {
  for (const f of scenario.index.playable) if (state.orders[f] === null) return false;
  return true;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why an action may not be taken now, or null if it may. Checks untrusted input fully. */
export function checkAction(
  scenario: Scenario,
  state: GameState,
  action: unknown,
): StepError | null {
  if (!isRecord(action) || typeof action.faction !== 'string' || !Number.isInteger(action.turn))
    return 'action/malformed';
  if (action.type !== 'orders' && action.type !== 'choose') return 'action/malformed';
  if (state.phase === 'ended') return 'action/game-over';
  const faction = scenario.index.faction.get(action.faction);
  if (!faction || !Object.hasOwn(state.orders, action.faction))
    return faction ? 'action/not-playable' : 'action/unknown-faction';
  if (action.turn !== state.turn) return 'action/stale';
  if (action.type === 'orders') {
    if (!Array.isArray(action.orders) || action.orders.length > MAX_ORDERS_IN_ACTION)
      return 'action/malformed';
    for (const o of action.orders as unknown[])
      if (
        !isRecord(o) ||
        typeof o.order !== 'string' ||
        (o.target !== undefined && typeof o.target !== 'string')
      )
        return 'action/malformed';
    if (state.phase !== 'orders') return 'action/wrong-phase';
    if (state.orders[action.faction] !== null) return 'action/already-submitted';
    return checkOrders(
      scenario,
      state,
      action.faction,
      action.orders as OrderChoice[],
      faction.ordersPerTurn,
    );
  }
  if (typeof action.event !== 'string' || typeof action.option !== 'string')
    return 'action/malformed';
  if (state.phase !== 'choices') return 'action/wrong-phase';
  if (!state.pending.some((p) => p.event === action.event && p.faction === action.faction))
    return 'action/no-such-choice';
  const event = scenario.index.event.get(action.event)!;
  const choice = event.choices.find((c) => c.id === action.option);
  if (!choice) return 'action/unknown-option';
  if (!availableOptions(scenario, state, event.id).includes(choice.id))
    return 'action/option-unavailable';
  return null;
}

function checkOrders(
  scenario: Scenario,
  state: GameState,
  faction: string,
  orders: readonly OrderChoice[],
  max: number,
): StepError | null {
  if (orders.length > max) return 'action/too-many-orders';
  const tally = new OrderTally(state);
  const base = ctxOf({ scenario, state, gen: null });
  for (const o of orders) {
    const def = scenario.index.order.get(o.order);
    if (!def) return 'action/unknown-order';
    if (def.faction !== faction) return 'action/not-your-order';
    if (def.when && !def.when.run(base)) return 'action/order-unavailable';
    if (def.targeted) {
      if (o.target === undefined || !scenario.index.region.has(o.target))
        return 'action/bad-target';
      if (def.where && !def.where.run({ ...base, target: o.target })) return 'action/bad-target';
    } else if (o.target !== undefined) return 'action/bad-target';
    const error = tally.add(o.order, o.target, def.cost);
    if (error) return error;
  }
  return null;
}

/** The orders of one action, added up one by one: none may be given twice, and the faction must
 *  be able to pay for all of them together. */
export class OrderTally {
  private readonly seen = new Set<string>();
  private readonly spent = new Map<string, number>();

  constructor(private readonly state: GameState) {}

  add(
    order: string,
    target: string | undefined,
    cost: readonly (readonly [string, number])[],
  ): 'action/duplicate-order' | 'action/unaffordable' | null {
    const key = `${order}@${target ?? ''}`;
    if (this.seen.has(key)) return 'action/duplicate-order';
    this.seen.add(key);
    for (const [track, amount] of cost) {
      const total = (this.spent.get(track) ?? 0) + amount;
      this.spent.set(track, total);
      if (total > (this.state.tracks[track] ?? 0)) return 'action/unaffordable';
    }
    return null;
  }
}

/** The options of a pending event its decider may take now. If a condition rules out every
 *  option, all are offered: a decision can never deadlock the game. */
export function availableOptions(
  scenario: Scenario,
  state: ReadableState,
  eventId: string,
): string[] {
  const event = scenario.index.event.get(eventId);
  if (!event) return [];
  const ctx = { scenario, state, target: null };
  const open = event.choices.filter((c) => !c.when || c.when.run(ctx)).map((c) => c.id);
  return open.length ? open : event.choices.map((c) => c.id);
}
