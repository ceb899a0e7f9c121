// Routines: factions that act by rule, as the non-player flowcharts of board games do. Each month
// a routine tries its rules in order; a rule that applies gives its order, at the valid region it
// ranks best, until the faction has given as many orders as it may. A routine decides from what
// its faction knows (its view), never from the whole state, and draws no random number.
import { blindFor, readsHidden } from '../view/secrecy';
import { mirrorOf } from '../view/mirror';
import { targetPlan } from '../orders/targets';
import { TestedRegions } from '../orders/tested-regions';
import { Spent } from '../spent';
import type { SlottedContext, StateSlots } from '../../expr/slots';
import type {
  CompiledBool,
  EvalContext,
  GameState,
  OrderChoice,
  OrderDef,
  RoutineDef,
  Scenario,
} from '../../types';
import type { GameView } from '../view/view';

/** The parts of a state that expressions read, as `faction` knows them: others' private tracks
 *  read as 0, events hidden from it as never fired and their choices as never made. */
export type Believed = Pick<
  GameState,
  'turn' | 'tracks' | 'flags' | 'regions' | 'characters' | 'fired' | 'chosen'
>;

// The last belief's tracks, by the view's tracks they were read from: a view's records are never
// changed once made, and a faction's viewer hands out the same tracks while none has moved.
// (Belief records are read, never written.)
let beliefOf: GameView['tracks'] | null = null;
let beliefIn: Scenario | null = null;
let beliefTracks: Record<string, number> = {};
// A transient viewer updates its one record of tracks in place: the belief made of it is kept
// only while its mirror's clock says nothing has changed since.
let beliefClock = -1;
// Every track at 0, in the scenario's order: a belief's tracks start as a copy of it, so that all
// have one shape and filling them in adds no property.
let shapeIn: Scenario | null = null;
let shape: Readonly<Record<string, number>> = {};

/** What a faction believes, from its view. */
export function believedFromView(scenario: Scenario, view: GameView): Believed {
  const clock = mirrorOf(view.tracks)?.clock ?? -1;
  if (view.tracks !== beliefOf || scenario !== beliefIn || clock !== beliefClock) {
    if (shapeIn !== scenario) {
      shapeIn = scenario;
      shape = Object.fromEntries(scenario.tracks.map((t) => [t.id, 0]));
    }
    const tracks: Record<string, number> = { ...shape };
    // the tracks the view holds, by the scenario's list; the others stay at 0 (not `for…in`
    // over the view's record: a viewer's record is a hash table, whose keys `for…in` gathers
    // again on every loop)
    const seen = view.tracks;
    for (const { id } of scenario.tracks) if (Object.hasOwn(seen, id)) tracks[id] = seen[id] ?? 0;
    beliefOf = view.tracks;
    beliefIn = scenario;
    beliefClock = clock;
    beliefTracks = tracks;
  }
  const tracks = beliefTracks;
  return {
    turn: view.turn,
    tracks,
    flags: view.flags,
    regions: view.regions,
    characters: view.characters,
    fired: view.fired as GameState['fired'],
    chosen: view.chosen,
  };
}

/** What a faction believes, straight from the state: the same as `believedFromView` of its
 *  view (the same things are hidden), without keeping its log up each month. A routine that
 *  reads nothing hidden from its faction gets the state itself: what it reads of it is what it
 *  would read of the belief, and copying the belief cost more than the routine's decision. */
export function believedFromState(
  scenario: Scenario,
  state: GameState,
  faction: string,
  routine: RoutineDef | null = null,
): Believed {
  if (routine && readsOnlySeen(scenario, routine)) return state;
  const blind = blindFor(scenario, faction);
  const tracks: Record<string, number> = {};
  for (const t of scenario.tracks) tracks[t.id] = 0;
  for (const id of blind.tracks) tracks[id] = state.tracks[id] ?? 0;
  let flags = state.flags;
  if (blind.flags) {
    flags = {};
    for (const id of blind.flags) flags[id] = state.flags[id] === true;
  }
  let fired = state.fired;
  let chosen = state.chosen;
  if (blind.hiddenEvents.size) {
    fired = {};
    chosen = {};
    for (const id in state.fired) if (!blind.hiddenEvents.has(id)) fired[id] = state.fired[id]!;
    for (const id in state.chosen) if (!blind.hiddenEvents.has(id)) chosen[id] = state.chosen[id]!;
  }
  return {
    turn: state.turn,
    tracks,
    flags,
    regions: state.regions,
    characters: state.characters,
    fired,
    chosen,
  };
}

const seesAll = new WeakMap<RoutineDef, boolean>();

/** Whether nothing a routine reads (its rules' conditions and rankings, its orders' conditions
 *  and the tracks that pay for them) is hidden from its faction. */
function readsOnlySeen(scenario: Scenario, routine: RoutineDef): boolean {
  let known = seesAll.get(routine);
  if (known === undefined) {
    const blind = blindFor(scenario, routine.faction);
    const hidden = (e: { readonly source: string } | null) =>
      e !== null && readsHidden(scenario, routine.faction, e);
    known = routine.rules.every((rule) => {
      const def = scenario.index.order.get(rule.order);
      return (
        !hidden(rule.when) &&
        !hidden(rule.where) &&
        !hidden(rule.rank?.by ?? null) &&
        (!def ||
          (!hidden(def.when) &&
            !hidden(def.where) &&
            def.cost.every(([track]) => !blind.hiddenTracks.has(track))))
      );
    });
    seesAll.set(routine, known);
  }
  return known;
}

