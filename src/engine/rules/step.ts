// The one reducer: `step` is the only way a game changes. An action is checked first; a rejected
// action returns a namespaced error and the state is untouched.
import { applyEffectsAs, noteEvent, payAs, settle, stepDraft, UNRECORDED } from './apply';
import { cloneState } from './state';
import { afterEvents, fireScheduled, finish, resolveMonth } from './month/turn';
import type {
  Action,
  EvalContext,
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

// Every entry point reads the caller's action once, into a plain copy (`snapshotAction`), and
// checks and applies that copy alone: an object whose fields change between two reads (getters,
// a proxy, a callback that mutates it) cannot pass the check as one action and be applied as
// another.

export function step(
  scenario: Scenario,
  state: GameState,
  action: Action,
): Result<StepOutcome, StepError> {
  const a = snapshotAction(action);
  const error = a ? checkSnapshot(scenario, state, a) : 'action/malformed';
  if (error) return { ok: false, error };
  const next = cloneState(state);
  const from = next.log.length;
  applyAction(scenario, next, a!);
  return { ok: true, value: { state: next, log: next.log.slice(from) } };
}

/** The same as `step`, changing `state` in place: for simulations that own their state. Between
 *  two steps in place, nothing else may write into the state's records of tracks, flags, regions
 *  and characters (the engine keeps what its conditions read of them: see month/memo.ts; and it
 *  counts its writes to the last three: see writes.ts); to change a figure by hand, change a
 *  copy (`cloneState`). */
export function stepInPlace(
  scenario: Scenario,
  state: GameState,
  action: Action,
): StepError | null {
  const a = snapshotAction(action);
  const error = a ? checkSnapshot(scenario, state, a) : 'action/malformed';
  if (error) return error;
  applyAction(scenario, state, a!);
  return null;
}

/**
 * The action as plain data of the right shape, each field read exactly once, or null if it is
 * not one. Never throws: a getter or proxy that throws makes it malformed.
 */
export function snapshotAction(action: unknown): Action | null {
  try {
    if (!isRecord(action)) return null;
    const { type, faction, turn } = action;
    if (typeof faction !== 'string' || typeof turn !== 'number' || !Number.isInteger(turn))
      return null;
    if (type === 'orders') {
      const list = action.orders;
      if (!Array.isArray(list)) return null;
      const n = list.length;
      if (n > MAX_ORDERS_IN_ACTION) return null;
      const orders: OrderChoice[] = [];
      for (let i = 0; i < n; i++) {
        const o: unknown = list[i];
        if (!isRecord(o)) return null;
        const { order, target } = o;
        if (typeof order !== 'string' || (target !== undefined && typeof target !== 'string'))
          return null;
        orders.push(target === undefined ? { order } : { order, target });
      }
      return { type, faction, turn, orders };
    }
    if (type === 'choose') {
      const { event, option } = action;
      if (typeof event !== 'string' || typeof option !== 'string') return null;
      return { type, faction, turn, event, option };
    }
    return null;
  } catch {
    return null;
  }
}

/** Takes an action already checked against this state, as a snapshot: only the engine's own
 *  reducers call it. */
export function applyAction(scenario: Scenario, state: GameState, action: Action): void {
  const d = stepDraft(scenario, state);
  if (action.type === 'orders') {
    // what an order costs is the giver's secret until the order resolves (see `disclose`)
    // (read only where the record of changes is kept)
    const giver = d.records ? [action.faction] : null;
    const orders = action.orders;
    for (let i = 0; i < orders.length; i++) {
      const def = scenario.index.order.get(orders[i]!.order)!;
      const cause = d.records
        ? ({ kind: 'cost', faction: action.faction, order: def.id } as const)
        : UNRECORDED;
      payAs(d, cause, giver, def.cost);
    }
    // the snapshot's own list, read from the caller's action into fresh records: its targets
    // are regions, checked (see checkOrders and isListed), so none is empty
    state.orders[action.faction] = action.orders as OrderChoice[];
    if (allOrdersIn(scenario, state)) resolveMonth(d);
  } else {
    const event = scenario.index.event.get(action.event)!;
    const choice = event.choices.find((c) => c.id === action.option)!;
    state.pending = state.pending.filter(
      (p) => !(p.event === action.event && p.faction === action.faction),
    );
    state.chosen[event.id] = choice.id;
    noteEvent(d, event.id);
    const entry = {
      kind: 'choice',
      turn: state.turn,
      event: event.id,
      faction: action.faction,
      option: choice.id,
    } as const;
    const visibleTo = event.hidden
      ? event.visibleTo!.includes(action.faction)
        ? event.visibleTo!
        : [...event.visibleTo!, action.faction]
      : null;
    state.log.push(visibleTo ? { ...entry, visibleTo } : entry);
    applyEffectsAs(
      d,
      { kind: 'choice', event: event.id, option: choice.id },
      visibleTo,
      choice.effects,
      null,
    );
    fireScheduled(d);
    if (state.endingRequested) finish(d, state.endingRequested);
    else if (state.pending.length === 0) afterEvents(d);
  }
  settle(d);
}

function allOrdersIn(scenario: Scenario, state: GameState): boolean {
  const playable = scenario.index.playable;
  for (let i = 0; i < playable.length; i++) if (state.orders[playable[i]!] === null) return false;
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
  const a = snapshotAction(action);
  return a ? checkSnapshot(scenario, state, a) : 'action/malformed';
}

/** `checkAction` of an action already read into plain data of the right shape. */
export function checkSnapshot(
  scenario: Scenario,
  state: GameState,
  action: Action,
): StepError | null {
  if (state.phase === 'ended') return 'action/game-over';
  const faction = scenario.index.faction.get(action.faction);
  if (!faction || !Object.hasOwn(state.orders, action.faction))
    return faction ? 'action/not-playable' : 'action/unknown-faction';
  if (action.turn !== state.turn) return 'action/stale';
  if (action.type === 'orders') {
    if (state.phase !== 'orders') return 'action/wrong-phase';
    if (state.orders[action.faction] !== null) return 'action/already-submitted';
    return checkOrders(scenario, state, action.faction, action.orders, faction.ordersPerTurn);
  }
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
  const ctx: { -readonly [K in keyof EvalContext]: EvalContext[K] } = {
    scenario,
    state,
    target: null,
  };
  for (let i = 0; i < orders.length; i++) {
    const o = orders[i]!;
    ctx.target = null;
    const def = scenario.index.order.get(o.order);
    if (!def) return 'action/unknown-order';
    if (def.faction !== faction) return 'action/not-your-order';
    if (def.when && !def.when.run(ctx)) return 'action/order-unavailable';
    if (def.targeted) {
      if (o.target === undefined || !scenario.index.region.has(o.target))
        return 'action/bad-target';
      ctx.target = o.target;
      if (def.where && !def.where.run(ctx)) return 'action/bad-target';
    } else if (o.target !== undefined) return 'action/bad-target';
    const error = tally.add(o.order, o.target, def.cost);
    if (error) return error;
  }
  return null;
}

/** The orders of one action, added up one by one: none may be given twice, and the faction must
 *  be able to pay for all of them together. */
export class OrderTally {
  // A few orders an action: lists, searched, cost less than a set and a map made for each; an
  // order and its target are compared as they are, with no key made of them. The lists are kept
  // from action to action, their first `given` and `paid` entries read: emptied by a count.
  private readonly orders: string[] = [];
  private readonly targets: (string | undefined)[] = [];
  private readonly spentOn: string[] = [];
  private readonly spent: number[] = [];
  private given = 0;
  private paid = 0;

  constructor(private state: GameState) {}

  /** Empties the tally, for another action on `state`: a tally can be used again and again. */
  reset(state: GameState): this {
    this.state = state;
    this.given = 0;
    this.paid = 0;
    return this;
  }

  add(
    order: string,
    target: string | undefined,
    cost: readonly (readonly [string, number])[],
  ): 'action/duplicate-order' | 'action/unaffordable' | null {
    const { orders, targets, spentOn, spent } = this;
    const given = this.given;
    for (let i = 0; i < given; i++)
      if (orders[i] === order && targets[i] === target) return 'action/duplicate-order';
    orders[given] = order;
    targets[given] = target;
    this.given = given + 1;
    const tracks = this.state.tracks;
    for (let c = 0; c < cost.length; c++) {
      const [track, amount] = cost[c]!;
      let i = 0;
      while (i < this.paid && spentOn[i] !== track) i++;
      if (i === this.paid) {
        spentOn[i] = track;
        spent[i] = 0;
        this.paid = i + 1;
      }
      const total = spent[i]! + amount;
      spent[i] = total;
      // Written so that a figure that is not a number pays for nothing.
      if (!(total <= (tracks[track] ?? 0))) return 'action/unaffordable';
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
