// What a faction's priority bot works out once per scenario rather than at every decision: where
// each of its orders and options is defined, its standing preference for it, and the estimate of
// every one whose effects expect the same in every state (constant amounts and chances), with the
// worth of its tracks and flags. Scenarios are read-only, so this holds for every game of one.
import {
  readsHidden,
  type AiDef,
  type ChoiceDef,
  type Effect,
  type EventDef,
  type GameState,
  type OrderDef,
  type OrderOption,
  type Scenario,
} from '../../engine';
import {
  emptyEstimate,
  estimate,
  flagsRead,
  readsOnlySeen,
  stateFree,
  type Estimate,
} from './estimate';
import { weighTracksAndFlags, weightsOf, type Weights } from './worth';
import { Holders } from './holders';

/** An estimate that is the same in every state, and the worth of its tracks and flags to the
 *  faction: only its unrest, whose worth depends on who holds each region, is left to weigh. */
export interface Known {
  readonly est: Estimate;
  readonly base: number;
  /** The estimate's unrest, listed once rather than iterated from its map at every decision. */
  readonly unrest: readonly (readonly [string, number])[];
  /** Where the unrest is one change in one region (most are): the region's place in the
   *  scenario's list (-1: no region, held by no one), and the whole worth where the faction
   *  holds that region and where it does not; otherwise `ONE_OF_MANY`. */
  readonly at: number;
  readonly own: number;
  readonly rival: number;
}

/** `Known.at` of an estimate whose unrest is not one change: it is weighed change by change. */
export const ONE_OF_MANY = -2;

export interface OrderPlan {
  readonly def: OrderDef;
  readonly appetite: number;
  /** Whether the order's estimate is the same in every state. */
  readonly fixed: boolean;
  /** Whether only the order's chance and the flags its effects set (`flags`) read the state:
   *  its effects and failure are otherwise state-free, so its estimate at a target is the same
   *  wherever the chance and those flags are. */
  readonly byChance: boolean;
  /** The flags the order's effects set, whose values its estimate reads (see `flagsRead`). */
  readonly flags: readonly string[];
  /** Whether its chance may read the target (it names `target`): else it is one chance at
   *  every target, worked out once a decision. */
  readonly chanceReadsTarget: boolean;
  /** For an order by chance, the known estimates at each chance (a chance, clamped to [0, 1],
   *  is never -0, so a map's keys tell chances apart as the estimate does). */
  readonly atChance: Map<number, KnownTable>;
  /** The table last asked for: a chance moves seldom from one decision to the next. */
  last: KnownTable | null;
}

/** Known estimates of one order by target, at the chance `p` they were worked out at: by the
 *  place of the option's target (see `OptionSlot.place`) and the values of the flags its
 *  estimate reads, or by its name where it has no place. */
export interface KnownTable {
  /** Known estimates at `place * 2 ** flags.length + mask`, the mask's bit i set where the
   *  order's flag i is true; by `${target} ${mask}` where there is no place. */
  readonly p: number;
  readonly at: (Known | undefined)[];
  readonly byName: Map<string, Known>;
}

/** What the bot keeps of one legal option: the engine makes each once per scenario and hands it
 *  out again at every look, so the option itself finds its order and its known estimate. */
export interface OptionSlot {
  readonly order: OrderPlan;
  readonly target: string | null;
  /** Where its known estimates sit in a `KnownTable`: 0 with no target, 1 + the region's place
   *  in the scenario aimed at one, -1 aimed at a name that is no region. */
  readonly place: number;
  /** Of an order whose estimate is fixed, its known estimate at this target once worked out. */
  known: Known | null;
}

export interface OptionPlan {
  readonly def: ChoiceDef;
  readonly appetite: number | undefined;
  readonly fixed: boolean;
  known: Known | null;
  /** Of an option not fixed whose estimate reads only the flags it sets (see `flagsRead`):
   *  those flags, and its known estimates by their values (bit i set where flag i is true). */
  readonly flags: readonly string[];
  readonly byMask: (Known | undefined)[];
}

export interface FactionPlan {
  readonly orders: ReadonlyMap<string, OrderPlan>;
  /** The options of each event the faction may have to decide, by event. */
  readonly options: ReadonlyMap<string, readonly OptionPlan[]>;
  /** The faction's untargeted orders with a standing preference: the ones it may save for. */
  readonly savedFor: readonly OrderPlan[];
  /** Whether nothing its estimates read is hidden from the faction (its orders' chances and
   *  effects, every event's effects and options): then they are worked out on its view itself,
   *  with no belief to build. */
  readonly readsOnlySeen: boolean;
  readonly weights: Weights;
  /** Who holds each region, read by place. */
  readonly holders: Holders;
  /** The legal options met so far (see `slotOf`). */
  readonly slots: Map<OrderOption, OptionSlot>;
}

/** How many flags an order's estimate may read and still be kept by their values. */
const MAX_FLAGS_READ = 4;

const plans = new WeakMap<Scenario, Map<AiDef, FactionPlan>>();

export function planFor(scenario: Scenario, ai: AiDef): FactionPlan {
  let byAi = plans.get(scenario);
  if (!byAi) plans.set(scenario, (byAi = new Map()));
  let plan = byAi.get(ai);
  if (!plan) byAi.set(ai, (plan = makePlan(scenario, ai)));
  return plan;
}

const byFaction = new WeakMap<Scenario, Map<string, FactionPlan>>();

/** The plan of the faction's bot, found by the faction (the scenario's ai.yaml weights for it);
 *  undefined if it gives none. */
