// Legal actions kept up as one game goes on, for simulations that look at it every step. Most of
// what decides a faction's orders changes far less often than it is asked: an order's condition
// that reads tracks and flags alone (`martial_law`, `red_unions >= 25`) holds until one of them
// changes, and the faction's tracks change once a month, when they drift, and when it pays for
// its own orders; so such a condition is worked out again only once something it reads has
// changed, or once one of its tracks has crossed a constant it is compared with, where the
// condition is made of such comparisons (see thresholds.ts). The rest (costs, conditions that read the date, regions or events) are worked out
// every time, and the tests of targets region by region as `legalActions` does (see
// tested-regions.ts). The result is the same as `legalActions` of the same view, option for
// option and in the same order.
import { readsOf } from '../../expr/reads';
import type { SlottedContext } from '../../expr/slots';
import { writesOf } from '../writes';
import {
  canPay,
  legalActions,
  offersOf,
  pushTargets,
  type Legal,
  type MutableContext,
  type Offer,
  type OrderOption,
} from './legal';
import { Mirror, mirrorLayout, mirrorOf, type MirrorLayout } from '../view/mirror';
import { inInterval, intervalAround, thresholdsOf, type Threshold } from './thresholds';
import type { CompiledBool, EvalContext, FactionDef, RegionState, Scenario } from '../../types';
import type { GameView } from '../view/view';

/** How an order's condition is kept from look to look. */
interface KeptWhen {
  /** The slots of the faction's mirrors (see view/mirror.ts) the condition reads. */
  readonly tracks: Int32Array;
  readonly flags: Int32Array;
  /** Where the condition compares each of those tracks with constants alone: the constants,
   *  track by track, and where its tracks' intervals sit among the legal actions' (null: it
   *  reads a track another way). */
  readonly cells: {
    readonly thresholds: readonly (readonly Threshold[])[];
    readonly base: number;
  } | null;
}

/**
 * The legal actions of `faction`, worked out from each of its views in turn like `legalActions`.
 * The views must be of one game, each read before the game next changes, and the game changed
 * by the engine's steps alone in between (the contract of a transient viewer, see `makeViewer`).
 * Handed a transient viewer's views, an order's condition that reads tracks and flags alone is
 * worked out again only once one of them has changed since (the viewer stamps each figure with
 * the look at which it changed); handed other views, one that reads flags alone is kept while
 * the engine has written no flag. The month's orders are handed out in one record, filled in
 * again at each call: each is read only until the next.
 */
