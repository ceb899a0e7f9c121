// What happens in a month once orders are in: orders resolve, tracks drift, events fire, and
// at the end of the month endings are checked and the calendar moves on.
import {
  applyEffectsAs,
  ctxOf,
  draw,
  log,
  noteEvent,
  payAs,
  UNRECORDED,
  useMemo,
  type Draft,
} from '../apply';
import { disclose, keepTo, prune } from './ledger';
import { believedFromState, routineOrders } from './routines';
import { holds, keptOf, memoFor, type Kept, type Memo } from './memo';
import { applyDrift } from './drift';
import { turnOfTick, turnStep, turnTick } from '../../calendar';
import type { EventDef, LogEntry, OrderChoice, Scenario } from '../../types';

export function resolveMonth(d: Draft): void {
  // the memo, made first, holds the state's slots for every expression of the month
  const memo = memoOfMonth(d);
  resolveOrders(d);
  applyDrift(d, memo);
  runEvents(d);
  afterEvents(d);
}

/** Once events (and choices) of the month are done: end the month unless someone must choose. */
export function afterEvents(d: Draft): void {
  const s = d.state;
  if (s.endingRequested) return finish(d, s.endingRequested);
  if (s.pending.length > 0) {
    s.phase = 'choices';
    return;
  }
  endMonth(d);
}

/** Of each acting faction (in the order orders resolve), its place among the factions the
 *  engine plays by their routines, or -1 if its orders are given: worked out once per scenario. */
const routinePlaces = new WeakMap<Scenario, Int32Array>();

function routinePlacesOf(scenario: Scenario): Int32Array {
  let places = routinePlaces.get(scenario);
  if (!places) {
    const { acting, automated } = scenario.index;
    places = Int32Array.from(acting, (f) => automated.indexOf(f));
    routinePlaces.set(scenario, places);
  }
  return places;
}

const NO_ORDERS: readonly OrderChoice[] = [];

function resolveOrders(d: Draft): void {
  const s = d.state;
  const index = d.scenario.index;
  const automated = index.automated.length > 0;
  if (automated) routinesOfMonth(d);
  const factions = automated ? index.acting : index.playable;
  const places = automated ? routinePlacesOf(d.scenario) : null;
  // every cost of the month is paid by now: what follows are the orders' doings
  const costsEnd = s.changes.length;
  for (let f = 0; f < factions.length; f++) {
    const faction = factions[f]!;
    const place = places ? places[f]! : -1;
    const orders = place >= 0 ? routinesGiven[place]! : (s.orders[faction] ?? NO_ORDERS);
    for (let i = 0; i < orders.length; i++) {
      const o = orders[i]!;
      const def = index.order.get(o.order);
      if (!def) continue;
      const target = o.target ?? null;
      const ctx = ctxOf(d, target);
      const success = def.chance === null || draw(d) < def.chance.run(ctx);
      log(d, orderEntry(s.turn, faction, def.id, target, success, def.covert));
      // what a faction paid is noted only for orders that cost something
      if (!def.covert && def.cost.length && d.records) disclose(s, faction, def.id, costsEnd);
      // the cause is read only where the record of changes is kept
      const cause = !d.records
        ? UNRECORDED
        : target
          ? ({ kind: 'order', faction, order: def.id, target } as const)
          : ({ kind: 'order', faction, order: def.id } as const);
      // A covert order's changes are noted as an open order's would be, then kept to its
      // faction unless it is exposed: exposed, the factions told of it see what it did.
      const from = s.changes.length;
      applyEffectsAs(d, cause, null, success ? def.effects : def.failure, target);
      if (def.covert && def.exposure !== null && draw(d) < def.exposure.run(ctx)) {
        log(
          d,
          target
            ? { kind: 'exposed', turn: s.turn, faction, order: def.id, target }
            : { kind: 'exposed', turn: s.turn, faction, order: def.id },
        );
        if (d.records) disclose(s, faction, def.id, costsEnd);
      } else if (def.covert && d.records) keepTo(s, from, faction);
    }
  }
}

// The month's orders of the routines, by the routine's place among the factions the engine
// plays, kept between months rather than made anew (orders never resolve inside orders).
const routinesGiven: (readonly OrderChoice[])[] = [];

/** The orders of the factions the engine plays by their routines, each decided from what that
 *  faction knows before any of the month's orders resolve (orders are given all at once), and
 *  paid for then, as a player pays when giving them. */
function routinesOfMonth(d: Draft): void {
  const automated = d.scenario.index.automated;
  for (let a = 0; a < automated.length; a++) {
    const faction = automated[a]!;
    const routine = d.scenario.index.routine.get(faction)!;
    const believed = believedFromState(d.scenario, d.state, faction, routine);
    const picks = routineOrders(
      d.scenario,
      routine,
      believed,
      believed === d.state ? d.ctx.slots : null,
    );
    for (let i = 0; i < picks.length; i++) {
      const def = d.scenario.index.order.get(picks[i]!.order)!;
      // given and resolved in the same step: the cost is told as the order is
      const cause = d.records ? ({ kind: 'cost', faction, order: def.id } as const) : UNRECORDED;
      // who may know of it is read only where the record of changes is kept
      payAs(d, cause, d.records && def.covert ? [faction] : null, def.cost);
    }
    routinesGiven[a] = picks;
  }
}

// Log entries are written as whole literals, not spread together from optional parts: this
// runs for every order of every month, and the key order (part of a saved game) stays fixed.
function orderEntry(
  turn: number,
  faction: string,
  order: string,
  target: string | null,
  success: boolean,
  covert: boolean,
): LogEntry {
  if (target)
    return covert
      ? { kind: 'order', turn, faction, order, target, success, visibleTo: [faction] }
      : { kind: 'order', turn, faction, order, target, success };
  return covert
    ? { kind: 'order', turn, faction, order, success, visibleTo: [faction] }
    : { kind: 'order', turn, faction, order, success };
}