export function planOf(scenario: Scenario, faction: string): FactionPlan | undefined {
  let plans = byFaction.get(scenario);
  if (!plans) byFaction.set(scenario, (plans = new Map()));
  let plan = plans.get(faction);
  if (!plan) {
    const ai = scenario.ai.find((a) => a.faction === faction);
    if (!ai) return undefined;
    plans.set(faction, (plan = planFor(scenario, ai)));
  }
  return plan;
}

function makePlan(scenario: Scenario, ai: AiDef): FactionPlan {
  const orders = new Map<string, OrderPlan>();
  for (const def of scenario.orders) {
    const effectsFree = stateFree(def.effects) && stateFree(def.failure);
    const chanceFree = !def.chance || def.chance.constant !== null;
    const read = new Set<string>();
    const byFlags =
      !effectsFree &&
      flagsRead(def.effects, read) &&
      flagsRead(def.failure, read) &&
      read.size <= MAX_FLAGS_READ;
    orders.set(def.id, {
      def,
      appetite: ai.orders[def.id] ?? 0,
      fixed: chanceFree && effectsFree,
      byChance: (!chanceFree && effectsFree) || byFlags,
      flags: byFlags ? [...read] : [],
      chanceReadsTarget: !!def.chance && /\btarget\b/.test(def.chance.source),
      atChance: new Map(),
      last: null,
    });
  }
  const options = new Map<string, OptionPlan[]>();
  for (const event of scenario.events)
    if (event.choices.length)
      options.set(
        event.id,
        event.choices.map((c) => optionPlan(ai, event, c)),
      );
  const faction = ai.faction;
  const seen = (effects: readonly Effect[]) => readsOnlySeen(scenario, faction, effects);
  return {
    orders,
    options,
    weights: weightsOf(ai),
    holders: new Holders(scenario),
    slots: new Map(),
    savedFor: [...orders.values()].filter(
      (o) => o.def.faction === faction && o.appetite > 0 && !o.def.targeted,
    ),
    readsOnlySeen:
      scenario.orders.every(
        (o) =>
          o.faction !== faction ||
          ((!o.chance || !readsHidden(scenario, faction, o.chance)) &&
            seen(o.effects) &&
            seen(o.failure)),
      ) && scenario.events.every((e) => seen(e.effects) && e.choices.every((c) => seen(c.effects))),
  };
}

/** How many options a plan keeps slots of: the engine's options of a scenario are a few hundred;
 *  options made afresh at every call (a test's) would otherwise pile up. */
const MAX_SLOTS = 4096;

/** The slot of a legal option, made the first time the option is met. */
export function slotOf(plan: FactionPlan, o: OrderOption): OptionSlot {
  let slot = plan.slots.get(o);
  if (!slot) {
    if (plan.slots.size >= MAX_SLOTS) plan.slots.clear();
    const target = o.target ?? null;
    const region = target === null ? -1 : plan.holders.placeOf(target);
    const place = target === null ? 0 : region < 0 ? -1 : region + 1;
    slot = { order: plan.orders.get(o.order)!, target, place, known: null };
    plan.slots.set(o, slot);
  }
  return slot;
}

function optionPlan(ai: AiDef, event: EventDef, def: ChoiceDef): OptionPlan {
  const fixed = stateFree(def.effects);
  const read = new Set<string>();
  const byFlags = !fixed && flagsRead(def.effects, read) && read.size <= MAX_FLAGS_READ;
  return {
    def,
    appetite: ai.choices[`${event.id}.${def.id}`],
    fixed,
    known: null,
    flags: byFlags ? [...read] : [],
    byMask: [],
  };
}

export function known(plan: FactionPlan, est: Estimate): Known {
  const { weights } = plan;
  const base = weighTracksAndFlags(weights.ai, est, 0, null);
  const unrest = [...est.unrest];
  if (unrest.length !== 1) return { est, base, unrest, at: ONE_OF_MANY, own: base, rival: base };
  // what weighUnrest gives of this one change, worked out once for either holder
  const [id, delta] = unrest[0]!;
  const worth = (weight: number | undefined) =>
    !weight || Math.abs(delta) < 1e-9 ? base : base + weight * delta;
  return {
    est,
    base,
    unrest,
    at: plan.holders.placeOf(id),
    own: worth(weights.unrestOwn),
    rival: worth(weights.unrestRivals),
  };
}

/** What an order is expected to do: its effects if it succeeds, its failure otherwise, by its
 *  chance, and its cost. */
export function orderEstimate(
  scenario: Scenario,
  state: GameState,
  def: OrderDef,
  target: string | null,
): Estimate {
  return orderEstimateAt(scenario, state, def, target, orderChance(scenario, state, def, target));
}

/** The chance an order succeeds at a target, between 0 and 1. */
export function orderChance(
  scenario: Scenario,
  state: GameState,
  def: OrderDef,
  target: string | null,
): number {
  return def.chance ? Math.min(1, Math.max(0, def.chance.run({ scenario, state, target }))) : 1;
}

/** What an order is expected to do at a chance `p` of success. */
export function orderEstimateAt(
  scenario: Scenario,
  state: GameState,
  def: OrderDef,
  target: string | null,
  p: number,
): Estimate {
  const ctx = { scenario, state, target };
  const est = estimate(def.effects, ctx, p, emptyEstimate());
  estimate(def.failure, ctx, 1 - p, est);
  for (const [track, amount] of def.cost)
    est.tracks.set(track, (est.tracks.get(track) ?? 0) - amount);
  return est;
}

export function optionEstimate(scenario: Scenario, state: GameState, def: ChoiceDef): Estimate {
  return estimate(def.effects, { scenario, state, target: null }, 1, emptyEstimate());
}