// What a routine's orders have spent so far, kept between calls rather than made anew (a
// routine's decision never runs inside another's).
const spentOfMonth = new Spent();

// The context a routine's expressions read, one for every decision (see above).
const routineCtx: { -readonly [K in keyof SlottedContext]-?: SlottedContext[K] } = {
  scenario: null as unknown as Scenario,
  state: null as unknown as GameState,
  target: null,
  slots: null,
};

/** The orders a routine gives this month, from what its faction believes (and, where the belief
 *  is the engine's state itself, its slots). Each is valid and all are affordable together; none
 *  is given twice at the same place. */
export function routineOrders(
  scenario: Scenario,
  routine: RoutineDef,
  believed: Believed,
  slots: StateSlots | null = null,
): OrderChoice[] {
  const faction = scenario.index.faction.get(routine.faction);
  const max = faction?.ordersPerTurn ?? 0;
  // Expressions read only the parts of a state a belief holds.
  const ctx = routineCtx;
  ctx.scenario = scenario;
  ctx.state = believed as GameState;
  ctx.slots = slots;
  const picks: OrderChoice[] = [];
  const spent = spentOfMonth.clear();
  const rules = routine.rules;
  for (let r = 0; r < rules.length; r++) {
    if (picks.length >= max) break;
    const rule = rules[r]!;
    const def = scenario.index.order.get(rule.order);
    if (!def) continue;
    ctx.target = null;
    if ((rule.when && !rule.when.run(ctx)) || (def.when && !def.when.run(ctx))) continue;
    if (!spent.affords(believed, def.cost)) continue;
    let target: string | undefined;
    if (def.targeted) {
      const best = bestTarget(scenario, ctx, def, rule, picks);
      if (best === null) continue;
      target = best;
    } else if (given(picks, def.id, undefined)) continue;
    spent.spend(def.cost);
    picks.push(target === undefined ? { order: def.id } : { order: def.id, target });
  }
  // nothing of the caller's belief is held once the decision is made
  ctx.state = null as unknown as GameState;
  ctx.slots = null;
  return picks;
}

/** Whether `order` is among the picks, at `target` (undefined: at any place). */
function given(picks: readonly OrderChoice[], order: string, target: string | undefined): boolean {
  for (let i = 0; i < picks.length; i++)
    if (picks[i]!.order === order && (target === undefined || picks[i]!.target === target))
      return true;
  return false;
}

/** Where a rule's order may be aimed, worked out once per rule: the regions its order may ever be
 *  aimed at (in the order they are declared), the tests of the order's and the rule's conditions
 *  on the target kept region by region, whether each region passes the part of the rule's
 *  condition that reads its identity alone, and the rule's condition to run in full where it is
 *  no test of the target alone. */
interface RuleTargets {
  readonly regions: readonly string[];
  readonly order: TestedRegions | null;
  readonly orderRun: CompiledBool | null;
  readonly ruleFixed: Uint8Array | null;
  readonly rule: TestedRegions | null;
  readonly ruleRun: CompiledBool | null;
}

const ruleTargets = new WeakMap<RoutineDef['rules'][number], RuleTargets>();

function targetsOf(
  scenario: Scenario,
  def: OrderDef,
  rule: RoutineDef['rules'][number],
): RuleTargets {
  let t = ruleTargets.get(rule);
  if (!t) {
    const plan = targetPlan(scenario, def.where);
    const other = targetPlan(scenario, rule.where);
    const fixed = other.fixed;
    t = {
      regions: plan.regions,
      order: plan.test ? new TestedRegions(plan.test, plan.regions) : null,
      orderRun: plan.run,
      ruleFixed: fixed ? Uint8Array.from(plan.regions, (id) => (fixed(id) ? 1 : 0)) : null,
      rule: other.test ? new TestedRegions(other.test, plan.regions) : null,
      ruleRun: other.run,
    };
    ruleTargets.set(rule, t);
  }
  return t;
}

/** The valid region the rule ranks best, ties going to the one declared first. */
function bestTarget(
  scenario: Scenario,
  ctx: { -readonly [K in keyof EvalContext]: EvalContext[K] },
  def: OrderDef,
  rule: RoutineDef['rules'][number],
  picks: readonly OrderChoice[],
): string | null {
  let best: string | null = null;
  let bestScore = -Infinity;
  const regions = ctx.state.regions;
  const t = targetsOf(scenario, def, rule);
  const list = t.regions;
  for (let j = 0; j < list.length; j++) {
    const id = list[j]!;
    if (given(picks, def.id, id)) continue;
    ctx.target = id;
    if (t.order ? !t.order.passes(j, regions[id]) : t.orderRun && !t.orderRun.run(ctx)) continue;
    if (t.ruleFixed && t.ruleFixed[j] === 0) continue;
    if (t.rule ? !t.rule.passes(j, regions[id]) : t.ruleRun && !t.ruleRun.run(ctx)) continue;
    if (!rule.rank) return id;
    const score = rule.rank.sign * rule.rank.by.run(ctx);
    if (Number.isFinite(score) && score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