export function makeLegal(scenario: Scenario, faction: string): (view: GameView) => Legal {
  const { offers, def, kept, byFlags, costSlots, targetSlots, cellCount } = keepingOf(
    scenario,
    faction,
  );
  // The regions' states by their place, read from the last record of regions seen: the engine
  // changes a region's state in place, never swapping it for another, so they hold while the
  // record is the same.
  let regionsSeen: GameView['regions'] | null = null;
  const regionAt: (RegionState | undefined)[] = scenario.regions.map(() => undefined);
  // whether each order's condition held when last worked out
  const held = new Uint8Array(offers.length);
  // the look of the mirror at which each kept condition was last known to hold its value (0: not
  // yet)
  const at = new Uint32Array(offers.length);
  // of each track of a condition compared with constants alone, the interval of its values
  // around the one it was worked out with where the condition's value stays the same
  const intervals = {
    lo: new Float64Array(cellCount),
    hi: new Float64Array(cellCount),
    closed: new Uint8Array(cellCount),
  };
  let mirrorSeen: Mirror | null = null;
  // the record of tracks the last view held: a record is kept by the same mirror, or none, for
  // as long as it lives, so its mirror is looked up only when another is handed in
  let tracksSeen: object | null = null;
  let flagsOf: object | null = null;
  let flagsSeen = -1;
  // A transient viewer's views are read by the slots of its mirror.
  const ctx: MutableContext & { -readonly [K in keyof SlottedContext]: SlottedContext[K] } = {
    scenario,
    state: null as unknown as EvalContext['state'],
    target: null,
    slots: null,
  };
  // The one record of the month's orders handed out, filled in again at each look (it is read
  // only until the game next changes, as the view it is worked out from). Its list of options
  // is a new one each time: emptying an array by its length costs more than making one.
  const orders: { options: readonly OrderOption[]; readonly max: number } = {
    options: [],
    max: def?.ordersPerTurn ?? 0,
  };
  const legal: { -readonly [K in keyof Legal]: Legal[K] } = {
    faction,
    turn: 0,
    orders,
    choices: NO_CHOICES,
  };
  /** Whether the condition of offer `i` holds, as worked out at the mirror's look or before:
   *  its value stands while none of its flags has changed, nor its tracks, or none has left its
   *  interval. */
  const holdsKept = (i: number, k: KeptWhen, mirror: Mirror): boolean => {
    const since = at[i]!;
    const { tracks, flags, cells } = k;
    const values = mirror.trackValues;
    let fresh = since !== 0;
    if (fresh) {
      const { trackStamps, flagStamps } = mirror;
      for (let j = 0; fresh && j < flags.length; j++) fresh = flagStamps[flags[j]!]! <= since;
      for (let j = 0; fresh && j < tracks.length; j++) {
        const t = tracks[j]!;
        if (trackStamps[t]! > since)
          fresh = cells !== null && inInterval(values[t]!, intervals, cells.base + j);
      }
    }
    if (!fresh) {
      held[i] = offers[i]!.def.when!.run(ctx) ? 1 : 0;
      if (cells !== null)
        for (let j = 0; j < tracks.length; j++)
          intervalAround(values[tracks[j]!]!, cells.thresholds[j]!, intervals, cells.base + j);
    }
    at[i] = mirror.clock;
    return held[i] === 1;
  };
  return (view) => {
    if (
      !def ||
      view.viewer !== faction ||
      view.phase !== 'orders' ||
      !Object.hasOwn(view.orders, faction) ||
      view.orders[faction] !== null
    )
      return legalActions(scenario, view);
    const mirror = view.tracks === tracksSeen ? mirrorSeen : (mirrorOf(view.tracks) ?? null);
    tracksSeen = view.tracks;
    if (mirror !== mirrorSeen) {
      // another viewer's views: nothing worked out from the last one's holds
      mirrorSeen = mirror;
      at.fill(0);
      flagsOf = null;
    }
    let flagsHold = false;
    if (mirror === null) {
      const flagWrites = writesOf(view.flags);
      flagsHold = view.flags === flagsOf && flagWrites === flagsSeen;
      flagsOf = view.flags;
      flagsSeen = flagWrites;
    }
    ctx.state = view;
    ctx.slots = mirror === null ? null : mirror.slots;
    const options: OrderOption[] = [];
    for (let i = 0; i < offers.length; i++) {
      const offer = offers[i]!;
      const { when } = offer.def;
      ctx.target = null;
      if (when) {
        const k = kept[i]!;
        if (mirror !== null && k !== null) {
          if (!holdsKept(i, k, mirror)) continue;
        } else if (mirror === null && byFlags[i]) {
          if (!flagsHold) held[i] = when.run(ctx) ? 1 : 0;
          if (held[i] === 0) continue;
        } else if (!when.run(ctx)) continue;
      }
      const slots = mirror === null ? null : costSlots[i]!;
      if (!(slots ? canPayAt(mirror!.trackValues, slots, offer) : canPay(view.tracks, offer)))
        continue;
      const at = targetSlots[i]!;
      if (at) {
        if (view.regions !== regionsSeen) {
          regionsSeen = view.regions;
          for (let r = 0; r < regionAt.length; r++)
            regionAt[r] = view.regions[scenario.regions[r]!.id];
        }
        pushTested(offer, at, regionAt, options);
      } else pushTargets(offer, view, ctx, options);
    }
    // the context holds no view past the call
    ctx.state = null as unknown as EvalContext['state'];
    ctx.slots = null;
    orders.options = options;
    legal.turn = view.turn;
    return legal;
  };
}

const NO_CHOICES: Legal['choices'] = Object.freeze([]);