/** The state's memo of the month's conditions, made if it has none; the draft then notes its
 *  writes there. */
function memoOfMonth(d: Draft): Memo {
  return d.memo ?? useMemo(d, memoFor(d.scenario, d.state))!;
}

function canFireAgain(d: Draft, e: EventDef): boolean {
  const turns = d.state.fired[e.id];
  if (!turns) return true;
  const last = turns[turns.length - 1]!;
  if (last === d.state.turn) return false;
  return e.repeat && d.state.turn - last > e.cooldown;
}

/** Whether a turn (from its first tick to its last) meets an event's window. */
function inWindow(e: EventDef, first: number, last: number): boolean {
  return (e.after === null || last >= e.after) && (e.before === null || first <= e.before);
}

/** Fires this month's events: follow-ups due now, then dated events by day, then the rest in
 *  the order they are declared. Follow-ups with no delay fire in the same pass. */
export function runEvents(d: Draft): void {
  const month = turnTick(d.scenario, d.state.turn);
  fireScheduled(d);
  const ctx = ctxOf(d);
  const memo = memoOfMonth(d);
  const { events, kept } = monthPlan(d.scenario, month);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    // Both tests are pure; the condition, usually a flag or two, is the cheaper and the likelier
    // to fail.
    if ((e.when && !holds(memo, kept[i]!, e.when, ctx)) || !canFireAgain(d, e)) continue;
    if (e.monthlyChance < 1 && draw(d) >= e.monthlyChance) continue;
    fire(d, e);
    fireScheduled(d);
  }
}

/** The events of a turn in the order they are considered, and how the memo keeps each one's
 *  condition. */
interface MonthPlan {
  readonly events: readonly EventDef[];
  readonly kept: readonly (Kept | null)[];
}

const byMonth = new WeakMap<Scenario, Map<number, MonthPlan>>();

/** The events that may fire in a turn (given by its first tick: its month, in a monthly
 *  scenario), in the order they are considered: those dated in it, by date, then the undated
 *  ones whose window meets it, in the order they are declared. The list depends on the turn
 *  alone, so it is made once per scenario and turn. */
export function eventsOfMonth(scenario: Scenario, month: number): readonly EventDef[] {
  return monthPlan(scenario, month).events;
}

function monthPlan(scenario: Scenario, month: number): MonthPlan {
  let months = byMonth.get(scenario);
  if (!months) byMonth.set(scenario, (months = new Map()));
  let plan = months.get(month);
  if (!plan) {
    const events = (scenario.index.eventsByMonth.get(month) ?? []).concat(
      scenario.index.openEvents.filter((e) =>
        inWindow(e, month, month + turnStep(scenario.calendar) - 1),
      ),
    );
    plan = { events, kept: events.map((e) => keptOf(scenario, e.when)) };
    months.set(month, plan);
  }
  return plan;
}

/** Fires the follow-ups scheduled for this month, including those scheduled while firing. */
export function fireScheduled(d: Draft): void {
  const s = d.state;
  const ctx = ctxOf(d);
  for (let i = 0; i < s.scheduled.length;) {
    const item = s.scheduled[i]!;
    if (item.turn > s.turn) {
      i++;
      continue;
    }
    s.scheduled.splice(i, 1);
    const e = d.scenario.index.event.get(item.event);
    if (!e || !canFireAgain(d, e) || (e.when && !e.when.run(ctx))) continue;
    fire(d, e);
    i = 0;
  }
}

function fire(d: Draft, e: EventDef): void {
  const s = d.state;
  const previous = s.fired[e.id];
  s.fired[e.id] = previous ? [...previous, s.turn] : [s.turn];
  noteEvent(d, e.id);
  const visibleTo = e.hidden
    ? e.decider && !e.visibleTo!.includes(e.decider)
      ? [...e.visibleTo!, e.decider]
      : e.visibleTo!
    : null;
  log(
    d,
    visibleTo
      ? { kind: 'event', turn: s.turn, event: e.id, visibleTo }
      : { kind: 'event', turn: s.turn, event: e.id },
  );
  applyEffectsAs(d, { kind: 'event', event: e.id }, visibleTo, e.effects, null);
  if (e.decider && e.choices.length) s.pending.push({ event: e.id, faction: e.decider });
}

const endingsKept = new WeakMap<Scenario, readonly (Kept | null)[]>();

function endMonth(d: Draft): void {
  const s = d.state;
  const ctx = ctxOf(d);
  const memo = memoOfMonth(d);
  const endings = d.scenario.endings;
  let kept = endingsKept.get(d.scenario);
  if (!kept) {
    const scenario = d.scenario;
    kept = endings.map((e) => keptOf(scenario, e.when));
    endingsKept.set(scenario, kept);
  }
  for (let i = 0; i < endings.length; i++) {
    const ending = endings[i]!;
    if (ending.when && holds(memo, kept[i]!, ending.when, ctx)) return finish(d, ending.id);
  }
  if (s.turn >= turnOfTick(d.scenario, d.scenario.end)) {
    const fallback = d.scenario.endings.find((e) => e.fallback);
    if (fallback) return finish(d, fallback.id);
  }
  s.turn++;
  prune(s);
  s.phase = 'orders';
  const playable = d.scenario.index.playable;
  for (let i = 0; i < playable.length; i++) s.orders[playable[i]!] = null;
}

export function finish(d: Draft, ending: string): void {
  const s = d.state;
  s.ending = ending;
  s.endingRequested = null;
  s.phase = 'ended';
  s.pending = [];
  log(d, { kind: 'ending', turn: s.turn, ending });
}