/** What the legal actions of a faction kept up read of its scenario, worked out once. */
interface Keeping {
  readonly offers: readonly Offer[];
  readonly def: FactionDef | undefined;
  /** How each offer's condition is kept from look to look in a transient viewer's views. */
  readonly kept: readonly (KeptWhen | null)[];
  /** Whether each offer's condition reads flags alone. */
  readonly byFlags: readonly boolean[];
  /** Where each offer's cost tracks sit in the faction's mirror (null: not all of them do). */
  readonly costSlots: readonly (Int32Array | null)[];
  /** Of an offer whose targets are tested region by region, each target's place among the
   *  scenario's regions (null for the others). */
  readonly targetSlots: readonly (Int32Array | null)[];
  /** How many tracks' intervals the kept conditions hold between them. */
  readonly cellCount: number;
}

// Scenarios are read-only: a campaign's legal actions are kept up from what the last one found.
const keepings = new WeakMap<Scenario, Map<string, Keeping>>();

function keepingOf(scenario: Scenario, faction: string): Keeping {
  let byFaction = keepings.get(scenario);
  if (!byFaction) keepings.set(scenario, (byFaction = new Map()));
  let keeping = byFaction.get(faction);
  if (!keeping) {
    const offers = offersOf(scenario, faction);
    const layout = mirrorLayout(scenario, faction);
    const place = new Map(scenario.regions.map((r, j) => [r.id, j]));
    const cells = { count: 0 };
    keeping = {
      offers,
      def: scenario.index.faction.get(faction),
      kept: offers.map(({ def: d }) => keptWhen(scenario, layout, d.when, cells)),
      byFlags: offers.map(({ def: d }) => {
        if (!d.when) return false;
        const reads = readsOf(scenario, d.when);
        return !reads.more && reads.tracks.length === 0;
      }),
      costSlots: offers.map(({ costTracks }) => {
        const slots = costTracks.map((id) => layout.trackSlot.get(id));
        return slots.includes(undefined) ? null : Int32Array.from(slots as number[]);
      }),
      targetSlots: offers.map(({ tested, options }) => {
        if (!tested) return null;
        return Int32Array.from(options, (o) => place.get(o.target!)!);
      }),
      cellCount: cells.count,
    };
    byFaction.set(faction, keeping);
  }
  return keeping;
}

/** `canPay` read from the mirror's values of the tracks at `slots`. */
function canPayAt(values: Float64Array, slots: Int32Array, offer: Offer): boolean {
  const { costAmounts } = offer;
  // Written so that a figure that is not a number pays for nothing.
  for (let i = 0; i < slots.length; i++) if (!(values[slots[i]!]! >= costAmounts[i]!)) return false;
  return true;
}

/** `pushTargets` of an order whose targets are tested region by region, each target's state
 *  read from its place (`at`) in `regionAt`. */
function pushTested(
  offer: Offer,
  at: Int32Array,
  regionAt: readonly (RegionState | undefined)[],
  options: OrderOption[],
): void {
  const { options: offered, tested } = offer;
  for (let j = 0; j < offered.length; j++)
    if (tested!.passes(j, regionAt[at[j]!])) options.push(offered[j]!);
}

/** How an order's condition may be kept: null if it reads more than tracks and flags the
 *  faction sees (its mirrors hold nothing else), or there is none. Its tracks' intervals, if
 *  any, are placed from `cells.count` on. */
function keptWhen(
  scenario: Scenario,
  layout: MirrorLayout,
  when: CompiledBool | null,
  cells: { count: number },
): KeptWhen | null {
  if (!when) return null;
  const reads = readsOf(scenario, when);
  if (reads.more) return null;
  const tracks = reads.tracks.map((id) => layout.trackSlot.get(id));
  const flags = reads.flags.map((id) => layout.flagSlot.get(id));
  if (tracks.includes(undefined) || flags.includes(undefined)) return null;
  const byTrack = thresholdsOf(scenario, when);
  const thresholds = byTrack && reads.tracks.map((id) => byTrack.get(id));
  const compared = thresholds !== null && !thresholds.includes(undefined);
  const base = cells.count;
  if (compared) cells.count += reads.tracks.length;
  return {
    tracks: Int32Array.from(tracks as number[]),
    flags: Int32Array.from(flags as number[]),
    cells: compared ? { thresholds: thresholds as Threshold[][], base } : null,
  };
}
